//! The VoID description of the store: the dataset with its triple, entity
//! and class counts, and a `void:Linkset` per dataset our links reach.

use crate::sorted::Sorted;
use crate::store::{GraphStore, StoreError};
use crate::vocab;
use oxigraph::model::{Literal, NamedNode, Term, Triple};

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

/// What the description counts, read in one pass over the store's distinct
/// triples in sorted order (so that distinct subjects are changes of
/// subject), with the objects sorted on the side: memory stays bounded
/// whatever the store's size. The counts are those of the union of all
/// graphs, each triple once, as `eventgraph query` sees it.
#[derive(Default)]
struct Counts {
    triples: u64,
    subjects: u64,
    objects: u64,
    /// Distinct IRI subjects in our namespace with a type.
    entities: u64,
    /// Distinct subjects of each class (by IRI).
    classes: std::collections::BTreeMap<String, u64>,
    /// Links (`owl:sameAs`, `foaf:isPrimaryTopicOf`) into each of [`TARGETS`].
    links: [u64; TARGETS.len()],
}

impl Counts {
    /// Counts the store's distinct triples, `triples` (sorted, as
    /// [`GraphStore::sorted`] gives them).
    fn read(store: &GraphStore, triples: &Sorted) -> Result<Counts, StoreError> {
        let spill = |e: std::io::Error| StoreError::storage("cannot count the store's triples", e);
        let mut c = Counts::default();
        let rdf_type = format!("<{}>", vocab::RDF_TYPE);
        let link_predicates =
            [vocab::OWL_SAME_AS, vocab::FOAF_IS_PRIMARY_TOPIC_OF].map(|p| format!("<{p}>"));
        let base = format!("<{}", store.minter().base());
        let mut objects = crate::sorted::Sorter::new(crate::sorted::DEFAULT_BUDGET / 2, true);
        let mut subject: Vec<u8> = Vec::new();
        let mut typed = false;
        let each = |line: &[u8]| {
            let text = std::str::from_utf8(line).map_err(std::io::Error::other)?;
            // N-Triples terms: subject and predicate hold no space.
            let mut parts = text.splitn(3, ' ');
            let (Some(s), Some(p), Some(o)) = (parts.next(), parts.next(), parts.next()) else {
                return Ok(());
            };
            c.triples += 1;
            if s.as_bytes() != subject.as_slice() {
                c.subjects += 1;
                subject.clear();
                subject.extend_from_slice(s.as_bytes());
                typed = false;
            }
            if p == rdf_type {
                if !typed && s.starts_with(&base) {
                    c.entities += 1;
                    typed = true;
                }
                if let Some(class) = o.strip_prefix('<').and_then(|o| o.strip_suffix('>')) {
                    *c.classes.entry(class.to_owned()).or_default() += 1;
                }
            }
            if link_predicates.iter().any(|l| l == p) {
                // STR(?o): an IRI's text or a literal's lexical form.
                let value = o.strip_prefix(['<', '"']).unwrap_or("");
                for (k, (_, _, space)) in TARGETS.iter().enumerate() {
                    if value.starts_with(space) {
                        c.links[k] += 1;
                    }
                }
            }
            objects.push(o.as_bytes())
        };
        triples
            .merge()
            .and_then(|m| m.for_each(each))
            .map_err(spill)?;
        objects
            .finish()
            .and_then(|o| {
                o.merge()?.for_each(|_| {
                    c.objects += 1;
                    Ok(())
                })
            })
            .map_err(spill)?;
        Ok(c)
    }
}

/// The description, as sorted triples (no blank nodes: partitions and
/// linksets have IRIs of their own).
pub fn describe(store: &GraphStore) -> Result<Vec<Triple>, StoreError> {
    let (_, triples) = store.sorted(None, false, true, None)?;
    describe_sorted(store, triples.as_ref().expect("triples were asked for"))
}

/// [`describe`], from the store's distinct triples already sorted.
fn describe_sorted(store: &GraphStore, triples: &Sorted) -> Result<Vec<Triple>, StoreError> {
    let counts = Counts::read(store, triples)?;
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
    add(&d, void("triples"), int(counts.triples));
    add(&d, void("entities"), int(counts.entities));
    add(&d, void("distinctSubjects"), int(counts.subjects));
    add(&d, void("distinctObjects"), int(counts.objects));
    add(&d, void("classes"), int(counts.classes.len() as u64));
    for (c, k) in &counts.classes {
        let local = c.rsplit(['#', '/']).next().unwrap_or("class");
        let prefix = vocab::PREFIXES
            .iter()
            .find(|(_, iri)| c.starts_with(iri))
            .map_or("x", |(p, _)| p);
        let part = n(&crate::iri::void_class_partition(prefix, local));
        add(&d, void("classPartition"), part.clone().into());
        add(&part, void("class"), n(c).into());
        add(&part, void("entities"), int(*k));
    }
    for ((name, dataset, space), &links) in TARGETS.iter().zip(&counts.links) {
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
/// its VoID description, in a graph of its own ([`crate::iri::VOID_GRAPH`]),
/// counted in the same pass over the store (and over what a `view` adds).
pub fn export(
    store: &GraphStore,
    format: oxigraph::io::RdfFormat,
    graph: Option<&str>,
    view: Option<&crate::store::View<'_>>,
    out: impl std::io::Write,
) -> Result<(), StoreError> {
    let g = n(crate::iri::VOID_GRAPH);
    let describe = |triples: &Sorted| {
        Ok(describe_sorted(store, triples)?
            .into_iter()
            .map(|t| t.in_graph(g.clone()))
            .collect())
    };
    store.export(format, graph, Some(&describe), view, out)
}
