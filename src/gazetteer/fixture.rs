//! A Wikidata-shaped graph of the gazetteer, for reconciliation tests and
//! for measuring reconciliation: every country, first-level region and city
//! with its real Wikidata item (from the corpus's linking tables), English
//! label, aliases, `wdt:P31` type and `wdt:P17` country, as Wikidata's
//! query service shows them.
//!
//! Only what the tables state is written: regions get no aliases (the
//! gazetteer's `X Province`-style variants are ours, not Wikidata's).

use super::{Gazetteer, PlaceKind};
use std::fmt::Write;

/// Wikidata's classes used for the types: country, dependent territory,
/// first-level administrative division, city.
const COUNTRY: &str = "Q6256";
const TERRITORY: &str = "Q161243";
const REGION: &str = "Q10864048";
const CITY: &str = "Q515";

fn literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push_str("\"@en");
    out
}

/// The graph as N-Triples-like Turtle, in gazetteer order.
pub fn wikidata_fixture(g: &Gazetteer) -> String {
    let mut out = String::from(
        "@prefix wd: <http://www.wikidata.org/entity/> .\n\
         @prefix wdt: <http://www.wikidata.org/prop/direct/> .\n\
         @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\
         @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n\
         wd:Q6256 rdfs:label \"country\"@en .\n\
         wd:Q3624078 wdt:P279 wd:Q6256 .\n\
         wd:Q161243 rdfs:label \"dependent territory\"@en .\n\
         wd:Q10864048 rdfs:label \"first-level administrative country subdivision\"@en .\n\
         wd:Q515 rdfs:label \"city\"@en .\n\n",
    );
    for c in &g.countries {
        let Some(q) = &c.wikidata else { continue };
        let kind = if c.independent { COUNTRY } else { TERRITORY };
        let _ = writeln!(out, "wd:{q} rdfs:label {} ;", literal(&c.title));
        for n in c.names.iter().filter(|n| **n != c.title) {
            let _ = writeln!(out, "    skos:altLabel {} ;", literal(n));
        }
        let _ = writeln!(out, "    wdt:P31 wd:{kind} ;\n    wdt:P17 wd:{q} .");
    }
    let country_item = |iso: &str| g.country_by_code(iso).and_then(|c| c.wikidata.clone());
    for p in &g.places {
        let Some(q) = &p.wikidata else { continue };
        let kind = match p.kind {
            PlaceKind::City => CITY,
            PlaceKind::Region => REGION,
        };
        let _ = writeln!(out, "wd:{q} rdfs:label {} ;", literal(&p.title));
        if p.kind == PlaceKind::City {
            for n in p.names.iter().filter(|n| **n != p.title) {
                let _ = writeln!(out, "    skos:altLabel {} ;", literal(n));
            }
        }
        if let Some(c) = country_item(&p.country) {
            let _ = writeln!(out, "    wdt:P17 wd:{c} ;");
        }
        let _ = writeln!(out, "    wdt:P31 wd:{kind} .");
    }
    out
}
