//! The flow from files and dumps to the store: read, extract, turn into
//! quads, write. [`write`] and [`dumps::ingest_dump`] are the only ways
//! extracted articles reach the store, and both go through
//! [`crate::rdf::article_graph`] and [`GraphStore::replace`].

mod coverage;
mod dumps;
mod files;
mod titles;

pub use coverage::{coverage, reading_line, Coverage};
pub use dumps::{ingest_dump, may_be_event, DumpOptions, DumpSummary};
pub use files::{
    collect_files, extract_file, inputs, read_article, read_article_as, title_of_path, Format,
    Inputs, ARTICLE_EXTENSIONS,
};
pub use titles::{mentioned_events, EventTitles};

use crate::model::{EventKind, Extraction};
use crate::store::{GraphStore, StoreError};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Writes one article's extraction into the store, replacing its graph (and
/// the graphs of its offline links) whole. Returns the number of quads
/// written, and where the article's graph does not conform to the shapes
/// (`ontology/shapes.ttl`), as warnings naming the source.
pub fn write(store: &GraphStore, x: &Extraction) -> Result<(usize, Vec<String>), StoreError> {
    write_with(store, x, true)
}

/// As [`write`]; without the facts' records unless `records`.
pub fn write_with(
    store: &GraphStore,
    x: &Extraction,
    records: bool,
) -> Result<(usize, Vec<String>), StoreError> {
    let g = crate::rdf::article_graph_with(x, store.minter(), records);
    let n = g.quads.len();
    let warnings = shape_warnings(&x.source, &g);
    store.replace(&[g])?;
    Ok((n, warnings))
}

/// Where the article graph of `g` does not conform to the bundled shapes:
/// a warning per violation, naming the article's source.
pub(crate) fn shape_warnings(source: &str, g: &crate::store::Replacement) -> Vec<String> {
    let own = g.quads.iter().filter(|q| {
        matches!(&q.graph_name, oxigraph::model::GraphName::NamedNode(n) if n.as_str() == g.graph)
    });
    crate::shacl::Shapes::bundled()
        .validate(&g.graph, own)
        .into_iter()
        .map(|v| format!("{source}: warning: does not conform to ontology/shapes.ttl: {v}"))
        .collect()
}

/// What an ingest did.
#[derive(Debug, Default)]
pub struct Summary {
    pub articles: usize,
    pub events: BTreeMap<EventKind, usize>,
    pub non_events: usize,
    pub quads_written: usize,
    pub diagnostics: usize,
    pub failures: Vec<String>,
    /// Dumps read: their pages and redirects.
    pub dump_pages: u64,
    pub redirects: u64,
    pub interrupted: bool,
    /// Dumps: quads committed and the time the commits took.
    pub dump_quads: u64,
    pub store_time: std::time::Duration,
    pub titles: EventTitles,
    /// Files below the directories given that are not articles, with why.
    pub skipped: Vec<(PathBuf, String)>,
    /// Dump pages whose revision the store held already (not read again),
    /// and pages whose old graph was removed (no longer events).
    pub unchanged: u64,
    /// Dump pages read that give no graph and had none.
    pub without_graph: u64,
    /// Dump pages extracted in full (those that may be events).
    pub dump_extracted: u64,
    pub removed: u64,
    /// With `--prune`: graphs of dump pages no longer in the dumps, removed.
    pub pruned: u64,
    /// A write to the store failed (a full disk): not the input's fault,
    /// and the rest of the run may not have been written either.
    pub store_failed: bool,
}

impl Summary {
    /// Writes the summary to `out` (a closed pipe is an `io::Error`, not a panic).
    pub fn print(
        &self,
        store: &GraphStore,
        out: &mut impl std::io::Write,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        writeln!(
            out,
            "articles: {} ingested, {} failed",
            self.articles,
            self.failures.len()
        )?;
        if self.dump_pages > 0 {
            // Every page is counted once: failures are in the last line.
            writeln!(
                out,
                "dump pages: {} read: {} unchanged, {} extracted, {} redirects kept, {} removed, {} without a graph (not events, other namespaces)",
                self.dump_pages,
                self.unchanged,
                self.dump_extracted,
                self.redirects,
                self.removed,
                self.without_graph
            )?;
            writeln!(
                out,
                "unchanged: {} (revision already stored); removed: {} (no longer events); pruned: {}",
                self.unchanged, self.removed, self.pruned
            )?;
            let secs = self.store_time.as_secs_f64();
            writeln!(
                out,
                "dump store writes: {} quads committed in {secs:.2} s ({:.0} quads/s)",
                self.dump_quads,
                self.dump_quads as f64 / secs.max(1e-9)
            )?;
        }
        let total: usize = self.events.values().sum();
        let by_kind: Vec<String> = self
            .events
            .iter()
            .map(|(k, n)| format!("{} {n}", k.class()))
            .collect();
        writeln!(
            out,
            "events with an article: {total} ({}); events only mentioned in them: {}; not events: {}",
            by_kind.join(", "),
            self.titles.only_mentioned(),
            self.non_events
        )?;
        writeln!(
            out,
            "triples written: {}; store now holds {} quads in {} article graphs",
            self.quads_written,
            store.len()?,
            store.article_count()?
        )?;
        writeln!(out, "diagnostics: {}", self.diagnostics)?;
        if !self.skipped.is_empty() {
            writeln!(
                out,
                "files skipped: {} (neither articles nor dumps; each named on standard error unless --quiet)",
                self.skipped.len()
            )?;
        }
        if self.interrupted {
            writeln!(out, "interrupted: everything read before the interruption is stored; run again to complete")?;
        }
        Ok(())
    }
}

/// How to ingest.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    pub format: Format,
    pub dump: DumpOptions,
}

/// Ingests every article and dump under `paths`. One article's failure is
/// recorded and the others go on; what is stored stays stored. `stop` ends
/// the run early and cleanly.
pub fn ingest(
    store: &GraphStore,
    paths: &[PathBuf],
    options: &IngestOptions,
    stop: &std::sync::atomic::AtomicBool,
    mut on_diagnostic: impl FnMut(&str),
) -> Summary {
    let mut summary = Summary::default();
    let Inputs {
        files,
        errors,
        skipped,
    } = inputs(paths);
    for e in errors {
        on_diagnostic(&format!("error: {e}"));
        summary.failures.push(e.to_string());
    }
    for (path, why) in &skipped {
        on_diagnostic(&format!("{}: skipped: {why}", path.display()));
    }
    summary.skipped = skipped;
    let mut seen: Option<rustc_hash::FxHashSet<u64>> = None;
    let mut dump_failed = false;
    for f in files {
        if stop.load(std::sync::atomic::Ordering::Relaxed) {
            summary.interrupted = true;
            break;
        }
        if crate::article::dump::is_dump_path(&f) {
            match ingest_dump(store, &f, &options.dump, stop, &mut on_diagnostic) {
                Ok(d) => {
                    summary.dump_pages += d.pages;
                    summary.redirects += d.redirects;
                    summary.articles += d.extracted as usize;
                    summary.quads_written += d.quads as usize;
                    summary.dump_quads += d.quads;
                    summary.store_time += d.store_time;
                    summary.diagnostics += d.diagnostics as usize;
                    for (k, n) in d.events {
                        *summary.events.entry(k).or_default() += n as usize;
                    }
                    summary.failures.extend(d.failures);
                    summary.interrupted |= d.interrupted;
                    summary.titles.merge(d.titles);
                    summary.unchanged += d.unchanged;
                    summary.without_graph += d.without_graph;
                    summary.dump_extracted += d.extracted;
                    summary.removed += d.removed;
                    if let Some(s) = d.seen {
                        seen.get_or_insert_with(Default::default).extend(s);
                    }
                }
                Err(e) => {
                    dump_failed = true;
                    summary.store_failed = true;
                    let msg = format!("{}: {e}", f.display());
                    on_diagnostic(&format!("error: {msg}"));
                    summary.failures.push(msg);
                }
            }
            continue;
        }
        // Article files beside a sharded dump are read by the first shard
        // alone, so that the shards' graphs together are one run's.
        if options.dump.shard.as_ref().is_some_and(|s| s.index != 1) {
            continue;
        }
        let x = match read_article_as(&f, options.format) {
            Ok(doc) => {
                match guarded(|| crate::extract::extract_with(&doc, &options.dump.mapping)) {
                    Ok(x) => x,
                    Err(why) => {
                        let msg = format!(
                            "{}: extraction failed ({why}): article skipped, its stored graph kept",
                            f.display(),
                        );
                        on_diagnostic(&format!("error: {msg}"));
                        summary.failures.push(msg);
                        continue;
                    }
                }
            }
            Err(e) => {
                on_diagnostic(&format!("error: {e}"));
                summary.failures.push(e.to_string());
                continue;
            }
        };
        match write_with(store, &x, options.dump.records) {
            Ok((n, nonconforming)) => {
                for w in &nonconforming {
                    on_diagnostic(w);
                }
                summary.diagnostics += nonconforming.len();
                summary.articles += 1;
                summary.quads_written += n;
                match &x.event {
                    Some(ev) => {
                        *summary.events.entry(ev.kind).or_default() += 1;
                        summary.titles.article(&x.title);
                    }
                    None => summary.non_events += 1,
                }
                for m in mentioned_events(&x) {
                    summary.titles.mention(&m);
                }
                for d in &x.diagnostics {
                    on_diagnostic(&d.to_string());
                }
                summary.diagnostics += x.diagnostics.len();
            }
            Err(e) => {
                summary.store_failed = true;
                let msg = format!("{}: {e}", f.display());
                on_diagnostic(&format!("error: {msg}"));
                summary.failures.push(msg);
            }
        }
    }
    if options.dump.prune {
        let complete = !summary.interrupted && !dump_failed && summary.failures.is_empty();
        match (seen, complete) {
            (Some(seen), true) => match prune(store, &seen) {
                Ok(n) => summary.pruned = n,
                Err(e) => {
                    let msg = format!("cannot prune: {e}");
                    on_diagnostic(&format!("error: {msg}"));
                    summary.failures.push(msg);
                }
            },
            (Some(_), false) => on_diagnostic(
                "warning: --prune skipped: the run was not complete (a failure or an interruption), so a page it did not reach is not known to be gone",
            ),
            (None, _) => {}
        }
    }
    summary
}

/// Removes the graphs of dump pages (those with a page id) that are not
/// among `seen` (hashes of the article graph IRIs of a full run's pages),
/// with their links graphs. Article files are never pruned.
fn prune(
    store: &GraphStore,
    seen: &rustc_hash::FxHashSet<u64>,
) -> Result<u64, crate::store::StoreError> {
    let page_id = crate::vocab::eg(crate::vocab::prop::PAGE_ID);
    let gone: Vec<crate::store::Replacement> = store
        .graphs_with(&page_id)?
        .into_iter()
        .filter(|g| !seen.contains(&crate::iri::fnv1a(g.as_bytes())))
        .map(|g| crate::rdf::replacement(g, Vec::new()))
        .collect();
    for batch in gone.chunks(2000) {
        store.replace(batch)?;
    }
    Ok(gone.len() as u64)
}

/// Runs `f`, a panic in it turned into an error that says what it said:
/// extraction is meant never to fail, and a bug that makes it fail loses
/// one article, not the batch.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        p.downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_owned())
    })
}

#[cfg(test)]
mod guard_tests {
    #[test]
    fn a_panic_becomes_an_error_that_says_what_it_said() {
        assert_eq!(super::guarded(|| 1), Ok(1));
        let words = ["a"];
        let at = words.len() + 1;
        let e = super::guarded(|| words[..at].len()).unwrap_err();
        assert!(e.contains("out of range"), "{e}");
        assert_eq!(
            super::guarded(|| -> u8 { panic!("boom") }),
            Err("boom".to_owned())
        );
    }
}
