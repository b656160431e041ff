//! Links: link tables, reconciliation and federated queries against real
//! SPARQL servers (oxigraph and Virtuoso, see servers.rs), bad endpoints,
//! and the VoID description.

use super::cli::eventgraph;
use super::servers::{self, Server};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Output;

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "failed: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn ask(store: &Path, q: &str) -> bool {
    let out = ok(&eventgraph(store, &["query", "--format", "csv", q]));
    match out.lines().next().map(str::trim) {
        Some("true") => true,
        Some("false") => false,
        other => panic!("not a boolean: {other:?}"),
    }
}

fn export(store: &Path) -> String {
    ok(&eventgraph(store, &["export", "--format", "nquads"]))
}

/// A store holding the seed article.
fn seed_store(dir: &Path) -> std::path::PathBuf {
    let store = dir.join("db");
    let seed = super::seed_path();
    ok(&eventgraph(
        &store,
        &["ingest", "-q", seed.to_str().unwrap()],
    ));
    store
}

fn reconcile_the_seed(server: &Server) {
    let dir = tempfile::tempdir().unwrap();
    let store = seed_store(dir.path());
    let review = dir.path().join("review.tsv");
    let cache = dir.path().join("cache");
    let args = [
        "link",
        "--endpoint",
        &server.url,
        "--cache",
        cache.to_str().unwrap(),
        "--review",
        review.to_str().unwrap(),
    ];
    let said = ok(&eventgraph(&store, &args));
    assert!(
        said.contains(
            "links written in the graphs under <https://w3id.org/eventgraph/links/endpoint/"
        ),
        "{said}"
    );
    let graph = format!(
        "https://w3id.org/eventgraph/links/endpoint/127-0-0-1-{}",
        server.url.split(':').nth(2).unwrap().replace('/', "-")
    );
    for q in [
        // The protests: label, type, country and date agree with one item;
        // the other of that label is of another decade.
        format!("ASK {{ GRAPH ?g {{ egr:2003_Azerbaijani_protests owl:sameAs wd:Q990000001 . ?g a eg:LinkGraph ; eg:linkSource eg:endpointLink ; eg:linkEndpoint <{}> ; eg:linkScore ?s }} FILTER(?s >= 0.85 && STRSTARTS(STR(?g), \"{graph}#endpoint-\")) }}", server.url),
        "ASK { FILTER NOT EXISTS { egr:2003_Azerbaijani_protests owl:sameAs wd:Q990000002 } }".to_owned(),
        // The election, found by its alias.
        "ASK { egr:2003_Azerbaijani_presidential_election owl:sameAs wd:Q990000003 }".to_owned(),
        // Two people of one name: no link rather than a wrong one.
        "ASK { FILTER NOT EXISTS { egr:Heydar_Aliyev owl:sameAs ?w FILTER(STRSTARTS(STR(?w), STR(wd:))) } }".to_owned(),
        // Places the gazetteer linked are not asked again.
        format!("ASK {{ FILTER NOT EXISTS {{ GRAPH ?g {{ egr:Azerbaijan ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{graph}\")) }} }}"),
    ] {
        assert!(ask(&store, &q), "{}: does not hold:\n{q}", server.url);
    }
    let review = std::fs::read_to_string(&review).unwrap();
    assert!(
        review.lines().any(|l| l.contains("Heydar_Aliyev")
            && l.contains("ambiguous")
            && l.contains("Q990000004")),
        "{review}"
    );
    // A re-run (answers from the cache) replaces the graph with the same links.
    let before = export(&store);
    ok(&eventgraph(&store, &args));
    assert_eq!(before, export(&store));
}

#[test]
fn reconciles_the_seed_against_oxigraph_server() {
    reconcile_the_seed(servers::oxigraph());
}

#[test]
fn reconciles_the_seed_against_virtuoso() {
    reconcile_the_seed(servers::virtuoso());
}

/// Countries, regions and cities of the flat corpus, whose Wikidata items
/// the linking tables give, reconciled as if unknown; long batches go as
/// form-encoded POSTs.
fn precision_on_the_flat_corpus(server: &Server) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let flat = super::corpus().join("flat");
    ok(&eventgraph(
        &store,
        &["ingest", "-q", flat.to_str().unwrap()],
    ));
    let out = ok(&eventgraph(
        &store,
        &[
            "link",
            "--endpoint",
            &server.url,
            "--evaluate",
            "--no-cache",
            "--batch",
            "100",
            "-q",
        ],
    ));
    let figure = |name: &str| -> f64 {
        let line = out.lines().find(|l| l.starts_with("precision")).unwrap();
        let part = line
            .split(';')
            .find(|p| p.trim().starts_with(name))
            .unwrap();
        part.split(':')
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let labelled: usize = out
        .split("labelled entities: ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap()
        .parse()
        .unwrap();
    assert!(labelled >= 30, "{out}");
    assert!(figure("precision") >= 0.98, "{out}");
    assert!(figure("recall") >= 0.8, "{out}");
}

#[test]
fn reconciliation_precision_against_oxigraph_server() {
    precision_on_the_flat_corpus(servers::oxigraph());
}

#[test]
fn reconciliation_precision_against_virtuoso() {
    precision_on_the_flat_corpus(servers::virtuoso());
}

fn federated_query(server: &Server) {
    let dir = tempfile::tempdir().unwrap();
    let store = seed_store(dir.path());
    let q = format!(
        "SELECT ?label WHERE {{ egr:Baku owl:sameAs ?w FILTER(STRSTARTS(STR(?w), STR(wd:))) SERVICE <{}> {{ ?w rdfs:label ?label }} }}",
        server.url
    );
    let out = ok(&eventgraph(
        &store,
        &["query", "--federate", "--format", "csv", &q],
    ));
    assert_eq!(out.lines().nth(1), Some("Baku"), "{out}");
    // Without --federate no query reaches the network.
    let o = eventgraph(&store, &["query", &q]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--federate"));
}

#[test]
fn service_reaches_oxigraph_server_with_federate() {
    federated_query(servers::oxigraph());
}

#[test]
fn service_reaches_virtuoso_with_federate() {
    federated_query(servers::virtuoso());
}

/// A server that answers every request with `response` (or, when `None`,
/// reads the request and never answers).
fn faulty(response: Option<Vec<u8>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/sparql", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 8192];
            let _ = s.read(&mut buf);
            match &response {
                Some(r) => {
                    let _ = s.write_all(r);
                }
                None => held.push(s),
            }
        }
    });
    url
}

fn http(status: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/sparql-results+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

#[test]
fn bad_endpoints_give_clear_errors_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = seed_store(dir.path());
    let before = export(&store);
    let refused = format!("http://127.0.0.1:{}/sparql", servers::free_port());
    let big = {
        let mut b = br#"{"head":{"vars":["x"]},"results":{"bindings":["#.to_vec();
        while b.len() < 50 << 20 {
            b.extend_from_slice(
                br#"{"x":{"type":"literal","value":"padding padding padding padding"}},"#,
            );
        }
        b.extend_from_slice(br#"{"x":{"type":"literal","value":"end"}}]}}"#);
        b
    };
    let cases = [
        (refused, "connection refused"),
        (faulty(None), "no answer within"),
        (
            faulty(Some(http("500 Internal Server Error", b"boom"))),
            "HTTP 500",
        ),
        (
            faulty(Some(http(
                "200 OK",
                b"{\"head\": {\"vars\": [\"x\"]}, \"results\": {\"bindings\": [{\"x\": ",
            ))),
            "not valid SPARQL JSON results",
        ),
        (faulty(Some(http("200 OK", &big))), "exceeds the limit"),
    ];
    for (url, expected) in cases {
        let o = eventgraph(
            &store,
            &[
                "link",
                "--endpoint",
                &url,
                "--no-cache",
                "--timeout",
                "1",
                "--retries",
                "1",
                "-q",
            ],
        );
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{url}: {err}");
        assert!(
            err.contains(&url) && err.contains(expected),
            "{url}: expected {expected:?} in: {err}"
        );
        assert!(err.contains("nothing was written"), "{err}");
        assert_eq!(export(&store), before, "{url}: the store changed");
    }
}

#[test]
fn link_table_adds_links_and_reports_rows_that_match_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = seed_store(dir.path());
    // The shape of a Wikidata query service CSV export.
    let table = dir.path().join("people.csv");
    std::fs::write(
        &table,
        "item,itemLabel\n\
         http://www.wikidata.org/entity/Q990000009,Heydar Aliyev\n\
         http://www.wikidata.org/entity/Q990000010,Nobody Of This Name\n\
         not an iri,2003 Azerbaijani protests\n\
         Q990000011,egr:2003_Azerbaijani_presidential_election\n",
    )
    .unwrap();
    let o = eventgraph(&store, &["link", "--table", table.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("people.csv:3: matches nothing: \"Nobody Of This Name\""),
        "{out}"
    );
    assert!(out.contains("people.csv:4: invalid row"), "{out}");
    assert!(out.contains("4 rows: 2 links written"), "{out}");
    for q in [
        "ASK { GRAPH <https://w3id.org/eventgraph/links/table/people.csv#table-1> { egr:Heydar_Aliyev owl:sameAs wd:Q990000009 . <https://w3id.org/eventgraph/links/table/people.csv#table-1> a eg:LinkGraph ; eg:linkSource eg:tableLink ; eg:linkTable \"people.csv\" ; eg:linkScore ?s FILTER(?s = 1) } }",
        "ASK { egr:2003_Azerbaijani_presidential_election owl:sameAs wd:Q990000011 }",
    ] {
        assert!(ask(&store, q), "{q}");
    }
    // Run again with a shorter table of another score: its graphs are
    // replaced, not added to.
    std::fs::write(&table, "item,title,score\nQ990000012,Heydar Aliyev,0.9\n").unwrap();
    ok(&eventgraph(
        &store,
        &["link", "--table", table.to_str().unwrap()],
    ));
    for q in [
        "ASK { GRAPH <https://w3id.org/eventgraph/links/table/people.csv#table-0.9> { egr:Heydar_Aliyev owl:sameAs wd:Q990000012 . ?g eg:linkScore 0.9 } }",
        "ASK { FILTER NOT EXISTS { ?s owl:sameAs wd:Q990000009 } FILTER NOT EXISTS { ?s owl:sameAs wd:Q990000011 } }",
    ] {
        assert!(ask(&store, q), "{q}");
    }
}

#[test]
fn void_describes_the_store_and_its_linksets() {
    let dir = tempfile::tempdir().unwrap();
    let store = seed_store(dir.path());
    let void = ok(&eventgraph(&store, &["void"]));
    let triples: usize = ok(&eventgraph(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        ],
    ))
    .lines()
    .nth(1)
    .unwrap()
    .trim()
    .parse()
    .unwrap();
    let wd_links: usize = ok(&eventgraph(&store, &["query", "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s owl:sameAs ?o FILTER(STRSTARTS(STR(?o), STR(wd:))) }"]))
        .lines()
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let g = oxigraph::store::Store::new().unwrap();
    g.load_from_slice(oxigraph::io::RdfFormat::Turtle, void.as_bytes())
        .unwrap();
    let q = |s: &str| -> bool {
        match oxigraph::sparql::SparqlEvaluator::new()
            .parse_query(s)
            .unwrap()
            .on_store(&g)
            .execute()
            .unwrap()
        {
            oxigraph::sparql::QueryResults::Boolean(b) => b,
            _ => panic!(),
        }
    };
    let prefixes = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX eg: <https://w3id.org/eventgraph/ontology#>";
    assert!(q(&format!("{prefixes} ASK {{ ?d a void:Dataset ; void:triples {triples} ; void:entities ?e ; void:classes ?c ; void:classPartition ?p . ?p void:class eg:Protest ; void:entities 2 }}")), "{void}");
    assert!(q(&format!("{prefixes} ASK {{ ?l a void:Linkset ; void:objectsTarget <https://www.wikidata.org/> ; void:linkPredicate owl:sameAs ; void:triples {wd_links} }}")), "{void}");
    // Exports carry it, in a graph of its own.
    assert!(export(&store).contains("<http://rdfs.org/ns/void#triples>"));
}
