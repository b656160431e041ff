//! The store's query semantics: the default graph is the RDF merge of the
//! article graphs (each triple once), and named graphs stay addressable.

use eventgraph::article::flat;
use eventgraph::store::GraphStore;
use oxigraph::sparql::QueryResults;

fn count(store: &GraphStore, q: &str) -> i64 {
    let QueryResults::Solutions(mut rows) = store.query(q).unwrap() else {
        panic!()
    };
    let row = rows.next().unwrap().unwrap();
    match row.get("n") {
        Some(oxigraph::model::Term::Literal(l)) => l.value().parse().unwrap(),
        other => panic!("{other:?}"),
    }
}

fn two_articles_in_azerbaijan() -> GraphStore {
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let seed = std::fs::read_to_string(super::seed_path()).unwrap();
    let other = seed.replace("2003 Azerbaijani protests", "2005 Azerbaijani protests");
    for (name, text) in [("a.txt", seed.as_str()), ("b.txt", other.as_str())] {
        let doc = flat::parse(name, text).unwrap();
        eventgraph::ingest::write(&store, &eventgraph::extract::extract(&doc)).unwrap();
    }
    store
}

#[test]
fn a_triple_stated_by_two_articles_counts_once() {
    let store = two_articles_in_azerbaijan();
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { egr:Azerbaijan rdfs:label ?l }"
        ),
        1
    );
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { egr:Azerbaijan rdfs:label ?l } }"
        ),
        2
    );
    assert_eq!(count(&store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a eg:Protest ; eg:country egr:Azerbaijan }"), 3);
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { ?e a eg:Protest ; eg:country egr:Azerbaijan }"
        ),
        3
    );
}

#[test]
fn from_and_graph_select_one_article() {
    let store = two_articles_in_azerbaijan();
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) FROM ega:2005_Azerbaijani_protests WHERE { ?e a eg:Article }"
        ),
        1
    );
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(ega:))) }"
        ),
        2
    );
    // Each article's offline links have graphs of their own (one per
    // source and score, under the article's links base).
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(DISTINCT ?base) AS ?n) WHERE { GRAPH ?g { ?s owl:sameAs ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/eventgraph/links/article/\")) BIND(STRBEFORE(STR(?g), \"#\") AS ?base) }"
        ),
        2
    );
    assert!(store.ask("ASK { GRAPH ega:2005_Azerbaijani_protests { egr:2005_Azerbaijani_protests a eg:Protest } }").unwrap());
    assert!(!store.ask("ASK { GRAPH ega:2005_Azerbaijani_protests { egr:2003_Azerbaijani_protests a eg:Protest } }").unwrap());
}

#[test]
fn reingesting_replaces_the_article_graph_only() {
    let store = two_articles_in_azerbaijan();
    let before = store.len().unwrap();
    let seed = std::fs::read_to_string(super::seed_path())
        .unwrap()
        .replace("- Fatalities: 2", "- Fatalities: 3");
    eventgraph::ingest::write(
        &store,
        &eventgraph::extract::extract(&flat::parse("a.txt", &seed).unwrap()),
    )
    .unwrap();
    assert_eq!(store.len().unwrap(), before);
    assert!(store
        .ask("ASK { egr:2003_Azerbaijani_protests eg:fatalities 3 }")
        .unwrap());
    assert!(!store
        .ask("ASK { egr:2003_Azerbaijani_protests eg:fatalities 2 }")
        .unwrap());
    assert!(store
        .ask("ASK { egr:2005_Azerbaijani_protests eg:fatalities 2 }")
        .unwrap());
}

#[test]
fn reingesting_replaces_the_article_link_graphs() {
    let store = two_articles_in_azerbaijan();
    let links = |store: &GraphStore| {
        count(
            store,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/eventgraph/links/article/2003_Azerbaijani_protests#\")) }",
        )
    };
    let before = links(&store);
    // Without Baku in its text, the article no longer links Baku (a
    // gazetteer city, alone in its graphs of scores 0.9 and 0.8).
    let seed = std::fs::read_to_string(super::seed_path()).unwrap();
    let without_baku = seed.replace("Baku", "the capital");
    assert_ne!(without_baku, seed);
    let ingest = |text: &str| {
        eventgraph::ingest::write(
            &store,
            &eventgraph::extract::extract(&flat::parse("a.txt", text).unwrap()),
        )
        .unwrap()
    };
    let ask = |q: &str| store.ask(q).unwrap();
    assert!(ask("ASK { GRAPH <https://w3id.org/eventgraph/links/article/2003_Azerbaijani_protests#gazetteer-0.8> { egr:Baku owl:sameAs dbr:Baku } }"));
    ingest(&without_baku);
    assert!(!ask("ASK { GRAPH ?g { egr:Baku owl:sameAs ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/eventgraph/links/article/2003_Azerbaijani_protests\")) }"));
    assert!(!ask("ASK { GRAPH <https://w3id.org/eventgraph/links/article/2003_Azerbaijani_protests#gazetteer-0.8> { ?s ?p ?o } }"));
    assert!(links(&store) < before);
    // Back again: the same links as at first.
    ingest(&seed);
    assert_eq!(links(&store), before);
}

/// Regression (issue 13): `SELECT * { ?s ?p ?o }` gave 5,544 rows for
/// 4,405 distinct triples. On the on-disk store, over the whole corpus and
/// a triple loaded into the default graph too, every shape of pattern
/// (each of subject, predicate, object bound or not) returns each triple of
/// the merge once.
#[test]
fn the_union_graph_holds_each_triple_once_for_every_pattern_shape() {
    let dir = tempfile::tempdir().unwrap();
    let store = GraphStore::open(&dir.path().join("db"), Default::default()).unwrap();
    let mut paths = vec![super::seed_path(), super::corpus().join("flat")];
    paths.push(super::root().join("examples/articles"));
    let (files, _) = eventgraph::ingest::collect_files(&paths);
    for f in files {
        eventgraph::ingest::write(&store, &eventgraph::ingest::extract_file(&f).unwrap()).unwrap();
    }
    // A triple every Azerbaijan article states, also in the default graph.
    store
        .load(
            oxigraph::io::RdfFormat::NTriples,
            "extra.nt",
            b"<https://w3id.org/eventgraph/resource/Azerbaijan> <http://www.w3.org/2000/01/rdf-schema#label> \"Azerbaijan\"@en .\n",
            None,
        )
        .unwrap();
    let s = "egr:Azerbaijan";
    let p = "rdfs:label";
    let o = "eg:Country";
    for (sb, pb, ob) in [
        (false, false, false),
        (true, false, false),
        (false, true, false),
        (false, false, true),
        (true, true, false),
        (true, false, true),
        (false, true, true),
        (true, true, true),
    ] {
        let (ss, pp, oo) = (
            if sb { s } else { "?s" },
            if pb { p } else { "?p" },
            if ob && !pb {
                o
            } else if ob {
                "\"Azerbaijan\"@en"
            } else {
                "?o"
            },
        );
        let pattern = format!("{ss} {pp} {oo}");
        let all = count(
            &store,
            &format!("SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"),
        );
        let distinct = count(
            &store,
            &format!("SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT * WHERE {{ {pattern} }} }}"),
        );
        assert_eq!(all, distinct, "{pattern}");
        assert!(all > 0, "{pattern} matches");
    }
    let quads = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    );
    let triples = count(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    assert!(triples < quads, "{triples} triples of {quads} quads");
}
