//! Ingesting a MediaWiki XML dump: a reader thread decompresses and splits
//! pages, worker threads extract the pages that may be events, and the
//! calling thread writes batches into the store in dump order.
//!
//! Rules: only articles (namespace 0) by default; a redirect keeps its own
//! graph, `egr:Alias eg:redirectsTo egr:Target`; of two pages with one
//! title, the later in the dump wins (as a re-ingest would), and a
//! redirect that replaces an article is reported; a page that
//! fails is reported with its title and the dump goes on. Memory is bounded
//! by the channel capacities and the batch size, whatever the dump's size.

use crate::article::dump::{DumpReader, Page};
use crate::article::wikitext;
use crate::extract::mapping::Mappings;
use crate::extract::{self, classify};
use crate::model::EventKind;
use crate::rdf;
use crate::store::{GraphStore, Replacement, StoreError};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Options of a dump ingest.
#[derive(Clone, Debug)]
pub struct DumpOptions {
    /// Namespaces read (articles only by default).
    pub namespaces: Vec<i64>,
    /// Worker threads extracting pages (default: the cores, at least 1).
    pub workers: usize,
    /// Pages per store transaction.
    pub batch: usize,
    /// Show a progress line on standard error.
    pub progress: bool,
    /// How infobox templates are read.
    pub mapping: Arc<Mappings>,
    /// Read only this shard's streams of a multistream dump.
    pub shard: Option<crate::article::bz2::Shard>,
    /// Keep the article graphs of the pages seen (see
    /// [`DumpSummary::seen`]), for pruning those no longer in the dump.
    pub prune: bool,
    /// Write each fact's record of where it was read (for dumps and
    /// article files alike; `ingest --no-provenance` turns it off).
    pub records: bool,
}

impl Default for DumpOptions {
    fn default() -> Self {
        DumpOptions {
            namespaces: vec![0],
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
            batch: 2000,
            progress: false,
            mapping: Arc::new(Mappings::bundled().clone()),
            shard: None,
            prune: false,
            records: true,
        }
    }
}

/// What a dump ingest did.
#[derive(Debug, Default, Clone)]
pub struct DumpSummary {
    pub pages: u64,
    pub redirects: u64,
    /// Pages extracted in full (those that may be events).
    pub extracted: u64,
    pub events: BTreeMap<EventKind, u64>,
    pub quads: u64,
    pub diagnostics: u64,
    pub failures: Vec<String>,
    pub interrupted: bool,
    pub xml_bytes: u64,
    /// Time spent committing batches to the store.
    pub store_time: Duration,
    /// Events with a page of their own, and events the pages name.
    pub titles: super::EventTitles,
    /// Pages whose revision is the one the store holds: not read again.
    pub unchanged: u64,
    /// Pages that give no graph and had none (not events, other
    /// namespaces): read, nothing stored.
    pub without_graph: u64,
    /// Pages that are no longer events (or articles) whose old graph was
    /// removed.
    pub removed: u64,
    /// With [`DumpOptions::prune`]: hashes of the article graph IRIs of
    /// every page of the dump.
    pub seen: Option<rustc_hash::FxHashSet<u64>>,
}

/// The outcome of one page, computed by a worker.
enum Outcome {
    Skipped,
    /// The store holds this revision of the page already.
    Unchanged,
    /// The page gives no graph now, but the store holds one of an earlier
    /// revision: it is removed.
    Removed {
        title: String,
        graph: Replacement,
    },
    Graph {
        title: String,
        graph: Replacement,
        event: Option<EventKind>,
        redirect: bool,
        diagnostics: Vec<String>,
        /// Titles of the events the page names.
        mentioned: Vec<String>,
    },
}

/// Whether a page may be about an event, judged cheaply from its title,
/// infobox name and categories before any full parse.
pub fn may_be_event(page: &Page) -> bool {
    if classify::title_kind(&page.title).is_some() {
        return true;
    }
    let text = &page.text;
    if let Some(at) = find_infobox(text) {
        let mut end = text.len().min(at + 120);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let name = crate::markup::template_name(&text[at + 2..end]);
        let words: Vec<&str> = name.split_whitespace().collect();
        if [
            "conflict",
            "war",
            "battle",
            "election",
            "referendum",
            "protest",
            "riot",
            "coup",
            "revolution",
            "event",
            "attack",
            "operation",
            "uprising",
            "massacre",
            "crisis",
            // `Infobox aircraft occurrence` (shootdowns, bombings,
            // hijackings of aircraft), as an article file reads it.
            "occurrence",
            "accident",
        ]
        .iter()
        .any(|w| words.contains(w))
        {
            return true;
        }
    }
    // Categories whose head names events (`Protests in Azerbaijan`).
    for p in memchr::memmem::find_iter(text.as_bytes(), b"[[Category:") {
        let start = p + 11;
        let end = memchr::memchr2(b']', b'|', &text.as_bytes()[start..])
            .map_or(text.len(), |e| start + e);
        let cat = &text[start..end];
        let head = cat
            .split_whitespace()
            .find(|w| w.chars().any(char::is_alphabetic))
            .unwrap_or("");
        if classify::noun_kind(head).is_some_and(|k| k != EventKind::Event) {
            return true;
        }
    }
    false
}

/// Where the first `{{Infobox` or `{{infobox` starts (a template name's
/// first letter has either case, the rest is as written).
fn find_infobox(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, b"nfobox").find_map(|i| {
        let at = i.checked_sub(3)?;
        (&b[at..at + 2] == b"{{" && b[at + 2].eq_ignore_ascii_case(&b'i')).then_some(at)
    })
}

fn process(
    page: Page,
    store: &GraphStore,
    namespaces: &[i64],
    mapping: &Mappings,
    dump_file: &str,
    records: bool,
    shard_language: Option<&str>,
) -> Result<Outcome, String> {
    if !namespaces.contains(&page.ns) || page.title.is_empty() {
        return Ok(Outcome::Skipped);
    }
    let minter = store.minter();
    let graph = minter.article(&page.title);
    let title = page.title.clone();
    let failed = |e: StoreError| format!("[[{title}]]: {e}");
    // The revision the store holds; some revision stored means the graph
    // is there, which spares a second lookup below.
    let stored = match page.revision {
        Some(_) => {
            let revision_id = crate::vocab::eg(crate::vocab::prop::REVISION_ID);
            store.graph_integer(&graph, &revision_id).map_err(failed)?
        }
        None => None,
    };
    if stored.is_some() && stored == page.revision {
        return Ok(Outcome::Unchanged);
    }
    if page.oversize {
        return Err(format!(
            "[[{}]]: its text is over {} MiB, more than any article holds: skipped",
            page.title,
            crate::article::dump::MAX_PAGE_BYTES >> 20
        ));
    }
    let (id, revision, timestamp) = (page.id, page.revision, page.timestamp.clone());
    // Another language's wiki (`bg`): its titles name no page of English
    // Wikipedia nor DBpedia's resources.
    let language = page.language.clone();
    let language = language
        .as_deref()
        .or(shard_language)
        .filter(|l| !(*l == "en" || l.starts_with("en-")));
    let mut outcome =
        super::guarded(|| process_page(page, minter, mapping, dump_file, records, language))
            .map_err(|why| {
                format!(
                    "[[{title}]]: extraction failed ({why}): page skipped, its stored graph kept"
                )
            })?;
    if let Outcome::Graph { graph, .. } = &mut outcome {
        let quads = rdf::revision_quads(&graph.graph, id, revision, timestamp.as_deref());
        graph.quads.extend(quads);
    }
    if matches!(outcome, Outcome::Skipped)
        && (stored.is_some() || store.contains_graph(&graph).map_err(failed)?)
    {
        outcome = Outcome::Removed {
            title,
            graph: rdf::replacement(graph, Vec::new()),
        };
    }
    Ok(outcome)
}

/// The outcome of one page of the dump file `dump_file` (its name: an
/// article's `eg:sourceFile`, its lines those of the page's text).
fn process_page(
    page: Page,
    minter: &crate::iri::Minter,
    mapping: &Mappings,
    dump_file: &str,
    records: bool,
    language: Option<&str>,
) -> Outcome {
    if let Some(target) = &page.redirect {
        if target.is_empty() {
            return Outcome::Skipped;
        }
        return Outcome::Graph {
            graph: rdf::redirect_graph(&page.title, target, minter, language),
            title: page.title,
            event: None,
            redirect: true,
            diagnostics: Vec::new(),
            mentioned: Vec::new(),
        };
    }
    if !may_be_event(&page) {
        return Outcome::Skipped;
    }
    let source = format!("[[{}]]", page.title);
    let doc = wikitext::parse(&source, &page.title, &page.text);
    let mut x = extract::extract_with(&doc, mapping);
    x.source = dump_file.to_owned();
    x.wiki_language = language.map(str::to_owned);
    let event = x.event.as_ref().map(|e| e.kind);
    if event.is_none() {
        return Outcome::Skipped;
    }
    let graph = rdf::article_graph_with(&x, minter, records);
    let mut diagnostics: Vec<String> = x.diagnostics.iter().map(ToString::to_string).collect();
    diagnostics.extend(super::shape_warnings(
        &format!("[[{}]]", page.title),
        &graph,
    ));
    Outcome::Graph {
        graph,
        title: page.title,
        event,
        redirect: false,
        diagnostics,
        mentioned: super::mentioned_events(&x),
    }
}

/// Ingests one dump file into `store`. `stop` ends it early and cleanly
/// (Ctrl-C): what was read before is committed.
pub fn ingest_dump(
    store: &GraphStore,
    path: &Path,
    options: &DumpOptions,
    stop: &AtomicBool,
    mut on_diagnostic: impl FnMut(&str),
) -> Result<DumpSummary, StoreError> {
    let started = Instant::now();
    let mut summary = DumpSummary::default();
    let read_bytes = Arc::new(AtomicU64::new(0));
    let total_bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let shard = options.shard.as_ref();
    let reader = match DumpReader::open_shard(path, read_bytes.clone(), threads, shard) {
        Ok(r) => r,
        Err(e) => {
            on_diagnostic(&format!("error: {e}"));
            summary.failures.push(e.to_string());
            return Ok(summary);
        }
    };
    // A shard's pages past the first stream come without the root that
    // says the wiki's language: read it from the file's head.
    let language = shard.and_then(|_| crate::article::dump::wiki_language(path));
    let workers = options.workers.max(1);
    let (page_tx, page_rx) = sync_channel::<(u64, Result<Page, String>)>(256);
    let page_rx = Arc::new(Mutex::new(page_rx));
    let (out_tx, out_rx) = sync_channel::<(u64, Result<Outcome, String>)>(256);
    let stop_reader = Arc::new(AtomicBool::new(false));

    std::thread::scope(|scope| -> Result<(), StoreError> {
        // The reader: decompression and XML; with `prune`, it keeps the
        // graph of every page.
        let seen_by_reader = {
            let stop_reader = stop_reader.clone();
            let minter = store.minter();
            let mut seen = options.prune.then(rustc_hash::FxHashSet::<u64>::default);
            scope.spawn(move || {
                for (seq, page) in reader.enumerate() {
                    if let (Some(seen), Ok(p)) = (&mut seen, &page) {
                        seen.insert(crate::iri::fnv1a(minter.article(&p.title).as_bytes()));
                    }
                    if stop_reader.load(Ordering::Relaxed) {
                        break;
                    }
                    let failed = page.is_err();
                    if page_tx
                        .send((
                            seq as u64,
                            // The collector names the file.
                            page.map_err(|e| format!("at byte {}: {}", e.position, e.message)),
                        ))
                        .is_err()
                        || failed
                    {
                        break;
                    }
                }
                seen
            })
        };
        // The workers: wikitext, extraction, quads.
        for _ in 0..workers {
            let page_rx = page_rx.clone();
            let out_tx = out_tx.clone();
            let namespaces = options.namespaces.clone();
            let mapping = options.mapping.clone();
            let records = options.records;
            let language = language.clone();
            let dump_file = path.file_name().map_or_else(
                || path.display().to_string(),
                |f| f.to_string_lossy().into_owned(),
            );
            scope.spawn(move || loop {
                let next = page_rx.lock().map(|rx| rx.recv());
                let Ok(Ok((seq, page))) = next else { break };
                let outcome = page.and_then(|p| {
                    process(
                        p,
                        store,
                        &namespaces,
                        &mapping,
                        &dump_file,
                        records,
                        language.as_deref(),
                    )
                });
                if out_tx.send((seq, outcome)).is_err() {
                    break;
                }
            });
        }
        drop(out_tx);

        // The writer: batches into the store, while the next one is being
        // collected.
        // It also notes a redirect that replaces an article stored before
        // (a dump should not hold both; the later page still wins).
        let (batch_tx, batch_rx) = sync_channel::<(Vec<Replacement>, Vec<Read>)>(1);
        let (note_tx, note_rx) = std::sync::mpsc::channel::<String>();
        let redirects_to = crate::vocab::eg(crate::vocab::prop::REDIRECTS_TO);
        let writer = scope.spawn(move || -> Result<(u64, Duration), StoreError> {
            let (mut quads, mut time) = (0, Duration::ZERO);
            for (batch, reads) in batch_rx {
                let t = Instant::now();
                for (r, read) in batch.iter().zip(&reads) {
                    if read.redirect
                        && store.graph_has_predicate(&r.graph, &redirects_to)? == Some(false)
                    {
                        let _ = note_tx.send(replaced_article(path, &read.title));
                    }
                }
                store.replace(&batch)?;
                time += t.elapsed();
                quads += batch.iter().map(|r| r.quads.len() as u64).sum::<u64>();
            }
            Ok((quads, time))
        });

        // The collector: outcomes in dump order, into batches.
        let mut pending: BTreeMap<u64, Result<Outcome, String>> = BTreeMap::new();
        let mut next_seq = 0u64;
        let mut batch: Vec<Replacement> = Vec::new();
        let mut reads: Vec<Read> = Vec::new();
        let mut batch_index: std::collections::HashMap<String, usize> =
            std::collections::HashMap::new();
        let mut last_progress = Instant::now();
        let mut stopped = false;
        // False when the writer has stopped (its error is reported below).
        let mut writing = true;
        for (seq, outcome) in out_rx.iter() {
            if !stopped && (stop.load(Ordering::Relaxed) || !writing) {
                stopped = true;
                summary.interrupted = writing;
                stop_reader.store(true, Ordering::Relaxed);
            }
            for note in note_rx.try_iter() {
                summary.diagnostics += 1;
                on_diagnostic(&note);
            }
            pending.insert(seq, outcome);
            while let Some(outcome) = pending.remove(&next_seq) {
                next_seq += 1;
                if stopped {
                    continue;
                }
                summary.pages += 1;
                match outcome {
                    Err(e) => {
                        let e = format!("{}: {e}", path.display());
                        on_diagnostic(&format!("error: {e}"));
                        summary.failures.push(e);
                    }
                    Ok(Outcome::Skipped) => summary.without_graph += 1,
                    Ok(Outcome::Unchanged) => summary.unchanged += 1,
                    Ok(Outcome::Removed { title, graph }) => {
                        summary.removed += 1;
                        let read = Read {
                            title,
                            redirect: false,
                        };
                        queue(&mut batch, &mut reads, &mut batch_index, graph, read);
                    }
                    Ok(Outcome::Graph {
                        title,
                        graph,
                        event,
                        redirect,
                        diagnostics,
                        mentioned,
                    }) => {
                        if redirect {
                            summary.redirects += 1;
                        } else {
                            summary.extracted += 1;
                        }
                        if let Some(k) = event {
                            *summary.events.entry(k).or_default() += 1;
                            summary.titles.article(&title);
                        }
                        for m in &mentioned {
                            summary.titles.mention(m);
                        }
                        summary.diagnostics += diagnostics.len() as u64;
                        for d in &diagnostics {
                            on_diagnostic(d);
                        }
                        let read = Read { title, redirect };
                        if let Some(replaced) =
                            queue(&mut batch, &mut reads, &mut batch_index, graph, read)
                        {
                            summary.diagnostics += 1;
                            on_diagnostic(&replaced_article(path, &replaced));
                        }
                    }
                }
                if batch.len() >= options.batch {
                    batch_index.clear();
                    let sent = (std::mem::take(&mut batch), std::mem::take(&mut reads));
                    writing = batch_tx.send(sent).is_ok();
                }
                if options.progress && last_progress.elapsed() > Duration::from_millis(500) {
                    last_progress = Instant::now();
                    progress_line(
                        &summary,
                        started,
                        read_bytes.load(Ordering::Relaxed),
                        total_bytes,
                    );
                }
            }
        }
        if writing && !batch.is_empty() {
            let _ = batch_tx.send((batch, reads));
        }
        drop(batch_tx);
        let written = writer.join().expect("the store writer panicked");
        summary.seen = seen_by_reader.join().expect("the dump reader panicked");
        for note in note_rx.try_iter() {
            summary.diagnostics += 1;
            on_diagnostic(&note);
        }
        let (quads, time) = written?;
        summary.quads += quads;
        summary.store_time += time;
        Ok(())
    })?;
    summary.xml_bytes = read_bytes.load(Ordering::Relaxed);
    if options.progress {
        progress_line(&summary, started, summary.xml_bytes, total_bytes);
        eprintln!();
    }
    Ok(summary)
}

/// Puts `graph` in the batch. Of two pages with one title the later wins;
/// when a redirect replaces an article of the batch, gives its title (a
/// title from an earlier batch is replaced when this batch is written).
fn queue(
    batch: &mut Vec<Replacement>,
    reads: &mut Vec<Read>,
    index: &mut std::collections::HashMap<String, usize>,
    graph: Replacement,
    read: Read,
) -> Option<String> {
    match index.get(&graph.graph) {
        Some(&i) => {
            let replaced = (read.redirect && !reads[i].redirect).then(|| read.title.clone());
            batch[i] = graph;
            reads[i] = read;
            replaced
        }
        None => {
            index.insert(graph.graph.clone(), batch.len());
            batch.push(graph);
            reads.push(read);
            None
        }
    }
}

/// The title of a page written in a batch, and whether it is a redirect.
struct Read {
    title: String,
    redirect: bool,
}

fn replaced_article(dump: &Path, title: &str) -> String {
    format!(
        "{}: [[{title}]]: warning: a redirect replaces the article of this title read before \
         (of two pages with one title the later wins; a dump should not hold both)",
        dump.display()
    )
}

/// `pages 12,345 (2,100/s) 35.2 MB/s events 321 elapsed 0:05 remaining 0:40`
fn progress_line(s: &DumpSummary, started: Instant, read: u64, total: u64) {
    let secs = started.elapsed().as_secs_f64().max(1e-3);
    let events: u64 = s.events.values().sum();
    let remaining = if read > 0 && total > read {
        let r = secs * (total - read) as f64 / read as f64;
        format!("{}:{:02}", r as u64 / 60, r as u64 % 60)
    } else {
        "0:00".to_owned()
    };
    // Padded, so that a shorter line covers a longer one (no terminal
    // escape codes: the line reads the same in a log file).
    let line = format!(
        "pages {} ({:.0}/s)  {:.1} MB/s  events {}  redirects {}  elapsed {}:{:02}  remaining {}",
        s.pages,
        s.pages as f64 / secs,
        read as f64 / secs / 1e6,
        events,
        s.redirects,
        secs as u64 / 60,
        secs as u64 % 60,
        remaining
    );
    eprint!("\r{line:<100}");
}
