//! The VoID description of the store: the dataset with its triple, entity
//! and class counts, and a `void:Linkset` per dataset our links reach.

use crate::store::{GraphStore, StoreError};
use crate::vocab;
use oxigraph::model::{Literal, NamedNode, Term, Triple};
use oxigraph::sparql::QueryResults;

/// The IRI of the description and of the dataset it describes.
pub const DATASET: &str = crate::iri::VOID_DATASET;

/// The datasets links reach: name, dataset IRI, URI space.
pub const TARGETS: &[(&str, &str, &str)] = &[
    ("wikidata", "https://www.wikidata.org/", vocab::WD),
    ("dbpedia", "https://dbpedia.org/", vocab::DBR),
    ("geonames", "https://www.geonames.org/", vocab::GN),
    ("wikipedia", "https://en.wikipedia.org/", vocab::WIKIPEDIA),
];

fn n(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn void(local: &str) -> NamedNode {
    n(&format!("{}{local}", vocab::VOID))
}

fn int(v: u64) -> Term {
    Literal::new_typed_literal(v.to_string(), n(&format!("{}integer", vocab::XSD))).into()
}

fn count(store: &GraphStore, q: &str) -> Result<u64, StoreError> {
    let mut v = 0;
    if let QueryResults::Solutions(mut s) = store.query(q)? {
        if let Some(Ok(row)) = s.next() {
            if let Some(Term::Literal(l)) = row.get("n") {
                v = l.value().parse().unwrap_or(0);
            }
        }
    }
    Ok(v)
}

/// The description, as sorted triples (no blank nodes: partitions and
/// linksets have IRIs of their own).
pub fn describe(store: &GraphStore) -> Result<Vec<Triple>, StoreError> {
    let d = n(DATASET);
    let rdf_type = n(vocab::RDF_TYPE);
    let mut t = Vec::new();
    let mut add = |s: &NamedNode, p: NamedNode, o: Term| t.push(Triple::new(s.clone(), p, o));
    add(&d, rdf_type.clone(), void("Dataset").into());
    add(
        &d,
        n("http://purl.org/dc/terms/title"),
        Literal::new_language_tagged_literal_unchecked(
            "eventgraph: events extracted from encyclopedia articles",
            "en",
        )
        .into(),
    );
    add(
        &d,
        void("uriSpace"),
        Literal::new_simple_literal(store.minter().base()).into(),
    );
    add(
        &d,
        void("vocabulary"),
        n("https://w3id.org/eventgraph/ontology").into(),
    );
    add(
        &d,
        void("triples"),
        int(count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")?),
    );
    let base = store.minter().base();
    add(
        &d,
        void("entities"),
        int(count(
            store,
            &format!("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?s), {base:?})) }}"),
        )?),
    );
    add(
        &d,
        void("distinctSubjects"),
        int(count(
            store,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
        )?),
    );
    add(
        &d,
        void("distinctObjects"),
        int(count(
            store,
            "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }",
        )?),
    );
    let mut classes = Vec::new();
    if let QueryResults::Solutions(s) = store
        .query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")?
    {
        for row in s {
            let row = row.map_err(|e| StoreError::storage("cannot describe the store", e))?;
            if let (Some(Term::NamedNode(c)), Some(Term::Literal(k))) = (row.get("c"), row.get("n"))
            {
                classes.push((c.clone(), k.value().parse::<u64>().unwrap_or(0)));
            }
        }
    }
    add(&d, void("classes"), int(classes.len() as u64));
    for (c, k) in &classes {
        let local = c.as_str().rsplit(['#', '/']).next().unwrap_or("class");
        let prefix = vocab::PREFIXES
            .iter()
            .find(|(_, iri)| c.as_str().starts_with(iri))
            .map_or("x", |(p, _)| p);
        let part = n(&crate::iri::void_class_partition(prefix, local));
        add(&d, void("classPartition"), part.clone().into());
        add(&part, void("class"), c.clone().into());
        add(&part, void("entities"), int(*k));
    }
    for (name, dataset, space) in TARGETS {
        let links = count(
            store,
            &format!(
                "SELECT (COUNT(*) AS ?n) WHERE {{ ?s owl:sameAs|foaf:isPrimaryTopicOf ?o FILTER(STRSTARTS(STR(?o), {space:?})) }}"
            ),
        )?;
        if links == 0 {
            continue;
        }
        let target = n(dataset);
        add(&target, rdf_type.clone(), void("Dataset").into());
        add(
            &target,
            void("uriSpace"),
            Literal::new_simple_literal(*space).into(),
        );
        let ls = n(&crate::iri::void_linkset(name));
        add(&ls, rdf_type.clone(), void("Linkset").into());
        add(&d, void("subset"), ls.clone().into());
        add(&ls, void("subjectsTarget"), d.clone().into());
        add(&ls, void("objectsTarget"), target.into());
        let predicate = if *name == "wikipedia" {
            vocab::FOAF_IS_PRIMARY_TOPIC_OF
        } else {
            vocab::OWL_SAME_AS
        };
        add(&ls, void("linkPredicate"), n(predicate).into());
        add(&ls, void("triples"), int(links));
    }
    t.sort_by_cached_key(|x| x.to_string());
    Ok(t)
}

/// Writes the store, or one graph, in `format`: the whole store comes with
/// its VoID description, in a graph of its own ([`crate::iri::VOID_GRAPH`]).
pub fn export(
    store: &GraphStore,
    format: oxigraph::io::RdfFormat,
    graph: Option<&str>,
    out: impl std::io::Write,
) -> Result<(), StoreError> {
    let extra = match graph {
        Some(_) => Vec::new(),
        None => {
            let g = n(crate::iri::VOID_GRAPH);
            describe(store)?
                .into_iter()
                .map(|t| t.in_graph(g.clone()))
                .collect()
        }
    };
    store.export(format, graph, extra, out)
}
