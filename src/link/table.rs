//! Link tables: CSV or TSV files mapping our titles (or IRIs) to external
//! IRIs, as OpenRefine and Wikidata's query service export them
//! (`item,itemLabel` with `http://www.wikidata.org/entity/Q227`), read
//! into `owl:sameAs` links in a graph of the table's own.

use crate::iri::{self, Minter};
use crate::rdf;
use crate::store::GraphStore;
use crate::store::StoreError;
use crate::vocab::{self, prop, source};
use oxigraph::model::{Literal, NamedNode, Quad};
use std::path::Path;

/// Which columns hold what; detected when not given.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    /// The column of our entities (title or IRI): a header name or a
    /// 1-based number.
    pub subject: Option<String>,
    /// The column of external IRIs (or Wikidata `Q` identifiers).
    pub target: Option<String>,
}

/// A row that gave no link, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub line: u64,
    pub value: String,
    pub why: String,
}

/// What reading a table did.
#[derive(Debug, Default)]
pub struct TableReport {
    pub graph: String,
    pub rows: usize,
    pub links: usize,
    /// Rows whose entity is in no article of the store.
    pub unmatched: Vec<Rejected>,
    /// Rows whose target is no IRI, or that lack a column.
    pub invalid: Vec<Rejected>,
}

/// Why a table could not be read at all, naming the table.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("{table}: {error}")]
    Read {
        table: String,
        error: std::io::Error,
    },
    /// Not CSV or TSV (the message names the line).
    #[error("{table}: {message}")]
    Invalid { table: String, message: String },
    #[error("{table}: the table is empty")]
    Empty { table: String },
    #[error("{table}: no column {column:?} in the header")]
    NoColumn { table: String, column: String },
    #[error(
        "{table}: no column of external IRIs or Wikidata identifiers found (give --target-column)"
    )]
    NoTarget { table: String },
    #[error("{table}: {error}")]
    Store { table: String, error: StoreError },
}

/// Reads the table at `path` and replaces its links graph in the store.
pub fn link_table(
    store: &GraphStore,
    path: &Path,
    columns: &Columns,
) -> Result<TableReport, TableError> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let table = path.display().to_string();
    let text = std::fs::read(path).map_err(|error| TableError::Read {
        table: table.clone(),
        error,
    })?;
    let (quads, mut report) = read_table(store, &name, &text, columns, &table)?;
    store
        .replace(&[crate::rdf::replacement(report.graph.clone(), quads)])
        .map_err(|error| TableError::Store { table, error })?;
    report.unmatched.sort_by_key(|r| r.line);
    Ok(report)
}

/// The quads of a table (named `name`, read from `table` as errors say),
/// checked against the store.
pub fn read_table(
    store: &GraphStore,
    name: &str,
    bytes: &[u8],
    columns: &Columns,
    table: &str,
) -> Result<(Vec<Quad>, TableReport), TableError> {
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let tabs = name.ends_with(".tsv")
        || name.ends_with(".tab")
        || (first_line.contains(&b'\t') && !first_line.contains(&b','));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if tabs { b'\t' } else { b',' })
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = Vec::new();
    for r in reader.records() {
        let r = r.map_err(|e| TableError::Invalid {
            table: table.to_owned(),
            message: e.to_string(),
        })?;
        let line = r.position().map_or(0, |p| p.line());
        records.push((
            line,
            r.iter().map(|c| c.trim().to_owned()).collect::<Vec<_>>(),
        ));
    }
    let Some((_, first)) = records.first() else {
        return Err(TableError::Empty {
            table: table.to_owned(),
        });
    };
    // A first row with no IRI or identifier in it is a header.
    let header: Option<Vec<String>> =
        (!first.iter().any(|c| target_iri(c).is_some())).then(|| first.clone());
    let data = &records[usize::from(header.is_some())..];
    let sample = data.first().map(|(_, r)| r.clone()).unwrap_or_default();
    let target = match &columns.target {
        Some(c) => column(c, header.as_deref(), table)?,
        None => sample
            .iter()
            .position(|c| target_iri(c).is_some() && !is_ours(store.minter(), c))
            .ok_or_else(|| TableError::NoTarget {
                table: table.to_owned(),
            })?,
    };
    let subject = match &columns.subject {
        Some(c) => column(c, header.as_deref(), table)?,
        None => (0..sample.len().max(1)).find(|i| *i != target).unwrap_or(0),
    };
    let score_col = header
        .as_ref()
        .and_then(|h| h.iter().position(|c| c.eq_ignore_ascii_case("score")));

    let graph = iri::table_links(name);
    let mut links = rdf::LinkGraphs::new(
        graph.clone(),
        (
            &vocab::eg(prop::LINK_TABLE),
            Literal::new_simple_literal(name).into(),
        ),
    );
    let mut report = TableReport {
        graph: graph.clone(),
        ..Default::default()
    };
    for (line, row) in data {
        report.rows += 1;
        let cell = |i: usize| row.get(i).map(String::as_str).unwrap_or("");
        let (s, t) = (cell(subject), cell(target));
        if s.is_empty() || t.is_empty() {
            report.invalid.push(Rejected {
                line: *line,
                value: row.join(if tabs { "\t" } else { "," }),
                why: "a column is empty or missing".to_owned(),
            });
            continue;
        }
        let Some(target_iri) = target_iri(t) else {
            report.invalid.push(Rejected {
                line: *line,
                value: t.to_owned(),
                why: "not an IRI or a Wikidata identifier".to_owned(),
            });
            continue;
        };
        let subject_iri = store.minter().our_entity(s);
        let exists = store
            .ask(&format!("ASK {{ <{subject_iri}> ?p ?o }}"))
            .map_err(|error| TableError::Store {
                table: table.to_owned(),
                error,
            })?;
        if !exists {
            report.unmatched.push(Rejected {
                line: *line,
                value: s.to_owned(),
                why: format!("no entity <{subject_iri}> in the store"),
            });
            continue;
        }
        let score = match score_col.map(cell) {
            None | Some("") => 1.0,
            Some(v) => match v.parse::<f64>() {
                Ok(x) if (0.0..=1.0).contains(&x) => x,
                _ => {
                    report.invalid.push(Rejected {
                        line: *line,
                        value: v.to_owned(),
                        why: "the score is not a number from 0 to 1".to_owned(),
                    });
                    continue;
                }
            },
        };
        let subject = NamedNode::new_unchecked(subject_iri);
        let target = NamedNode::new_unchecked(target_iri);
        links.add(&subject, vocab::OWL_SAME_AS, target, source::TABLE, score);
        report.links += 1;
    }
    // A link stated on two rows is one link.
    Ok((links.into_quads(), report))
}

fn column(c: &str, header: Option<&[String]>, table: &str) -> Result<usize, TableError> {
    if let Ok(n) = c.parse::<usize>() {
        if n >= 1 {
            return Ok(n - 1);
        }
    }
    header
        .and_then(|h| h.iter().position(|x| x == c))
        .ok_or_else(|| TableError::NoColumn {
            table: table.to_owned(),
            column: c.to_owned(),
        })
}

/// An external IRI: a full IRI, `wd:`/`dbr:`/`gn:` names, or `Q123`.
pub fn target_iri(cell: &str) -> Option<String> {
    let c = cell.trim();
    let is_qid =
        |s: &str| s.len() > 1 && s.starts_with('Q') && s[1..].bytes().all(|b| b.is_ascii_digit());
    if is_qid(c) {
        return Some(iri::wikidata(c));
    }
    if let Some(q) = c.strip_prefix("wd:").filter(|q| is_qid(q)) {
        return Some(iri::wikidata(q));
    }
    if let Some(t) = c.strip_prefix("dbr:").filter(|t| !t.is_empty()) {
        return iri::in_namespace(vocab::DBR, t);
    }
    if let Some(id) = c
        .strip_prefix("gn:")
        .and_then(|n| n.trim_end_matches('/').parse().ok())
    {
        return Some(iri::geonames(id));
    }
    (c.starts_with("http://") || c.starts_with("https://"))
        .then(|| c.to_owned())
        .filter(|i| iri::is_valid(i))
}

fn is_ours(minter: &Minter, cell: &str) -> bool {
    cell.starts_with(minter.base()) || cell.starts_with("egr:")
}
