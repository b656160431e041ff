//! Using eventgraph as a library: extract one article, look at the typed
//! model, store it in memory and ask a question in SPARQL.
//!
//! Run: cargo run --example library [ARTICLE]

use eventgraph::ingest;
use eventgraph::iri::Minter;
use eventgraph::store::GraphStore;
use oxigraph::sparql::QueryResults;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("examples/articles/2003_Azerbaijani_protests.txt"));

    // 1. The typed model: no RDF yet.
    let x = ingest::extract_file(&path)?;
    match &x.event {
        Some(ev) => {
            println!("{} is a {}", x.title, ev.kind.class());
            if let (Some(s), e) = (ev.start, ev.end) {
                println!(
                    "  from {s} to {}",
                    e.map_or("?".to_owned(), |e| e.to_string())
                );
            }
            for c in &ev.causes {
                println!("  cause (line {}): {}", c.at.line, c.text);
            }
            if let Some(f) = &ev.fatalities {
                println!(
                    "  deaths: {:?} (as written: {:?})",
                    f.figure.exact, f.figure.text
                );
            }
        }
        None => println!("{} is not about an event", x.title),
    }
    for d in &x.diagnostics {
        println!("  {d}");
    }

    // 2. Into a store, and a question.
    let store = GraphStore::in_memory(Minter::default())?;
    let (n, nonconforming) = eventgraph::ingest::write(&store, &x)?;
    println!("{n} quads stored");
    for w in nonconforming {
        println!("  {w}");
    }
    if let QueryResults::Solutions(rows) = store.query(
        "SELECT ?place ?wikidata WHERE { ?e eg:location ?place . OPTIONAL { ?place owl:sameAs ?wikidata FILTER STRSTARTS(STR(?wikidata), STR(wd:)) } }",
    )? {
        for row in rows {
            let row = row?;
            println!("  place {} = {}", row.get("place").map_or(String::new(), |t| t.to_string()), row.get("wikidata").map_or("-".to_owned(), |t| t.to_string()));
        }
    }
    Ok(())
}
