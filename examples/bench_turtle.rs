//! Writes an N-Triples file as Turtle the way `eventgraph export --format
//! turtle` writes its sorted triples (read back, then our serializer with
//! our prefixes), without the store: the writing part of an export, to
//! time beside `serdi -i ntriples -o turtle` on the same file.
//!
//! Usage: bench_turtle IN.nt OUT.ttl

use std::io::{BufReader, BufWriter, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        eprintln!("usage: bench_turtle IN.nt OUT.ttl");
        std::process::exit(2);
    };
    let start = std::time::Instant::now();
    let reader = BufReader::with_capacity(1 << 20, std::fs::File::open(&input)?);
    let out = BufWriter::with_capacity(1 << 20, std::fs::File::create(&output)?);
    let mut w =
        eventgraph::formats::rdf_serializer(oxigraph::io::RdfFormat::Turtle).for_writer(out);
    let mut triples = 0u64;
    for t in
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples).for_reader(reader)
    {
        let q = t?;
        w.serialize_triple(oxigraph::model::TripleRef::new(
            &q.subject,
            &q.predicate,
            &q.object,
        ))?;
        triples += 1;
    }
    w.finish()?.flush()?;
    eprintln!(
        "{triples} triples written as Turtle in {:.2} s",
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
