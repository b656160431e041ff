//! Which of our entities are reconciled, with what we know of each (type,
//! country, dates, labels), read from the store.

use super::*;

/// The entities of the store to reconcile, in IRI order.
pub fn subjects(store: &GraphStore, all: bool) -> Result<Vec<Subject>, String> {
    let q = format!(
        "SELECT ?e ?label ?class ?cq ?start ?end ?wd WHERE {{
           ?e a ?class ; rdfs:label ?label .
           FILTER(STRSTARTS(STR(?e), {base:?}) && STRSTARTS(STR(?class), STR(eg:)))
           OPTIONAL {{ ?e eg:country ?c . ?c owl:sameAs ?cq FILTER(STRSTARTS(STR(?cq), STR(wd:))) }}
           OPTIONAL {{ ?e eg:startDate ?start }}
           OPTIONAL {{ ?e eg:endDate ?end }}
           OPTIONAL {{ GRAPH ?lg {{ ?e owl:sameAs ?wd . ?lg eg:linkSource ?src }}
                      FILTER(STRSTARTS(STR(?wd), STR(wd:)) && ?src != eg:endpointLink) }}
         }}",
        base = store.minter().base()
    );
    let rows = local_rows(store, &q)?;
    let mut by_iri: BTreeMap<String, Subject> = BTreeMap::new();
    for r in rows {
        let (Some(Term::NamedNode(e)), Some(Term::Literal(label)), Some(Term::NamedNode(c))) =
            (r.get("e"), r.get("label"), r.get("class"))
        else {
            continue;
        };
        let Some(kind) = Kind::of_class(&c.as_str()[vocab::EG.len()..]) else {
            continue;
        };
        let s = by_iri
            .entry(e.as_str().to_owned())
            .or_insert_with(|| Subject {
                iri: e.as_str().to_owned(),
                label: label.value().to_owned(),
                kind,
                countries: BTreeSet::new(),
                years: None,
                known: None,
            });
        if kind.rank() > s.kind.rank() || (kind.rank() == s.kind.rank() && kind < s.kind) {
            s.kind = kind;
        }
        if let Some(Term::NamedNode(q)) = r.get("cq") {
            s.countries.insert(q.as_str()[vocab::WD.len()..].to_owned());
        }
        let year = |v: &str| {
            r.get(v).and_then(|t| match t {
                Term::Literal(l) => year_of(l.value()),
                _ => None,
            })
        };
        if let Some(a) = year("start") {
            let b = year("end").unwrap_or(a).max(a);
            s.years = Some(match s.years {
                Some((x, y)) => (x.min(a), y.max(b)),
                None => (a, b),
            });
        }
        if let Some(Term::NamedNode(w)) = r.get("wd") {
            s.known = Some(w.as_str()[vocab::WD.len()..].to_owned());
        }
    }
    Ok(by_iri
        .into_values()
        .filter(|s| all || s.known.is_none())
        .collect())
}

pub(super) fn local_rows(store: &GraphStore, q: &str) -> Result<Vec<Row>, String> {
    match store.query(q).map_err(|e| e.to_string())? {
        QueryResults::Solutions(solutions) => rows(solutions),
        _ => Err("not a SELECT query".to_owned()),
    }
}

/// The year of an `xsd:date`, `gYear`, `gYearMonth` or `dateTime` value
/// (`-0499` is 500 BC).
pub(super) fn year_of(v: &str) -> Option<i32> {
    let (neg, rest) = match v.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let y: i32 = digits.parse().ok()?;
    Some(if neg { -y } else { y })
}
