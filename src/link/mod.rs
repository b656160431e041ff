//! Links to other datasets beyond the offline ones of extraction: link
//! tables ([`table`]) and reconciliation against a SPARQL endpoint
//! ([`reconcile`]), each written to a named graph of its own under
//! `https://w3id.org/eventgraph/links/`, replaced whole on a re-run.

pub mod client;
pub mod reconcile;
pub mod table;
