"""Runs eventgraph's shards of a multistream dump as Spark tasks.

Task K of N runs `eventgraph ingest --shard K/N` into a store of its own (in
the task's temporary directory) and exports it as one N-Quads partition,
`part-K.nq.gz`, without VoID (a shard's counts are not the union's). The
partitions together hold the graph of one run over the whole dump: bulk
loaders (`oxigraph load`, Virtuoso's `ld_dir`, QLever, GraphDB) read them as
they are. Spark only schedules: the work is the binary's, which every worker
needs on its PATH (or given with --binary), with the dump and the output
directory on storage all workers see.

    python3 examples/spark/shards.py --dump enwiki-...-multistream.xml.bz2 \\
        --index enwiki-...-multistream-index.txt.bz2 --shards 64 --out parts/
    # a cluster: --master spark://host:7077 (default: local[*], every core here)
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def run_shard(k, n, dump, index, binary, out):
    """Ingests shard k of n and exports it; returns (k, its file, its summary)."""
    with tempfile.TemporaryDirectory(prefix=f"eventgraph-shard-{k}-") as tmp:
        store = os.path.join(tmp, "store")
        ingest = [binary, "ingest", "-q", "--store", store, "--shard", f"{k}/{n}"]
        if index:
            ingest += ["--index", index]
        done = subprocess.run(ingest + [dump], capture_output=True, text=True)
        # Exit 1: some pages failed, named on stderr; the others are in.
        if done.returncode not in (0, 1):
            raise RuntimeError(f"shard {k}/{n}: {' '.join(ingest)}: {done.stderr.strip()}")
        part = os.path.join(out, f"part-{k:05d}.nq.gz")
        # Written under another name (ending, like the part, in .nq.gz: the
        # extension sets the compression) and renamed when complete.
        partial = os.path.join(out, f".partial-{k:05d}.nq.gz")
        export = [binary, "export", "--store", store, "--no-void", "--format", "nquads", "-o", partial]
        exported = subprocess.run(export, capture_output=True, text=True)
        if exported.returncode != 0:
            raise RuntimeError(f"shard {k}/{n}: {' '.join(export)}: {exported.stderr.strip()}")
        # Whole or absent: a retried task never leaves half a partition.
        os.replace(partial, part)
        return k, part, done.stdout.strip()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dump", required=True, help="a multistream .xml.bz2 dump")
    p.add_argument("--index", help="its -multistream-index.txt[.bz2] (else streams are found by scanning)")
    p.add_argument("--shards", type=int, required=True, help="N: how many tasks split the dump")
    p.add_argument("--out", required=True, help="directory for part-K.nq.gz")
    p.add_argument("--binary", default=shutil.which("eventgraph") or "eventgraph")
    p.add_argument("--master", default="local[*]")
    a = p.parse_args()
    from pyspark.sql import SparkSession

    dump = os.path.abspath(a.dump)
    index = os.path.abspath(a.index) if a.index else None
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    spark = SparkSession.builder.master(a.master).appName("eventgraph-shards").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        n, binary = a.shards, a.binary
        done = (
            spark.sparkContext.parallelize(range(1, n + 1), n)
            .map(lambda k: run_shard(k, n, dump, index, binary, out))
            .collect()
        )
    finally:
        spark.stop()
    for k, part, summary in sorted(done):
        first = summary.splitlines()[0] if summary else ""
        print(f"shard {k}/{n}: {part}: {first}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
