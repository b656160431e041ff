//! The graph conforms to `ontology/shapes.ttl`: checked by `eventgraph
//! validate` and, independently, by pyshacl, graph by graph; a graph with a
//! broken date does not conform to either.

use std::path::Path;
use std::process::{Command, Output};

fn eventgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eventgraph"))
        .args(args)
        .output()
        .unwrap()
}

/// pyshacl on each graph of the store's N-Quads export.
fn pyshacl(store: &str, dir: &Path) -> Output {
    let nq = dir.join("export.nq");
    let out = eventgraph(&[
        "export",
        "-l",
        store,
        "--no-void",
        "-o",
        nq.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let root = super::root();
    Command::new("python3")
        .arg(root.join("tests/data/shacl_each_graph.py"))
        .arg(root.join("ontology/shapes.ttl"))
        .arg(&nq)
        .output()
        .expect("python3 with pyshacl (scripts/setup --tests installs it)")
}

#[test]
fn the_corpus_conforms_by_validate_and_by_pyshacl() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let s = store.to_str().unwrap();
    let c = super::corpus();
    let mut args = vec!["ingest", "-q", "-l", s];
    let paths: Vec<String> = ["seed", "flat", "wikitext", "dumps"]
        .iter()
        .map(|d| c.join(d).to_str().unwrap().to_owned())
        .collect();
    args.extend(paths.iter().map(String::as_str));
    let ingested = eventgraph(&args);
    // The corpus holds files that are not articles (status 1); each
    // article was written.
    assert!(ingested.status.code().is_some_and(|c| c <= 1));
    let ours = eventgraph(&["validate", "-l", s]);
    let report = String::from_utf8_lossy(&ours.stdout);
    assert!(ours.status.success(), "{report}");
    assert!(
        report.trim_end().ends_with("graphs") && report.starts_with("0 violations in "),
        "{report}"
    );
    let theirs = pyshacl(s, dir.path());
    let text = String::from_utf8_lossy(&theirs.stdout);
    assert!(
        theirs.status.success() && text.contains("\nconforms"),
        "{text}{}",
        String::from_utf8_lossy(&theirs.stderr)
    );
}

#[test]
fn a_broken_date_does_not_conform() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let s = store.to_str().unwrap();
    let seed = super::seed_path();
    assert!(
        eventgraph(&["ingest", "-q", "-l", s, seed.to_str().unwrap()])
            .status
            .success()
    );
    // A month 13, written into the seed's own graph.
    let bad = dir.path().join("bad.nq");
    std::fs::write(
        &bad,
        "<https://w3id.org/eventgraph/resource/2003_Azerbaijani_protests> <https://w3id.org/eventgraph/ontology#endEarliest> \"2003-13-01\"^^<http://www.w3.org/2001/XMLSchema#date> <https://w3id.org/eventgraph/article/2003_Azerbaijani_protests> .\n",
    )
    .unwrap();
    assert!(eventgraph(&["load", "-l", s, bad.to_str().unwrap()])
        .status
        .success());
    let ours = eventgraph(&["validate", "-l", s]);
    let report = String::from_utf8_lossy(&ours.stdout);
    assert_eq!(ours.status.code(), Some(1), "{report}");
    assert!(
        report.contains("2003_Azerbaijani_protests> endEarliest: not a valid date or gYearMonth or gYear (value \"2003-13-01\"")
            && report.contains("1 violation in "),
        "{report}"
    );
    let theirs = pyshacl(s, dir.path());
    let text = String::from_utf8_lossy(&theirs.stdout);
    assert_eq!(theirs.status.code(), Some(1), "{text}");
    assert!(
        text.contains("does not conform") && text.contains("endEarliest"),
        "{text}"
    );
}

#[test]
fn shapes_using_an_unchecked_constraint_are_refused() {
    let ttl = "@prefix sh: <http://www.w3.org/ns/shacl#> .
        <s> a sh:NodeShape ; sh:targetClass <C> ; sh:property [ sh:path <p> ; sh:pattern \"^a\" ] .";
    let err = eventgraph::shacl::Shapes::parse(
        &ttl.replace("<s>", "<http://x/s>")
            .replace("<C>", "<http://x/C>")
            .replace("<p>", "<http://x/p>"),
    )
    .unwrap_err();
    assert!(err.contains("sh:pattern"), "{err}");
}

#[test]
fn ingest_reports_a_graph_that_does_not_conform() {
    let doc = eventgraph::article::flat::parse(
        "seed.txt",
        &std::fs::read_to_string(super::seed_path()).unwrap(),
    )
    .unwrap();
    let mut x = eventgraph::extract::extract(&doc);
    let store = eventgraph::store::GraphStore::in_memory(Default::default()).unwrap();
    let (_, warnings) = eventgraph::ingest::write(&store, &x).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    // A start date no reader makes (month 13): written, and reported.
    x.event.as_mut().unwrap().start = Some(eventgraph::values::date::PartialDate {
        year: 2003,
        month: Some(13),
        day: Some(1),
    });
    let (_, warnings) = eventgraph::ingest::write(&store, &x).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("seed.txt: warning: does not conform to ontology/shapes.ttl: ")
            && warnings[0].contains("startDate: not a valid date"),
        "{warnings:?}"
    );
}
