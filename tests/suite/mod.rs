mod audit;
mod cli;
mod corpus;
mod dumps;
mod examples;
mod first_contact;
mod fuzz;
mod gazetteer;
mod infoboxes;
mod interop;
mod leads;
mod link;
mod ontology;
mod provenance;
mod push;
mod robustness;
mod seed;
mod serve;
mod servers;
mod shapes;
mod spark;
mod store;
mod trust;
mod values;
mod wikitext;

use std::path::PathBuf;

/// The project's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared corpus beside the project (`../shared/corpus`).
pub fn corpus() -> PathBuf {
    let p = root().join("../shared/corpus");
    assert!(p.is_dir(), "the corpus is expected at {}", p.display());
    p
}

/// An in-memory store of everything under `paths`, as `ingest` writes it,
/// with the ingest's summary.
pub fn ingested(paths: &[PathBuf]) -> (eventgraph::store::GraphStore, eventgraph::ingest::Summary) {
    let store = eventgraph::store::GraphStore::in_memory(Default::default()).unwrap();
    let summary = eventgraph::ingest::ingest(
        &store,
        paths,
        &Default::default(),
        &Default::default(),
        |_| {},
    );
    (store, summary)
}

/// The seed article, as copied into the examples.
pub fn seed_path() -> PathBuf {
    root().join("examples/articles/2003_Azerbaijani_protests.txt")
}
