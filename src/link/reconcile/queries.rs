//! The queries sent to the endpoint: batched `VALUES` blocks of labels, and
//! what their answers say of each candidate.

use super::*;

/// The labels an entity may carry on the endpoint: its title, and the
/// title without a disambiguation in brackets (`Battle of Mosul (2016–17)`).
pub(super) fn labels(s: &Subject) -> Vec<String> {
    let mut v = vec![s.label.clone()];
    if let Some(i) = s.label.find(" (") {
        if s.label.ends_with(')') && i > 0 {
            v.push(s.label[..i].to_owned());
        }
    }
    v
}

/// The candidate query of a batch of labels.
pub fn candidate_query(labels: &[String]) -> String {
    let mut values = String::new();
    for l in labels {
        values.push(' ');
        values.push_str(
            &Term::from(oxigraph::model::Literal::new_language_tagged_literal_unchecked(l, "en"))
                .to_string(),
        );
    }
    format!(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT ?label ?item ?alias ?type ?super ?country ?start ?end ?point WHERE {{
  VALUES ?label {{{values} }}
  ?item rdfs:label|skos:altLabel ?label .
  BIND(NOT EXISTS {{ ?item rdfs:label ?label }} AS ?alias)
  OPTIONAL {{ ?item wdt:P31 ?type OPTIONAL {{ ?type wdt:P279 ?super }} }}
  OPTIONAL {{ ?item wdt:P17 ?country }}
  OPTIONAL {{ ?item wdt:P580 ?start }}
  OPTIONAL {{ ?item wdt:P582 ?end }}
  OPTIONAL {{ ?item wdt:P585 ?point }}
}}"
    )
}

pub(super) fn collect(rows: &[Row], found: &mut Found) {
    let local = |t: Option<&Term>| match t {
        Some(Term::NamedNode(n)) => n.as_str().strip_prefix(vocab::WD).map(str::to_owned),
        _ => None,
    };
    for r in rows {
        let (Some(Term::Literal(label)), Some(Term::NamedNode(item))) =
            (r.get("label"), r.get("item"))
        else {
            continue;
        };
        let c = found
            .entry(label.value().to_owned())
            .or_default()
            .entry(item.as_str().to_owned())
            .or_insert_with(|| Candidate {
                item: item.as_str().to_owned(),
                main_label: false,
                types: BTreeSet::new(),
                countries: BTreeSet::new(),
                years: BTreeSet::new(),
                label: 0.0,
                kind: Agreement::Unknown,
                country: Agreement::Unknown,
                date: Agreement::Unknown,
                score: 0.0,
            });
        // `true`, or `1` as Virtuoso writes booleans.
        let alias = matches!(r.get("alias"), Some(Term::Literal(l)) if l.value() == "true" || l.value() == "1");
        if !alias {
            c.main_label = true;
        }
        c.types.extend(local(r.get("type")));
        c.types.extend(local(r.get("super")));
        c.countries.extend(local(r.get("country")));
        for v in ["start", "end", "point"] {
            if let Some(Term::Literal(l)) = r.get(v) {
                c.years.extend(year_of(l.value()));
            }
        }
    }
}
