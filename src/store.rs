//! The embedded oxigraph store: one named graph per article, replaced whole
//! on re-ingest; SPARQL over the union of all graphs; export in every RDF
//! format oxigraph writes.

use crate::iri::Minter;
use crate::model::Extraction;
use crate::vocab;
use oxigraph::io::RdfFormat;
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::io::Write;
use std::path::Path;

pub use oxigraph::sparql::results::QueryResultsFormat;

/// The named graph of the VoID description in exports.
pub const VOID_GRAPH: &str = "https://w3id.org/eventgraph/void";

/// Errors of the store layer, each saying what was being done.
#[derive(Debug)]
pub struct StoreError {
    pub message: String,
    /// Set when writing output failed (a closed pipe is no failure of ours).
    pub io_kind: Option<std::io::ErrorKind>,
}

impl StoreError {
    pub fn from_message(message: String) -> Self {
        StoreError {
            message,
            io_kind: None,
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for StoreError {}

fn err(context: impl std::fmt::Display) -> impl FnOnce(Box<dyn std::error::Error>) -> StoreError {
    move |e| StoreError::from_message(format!("{context}: {e}"))
}

/// The graph store.
pub struct GraphStore {
    store: Store,
    minter: Minter,
    /// RocksDB returns the quads of a pattern in index order; the in-memory
    /// store does not.
    on_disk: bool,
}

impl GraphStore {
    /// Opens (or creates) the RocksDB store at `path` for writing.
    pub fn open(path: &Path, minter: Minter) -> Result<Self, StoreError> {
        let store = Store::open(path)
            .map_err(|e| err(format!("cannot open the store {}", path.display()))(e.into()))?;
        Ok(GraphStore {
            store,
            minter,
            on_disk: true,
        })
    }

    /// Opens the store at `path` for writing; an error, creating nothing,
    /// when there is none.
    pub fn open_existing(path: &Path, minter: Minter) -> Result<Self, StoreError> {
        must_exist(path)?;
        Self::open(path, minter)
    }

    /// Opens the store at `path` for reading only (as `oxigraph query`
    /// does): it works beside a process that holds the store for writing,
    /// and on a store the user may not write. An error, creating nothing,
    /// when there is no store.
    pub fn open_read_only(path: &Path, minter: Minter) -> Result<Self, StoreError> {
        must_exist(path)?;
        let store = Store::open_read_only(path)
            .map_err(|e| err(format!("cannot open the store {}", path.display()))(e.into()))?;
        Ok(GraphStore {
            store,
            minter,
            on_disk: true,
        })
    }

    /// An in-memory store (for tests and `extract`).
    pub fn in_memory(minter: Minter) -> Result<Self, StoreError> {
        let store = Store::new().map_err(|e| err("cannot create an in-memory store")(e.into()))?;
        Ok(GraphStore {
            store,
            minter,
            on_disk: false,
        })
    }

    pub fn minter(&self) -> &Minter {
        &self.minter
    }

    /// Replaces the article's named graph (and the graph of its offline
    /// links) with the quads of `x`, atomically. Returns the number of quads
    /// written.
    pub fn ingest(&self, x: &Extraction) -> Result<usize, StoreError> {
        let quads = crate::rdf::quads(x, &self.minter);
        self.replace_graph(&self.minter.article(&x.title), &quads)?;
        Ok(quads.len())
    }

    /// Clears a named graph (and, for an article, the graph of its offline
    /// links), then adds `quads`, in one transaction.
    pub fn replace_graph(&self, graph: &str, quads: &[Quad]) -> Result<(), StoreError> {
        let context = format!("cannot write the graph <{graph}>");
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| err(&context)(e.into()))?;
        for g in with_links(graph) {
            t.clear_graph(NamedNode::new_unchecked(g).as_ref())
                .map_err(|e| err(&context)(e.into()))?;
        }
        t.extend(quads.iter());
        t.commit().map_err(|e| err(&context)(e.into()))
    }

    /// Replaces several named graphs (a batch of a dump): graphs new to the
    /// store go through oxigraph's bulk loader (sorted files, no
    /// transaction log), graphs already there are cleared and rewritten in
    /// one transaction. Either way a graph (with an article's links graph)
    /// is replaced whole.
    pub fn replace_graphs(&self, graphs: &[(String, Vec<Quad>)]) -> Result<(), StoreError> {
        let context = format!("cannot write a batch of {} graphs", graphs.len());
        let mut fresh: Vec<&Quad> = Vec::new();
        let mut existing: Vec<&(String, Vec<Quad>)> = Vec::new();
        for g in graphs {
            let name = NamedNode::new_unchecked(g.0.as_str());
            if self
                .store
                .contains_named_graph(name.as_ref())
                .map_err(|e| err(&context)(e.into()))?
            {
                existing.push(g);
            } else {
                fresh.extend(g.1.iter());
            }
        }
        if !existing.is_empty() {
            let mut t = self
                .store
                .start_transaction()
                .map_err(|e| err(&context)(e.into()))?;
            for (graph, quads) in existing {
                for g in with_links(graph) {
                    t.clear_graph(NamedNode::new_unchecked(g).as_ref())
                        .map_err(|e| err(&context)(e.into()))?;
                }
                t.extend(quads.iter());
            }
            t.commit().map_err(|e| err(&context)(e.into()))?;
        }
        if !fresh.is_empty() {
            let mut loader = self
                .store
                .bulk_loader()
                .with_max_memory_size_in_megabytes(256);
            loader
                .load_quads(fresh.into_iter().cloned())
                .map_err(|e| err(&context)(e.into()))?;
            loader.commit().map_err(|e| err(&context)(e.into()))?;
        }
        Ok(())
    }

    /// Whether the store holds the named graph `iri`.
    pub fn contains_graph(&self, iri: &str) -> Result<bool, StoreError> {
        let Ok(g) = NamedNodeRef::new(iri) else {
            return Ok(false);
        };
        self.store
            .contains_named_graph(g)
            .map_err(|e| err("cannot list graphs")(e.into()))
    }

    /// Adds the quads of an RDF document to the store in one transaction
    /// (nothing when it does not parse): triples into `graph`, or the
    /// default graph; quads keep their graph. Returns the number of quads
    /// parsed. `source` names the document in errors.
    pub fn load(
        &self,
        format: RdfFormat,
        source: &str,
        data: &[u8],
        graph: Option<&str>,
    ) -> Result<usize, StoreError> {
        // Blank nodes of two documents (or two loads of one) stay apart.
        let mut parser = oxigraph::io::RdfParser::from_format(format).rename_blank_nodes();
        if let Some(g) = graph {
            let g =
                NamedNode::new(g).map_err(|e| err(format!("invalid graph IRI {g:?}"))(e.into()))?;
            parser = parser.with_default_graph(g);
        }
        let mut quads = Vec::new();
        for q in parser.for_slice(data) {
            quads.push(q.map_err(|e| StoreError::from_message(format!("{source}: {e}")))?);
        }
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| err(format!("cannot load {source}"))(e.into()))?;
        t.extend(quads.iter());
        t.commit()
            .map_err(|e| err(format!("cannot load {source}"))(e.into()))?;
        Ok(quads.len())
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store
            .len()
            .map_err(|e| err("cannot count the store")(e.into()))
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// Number of article graphs (`ega:`), link graphs left out.
    pub fn article_count(&self) -> Result<usize, StoreError> {
        let mut n = 0;
        for g in self.store.named_graphs() {
            let g = g.map_err(|e| err("cannot list graphs")(e.into()))?;
            if matches!(g, NamedOrBlankNode::NamedNode(n) if n.as_str().starts_with(vocab::EGA)) {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Runs a SPARQL query whose default graph is the union of all graphs
    /// (unless it names its own with `FROM`), with the prefixes of
    /// VOCABULARY.md predeclared.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_with(sparql, None)
    }

    /// As [`GraphStore::query`], with `SERVICE` calls sent to remote
    /// endpoints by `services` (without it, a `SERVICE` fails: no query
    /// reaches the network unless asked to).
    pub fn query_with(
        &self,
        sparql: &str,
        services: Option<crate::link::client::FederatedServices>,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = SparqlEvaluator::new();
        if let Some(s) = services {
            evaluator = evaluator.with_default_service_handler(s);
        }
        for (p, iri) in vocab::PREFIXES {
            evaluator = evaluator
                .with_prefix(*p, *iri)
                .map_err(|e| err("bad prefix")(e.into()))?;
        }
        let prepared = evaluator
            .parse_query(sparql)
            .map_err(|e| err("invalid SPARQL query")(e.into()))?;
        prepared
            .on_queryable_dataset(MergedView::new(self.store.clone(), self.on_disk))
            .execute()
            .map_err(|e| err("query failed")(e.into()))
    }

    /// True when the ASK query holds.
    pub fn ask(&self, sparql: &str) -> Result<bool, StoreError> {
        match self.query(sparql)? {
            QueryResults::Boolean(b) => Ok(b),
            _ => Err(StoreError::from_message("not an ASK query".to_owned())),
        }
    }

    /// Writes the store, or one graph, in `format`. Formats without named
    /// graphs get the union of all graphs (each triple once).
    pub fn export(
        &self,
        format: RdfFormat,
        graph: Option<&str>,
        out: impl Write,
    ) -> Result<(), StoreError> {
        let quads: Vec<Quad> = match graph {
            Some(g) => {
                let g = NamedNodeRef::new(g)
                    .map_err(|e| err(format!("invalid graph IRI {g:?}"))(e.into()))?;
                if !self.contains_graph(g.as_str())? {
                    return Err(StoreError::from_message(format!(
                        "the store holds no graph <{g}>"
                    )));
                }
                self.collect(Some(GraphNameRef::NamedNode(g)))?
            }
            // The whole store comes with its VoID description, in a graph
            // of its own.
            None => {
                let mut all = self.collect(None)?;
                let g = NamedNode::new_unchecked(VOID_GRAPH);
                all.extend(
                    crate::void::describe(self)?
                        .into_iter()
                        .map(|t| t.in_graph(g.clone())),
                );
                all
            }
        };
        let mut w = crate::formats::rdf_serializer(format).for_writer(out);
        let write_err = |e: std::io::Error| StoreError {
            message: format!("cannot write the export: {e}"),
            io_kind: Some(e.kind()),
        };
        if format.supports_datasets() {
            for q in &quads {
                w.serialize_quad(q).map_err(write_err)?;
            }
        } else {
            let mut triples: Vec<_> = quads
                .into_iter()
                .map(oxigraph::model::Triple::from)
                .collect();
            triples.sort_by_cached_key(|t| t.to_string());
            triples.dedup();
            for t in &triples {
                w.serialize_triple(t).map_err(write_err)?;
            }
        }
        w.finish().map_err(write_err)?;
        Ok(())
    }

    /// Quads of one graph or of all, sorted so that exports are byte-stable.
    fn collect(&self, graph: Option<GraphNameRef<'_>>) -> Result<Vec<Quad>, StoreError> {
        let mut quads = Vec::new();
        for q in self.store.quads_for_pattern(None, None, None, graph) {
            quads.push(q.map_err(|e| err("cannot read the store")(e.into()))?);
        }
        quads.sort_by_cached_key(|q| q.to_string());
        Ok(quads)
    }

    /// Flushes and compacts (call after a large batch).
    pub fn flush(&self) -> Result<(), StoreError> {
        self.store
            .flush()
            .map_err(|e| err("cannot flush the store")(e.into()))
    }
}

/// A store directory is one RocksDB made: it holds a `CURRENT` file.
fn must_exist(path: &Path) -> Result<(), StoreError> {
    if path.join("CURRENT").is_file() {
        return Ok(());
    }
    let why = if path.exists() {
        "is not a store (no RocksDB files in it)"
    } else {
        "does not exist"
    };
    Err(StoreError::from_message(format!(
        "the store {} {why}: `eventgraph ingest` or `eventgraph load` creates one (or give --store)",
        path.display()
    )))
}

/// A graph and the graphs replaced with it: an article's (`ega:X`) with
/// every graph its offline links can be in (`links/article/X#...`); a
/// links base of `eventgraph link` (`links/table/NAME`,
/// `links/endpoint/HOST`) with its graph of every score (scores have two
/// decimals, so there are 101).
fn with_links(graph: &str) -> Vec<String> {
    use crate::vocab::{source, LINKS};
    let mut v = vec![graph.to_owned()];
    if let Some(base) = crate::iri::links_of_article(graph) {
        for (from, score) in crate::rdf::OFFLINE_LINKS {
            v.push(crate::iri::link_graph(&base, from, *score));
        }
        v.push(base);
    } else if let Some(rest) = graph.strip_prefix(LINKS) {
        let from = match rest.split('/').next() {
            Some("table") => source::TABLE,
            Some("endpoint") => source::ENDPOINT,
            _ => return v,
        };
        for n in 0..=100 {
            v.push(crate::iri::link_graph(graph, from, f64::from(n) / 100.0));
        }
    }
    v
}

/// The store as SPARQL sees it: its default graph is the RDF merge of all
/// graphs, each triple once however many graphs state it.
///
/// oxigraph 0.5's own union default graph yields a triple once per graph
/// that holds it, so `COUNT` and `SUM` over shared triples (a country's
/// label, stated by every article set in it) would be inflated. RocksDB
/// answers a pattern with a bound subject, predicate or object from an
/// index whose key ends with the graph name (`spog`, `posg`, `ospg`), after
/// the default graph's quads: the named graphs' copies of a triple are
/// adjacent, so dropping repeats of the previous triple merges them in
/// constant memory, and a triple of the default graph (rare: only `load`
/// writes there) is looked up there. A pattern with nothing bound is read
/// graph by graph (`gspo`): there a quad is kept only when its graph is the
/// first that holds its triple, one point lookup per quad and no memory.
/// The in-memory store has no such order: there a set of seen triples does
/// it.
struct MergedView {
    store: Store,
    ordered: bool,
    /// Whether the default graph holds anything (checked once per query).
    default_graph_used: bool,
}

impl MergedView {
    fn new(store: Store, ordered: bool) -> Self {
        let default_graph_used = store
            .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
            .next()
            .is_some();
        MergedView {
            store,
            ordered,
            default_graph_used,
        }
    }
}

impl<'a> spareval::QueryableDataset<'a> for MergedView {
    type InternalTerm = Term;
    type Error = oxigraph::store::StorageError;

    fn internal_quads_for_pattern(
        &self,
        subject: Option<&Term>,
        predicate: Option<&Term>,
        object: Option<&Term>,
        graph_name: Option<Option<&Term>>,
    ) -> impl Iterator<Item = Result<spareval::InternalQuad<Term>, Self::Error>> + use<'a> {
        let all_unbound = subject.is_none() && predicate.is_none() && object.is_none();
        let subject = match subject {
            None => Some(None),
            Some(Term::NamedNode(n)) => Some(Some(NamedOrBlankNode::from(n.clone()))),
            Some(Term::BlankNode(b)) => Some(Some(NamedOrBlankNode::from(b.clone()))),
            Some(_) => None,
        };
        let predicate = match predicate {
            None => Some(None),
            Some(Term::NamedNode(n)) => Some(Some(n.clone())),
            Some(_) => None,
        };
        let graph = match graph_name {
            // The default graph: the merge of all graphs.
            Some(None) => Some((None, true)),
            Some(Some(Term::NamedNode(n))) => Some((Some(GraphName::from(n.clone())), false)),
            Some(Some(Term::BlankNode(b))) => Some((Some(GraphName::from(b.clone())), false)),
            Some(Some(_)) => None,
            // Any named graph.
            None => Some((None, false)),
        };
        let (quads, merge) = match (subject, predicate, graph) {
            (Some(s), Some(p), Some((g, merge))) => {
                let iter = self.store.quads_for_pattern(
                    s.as_ref().map(NamedOrBlankNode::as_ref),
                    p.as_ref().map(NamedNode::as_ref),
                    object.map(Term::as_ref),
                    g.as_ref().map(GraphName::as_ref),
                );
                (Some(iter), merge)
            }
            // A literal subject, a non-IRI predicate or a literal graph name
            // matches nothing.
            _ => (None, false),
        };
        let ordered = self.ordered;
        let default_graph_used = self.default_graph_used;
        let store = self.store.clone();
        let mut previous: Option<(NamedOrBlankNode, NamedNode, Term)> = None;
        let mut seen = std::collections::HashSet::new();
        quads.into_iter().flatten().filter_map(move |q| {
            let q = match q {
                Ok(q) => q,
                Err(e) => return Some(Err(e)),
            };
            if q.graph_name.is_default_graph() && !merge {
                return None;
            }
            if merge {
                let keep = if !ordered {
                    seen.insert((q.subject.clone(), q.predicate.clone(), q.object.clone()))
                } else if all_unbound {
                    // Read graph by graph: the first graph holding the
                    // triple gives it.
                    match store
                        .quads_for_pattern(
                            Some(q.subject.as_ref()),
                            Some(q.predicate.as_ref()),
                            Some(q.object.as_ref()),
                            None,
                        )
                        .next()
                    {
                        Some(Ok(first)) => first.graph_name == q.graph_name,
                        Some(Err(e)) => return Some(Err(e)),
                        None => true,
                    }
                } else if q.graph_name.is_default_graph() {
                    true
                } else {
                    let key = (q.subject.clone(), q.predicate.clone(), q.object.clone());
                    let repeat = previous.as_ref() == Some(&key);
                    previous = Some(key);
                    let in_default = default_graph_used
                        && match store.contains(QuadRef::new(
                            q.subject.as_ref(),
                            q.predicate.as_ref(),
                            q.object.as_ref(),
                            GraphNameRef::DefaultGraph,
                        )) {
                            Ok(b) => b,
                            Err(e) => return Some(Err(e)),
                        };
                    !repeat && !in_default
                };
                if !keep {
                    return None;
                }
            }
            Some(Ok(spareval::InternalQuad {
                subject: q.subject.into(),
                predicate: q.predicate.into(),
                object: q.object,
                graph_name: match q.graph_name {
                    GraphName::NamedNode(n) if !merge => Some(n.into()),
                    GraphName::BlankNode(b) if !merge => Some(b.into()),
                    _ => None,
                },
            }))
        })
    }

    fn internal_named_graphs(&self) -> impl Iterator<Item = Result<Term, Self::Error>> + use<'a> {
        self.store
            .named_graphs()
            .map(|g| g.map(Term::from))
            .collect::<Vec<_>>()
            .into_iter()
    }

    fn contains_internal_graph_name(&self, graph_name: &Term) -> Result<bool, Self::Error> {
        match graph_name {
            Term::NamedNode(n) => self.store.contains_named_graph(n.as_ref()),
            Term::BlankNode(b) => self.store.contains_named_graph(b.as_ref()),
            _ => Ok(false),
        }
    }

    fn internalize_term(&self, term: Term) -> Result<Term, Self::Error> {
        Ok(term)
    }

    fn externalize_term(&self, term: Term) -> Result<Term, Self::Error> {
        Ok(term)
    }
}
