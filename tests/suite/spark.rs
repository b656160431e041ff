//! `examples/spark/shards.py` in Spark's local mode (PySpark from PyPI,
//! Java from Debian, both installed by `scripts/setup --tests`): three
//! tasks, each `eventgraph ingest --shard K/3` and an N-Quads export, give
//! partitions whose union is one run's graph of the same dump.

use std::io::Read;
use std::process::Command;

#[test]
fn the_spark_job_gives_one_runs_graph_in_partitions() {
    let has_pyspark = Command::new("python3")
        .args(["-c", "import pyspark"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        has_pyspark,
        "PySpark is not installed: run scripts/setup --tests (the Spark example's test runs it)"
    );
    let dir = tempfile::tempdir().unwrap();
    let (dump, index) = super::dumps::multistream(dir.path());
    let bin = env!("CARGO_BIN_EXE_eventgraph");
    let out = dir.path().join("parts");
    let job = Command::new("python3")
        .arg(super::root().join("examples/spark/shards.py"))
        .args(["--master", "local[2]", "--shards", "3", "--binary", bin])
        .arg("--dump")
        .arg(&dump)
        .arg("--index")
        .arg(&index)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        job.status.success(),
        "{}",
        String::from_utf8_lossy(&job.stderr)
    );
    let said = String::from_utf8_lossy(&job.stdout);
    assert_eq!(
        said.lines().filter(|l| l.starts_with("shard ")).count(),
        3,
        "{said}"
    );
    let mut union = Vec::new();
    for k in 1..=3 {
        let part = out.join(format!("part-{k:05}.nq.gz"));
        let mut text = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&part).unwrap())
            .read_to_string(&mut text)
            .unwrap();
        assert!(!text.is_empty(), "{}", part.display());
        union.extend(text.lines().map(str::to_owned));
    }
    union.sort();
    union.dedup();
    let store = dir.path().join("one");
    let o = Command::new(bin)
        .args(["ingest", "-q", "--store"])
        .arg(&store)
        .arg(&dump)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Command::new(bin)
        .args(["export", "--no-void", "--format", "nquads", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    let mut one: Vec<String> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    one.sort();
    assert!(one.len() > 1000);
    assert!(
        union == one,
        "{} quads in the partitions, {} in one run",
        union.len(),
        one.len()
    );
}
