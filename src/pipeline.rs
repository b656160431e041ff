//! Reading files and directories of articles into the store, with a
//! summary of what was found and what failed.

use crate::article::flat::{self, ReadError};
use crate::article::wikitext;
use crate::article::Document;
use crate::extract;
use crate::model::{EventKind, Extraction};
use crate::store::GraphStore;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// File name endings read as articles when a directory is ingested.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "wiki", "wikitext"];

/// The format of an article file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    /// Decide by extension (`.wiki`, `.wikitext`) and content: a file whose
    /// first line is `= Title =` is flat, any other is wikitext.
    #[default]
    Auto,
    Flat,
    Wikitext,
}

/// The inputs found under some paths.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Article files and dumps, in the order given (directories in name
    /// order).
    pub files: Vec<PathBuf>,
    /// Paths that could not be read.
    pub errors: Vec<ReadError>,
    /// Files and directories below a directory that were passed over, and
    /// why (not an article, a link loop).
    pub skipped: Vec<(PathBuf, String)>,
}

/// Every article file under `paths` (files as given, directories walked in
/// name order). A path that does not exist is an error of its own.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ReadError>) {
    let i = inputs(paths);
    (i.files, i.errors)
}

/// As [`collect_files`], also saying what was skipped. A directory is
/// walked once however many links lead to it, so a link loop ends.
pub fn inputs(paths: &[PathBuf]) -> Inputs {
    let mut found = Inputs::default();
    let mut seen = std::collections::HashSet::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut found, &mut seen);
        } else if p.exists() {
            // A file, or a pipe a dump is streamed through.
            found.files.push(p.clone());
        } else {
            found.errors.push(ReadError {
                source: p.display().to_string(),
                line: 0,
                message: "no such file or directory".to_owned(),
            });
        }
    }
    found
}

fn walk(dir: &Path, found: &mut Inputs, seen: &mut std::collections::HashSet<PathBuf>) {
    // The directory's real path: a link back to it, or to a parent, is
    // walked no second time.
    match std::fs::canonicalize(dir) {
        Ok(real) => {
            if !seen.insert(real) {
                found.skipped.push((
                    dir.to_path_buf(),
                    "a directory already read (a link loop, or two links to one directory)"
                        .to_owned(),
                ));
                return;
            }
        }
        Err(e) => {
            found.errors.push(ReadError {
                source: dir.display().to_string(),
                line: 0,
                message: e.to_string(),
            });
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            found.errors.push(ReadError {
                source: dir.display().to_string(),
                line: 0,
                message: e.to_string(),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, found, seen);
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e))
            || crate::article::dump::is_dump_path(&p)
        {
            found.files.push(p);
        } else {
            found.skipped.push((
                p,
                "not an article or a dump (.txt, .wiki, .wikitext, .xml, .xml.bz2)".to_owned(),
            ));
        }
    }
}

/// Reads and parses one article file, its format told by its name and
/// content.
pub fn read_article(path: &Path) -> Result<Document, ReadError> {
    read_article_as(path, Format::Auto)
}

/// Reads and parses one article file in the given format.
pub fn read_article_as(path: &Path, format: Format) -> Result<Document, ReadError> {
    let source = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ReadError {
        source: source.clone(),
        line: 0,
        message: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        ReadError {
            source: source.clone(),
            line,
            message: format!(
                "not UTF-8: invalid byte 0x{:02x} at byte {valid}",
                e.as_bytes()[valid]
            ),
        }
    })?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let format = match format {
        Format::Auto if matches!(ext, "wiki" | "wikitext") => Format::Wikitext,
        Format::Auto if looks_flat(&text) => Format::Flat,
        // Wikitext shows its markup; a text with neither a title line nor
        // markup is read as flat, whose reader says what is missing.
        Format::Auto if ["{{", "[[", "'''", "\n=="].iter().any(|m| text.contains(m)) => {
            Format::Wikitext
        }
        Format::Auto => Format::Flat,
        f => f,
    };
    match format {
        Format::Wikitext => {
            // A file name loses the title's case (`toronto.txt`); the lead's
            // bold phrase keeps it, when it is the same name.
            let from_path = title_of_path(path);
            let title = wikitext::lead_bold(&text)
                .filter(|b| crate::gazetteer::fold(b) == crate::gazetteer::fold(&from_path))
                .unwrap_or(from_path);
            Ok(wikitext::parse(&source, &title, &text))
        }
        _ => flat::parse(&source, &text),
    }
}

/// A flat article begins with its `= Title =` line.
fn looks_flat(text: &str) -> bool {
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    first.starts_with("= ") && first.ends_with(" =")
        || (first.starts_with('=')
            && !first.starts_with("==")
            && first.ends_with('=')
            && first.len() > 2)
}

/// A wikitext file names its page: `2003_Azerbaijani_protests.wiki` is
/// `2003 Azerbaijani protests`.
pub fn title_of_path(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let t = stem.replace('_', " ");
    let t = t.trim();
    let mut c = t.chars();
    c.next().map_or(String::new(), |f| {
        f.to_uppercase().collect::<String>() + c.as_str()
    })
}

/// Reads and extracts one article file.
pub fn extract_file(path: &Path) -> Result<Extraction, ReadError> {
    Ok(extract::extract(&read_article(path)?))
}

/// The events of a run: those with an article of their own and those the
/// articles name, kept as 64-bit hashes of their titles so that a dump of
/// millions of pages counts them in little memory.
#[derive(Clone, Debug, Default)]
pub struct EventTitles {
    articles: rustc_hash::FxHashSet<u64>,
    mentioned: rustc_hash::FxHashSet<u64>,
}

impl EventTitles {
    fn key(title: &str) -> u64 {
        use std::hash::{BuildHasher, BuildHasherDefault};
        BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(title)
    }

    /// An event with an article of its own.
    pub fn article(&mut self, title: &str) {
        self.articles.insert(Self::key(title));
    }

    /// An event an article names.
    pub fn mention(&mut self, title: &str) {
        self.mentioned.insert(Self::key(title));
    }

    pub fn merge(&mut self, other: EventTitles) {
        self.articles.extend(other.articles);
        self.mentioned.extend(other.mentioned);
    }

    /// Events named in the articles that have no article in this run.
    pub fn only_mentioned(&self) -> usize {
        self.mentioned.difference(&self.articles).count()
    }
}

/// Titles of the events an extraction names (not its own event).
pub fn mentioned_events(x: &Extraction) -> Vec<String> {
    x.entities
        .iter()
        .filter(|e| matches!(e.kind, crate::model::EntityKind::Event(_)))
        .map(|e| e.title.clone())
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
            writeln!(
                out,
                "dump pages: {} read, {} redirects kept",
                self.dump_pages, self.redirects
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
    pub dump: crate::dumps::DumpOptions,
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
    for f in files {
        if stop.load(std::sync::atomic::Ordering::Relaxed) {
            summary.interrupted = true;
            break;
        }
        if crate::article::dump::is_dump_path(&f) {
            match crate::dumps::ingest_dump(store, &f, &options.dump, stop, &mut on_diagnostic) {
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
                }
                Err(e) => {
                    let msg = format!("{}: {e}", f.display());
                    on_diagnostic(&format!("error: {msg}"));
                    summary.failures.push(msg);
                }
            }
            continue;
        }
        let x = match read_article_as(&f, options.format) {
            Ok(doc) => crate::extract::extract_with(&doc, &options.dump.mapping),
            Err(e) => {
                on_diagnostic(&format!("error: {e}"));
                summary.failures.push(e.to_string());
                continue;
            }
        };
        match store.ingest(&x) {
            Ok(n) => {
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
                let msg = format!("{}: {e}", f.display());
                on_diagnostic(&format!("error: {msg}"));
                summary.failures.push(msg);
            }
        }
    }
    summary
}

/// How well the values of some articles were read.
#[derive(Debug, Default)]
pub struct Coverage {
    pub articles: usize,
    pub events: usize,
    pub failures: Vec<String>,
    /// Per kind: (read, left as text).
    pub by_kind: BTreeMap<crate::model::ValueKind, (usize, usize)>,
    pub readings: Vec<(String, crate::model::Reading)>,
}

/// Reads every article under `paths` (no store) and gathers how each date,
/// figure and place value of their infoboxes is read (see
/// [`crate::extract::survey`]).
pub fn coverage(paths: &[PathBuf]) -> Coverage {
    let mut c = Coverage::default();
    let (files, errors) = collect_files(paths);
    c.failures.extend(errors.iter().map(ToString::to_string));
    for f in files {
        let name = f
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        if crate::article::dump::is_dump_path(&f) {
            // Every article of a dump, named `file#Title`.
            let reader = match crate::article::dump::DumpReader::open(&f, Default::default()) {
                Ok(r) => r,
                Err(e) => {
                    c.failures.push(e.to_string());
                    continue;
                }
            };
            for page in reader {
                match page {
                    Ok(p) if p.ns == 0 && p.redirect.is_none() => {
                        let doc =
                            wikitext::parse(&format!("{name}#{}", p.title), &p.title, &p.text);
                        c.add(&format!("{name}#{}", p.title), &doc);
                    }
                    Ok(_) => {}
                    Err(e) => c.failures.push(e.to_string()),
                }
            }
            continue;
        }
        match read_article(&f) {
            Ok(doc) => c.add(&name, &doc),
            Err(e) => c.failures.push(e.to_string()),
        }
    }
    c
}

impl Coverage {
    fn add(&mut self, name: &str, doc: &Document) {
        self.articles += 1;
        self.events += usize::from(crate::extract::classify::classify(doc).is_some());
        for r in crate::extract::survey::survey(doc) {
            let e = self.by_kind.entry(r.kind).or_default();
            if r.result.is_ok() {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
            self.readings.push((name.to_owned(), r));
        }
    }
}

/// One line of a value listing: `file, line, kind, key, value, reading`,
/// tab-separated, with line breaks in values written as `⏎`.
pub fn reading_line(file: &str, r: &crate::model::Reading) -> String {
    let esc = |s: &str| s.replace(['\t'], " ").replace('\n', "⏎");
    let result = match &r.result {
        Ok(v) => v.clone(),
        Err(why) => format!("TEXT ({why})"),
    };
    format!(
        "{file}\t{}\t{}\t{}\t{}\t{}",
        r.line,
        r.kind.name(),
        esc(&r.key),
        esc(&r.text),
        esc(&result)
    )
}
