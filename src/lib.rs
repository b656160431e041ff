//! eventgraph turns encyclopedia articles about events into an RDF
//! knowledge graph.
//!
//! The data flow: a reader ([`article::flat`]) turns a file into an [`article::Document`];
//! [`extract`] turns that into a typed [`model::Extraction`] (no RDF);
//! [`rdf`] turns the model into quads, with every IRI minted by [`iri`];
//! [`store`] keeps them in oxigraph, one named graph per article.

pub mod article;
pub mod dumps;
pub mod events;
pub mod extract;
pub mod formats;
pub mod gazetteer;
pub mod iri;
pub mod link;
pub mod model;
pub mod pipeline;
pub mod rdf;
pub mod store;
pub mod text;
pub mod values;
pub mod vocab;
pub mod void;
