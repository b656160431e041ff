//! Finding the article files and dumps under some paths, and reading one
//! article file in its format.

use crate::article::flat::{self, ReadError};
use crate::article::wikitext;
use crate::article::Document;
use crate::extract;
use crate::model::Extraction;
use std::io::Read;
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
            found
                .errors
                .push(whole_file_error(p, "no such file or directory"));
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
            found.errors.push(whole_file_error(dir, e.to_string()));
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            found.errors.push(whole_file_error(dir, e.to_string()));
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

/// A fault of a path as a whole (line 0).
fn whole_file_error(path: &Path, message: impl Into<String>) -> ReadError {
    ReadError {
        file: path.display().to_string(),
        line: 0,
        message: message.into(),
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
    // As for a dump's pages, an article past the limit is not read: its
    // memory would be many times its size.
    let limit = crate::article::dump::MAX_PAGE_BYTES;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| whole_file_error(path, e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(whole_file_error(
            path,
            format!(
                "over {} MiB, more than any article holds: skipped",
                limit >> 20
            ),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        ReadError {
            file: source.clone(),
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
            let bold = wikitext::lead_bold(&text)
                .filter(|b| crate::gazetteer::fold(b) == crate::gazetteer::fold(&from_path));
            let confirmed = bold.is_some() || stem_is_page_title(path);
            let title = bold.unwrap_or(from_path);
            let mut doc = wikitext::parse(&source, &title, &text);
            // `usa.wiki` is no page called `Usa`: a title the text does not
            // confirm links nowhere.
            doc.title_from_file_name = !confirmed;
            Ok(doc)
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
    crate::text::page_title(path.file_stem().and_then(|s| s.to_str()).unwrap_or(""))
}

/// A file name written as Wikipedia writes titles: a capital (or a digit)
/// first, words parted by underscores or spaces (`Senate_of_Pakistan`,
/// `2003_Azerbaijani_protests`, `RNDIS`), not lower case (`usa`) nor words
/// joined by hyphens (`United-Kingdom`, `Elizabeth-Gilbert`).
fn stem_is_page_title(path: &Path) -> bool {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    stem.chars().next().is_some_and(|c| !c.is_lowercase())
        && (stem.contains(['_', ' ']) || !stem.contains('-'))
}

/// Reads and extracts one article file.
pub fn extract_file(path: &Path) -> Result<Extraction, ReadError> {
    Ok(extract::extract(&read_article(path)?))
}
