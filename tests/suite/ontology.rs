//! `ontology/eventgraph.ttl` declares exactly the terms the code has, and
//! everything the code emits over the whole corpus is declared.

use eventgraph::iri::Minter;
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

#[test]
fn every_term_emitted_over_the_corpus_is_declared() {
    let declared = declared();
    let mut emitted = BTreeSet::new();
    let mut paths = vec![super::seed_path(), super::corpus().join("flat")];
    paths.push(super::root().join("examples/articles"));
    let (files, errors) = eventgraph::pipeline::collect_files(&paths);
    assert!(errors.is_empty());
    for f in files {
        let x = eventgraph::pipeline::extract_file(&f).unwrap();
        for q in eventgraph::rdf::quads(&x, &Minter::default()) {
            emitted.insert(q.predicate.as_str().to_owned());
            if q.predicate.as_str() == vocab::RDF_TYPE
                || q.predicate.as_str() == vocab::eg(prop::LINK_SOURCE)
                || [
                    prop::TYPE_READ_FROM,
                    prop::DATE_READ_FROM,
                    prop::COUNTRY_READ_FROM,
                ]
                .iter()
                .any(|p| q.predicate.as_str() == vocab::eg(p))
            {
                if let Term::NamedNode(c) = &q.object {
                    emitted.insert(c.as_str().to_owned());
                }
            }
        }
    }
    let undeclared: Vec<_> = emitted
        .iter()
        .filter(|t| t.starts_with(vocab::EG) && !declared.contains(*t))
        .collect();
    assert!(
        undeclared.is_empty(),
        "emitted but not declared: {undeclared:?}"
    );
    assert!(
        emitted.contains(&vocab::eg(class::ARMED_CONFLICT))
            && emitted.contains(&vocab::eg(prop::HAS_GOAL))
    );
}

#[test]
fn ontology_terms_have_labels_and_comments() {
    let bare = select(&ontology(), "SELECT ?t WHERE { VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:NamedIndividual } ?t a ?k FILTER NOT EXISTS { ?t rdfs:label ?l ; rdfs:comment ?c } }");
    assert!(bare.is_empty(), "terms without label or comment: {bare:?}");
}
