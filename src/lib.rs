//! eventgraph turns encyclopedia articles about events into an RDF
//! knowledge graph.
//!
//! The modules in the order data flows through them: [`ingest`] finds the
//! files and dumps and drives the rest; [`article`] reads one into a
//! [`article::Document`] (with `markup`, the wikitext scanner);
//! [`extract`] turns that into a typed [`model::Extraction`] (no RDF), with
//! [`values`] reading dates and figures and [`gazetteer`] places; [`rdf`]
//! turns the model into quads, every IRI minted by [`iri`] and every term
//! named in [`vocab`]; [`store`] keeps them in oxigraph, one named graph per
//! article ([`sorted`] gives its quads in order, in bounded memory). Then
//! the graph is read: [`events`] (the event table), [`void`] (its
//! description and the export with it), [`push`] (its graphs sent to a
//! remote store), [`link`] (links into Wikidata, DBpedia and GeoNames) and
//! [`formats`] (RDF and result formats by name).

// Reading.
pub mod article;
pub mod ingest;
mod markup;
mod text;

// Extracting.
pub mod extract;
pub mod gazetteer;
pub mod model;
pub mod values;

// Writing.
pub mod align;
pub mod iri;
pub mod jsonld;
pub mod rdf;
pub mod shacl;
pub mod sorted;
pub mod store;
pub mod vocab;

// Reading the graph.
pub mod events;
pub mod explain;
pub mod formats;
pub mod link;
pub mod push;
pub mod void;
