//! JSON-LD with a `@context`: our prefixes declared once, and every IRI
//! they cover written as a compact IRI (`egr:2003_Azerbaijani_protests`,
//! `eg:startDate`), so that the export reads as our Turtle does.
//!
//! Written a subject at a time, in the export's order: the subject's
//! triples of the default graph as a node object at the top level, those
//! of each named graph as a graph object (`{"@id": graph, "@graph":
//! [node]}`); graph objects with one `@id` merge when read, as JSON-LD
//! says, so memory holds one subject's quads, whatever the store's size.

use crate::vocab;
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Writes JSON-LD a subject at a time: [`JsonLdWriter::subject`] for each
/// group of quads that share a subject, then [`JsonLdWriter::finish`].
pub struct JsonLdWriter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> JsonLdWriter<W> {
    pub fn new(mut out: W) -> io::Result<Self> {
        let context: serde_json::Map<String, serde_json::Value> = vocab::PREFIXES
            .iter()
            .map(|(p, iri)| ((*p).to_owned(), serde_json::Value::from(*iri)))
            .collect();
        write!(
            out,
            "{{\"@context\":{},\"@graph\":[",
            serde_json::Value::Object(context)
        )?;
        Ok(JsonLdWriter { out, first: true })
    }

    /// The quads of one subject (any graphs).
    pub fn subject(&mut self, quads: &[Quad]) -> io::Result<()> {
        let mut by_graph: BTreeMap<String, (&GraphName, Vec<&Quad>)> = BTreeMap::new();
        for q in quads {
            let key = match &q.graph_name {
                GraphName::DefaultGraph => String::new(),
                g => g.to_string(),
            };
            by_graph
                .entry(key)
                .or_insert_with(|| (&q.graph_name, Vec::new()))
                .1
                .push(q);
        }
        for (graph, quads) in by_graph.into_values() {
            let node = node(&quads);
            let item = match graph {
                GraphName::DefaultGraph => node,
                GraphName::NamedNode(g) => {
                    serde_json::json!({ "@id": compact(g.as_str()), "@graph": [node] })
                }
                GraphName::BlankNode(b) => {
                    serde_json::json!({ "@id": format!("_:{}", b.as_str()), "@graph": [node] })
                }
            };
            if !self.first {
                self.out.write_all(b",\n")?;
            }
            self.first = false;
            serde_json::to_writer(&mut self.out, &item)?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(b"]}\n")?;
        Ok(self.out)
    }
}

/// A node object: the subject's `@id` and its values by predicate.
fn node(quads: &[&Quad]) -> serde_json::Value {
    let mut node = serde_json::Map::new();
    if let Some(q) = quads.first() {
        node.insert("@id".into(), id(&q.subject).into());
    }
    for q in quads {
        let key = compact(q.predicate.as_str());
        let value = value(&q.object);
        match node.get_mut(&key) {
            Some(serde_json::Value::Array(values)) => values.push(value),
            _ => {
                node.insert(key, serde_json::Value::Array(vec![value]));
            }
        }
    }
    serde_json::Value::Object(node)
}

fn id(s: &NamedOrBlankNode) -> String {
    match s {
        NamedOrBlankNode::NamedNode(n) => compact(n.as_str()),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    }
}

fn value(o: &Term) -> serde_json::Value {
    match o {
        Term::NamedNode(n) => serde_json::json!({ "@id": compact(n.as_str()) }),
        Term::BlankNode(b) => serde_json::json!({ "@id": format!("_:{}", b.as_str()) }),
        Term::Literal(l) => {
            let mut v = serde_json::Map::new();
            v.insert("@value".into(), l.value().into());
            if let Some(lang) = l.language() {
                v.insert("@language".into(), lang.into());
            } else if l.datatype().as_str() != "http://www.w3.org/2001/XMLSchema#string" {
                v.insert("@type".into(), compact(l.datatype().as_str()).into());
            }
            serde_json::Value::Object(v)
        }
    }
}

/// `prefix:local` for an IRI under one of our prefixes (the longest), when
/// the local part reads back as the same IRI; the IRI itself otherwise.
pub fn compact(iri: &str) -> String {
    vocab::PREFIXES
        .iter()
        .filter(|(_, ns)| iri.len() > ns.len() && iri.starts_with(ns))
        .max_by_key(|(_, ns)| ns.len())
        .map(|(p, ns)| (p, &iri[ns.len()..]))
        // A local part starting with `//` would read as an absolute IRI.
        .filter(|(_, local)| !local.starts_with("//"))
        .map_or_else(|| iri.to_owned(), |(p, local)| format!("{p}:{local}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Our JSON-LD parses (oxigraph's JSON-LD parser, which reads the
    /// context) back to the quads written, compact IRIs and all.
    #[test]
    fn written_json_ld_reads_back_to_the_same_quads() {
        let nq = std::fs::read_to_string("tests/golden/2003_Azerbaijani_protests.nq").unwrap();
        let mut quads: Vec<Quad> =
            oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
                .for_slice(nq.as_bytes())
                .map(Result::unwrap)
                .collect();
        quads.sort_by_cached_key(ToString::to_string);
        let mut w = JsonLdWriter::new(Vec::new()).unwrap();
        for group in quads.chunk_by(|a, b| a.subject == b.subject) {
            w.subject(group).unwrap();
        }
        let out = w.finish().unwrap();
        let text = String::from_utf8(out.clone()).unwrap();
        assert!(text.starts_with("{\"@context\":{"));
        assert!(
            text.contains("\"@id\":\"egr:2003_Azerbaijani_protests\""),
            "{text}"
        );
        assert!(text.contains("\"eg:startDate\""));
        let format = oxigraph::io::RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        };
        let mut back: Vec<String> = oxigraph::io::RdfParser::from_format(format)
            .for_slice(&out)
            .map(|q| q.unwrap().to_string())
            .collect();
        back.sort();
        let mut want: Vec<String> = quads.iter().map(ToString::to_string).collect();
        want.sort();
        assert_eq!(back, want);
    }

    #[test]
    fn only_iris_under_our_prefixes_are_compacted() {
        assert_eq!(
            compact("https://w3id.org/eventgraph/resource/Baku"),
            "egr:Baku"
        );
        assert_eq!(
            compact("https://w3id.org/eventgraph/ontology#Protest"),
            "eg:Protest"
        );
        assert_eq!(compact("https://example.org/x"), "https://example.org/x");
        assert_eq!(
            compact("https://w3id.org/eventgraph/resource///x"),
            "https://w3id.org/eventgraph/resource///x"
        );
    }
}
