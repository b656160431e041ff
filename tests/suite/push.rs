//! `eventgraph push` against real triple stores on 127.0.0.1: oxigraph's
//! server (Graph Store Protocol) and Virtuoso (Graph Store Protocol and
//! SPARQL Update), each pushed to twice: the remote store then holds
//! exactly the quads of our N-Quads export, both times.

use super::cli::eventgraph;
use std::path::Path;

fn store(dir: &Path) -> std::path::PathBuf {
    super::cli::examples_and_wikitext(dir)
}

/// The quads of our export (VoID graph included).
fn exported(store: &Path) -> usize {
    let o = eventgraph(store, &["export", "--format", "nquads"]);
    assert!(o.status.success());
    String::from_utf8_lossy(&o.stdout).lines().count()
}

/// The quads the remote store holds in our graphs.
fn remote_count(query_url: &str) -> usize {
    let client = eventgraph::link::client::Client::new(query_url, Default::default()).unwrap();
    let rows = client
        .select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/eventgraph/\")) }")
        .unwrap();
    match rows[0].get("n") {
        Some(oxigraph::model::Term::Literal(l)) => l.value().parse().unwrap(),
        other => panic!("{other:?}"),
    }
}

fn push(store: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["push", "-q"];
    all.extend(args);
    eventgraph(store, &all)
}

#[test]
fn pushing_twice_to_oxigraph_holds_the_export_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let want = exported(&store);
    let (server, query) = super::servers::oxigraph_empty();
    for round in 1..=2 {
        let o = push(&store, &["--endpoint", &server.url]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let said = String::from_utf8_lossy(&o.stdout);
        assert!(said.contains(&format!("quads {want}")), "{said}");
        assert_eq!(remote_count(&query), want, "round {round}");
    }
}

#[test]
fn pushing_twice_to_virtuoso_holds_the_export_once_by_both_protocols() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let want = exported(&store);
    let (server, query) = super::servers::virtuoso_empty();
    for (round, args) in [
        vec!["--endpoint", server.url.as_str()],
        vec!["--endpoint", server.url.as_str()],
        vec!["--update", "--endpoint", query.as_str()],
        vec!["--update", "--endpoint", query.as_str()],
    ]
    .iter()
    .enumerate()
    {
        let o = push(&store, args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(remote_count(&query), want, "round {round}: {args:?}");
    }
}

/// A server that is not there: the push retries, then stops naming the
/// graph it could not send and how many went before, exit status 1; a URL
/// that is no IRI is refused before any request, exit 2.
#[test]
fn a_push_that_cannot_reach_its_server_names_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let port = super::servers::free_port();
    let url = format!("http://127.0.0.1:{port}/store");
    let o = push(
        &store,
        &["--endpoint", &url, "--retries", "1", "--timeout", "2"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!(
            "endpoint {url}: graph <https://w3id.org/eventgraph/"
        )) && err.contains("gave up after 2 attempts")
            && err.contains("0 graphs pushed before it"),
        "{err}"
    );
    let o = push(&store, &["--endpoint", "http://127.0.0.1/{x}"]);
    assert_eq!(o.status.code(), Some(2));
}
