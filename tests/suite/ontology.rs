//! `ontology/eventgraph.ttl` declares exactly the terms the code has, and
//! everything the code emits over the whole corpus is declared.

use eventgraph::vocab::{self, class, prop};
use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::collections::BTreeSet;

fn ontology() -> oxigraph::store::Store {
    let ttl = std::fs::read(super::root().join("ontology/eventgraph.ttl")).unwrap();
    let store = oxigraph::store::Store::new().unwrap();
    store.load_from_slice(RdfFormat::Turtle, &ttl).unwrap();
    store
}

fn select(store: &oxigraph::store::Store, q: &str) -> BTreeSet<String> {
    let q = format!("PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> {q}");
    let QueryResults::Solutions(rows) = SparqlEvaluator::new()
        .parse_query(&q)
        .unwrap()
        .on_store(store)
        .execute()
        .unwrap()
    else {
        panic!("not a SELECT")
    };
    rows.filter_map(|r| match r.unwrap().get("t") {
        Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
        _ => None,
    })
    .collect()
}

const DECLARED: &str =
    "SELECT ?t WHERE { VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:NamedIndividual } ?t a ?k }";

fn declared() -> BTreeSet<String> {
    select(&ontology(), DECLARED)
}

#[test]
fn ontology_declares_exactly_the_code_terms() {
    let declared = declared();
    let code: BTreeSet<String> = class::ALL
        .iter()
        .chain(prop::ALL)
        .chain(vocab::source::ALL)
        .chain(vocab::reading::ALL)
        .map(|t| vocab::eg(t))
        .collect();
    let undeclared: Vec<_> = code.difference(&declared).collect();
    let unused: Vec<_> = declared
        .iter()
        .filter(|t| t.starts_with(vocab::EG))
        .filter(|t| !code.contains(*t))
        .collect();
    assert!(
        undeclared.is_empty(),
        "terms of src/vocab.rs not declared in the ontology: {undeclared:?}"
    );
    assert!(
        unused.is_empty(),
        "terms the ontology declares but no code has: {unused:?}"
    );
}

/// Every term of our namespace in the export of a store built by every
/// write path (flat and wikitext files, dumps with redirects, a links
/// table) with its VoID description is declared.
#[test]
fn every_term_emitted_over_the_corpus_is_declared() {
    let declared = declared();
    let corpus = super::corpus();
    let paths = vec![
        super::seed_path(),
        corpus.join("flat"),
        corpus.join("wikitext"),
        corpus.join("dumps"),
        super::root().join("examples/articles"),
    ];
    let (store, summary) = super::ingested(&paths);
    assert!(summary.dump_pages > 0 && summary.redirects > 0 && summary.articles > 100);
    eventgraph::link::table::link_table(
        &store,
        &super::root().join("examples/links/wikidata.csv"),
        &Default::default(),
    )
    .unwrap();
    let mut nquads = Vec::new();
    eventgraph::void::export(&store, RdfFormat::NQuads, None, None, &mut nquads).unwrap();
    let mut emitted = BTreeSet::new();
    for q in oxigraph::io::RdfParser::from_format(RdfFormat::NQuads).for_slice(&nquads) {
        let q = q.unwrap();
        let terms = [
            q.subject.to_string(),
            q.predicate.to_string(),
            q.object.to_string(),
            q.graph_name.to_string(),
        ];
        for t in terms {
            if let Some(iri) = t.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
                if iri.starts_with(vocab::EG) {
                    emitted.insert(iri.to_owned());
                }
            }
        }
    }
    let undeclared: Vec<_> = emitted.iter().filter(|t| !declared.contains(*t)).collect();
    assert!(
        undeclared.is_empty(),
        "emitted but not declared: {undeclared:?}"
    );
    for t in [
        vocab::eg(class::ARMED_CONFLICT),
        vocab::eg(prop::HAS_GOAL),
        vocab::eg(prop::REDIRECTS_TO),
        vocab::eg(prop::LINK_TABLE),
    ] {
        assert!(emitted.contains(&t), "{t} not emitted");
    }
}

#[test]
fn ontology_terms_have_labels_and_comments() {
    let bare = select(&ontology(), "SELECT ?t WHERE { VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:NamedIndividual } ?t a ?k FILTER NOT EXISTS { ?t rdfs:label ?l ; rdfs:comment ?c } }");
    assert!(bare.is_empty(), "terms without label or comment: {bare:?}");
}
