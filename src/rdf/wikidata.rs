//! Wikidata's shape of an event's facts, beside ours in the article's
//! graph, so that queries written for WDQS run on ours: direct claims
//! (`wdt:`) of its class, dates, countries, places, causes, outcomes,
//! figures and participants, with `wd:` items where the gazetteer knows
//! them; full statements (`p:`, `ps:`, `psv:`) where a direct claim loses
//! something: a date's precision, a figure's bounds. The properties and
//! classes are those `ontology/eventgraph.ttl` aligns ours with.

use super::{node, Builder};
use crate::align::Alignments;
use crate::gazetteer::Gazetteer;
use crate::model::*;
use crate::values::date::PartialDate;
use crate::vocab::{self, prop};
use oxigraph::model::{Literal, NamedNode, Term};

/// Wikidata's own terms: `instance of` and `point in time` (no property
/// of ours is aligned with them: `rdf:type` is, and a single date is our
/// start date).
const INSTANCE_OF: &str = "P31";
const POINT_IN_TIME: &str = "P585";
/// The qualifier Wikidata marks an approximate value with (`sourcing
/// circumstances`), its value the item our `eg:dateApproximate` is aligned
/// with (`circa`).
const SOURCING_CIRCUMSTANCES: &str = "P1480";

fn wdt(p: &str) -> NamedNode {
    node(format!("{}{p}", vocab::WDT))
}

fn wikibase(local: &str) -> NamedNode {
    node(format!("{}{local}", vocab::WIKIBASE))
}

/// `P580` of `http://www.wikidata.org/prop/direct/P580`.
fn pid(wdt_iri: &str) -> &str {
    &wdt_iri[vocab::WDT.len()..]
}

/// A date as WDQS writes times: `2003-10-15T00:00:00Z`, the missing month
/// and day as 01, with Wikidata's precision (9 year, 10 month, 11 day).
fn time(d: &PartialDate) -> (Term, u8) {
    let year = if d.year < 0 {
        format!("-{:04}", -i64::from(d.year))
    } else {
        format!("{:04}", d.year)
    };
    let text = format!(
        "{year}-{:02}-{:02}T00:00:00Z",
        d.month.unwrap_or(1),
        d.day.unwrap_or(1)
    );
    let precision = match (d.month, d.day) {
        (Some(_), Some(_)) => 11,
        (Some(_), None) => 10,
        _ => 9,
    };
    let t = Literal::new_typed_literal(text, node(format!("{}dateTime", vocab::XSD)));
    (t.into(), precision)
}

fn decimal(text: String) -> Term {
    Literal::new_typed_literal(text, node(format!("{}decimal", vocab::XSD))).into()
}

impl Builder<'_> {
    pub(super) fn wikidata(&mut self, s: &NamedNode, x: &Extraction, ev: &Event) {
        let a = Alignments::bundled();
        if let Some(q) = a.wikidata_class(&vocab::eg(ev.kind.class())) {
            self.add(s, wdt(INSTANCE_OF), node(q.to_owned()));
        }
        // The infobox's one date, no end: a point in time. A lead or title
        // that gives a start alone (`began on 24 February 2022`) gives a
        // start, not a point.
        let single = ev.end.is_none()
            && !ev.ongoing
            && ev
                .dates_from
                .as_ref()
                .is_some_and(|at| at.from == ReadFrom::Infobox);
        let start_property = match a.wikidata_property(&vocab::eg(prop::START_DATE)) {
            _ if single => Some(format!("{}{POINT_IN_TIME}", vocab::WDT)),
            p => p.map(str::to_owned),
        };
        let end_property = a.wikidata_property(&vocab::eg(prop::END_DATE));
        for (date, property) in [
            (ev.start, start_property.as_deref()),
            (ev.end, end_property),
        ] {
            if let (Some(d), Some(p)) = (date, property) {
                let (value, precision) = time(&d);
                self.add(s, node(p.to_owned()), value.clone());
                let (st, v) = self.statement(s, pid(p), &value);
                if ev.date_approximate {
                    self.circa(&st);
                }
                self.add(&v, wikibase("timeValue"), value);
                self.add(
                    &v,
                    wikibase("timePrecision"),
                    super::integer(u64::from(precision)),
                );
            }
        }
        let item = |title: &str| self.item(x, title);
        let mut claims: Vec<(&str, NamedNode)> = Vec::new();
        for (ours, titles) in [
            (
                prop::COUNTRY,
                ev.countries.iter().map(String::as_str).collect::<Vec<_>>(),
            ),
            (
                prop::LOCATION,
                ev.locations.iter().map(|l| l.title.as_str()).collect(),
            ),
            (
                prop::PARTY,
                ev.sides
                    .iter()
                    .flat_map(|s| s.parties.iter().map(String::as_str))
                    .collect(),
            ),
        ]
        .into_iter()
        .chain(
            super::events_of_fields(ev)
                .map(|(p, list)| (p, list.iter().map(|e| e.title.as_str()).collect::<Vec<_>>())),
        ) {
            if let Some(p) = a.wikidata_property(&vocab::eg(ours)) {
                claims.extend(titles.into_iter().map(|t| (p, item(t))));
            }
        }
        for (list, kind, ours) in [
            (&ev.causes, "cause", prop::HAS_CAUSE),
            (&ev.outcomes, "outcome", prop::HAS_OUTCOME),
        ] {
            if let Some(p) = a.wikidata_property(&vocab::eg(ours)) {
                for st in list {
                    claims.push((p, node(self.minter.owned(&x.title, kind, &st.text))));
                }
            }
        }
        for (p, o) in claims {
            self.add(s, node(p.to_owned()), o);
        }
        for (count, ours) in [
            (&ev.fatalities, prop::FATALITIES),
            (&ev.injuries, prop::INJURIES),
            (&ev.participants, prop::PARTICIPANTS),
        ] {
            let (Some(c), Some(p)) = (count, a.wikidata_property(&vocab::eg(ours))) else {
                continue;
            };
            let f = &c.figure;
            // Wikidata writes a range as its middle with bounds
            // (`2500±500`); a figure with a lower bound alone (`at least
            // 384`, `Thousands`) has no amount it could state.
            let amount = match (f.exact, f.lower, f.upper) {
                (Some(n), _, _) => n.to_string(),
                (None, Some(lo), Some(hi)) => {
                    let twice = lo + hi;
                    let half = if twice % 2 == 1 { ".5" } else { "" };
                    format!("{}{half}", twice / 2)
                }
                _ => continue,
            };
            let value = decimal(amount);
            self.add(s, node(p.to_owned()), value.clone());
            // Bounds other than the amount itself, or an approximate
            // figure: a full statement.
            if (f.lower, f.upper) != (f.exact, f.exact) || f.approximate {
                let (st, v) = self.statement(s, pid(p), &value);
                if f.approximate {
                    self.circa(&st);
                }
                self.add(&v, wikibase("quantityAmount"), value);
                for (bound, name) in [
                    (f.lower, "quantityLowerBound"),
                    (f.upper, "quantityUpperBound"),
                ] {
                    if let Some(b) = bound {
                        self.add(&v, wikibase(name), decimal(b.to_string()));
                    }
                }
            }
        }
    }

    /// A full statement of `s`'s property `pid` with `value`: `s p:P st`,
    /// `st ps:P value`, `st psv:P v`; returns its value node `v` (both
    /// named after the article and a hash of the claim).
    fn statement(&mut self, s: &NamedNode, pid: &str, value: &Term) -> (NamedNode, NamedNode) {
        let claim = format!("{s} {pid} {value}");
        let st = node(self.minter.claim(&self.title, pid, &claim, false));
        let v = node(self.minter.claim(&self.title, pid, &claim, true));
        self.add(s, node(format!("{}{pid}", vocab::P)), st.clone());
        self.add(&st, node(format!("{}{pid}", vocab::PS)), value.clone());
        self.add(&st, node(format!("{}{pid}", vocab::PSV)), v.clone());
        (st, v)
    }

    /// Marks the statement `st` as approximate: `pq:P1480 wd:Q5727902`
    /// (circa), the item from the ontology's alignments.
    fn circa(&mut self, st: &NamedNode) {
        let a = Alignments::bundled();
        let approximate = vocab::eg(prop::DATE_APPROXIMATE);
        if let Some(q) = a.in_namespace(&approximate, vocab::WD).next() {
            let q = node(q.to_owned());
            self.add(
                st,
                node(format!("{}{SOURCING_CIRCUMSTANCES}", vocab::PQ)),
                q,
            );
        }
    }

    /// An entity as a Wikidata value: its `wd:` item when the gazetteer
    /// knows it (countries, regions, cities), else our IRI.
    fn item(&self, x: &Extraction, title: &str) -> NamedNode {
        let g = Gazetteer::bundled();
        let q = x.entity(title).and_then(|e| match &e.kind {
            EntityKind::Country(iso) => g.country_by_code(iso).and_then(|c| c.wikidata.clone()),
            EntityKind::Place { place, .. } => g.places[*place].wikidata.clone(),
            _ => None,
        });
        match q {
            Some(q) => node(crate::iri::wikidata(&q)),
            None => self.entity_node(title),
        }
    }
}
