//! The embedded oxigraph store: one named graph per article, replaced whole
//! on re-ingest; SPARQL over the union of all graphs; export in every RDF
//! format oxigraph writes.

use crate::iri::Minter;
use crate::sorted::Sorted;
use crate::vocab;
use oxigraph::io::RdfFormat;
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term,
};
use oxigraph::sparql::{DefaultServiceHandler, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

pub use oxigraph::sparql::results::QueryResultsFormat;

/// Errors of the store layer, each saying what was being done and on
/// what.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No store at the path given (nothing is created).
    #[error("the store {} {why}: `eventgraph ingest` or `eventgraph load` creates one (or give --store)", path.display())]
    Missing { path: PathBuf, why: &'static str },
    // The causes are written into the messages (and so are not `source`s,
    // which would print them twice in a chain).
    /// Another process writes to the store (RocksDB allows one writer).
    #[error("the store {} is in use by another process that writes to it (one writer at a time): wait for it to end; `eventgraph query` and `export` read it meanwhile", path.display())]
    InUse { path: PathBuf },
    /// oxigraph failed while doing `context`.
    #[error("{context}: {cause}")]
    Storage {
        context: String,
        cause: Box<dyn std::error::Error + Send + Sync>,
    },
    /// An RDF document does not parse (the message gives line and column).
    #[error("{document}: {cause}")]
    Parse {
        document: String,
        cause: Box<oxigraph::io::RdfSyntaxError>,
    },
    /// A graph IRI that is not one, or a graph the store does not hold.
    #[error("{0}")]
    Graph(String),
    /// A query of the wrong form for the call.
    #[error("{0}")]
    QueryForm(String),
    /// Writing an export failed (a closed pipe is no failure of ours).
    #[error("cannot write the export: {0}")]
    Write(std::io::Error),
}

impl StoreError {
    /// The kind of I/O error when writing output failed.
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match self {
            StoreError::Write(e) => Some(e.kind()),
            _ => None,
        }
    }

    /// oxigraph failed while doing `context`.
    pub fn storage(
        context: impl std::fmt::Display,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        StoreError::Storage {
            context: context.to_string(),
            cause: source.into(),
        }
    }
}

fn err(
    context: impl std::fmt::Display,
) -> impl FnOnce(Box<dyn std::error::Error + Send + Sync>) -> StoreError {
    move |e| StoreError::storage(context, e)
}

/// Fewer new quads than this are written in a transaction, more by the
/// bulk loader.
const BULK_LOAD_QUADS: usize = 20_000;

/// Named graphs replaced whole: the graphs in `clear` (`graph` among them)
/// are emptied, then `quads` are added.
#[derive(Clone, Debug)]
pub struct Replacement {
    pub graph: String,
    pub clear: Vec<String>,
    pub quads: Vec<Quad>,
}

/// The graph store.
pub struct GraphStore {
    store: Store,
    minter: Minter,
    /// RocksDB returns the quads of a pattern in index order; the in-memory
    /// store does not.
    on_disk: bool,
}

/// RocksDB starts a new info log (`LOG`) at every open and keeps the old
/// ones (`LOG.old.<microseconds>`) up to a thousand: a store opened by a run
/// a day would gather them for years. The newest few are kept.
const KEPT_INFO_LOGS: usize = 3;

fn prune_info_logs(store: &Path, keep: usize) -> std::io::Result<()> {
    let mut old: Vec<(u64, std::path::PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(store)? {
        let path = entry?.path();
        let stamp = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_prefix("LOG.old."))
            .and_then(|n| n.parse().ok());
        if let Some(stamp) = stamp {
            old.push((stamp, path));
        }
    }
    old.sort_unstable();
    for (_, path) in old.iter().rev().skip(keep) {
        std::fs::remove_file(path)?;
    }
    Ok(())
}

/// How long a read-only open is tried again when a writer's compaction
/// removed a file it was about to read.
const READ_ONLY_OPEN_PATIENCE: std::time::Duration = std::time::Duration::from_secs(30);

impl GraphStore {
    /// Opens (or creates) the RocksDB store at `path` for writing.
    pub fn open(path: &Path, minter: Minter) -> Result<Self, StoreError> {
        let cannot = |e: std::io::Error| {
            StoreError::storage(format!("cannot open the store {}", path.display()), e)
        };
        std::fs::create_dir_all(path).map_err(cannot)?;
        let store = Store::open(path).map_err(|e| {
            let message = e.to_string();
            if message.contains("lock") || message.contains("LOCK") {
                // RocksDB allows one writer: say so, and what still works.
                StoreError::InUse {
                    path: path.to_owned(),
                }
            } else {
                err(format!("cannot open the store {}", path.display()))(e.into())
            }
        })?;
        prune_info_logs(path, KEPT_INFO_LOGS).map_err(cannot)?;
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
        // A writer beside us may compact while we open: the files our open
        // read from its MANIFEST are then gone. Each new open reads the
        // MANIFEST again. RocksDB opens some table files at once and the
        // rest at their first read, so the open counts as done when a first
        // read has worked too: the files it opened stay held and readable.
        let began = std::time::Instant::now();
        let mut wait = std::time::Duration::from_millis(5);
        let store = loop {
            match Store::open_read_only(path).and_then(|s| s.is_empty().map(|_| s)) {
                Ok(store) => break store,
                Err(e)
                    if began.elapsed() < READ_ONLY_OPEN_PATIENCE
                        && e.to_string().contains("No such file") =>
                {
                    std::thread::sleep(wait);
                    wait = (wait * 2).min(std::time::Duration::from_millis(200));
                }
                Err(e) => {
                    return Err(err(format!("cannot open the store {}", path.display()))(
                        e.into(),
                    ))
                }
            }
        };
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

    /// Replaces named graphs whole: for each replacement, the graphs it
    /// clears are emptied and its quads added. Replacements whose graph is
    /// already in the store are written in one transaction; a large batch
    /// of graphs new to the store goes through oxigraph's bulk loader
    /// (sorted files, no transaction log). Either way each graph is
    /// replaced whole, and a failed write leaves what was stored before.
    pub fn replace(&self, batch: &[Replacement]) -> Result<(), StoreError> {
        let context = format!("cannot write a batch of {} graphs", batch.len());
        let mut fresh: Vec<&Quad> = Vec::new();
        let mut existing: Vec<&Replacement> = Vec::new();
        for r in batch {
            // A replacement is new when none of the graphs it clears is in
            // the store (a links table's graphs are its scores', not its own).
            let mut there = false;
            for g in &r.clear {
                let name = NamedNode::new_unchecked(g.as_str());
                if self
                    .store
                    .contains_named_graph(name.as_ref())
                    .map_err(|e| err(&context)(e.into()))?
                {
                    there = true;
                    break;
                }
            }
            if there {
                existing.push(r);
            } else {
                fresh.extend(r.quads.iter());
            }
        }
        // A few new graphs are cheaper in a transaction than in sorted files.
        let bulk = fresh.len() >= BULK_LOAD_QUADS;
        if !existing.is_empty() || (!bulk && !fresh.is_empty()) {
            let mut t = self
                .store
                .start_transaction()
                .map_err(|e| err(&context)(e.into()))?;
            for r in existing {
                // Removed, not only emptied: a graph replaced by nothing
                // (a page no longer an event, a graph deleted) is gone.
                for g in &r.clear {
                    t.remove_named_graph(NamedNode::new_unchecked(g.as_str()).as_ref())
                        .map_err(|e| err(&context)(e.into()))?;
                }
                t.extend(r.quads.iter());
            }
            if !bulk {
                t.extend(fresh.drain(..));
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

    /// Whether the named graph `graph` holds a quad whose predicate is
    /// `predicate`; `None` when the store has no such graph.
    pub fn graph_has_predicate(
        &self,
        graph: &str,
        predicate: &str,
    ) -> Result<Option<bool>, StoreError> {
        let (Ok(g), Ok(p)) = (NamedNodeRef::new(graph), NamedNodeRef::new(predicate)) else {
            return Ok(None);
        };
        if !self.contains_graph(graph)? {
            return Ok(None);
        }
        match self
            .store
            .quads_for_pattern(None, Some(p), None, Some(g.into()))
            .next()
        {
            None => Ok(Some(false)),
            Some(Ok(_)) => Ok(Some(true)),
            Some(Err(e)) => Err(err("cannot read a graph")(e.into())),
        }
    }

    /// The integer the named graph `graph` gives its own node (`graph`
    /// itself) for `predicate`, if any (a dump page's revision id).
    pub fn graph_integer(&self, graph: &str, predicate: &str) -> Result<Option<u64>, StoreError> {
        let (Ok(g), Ok(p)) = (NamedNodeRef::new(graph), NamedNodeRef::new(predicate)) else {
            return Ok(None);
        };
        let found = self
            .store
            .quads_for_pattern(Some(g.into()), Some(p), None, Some(g.into()))
            .next();
        match found {
            None => Ok(None),
            Some(Ok(q)) => Ok(match q.object {
                Term::Literal(l) => l.value().parse().ok(),
                _ => None,
            }),
            Some(Err(e)) => Err(err("cannot read a graph")(e.into())),
        }
    }

    /// The named graphs whose own node has `predicate` (the graphs read
    /// from dump pages, by their page id).
    pub fn graphs_with(&self, predicate: &str) -> Result<Vec<String>, StoreError> {
        let Ok(p) = NamedNodeRef::new(predicate) else {
            return Ok(Vec::new());
        };
        let mut graphs = Vec::new();
        for q in self.store.quads_for_pattern(None, Some(p), None, None) {
            let q = q.map_err(|e| err("cannot read the store")(e.into()))?;
            if let (oxigraph::model::NamedOrBlankNode::NamedNode(s), GraphName::NamedNode(g)) =
                (&q.subject, &q.graph_name)
            {
                if s == g {
                    graphs.push(g.as_str().to_owned());
                }
            }
        }
        graphs.sort();
        graphs.dedup();
        Ok(graphs)
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
        let quads = parse(format, source, data, graph)?;
        self.insert(&quads)
            .map_err(|e| err(format!("cannot load {source}"))(e.into()))?;
        Ok(quads.len())
    }

    /// Adds quads in one transaction.
    pub fn insert(&self, quads: &[Quad]) -> Result<(), StoreError> {
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| err("cannot write")(e.into()))?;
        t.extend(quads.iter());
        t.commit().map_err(|e| err("cannot write")(e.into()))
    }

    /// Runs a SPARQL 1.1 Update (our prefixes predeclared) in one
    /// transaction. Its `WHERE` clauses read the store's own default graph,
    /// as SPARQL Update says, not the union queries see.
    pub fn update(&self, sparql: &str) -> Result<(), StoreError> {
        let depth = nesting(sparql);
        if depth > MAX_QUERY_NESTING {
            return Err(StoreError::QueryForm(format!(
                "the update nests brackets {depth} deep; at most {MAX_QUERY_NESTING} are read"
            )));
        }
        let mut evaluator = SparqlEvaluator::new();
        for (p, iri) in vocab::PREFIXES {
            evaluator = evaluator
                .with_prefix(*p, *iri)
                .map_err(|e| err("bad prefix")(e.into()))?;
        }
        evaluator
            .parse_update(sparql)
            .map_err(|e| err("invalid SPARQL update")(e.into()))?
            .on_store(&self.store)
            .execute()
            .map_err(|e| err("update failed")(e.into()))
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store
            .len()
            .map_err(|e| err("cannot count the store")(e.into()))
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.store
            .is_empty()
            .map_err(|e| err("cannot read the store")(e.into()))
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
    /// VOCABULARY.md predeclared. A `SERVICE` call fails: no query reaches
    /// the network unless asked to with [`GraphStore::query_with`].
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        self.evaluate(sparql, SparqlEvaluator::new())
    }

    /// As [`GraphStore::query`], stopped when `token` is cancelled (the
    /// evaluator looks at it between steps, not inside an in-memory sort
    /// or join).
    pub fn query_cancellable(
        &self,
        sparql: &str,
        token: oxigraph::sparql::CancellationToken,
    ) -> Result<QueryResults<'static>, StoreError> {
        self.evaluate(
            sparql,
            SparqlEvaluator::new().with_cancellation_token(token),
        )
    }

    /// As [`GraphStore::query`], with `SERVICE` calls answered by `services`.
    pub fn query_with(
        &self,
        sparql: &str,
        services: impl DefaultServiceHandler + 'static,
    ) -> Result<QueryResults<'static>, StoreError> {
        self.evaluate(
            sparql,
            SparqlEvaluator::new().with_default_service_handler(services),
        )
    }

    fn evaluate(
        &self,
        sparql: &str,
        mut evaluator: SparqlEvaluator,
    ) -> Result<QueryResults<'static>, StoreError> {
        // The parser and the evaluator recurse on nesting: a query nested
        // thousands deep would overflow the stack and abort the process.
        let depth = nesting(sparql);
        if depth > MAX_QUERY_NESTING {
            return Err(StoreError::QueryForm(format!(
                "the query nests brackets {depth} deep; at most {MAX_QUERY_NESTING} are read"
            )));
        }
        for (p, iri) in vocab::PREFIXES {
            evaluator = evaluator
                .with_prefix(*p, *iri)
                .map_err(|e| err("bad prefix")(e.into()))?;
        }
        // GeoSPARQL's functions (`geof:sfWithin`, `geof:distance` ...), as
        // oxigraph's own server registers them.
        for (name, f) in spargeo::GEOSPARQL_EXTENSION_FUNCTIONS {
            evaluator = evaluator.with_custom_function(name.into_owned(), f);
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
            _ => Err(StoreError::QueryForm("not an ASK query".to_owned())),
        }
    }

    /// Writes the store, or one graph, in `format`. For the whole store,
    /// `describe` may add quads computed from its distinct triples (the
    /// VoID description), read in the same pass. Formats without named
    /// graphs get the union of all graphs (each triple once). The order is
    /// that of the N-Quads text of each quad (or triple), bytewise, the
    /// added quads after the store's: the same store gives the same bytes.
    /// Sorted on disk past [`crate::sorted::DEFAULT_BUDGET`], so memory
    /// stays bounded whatever the store's size. A `view` adds quads to
    /// those of the store, sorted with them, each once.
    pub fn export(
        &self,
        format: RdfFormat,
        graph: Option<&str>,
        describe: Option<&Describe<'_>>,
        view: Option<&View<'_>>,
        out: impl Write,
    ) -> Result<(), StoreError> {
        let graph = match graph {
            Some(g) => {
                let g = NamedNode::new(g)
                    .map_err(|e| StoreError::Graph(format!("invalid graph IRI {g:?}: {e}")))?;
                if !self.contains_graph(g.as_str())? {
                    return Err(StoreError::Graph(format!("the store holds no graph <{g}>")));
                }
                Some(g)
            }
            None => None,
        };
        let describe = describe.filter(|_| graph.is_none());
        let dataset = format.supports_datasets();
        let (quads, triples) = self.sorted(
            graph.as_ref().map(|g| GraphNameRef::NamedNode(g.as_ref())),
            dataset,
            !dataset || describe.is_some(),
            view,
        )?;
        let mut extra = match (describe, &triples) {
            (Some(describe), Some(triples)) => describe(triples)?,
            _ => Vec::new(),
        };
        let spill = |e: std::io::Error| err("cannot merge the sorted quads")(e.into());
        let (stream, extra_lines) = match (quads.as_ref(), triples.as_ref()) {
            (Some(quads), _) => {
                // The store's quads, then the added ones (in a graph of
                // their own), each part sorted.
                extra.sort_by_cached_key(ToString::to_string);
                (quads.merge().map_err(spill)?, Vec::new())
            }
            (None, Some(triples)) => {
                // All triples sorted together, each once.
                let mut lines: Vec<String> = extra
                    .drain(..)
                    .map(|q| oxigraph::model::Triple::from(q).to_string())
                    .collect();
                lines.sort();
                lines.dedup();
                (triples.merge().map_err(spill)?, lines)
            }
            (None, None) => unreachable!("one of them is always read"),
        };
        let write_err = StoreError::Write;
        let mut out = std::io::BufWriter::with_capacity(1 << 20, out);
        if matches!(format, RdfFormat::NQuads | RdfFormat::NTriples) {
            // The lines are the output.
            merge_in(stream, &extra_lines, |line| {
                out.write_all(line)?;
                out.write_all(b" .\n")
            })
            .map_err(write_err)?;
            for q in &extra {
                writeln!(out, "{q} .").map_err(write_err)?;
            }
            return out.flush().map_err(write_err);
        }
        if matches!(format, RdfFormat::JsonLd { .. }) {
            // A subject's lines at a time (they come together), so that the
            // writer can give each subject one node object.
            let mut w = crate::jsonld::JsonLdWriter::new(out).map_err(write_err)?;
            let mut batch: Vec<u8> = Vec::new();
            let mut subject: Vec<u8> = Vec::new();
            let group = |batch: &mut Vec<u8>, w: &mut crate::jsonld::JsonLdWriter<_>| {
                let mut quads = Vec::new();
                read_back(batch, &mut |q: &Quad| {
                    quads.push(q.clone());
                    Ok(())
                })?;
                w.subject(&quads)
            };
            merge_in(stream, &extra_lines, |line| {
                let s = &line[..line.iter().position(|&b| b == b' ').unwrap_or(line.len())];
                if s != subject.as_slice() && !batch.is_empty() {
                    group(&mut batch, &mut w)?;
                }
                subject.clear();
                subject.extend_from_slice(s);
                batch.extend_from_slice(line);
                batch.extend_from_slice(b" .\n");
                Ok(())
            })
            .map_err(write_err)?;
            group(&mut batch, &mut w).map_err(write_err)?;
            for part in extra.chunk_by(|a, b| a.subject == b.subject) {
                w.subject(part).map_err(write_err)?;
            }
            return w.finish().map_err(write_err)?.flush().map_err(write_err);
        }
        let mut w = crate::formats::rdf_serializer(format).for_writer(out);
        let mut write = |q: &Quad| {
            if dataset {
                w.serialize_quad(q)
            } else {
                w.serialize_triple(q.as_ref())
            }
        };
        // The sorted lines are read back in batches of about a megabyte (a
        // streaming parser would refuse a line over 16 MiB).
        let mut batch: Vec<u8> = Vec::with_capacity(1 << 20);
        merge_in(stream, &extra_lines, |line| {
            batch.extend_from_slice(line);
            batch.extend_from_slice(b" .\n");
            if batch.len() >= 1 << 20 {
                read_back(&mut batch, &mut write)?;
            }
            Ok(())
        })
        .map_err(write_err)?;
        read_back(&mut batch, &mut write).map_err(write_err)?;
        for q in &extra {
            write(q).map_err(write_err)?;
        }
        w.finish().map_err(write_err)?.flush().map_err(write_err)
    }

    /// In one pass, the N-Quads text (without ` .`) of the quads of one
    /// graph or of all, sorted, when `quads`; and of their distinct
    /// triples (graphs dropped), sorted, when `triples`. With a `view`,
    /// the quads it adds are among them (each quad once).
    pub fn sorted(
        &self,
        graph: Option<GraphNameRef<'_>>,
        quads: bool,
        triples: bool,
        view: Option<&View<'_>>,
    ) -> Result<(Option<Sorted>, Option<Sorted>), StoreError> {
        use std::io::Write as _;
        let spill = |e: std::io::Error| err("cannot sort the store's quads on disk")(e.into());
        let budget =
            crate::sorted::DEFAULT_BUDGET / (usize::from(quads) + usize::from(triples)).max(1);
        let mut q_sorter = quads.then(|| crate::sorted::Sorter::new(budget, view.is_some()));
        let mut t_sorter = triples.then(|| crate::sorted::Sorter::new(budget, true));
        let mut text = Vec::new();
        let mut added = Vec::new();
        for q in self.store.quads_for_pattern(None, None, None, graph) {
            let q = q.map_err(|e| err("cannot read the store")(e.into()))?;
            if let Some(view) = view {
                view(&q, &mut added);
            }
            for q in std::iter::once(q).chain(added.drain(..)) {
                text.clear();
                let _ = write!(text, "{}", oxigraph::model::TripleRef::from(q.as_ref()));
                if let Some(t) = &mut t_sorter {
                    t.push(&text).map_err(spill)?;
                }
                if let Some(s) = &mut q_sorter {
                    if !q.graph_name.is_default_graph() {
                        let _ = write!(text, " {}", q.graph_name);
                    }
                    s.push(&text).map_err(spill)?;
                }
            }
        }
        let finish =
            |s: Option<crate::sorted::Sorter>| s.map(|s| s.finish()).transpose().map_err(spill);
        Ok((finish(q_sorter)?, finish(t_sorter)?))
    }

    /// Calls `each` with every graph of the store and its quads, one graph
    /// at a time (the default graph first, when it holds any). On disk the
    /// store gives quads graph by graph, so only one graph is in memory.
    pub fn for_each_graph<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(GraphName, &[Quad]) -> Result<(), E>,
    ) -> Result<(), E> {
        let read =
            |e: oxigraph::store::StorageError| E::from(err("cannot read the store")(e.into()));
        if !self.on_disk {
            let mut graphs: std::collections::BTreeMap<String, (GraphName, Vec<Quad>)> =
                std::collections::BTreeMap::new();
            for q in self.store.iter() {
                let q = q.map_err(read)?;
                let key = match &q.graph_name {
                    GraphName::DefaultGraph => String::new(),
                    g => g.to_string(),
                };
                graphs
                    .entry(key)
                    .or_insert_with(|| (q.graph_name.clone(), Vec::new()))
                    .1
                    .push(q);
            }
            for (graph, quads) in graphs.into_values() {
                each(graph, &quads)?;
            }
            return Ok(());
        }
        let mut current: Option<GraphName> = None;
        let mut quads: Vec<Quad> = Vec::new();
        for q in self.store.iter() {
            let q = q.map_err(read)?;
            if current.as_ref() != Some(&q.graph_name) {
                if let Some(g) = current.take() {
                    each(g, &quads)?;
                }
                quads.clear();
                current = Some(q.graph_name.clone());
            }
            quads.push(q);
        }
        if let Some(g) = current {
            each(g, &quads)?;
        }
        Ok(())
    }

    /// Flushes and compacts (call after a large batch).
    pub fn flush(&self) -> Result<(), StoreError> {
        self.store
            .flush()
            .map_err(|e| err("cannot flush the store")(e.into()))
    }
}

/// Computes quads to add to an export from the store's distinct triples,
/// sorted (see [`GraphStore::export`]).
pub type Describe<'a> = dyn Fn(&Sorted) -> Result<Vec<Quad>, StoreError> + 'a;

/// A view of the store at export: the quads each of its quads adds (its
/// triple in another vocabulary), in the same graph.
pub type View<'a> = dyn Fn(&Quad, &mut Vec<Quad>) + 'a;

/// The lines of `stream` and the sorted `extra` lines merged in order, each
/// once.
fn merge_in(
    mut stream: crate::sorted::Merged<'_>,
    extra: &[String],
    mut each: impl FnMut(&[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut extra = extra.iter().map(String::as_bytes).peekable();
    while let Some(line) = stream.next_line()? {
        while let Some(e) = extra.next_if(|e| *e <= line) {
            if e != line {
                each(e)?;
            }
        }
        each(line)?;
    }
    extra.try_for_each(each)
}

/// Parses the N-Quads in `batch` (lines of our own export) into `write`,
/// and empties it.
fn read_back(
    batch: &mut Vec<u8>,
    write: &mut dyn FnMut(&Quad) -> std::io::Result<()>,
) -> std::io::Result<()> {
    for q in oxigraph::io::RdfParser::from_format(RdfFormat::NQuads).for_slice(&batch[..]) {
        let q =
            q.map_err(|e| std::io::Error::other(format!("cannot read back a sorted quad: {e}")))?;
        write(&q)?;
    }
    batch.clear();
    Ok(())
}

/// The quads of an RDF document (`source` names it in errors); triples go
/// into `graph` when given, else the default graph. Blank nodes of two
/// documents (or two reads of one) stay apart.
pub fn parse(
    format: RdfFormat,
    source: &str,
    data: &[u8],
    graph: Option<&str>,
) -> Result<Vec<Quad>, StoreError> {
    let mut parser = oxigraph::io::RdfParser::from_format(format).rename_blank_nodes();
    if let Some(g) = graph {
        let g = NamedNode::new(g)
            .map_err(|e| StoreError::Graph(format!("invalid graph IRI {g:?}: {e}")))?;
        parser = parser.with_default_graph(g);
    }
    parser
        .for_slice(data)
        .map(|q| {
            q.map_err(|e| StoreError::Parse {
                document: source.to_owned(),
                cause: Box::new(e),
            })
        })
        .collect()
}

/// How deep a query's brackets may nest: far beyond any query written by
/// hand, far below what overflows the stack.
pub const MAX_QUERY_NESTING: usize = 256;

/// The deepest nesting of `(`, `{` and `[` in a query, outside string
/// literals, IRIs and comments.
fn nesting(sparql: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut chars = sparql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | '{' | '[' => {
                depth += 1;
                max = max.max(depth);
            }
            ')' | '}' | ']' => depth = depth.saturating_sub(1),
            '"' | '\'' => {
                // To the closing quote (escapes skipped).
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == c {
                        break;
                    }
                }
            }
            '<' if chars
                .peek()
                .is_some_and(|d| !d.is_whitespace() && *d != '=') =>
            {
                for d in chars.by_ref() {
                    if d == '>' || d.is_whitespace() {
                        break;
                    }
                }
            }
            '#' => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    max
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
    Err(StoreError::Missing {
        path: path.to_owned(),
        why,
    })
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
