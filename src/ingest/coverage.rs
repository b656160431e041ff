//! How the infobox values of some articles are read, with no store: what
//! `eventgraph values` lists.

use super::files::{collect_files, read_article};
use crate::article::wikitext;
use crate::article::Document;
use std::collections::BTreeMap;
use std::path::PathBuf;

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
