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

/// How an output file is compressed, by its last extension (`.gz`, `.bz2`,
/// `.zst`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    Gzip,
    Bzip2,
    Zstd,
}

impl Compression {
    pub fn of_path(path: &Path) -> Option<Compression> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "gz" => Some(Compression::Gzip),
            "bz2" => Some(Compression::Bzip2),
            "zst" => Some(Compression::Zstd),
            _ => None,
        }
    }

    /// `out`, compressed; `finish` ends the compressed stream.
    pub fn writer<'a, W: std::io::Write + 'a>(
        self,
        out: W,
    ) -> std::io::Result<Box<dyn FinishWrite + 'a>> {
        Ok(match self {
            Compression::Gzip => Box::new(flate2::write::GzEncoder::new(
                out,
                flate2::Compression::default(),
            )),
            Compression::Bzip2 => Box::new(bzip2::write::BzEncoder::new(
                out,
                bzip2::Compression::default(),
            )),
            Compression::Zstd => Box::new(zstd::stream::write::Encoder::new(out, 3)?),
        })
    }
}

/// A writer whose stream must be ended (a compressor's last block).
pub trait FinishWrite: std::io::Write {
    fn finish(self: Box<Self>) -> std::io::Result<()>;
}

impl<W: std::io::Write> FinishWrite for flate2::write::GzEncoder<W> {
    fn finish(self: Box<Self>) -> std::io::Result<()> {
        flate2::write::GzEncoder::finish(*self)?.flush()
    }
}

impl<W: std::io::Write> FinishWrite for bzip2::write::BzEncoder<W> {
    fn finish(self: Box<Self>) -> std::io::Result<()> {
        bzip2::write::BzEncoder::finish(*self)?.flush()
    }
}

impl<W: std::io::Write> FinishWrite for zstd::stream::write::Encoder<'_, W> {
    fn finish(self: Box<Self>) -> std::io::Result<()> {
        zstd::stream::write::Encoder::finish(*self)?.flush()
    }
}

/// `path` without a compression extension (`graph.nq.gz` → `graph.nq`).
pub fn uncompressed_name(path: &Path) -> &Path {
    match Compression::of_path(path) {
        Some(_) => path.file_stem().map_or(path, Path::new),
        None => path,
    }
}

/// The RDF format a file's extension names (`graph.ttl`, `dump.nq`,
/// `graph.nq.gz`).
pub fn rdf_format_of_path(path: &Path) -> Option<RdfFormat> {
    let ext = uncompressed_name(path).extension()?.to_str()?;
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
    results_format(uncompressed_name(path).extension()?.to_str()?)
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
