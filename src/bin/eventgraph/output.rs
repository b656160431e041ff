//! Rendering for people and programs: query results in every format, the
//! event table, and the terminal table that never cuts a value silently.

use eventgraph::events::{Cell, EventRow, COLUMNS};
use eventgraph::formats;
use eventgraph::vocab;
use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::{self, Write};

/// How query results are written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ResultsOutput {
    /// A table for reading (SELECT), `true`/`false` (ASK).
    Table,
    /// A SPARQL results format (SELECT, ASK).
    Results(QueryResultsFormat),
    /// An RDF format (CONSTRUCT, DESCRIBE).
    Rdf(RdfFormat),
}

impl ResultsOutput {
    /// The format a name, extension or media type gives.
    pub fn parse(name: &str) -> Option<Self> {
        if name.eq_ignore_ascii_case("table") {
            return Some(ResultsOutput::Table);
        }
        formats::results_format(name)
            .map(ResultsOutput::Results)
            .or_else(|| formats::rdf_format(name).map(ResultsOutput::Rdf))
    }
}

/// Writes query results in `format`; a format that does not fit the kind
/// of results (Turtle for a SELECT, CSV for a CONSTRUCT) is an error.
pub fn write_results(
    results: QueryResults<'static>,
    format: Option<ResultsOutput>,
    out: &mut (impl Write + ?Sized),
    bold: bool,
) -> anyhow::Result<()> {
    match results {
        QueryResults::Boolean(b) => match format.unwrap_or(ResultsOutput::Table) {
            ResultsOutput::Table => writeln!(out, "{b}")?,
            ResultsOutput::Results(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut *out, b)?;
            }
            ResultsOutput::Rdf(f) => anyhow::bail!(
                "--format {}: an ASK query answers true or false; give table, csv, tsv, json or xml",
                formats::rdf_format_name(f)
            ),
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match format.unwrap_or(ResultsOutput::Table) {
                ResultsOutput::Results(f) => {
                    let mut w = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut *out, vars)?;
                    for s in solutions {
                        w.serialize(&s?)?;
                    }
                    w.finish()?;
                }
                ResultsOutput::Table => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(short).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_owned()).collect();
                    write_table(out, &header, &rows, bold)?;
                }
                ResultsOutput::Rdf(f) => anyhow::bail!(
                    "--format {}: a SELECT query gives rows; give table, csv, tsv, json or xml (RDF formats are for CONSTRUCT and DESCRIBE)",
                    formats::rdf_format_name(f)
                ),
            }
        }
        QueryResults::Graph(triples) => {
            let f = match format.unwrap_or(ResultsOutput::Rdf(RdfFormat::Turtle)) {
                ResultsOutput::Rdf(f) => f,
                ResultsOutput::Table => RdfFormat::Turtle,
                ResultsOutput::Results(f) => anyhow::bail!(
                    "--format {}: a CONSTRUCT or DESCRIBE query gives triples; give turtle, ntriples, nquads, trig, rdfxml, jsonld or n3",
                    f.name()
                ),
            };
            let mut w = formats::rdf_serializer(f).for_writer(&mut *out);
            for t in triples {
                w.serialize_triple(&t?)?;
            }
            w.finish()?;
        }
    }
    Ok(())
}

/// A term as a person reads it: prefixed names, bare literal values.
pub fn short(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            vocab::PREFIXES
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns) && iri.len() > ns.len())
                .max_by_key(|(_, ns)| ns.len())
                .map(|(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
                .unwrap_or_else(|| format!("<{iri}>"))
        }
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

/// The widest a table column gets; longer values are cut with a mark.
const MAX_WIDTH: usize = 80;
/// What ends a cut value.
const CUT: char = '…';

/// A value on one line: line breaks and tabs written as `\n`, `\r`, `\t`.
fn one_line(s: &str) -> String {
    if !s.contains(['\n', '\r', '\t']) {
        return s.to_owned();
    }
    s.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
        .replace('\t', "\\t")
}

/// Writes a table: a header, a rule, the rows, and a count. Values are
/// kept on one line; one longer than 80 characters is cut and ends in `…`,
/// and a last line says how many were cut and how to see them whole.
pub fn write_table(
    out: &mut (impl Write + ?Sized),
    header: &[String],
    rows: &[Vec<String>],
    bold: bool,
) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| one_line(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count().min(MAX_WIDTH));
        }
    }
    let mut cut = 0;
    let mut line = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let c = if c.chars().count() > *w {
                    cut += 1;
                    c.chars().take(w - 1).chain([CUT]).collect()
                } else {
                    c.clone()
                };
                format!("{c:<w$}", w = *w)
            })
            .collect::<Vec<_>>()
            .join(" | ")
            .trim_end()
            .to_owned()
    };
    let head = line(header);
    if bold {
        writeln!(out, "\x1b[1m{head}\x1b[0m")?;
    } else {
        writeln!(out, "{head}")?;
    }
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for r in &rows {
        let l = line(r);
        writeln!(out, "{l}")?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    if cut > 0 {
        writeln!(
            out,
            "({cut} value{} longer than {MAX_WIDTH} characters cut, ending in {CUT}; --format csv or json gives them whole)",
            if cut == 1 { "" } else { "s" }
        )?;
    }
    Ok(())
}

/// Writes the event table as CSV (RFC 4180, a header row, `\n` line ends).
pub fn events_csv(
    rows: &[EventRow],
    out: &mut (impl Write + ?Sized),
    tabs: bool,
) -> anyhow::Result<()> {
    if tabs {
        // TSV has no quoting: a tab or line break in a value becomes a space.
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        writeln!(
            out,
            "{}",
            COLUMNS
                .iter()
                .map(|(c, _)| *c)
                .collect::<Vec<_>>()
                .join("\t")
        )?;
        for r in rows {
            let cells: Vec<String> = r.cells().iter().map(|c| clean(&c.text())).collect();
            writeln!(out, "{}", cells.join("\t"))?;
        }
        return Ok(());
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    w.write_record(COLUMNS.iter().map(|(c, _)| *c))?;
    for r in rows {
        w.write_record(r.cells().iter().map(Cell::text))?;
    }
    w.flush()?;
    Ok(())
}

/// Writes the event table as a JSON array of objects, one per event, keyed
/// by column: numbers as numbers, lists as arrays, absent values as null.
pub fn events_json(rows: &[EventRow], out: &mut (impl Write + ?Sized)) -> anyhow::Result<()> {
    let array: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            let mut object = serde_json::Map::new();
            for ((name, _), cell) in COLUMNS.iter().zip(r.cells()) {
                let v = match cell {
                    Cell::Empty => serde_json::Value::Null,
                    Cell::Text(t) => t.into(),
                    Cell::Number(n) => n.into(),
                    Cell::Bool(b) => b.into(),
                    Cell::List(l) => l.into(),
                };
                object.insert((*name).to_owned(), v);
            }
            serde_json::Value::Object(object)
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &array)?;
    writeln!(out)?;
    Ok(())
}

/// Writes the event table for a terminal: one block per event, a field and
/// its whole value per line (empty fields left out), line breaks escaped.
pub fn events_records(
    rows: &[EventRow],
    out: &mut (impl Write + ?Sized),
    bold: bool,
) -> io::Result<()> {
    let width = COLUMNS.iter().map(|(c, _)| c.len()).max().unwrap_or(0);
    for (i, r) in rows.iter().enumerate() {
        let head = format!("-[ {} ]", i + 1);
        if bold {
            writeln!(out, "\x1b[1m{head}\x1b[0m")?;
        } else {
            writeln!(out, "{head}")?;
        }
        for ((name, _), cell) in COLUMNS.iter().zip(r.cells()) {
            if cell == Cell::Empty {
                continue;
            }
            writeln!(out, "{name:<width$} | {}", one_line(&cell.text()))?;
        }
    }
    let articles = rows.iter().filter(|r| !r.mentioned_only).count();
    let mentioned = rows.len() - articles;
    if mentioned > 0 {
        writeln!(
            out,
            "({} events: {articles} with an article of their own, {mentioned} only mentioned)",
            rows.len()
        )
    } else {
        writeln!(
            out,
            "({articles} event{} with an article of {})",
            if articles == 1 { "" } else { "s" },
            if articles == 1 {
                "its own"
            } else {
                "their own"
            }
        )
    }
}

/// `eventgraph explain`: the entity, then a line per fact: predicate,
/// value, `FILE:LINE`, the field or section, how it was read.
pub fn explained(
    iri: &str,
    facts: &[eventgraph::explain::Explained],
    out: &mut (impl Write + ?Sized),
) -> anyhow::Result<()> {
    let iri_term = Term::NamedNode(oxigraph::model::NamedNode::new_unchecked(iri));
    writeln!(out, "{}", short(&iri_term))?;
    let mut subject = &iri_term;
    for f in facts {
        if &f.subject != subject {
            subject = &f.subject;
            writeln!(out, "{}", short(subject))?;
        }
        let mut place = format!("{}:{}", f.source, f.line);
        if let Some(p) = f.page {
            place.push_str(&format!(" (page {p}"));
            if let Some(r) = f.revision {
                place.push_str(&format!(", revision {r}"));
            }
            place.push(')');
        }
        let mut how = f.read_from.trim_end_matches("Reading").to_owned();
        if let Some(field) = &f.field {
            how.push_str(&format!(", field {field:?}"));
        }
        if let Some(section) = &f.section {
            how.push_str(&format!(", section {section:?}"));
        }
        if let Some(r) = &f.resolved_by {
            how.push_str(&format!(", named by {}", r.trim_end_matches("Link")));
        }
        writeln!(
            out,
            "  {} {}\n      {place}  ({how})",
            short(&f.predicate),
            one_line(&short(&f.value)),
        )?;
    }
    Ok(())
}
