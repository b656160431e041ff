//! Names of output formats, as the command line and HTTP take them (short
//! names, file extensions and media types), and the one RDF serializer
//! that writes our prefixes.

use crate::vocab;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::sparql::results::QueryResultsFormat;
use std::path::Path;

/// The RDF format of a name (`turtle`, `ttl`, `nquads` ...), an extension
/// (`nt`, `trig`, `rdf`, `jsonld`) or a media type (`text/turtle`).
pub fn rdf_format(name: &str) -> Option<RdfFormat> {
    let n = name.trim().to_ascii_lowercase();
    let by_name = match n.as_str() {
        "turtle" | "ttl" => Some(RdfFormat::Turtle),
        "ntriples" | "n-triples" | "nt" => Some(RdfFormat::NTriples),
        "nquads" | "n-quads" | "nq" => Some(RdfFormat::NQuads),
        "trig" => Some(RdfFormat::TriG),
        "rdfxml" | "rdf/xml" | "rdf" | "owl" => Some(RdfFormat::RdfXml),
        "jsonld" | "json-ld" => Some(RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        }),
        "n3" => Some(RdfFormat::N3),
        _ => None,
    };
    by_name.or_else(|| {
        n.contains('/')
            .then(|| RdfFormat::from_media_type(&n))
            .flatten()
    })
}

/// The RDF format a file's extension names (`graph.ttl`, `dump.nq`).
pub fn rdf_format_of_path(path: &Path) -> Option<RdfFormat> {
    let ext = path.extension()?.to_str()?;
    match ext.to_ascii_lowercase().as_str() {
        "ttl" | "nt" | "nq" | "trig" | "rdf" | "owl" | "jsonld" | "n3" => rdf_format(ext),
        _ => None,
    }
}

/// The SPARQL results format of a name (`csv`, `tsv`, `json`, `xml`), an
/// extension (`srj`, `srx`) or a media type
/// (`application/sparql-results+json`).
pub fn results_format(name: &str) -> Option<QueryResultsFormat> {
    let n = name.trim().to_ascii_lowercase();
    if n.contains('/') {
        return QueryResultsFormat::from_media_type(&n);
    }
    match n.as_str() {
        "csv" => Some(QueryResultsFormat::Csv),
        "tsv" => Some(QueryResultsFormat::Tsv),
        "json" | "srj" => Some(QueryResultsFormat::Json),
        "xml" | "srx" => Some(QueryResultsFormat::Xml),
        _ => None,
    }
}

/// The results format a file's extension names (`rows.csv`, `rows.srj`).
pub fn results_format_of_path(path: &Path) -> Option<QueryResultsFormat> {
    results_format(path.extension()?.to_str()?)
}

/// The short name we give a format in messages.
pub fn rdf_format_name(format: RdfFormat) -> &'static str {
    match format {
        RdfFormat::Turtle => "turtle",
        RdfFormat::NTriples => "ntriples",
        RdfFormat::NQuads => "nquads",
        RdfFormat::TriG => "trig",
        RdfFormat::RdfXml => "rdfxml",
        RdfFormat::N3 => "n3",
        _ => "jsonld",
    }
}

/// A serializer of `format` that writes the prefixes of
/// [`vocab::PREFIXES`] where the format has prefixes.
pub fn rdf_serializer(format: RdfFormat) -> RdfSerializer {
    let mut ser = RdfSerializer::from_format(format);
    for (p, iri) in vocab::PREFIXES {
        ser = ser
            .with_prefix(*p, *iri)
            .expect("the vocabulary's prefixes are valid IRIs");
    }
    ser
}

/// An IRI written in full or as a prefixed name of [`vocab::PREFIXES`]
/// (`ega:2003_Azerbaijani_protests`), as a full IRI; `None` when it is
/// neither a valid IRI nor a known prefix.
pub fn expand_iri(text: &str) -> Option<String> {
    let t = text.trim();
    let t = t
        .strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .unwrap_or(t);
    let full = match t.split_once(':') {
        Some((p, local)) if !local.starts_with("//") => vocab::PREFIXES
            .iter()
            .find(|(name, _)| *name == p)
            .map_or_else(|| t.to_owned(), |(_, ns)| format!("{ns}{local}")),
        _ => t.to_owned(),
    };
    oxigraph::model::NamedNode::new(&full).ok().map(|_| full)
}
