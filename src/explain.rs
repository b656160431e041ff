//! Where each fact of an entity was read: its facts' records (`rdf:Statement`
//! nodes in the article graphs) as rows, for `eventgraph explain`.

use crate::store::{GraphStore, StoreError};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

/// The example query `examples/queries/fact_provenance.rq`: one row per
/// fact of the event in its `VALUES`, and of its sides.
pub const FACT_PROVENANCE: &str = include_str!("../examples/queries/fact_provenance.rq");

/// One fact and where it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explained {
    pub subject: Term,
    pub predicate: Term,
    pub value: Term,
    /// The source file's name (a dump's, for a dump page).
    pub source: String,
    pub line: u64,
    /// The infobox field, or the section of the text.
    pub field: Option<String>,
    pub section: Option<String>,
    /// How it was read: the local name of an `eg:ReadingSource`.
    pub read_from: String,
    /// How an entity value was named: the local name of an `eg:LinkSource`.
    pub resolved_by: Option<String>,
    pub page: Option<u64>,
    pub revision: Option<u64>,
}

/// The facts of the entity `iri` (an event: its own and its sides'), in
/// the order of the lines they were read from.
pub fn explain(store: &GraphStore, iri: &str) -> Result<Vec<Explained>, StoreError> {
    let query = FACT_PROVENANCE.replacen(
        "VALUES ?event { egr:2003_Azerbaijani_protests }",
        &format!("VALUES ?event {{ <{iri}> }}"),
        1,
    );
    debug_assert_ne!(query, FACT_PROVENANCE, "the example query names its event");
    let QueryResults::Solutions(rows) = store.query(&query)? else {
        return Err(StoreError::QueryForm("not a SELECT query".to_owned()));
    };
    let mut out = Vec::new();
    for row in rows {
        let row = row.map_err(|e| StoreError::storage("query failed", e))?;
        let term = |v: &str| row.get(v).cloned();
        let text = |v: &str| match row.get(v) {
            Some(Term::Literal(l)) => Some(l.value().to_owned()),
            Some(Term::NamedNode(n)) => Some(local(n.as_str()).to_owned()),
            _ => None,
        };
        let number = |v: &str| text(v).and_then(|t| t.parse().ok());
        let (Some(subject), Some(predicate), Some(value)) =
            (term("subject"), term("predicate"), term("value"))
        else {
            continue;
        };
        out.push(Explained {
            subject,
            predicate,
            value,
            source: text("source").unwrap_or_default(),
            line: number("line").unwrap_or(0),
            field: text("field"),
            section: text("section"),
            read_from: text("readFrom").unwrap_or_default(),
            resolved_by: text("resolvedBy"),
            page: number("page"),
            revision: number("revision"),
        });
    }
    Ok(out)
}

/// What follows the last `#` or `/` of an IRI.
fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}
