//! The alignments `ontology/eventgraph.ttl` declares, read from it once:
//! each of our classes and properties with the terms of other vocabularies
//! it is equivalent (`owl:equivalentClass`, `owl:equivalentProperty`) or
//! close (`skos:closeMatch`) to, and each class's parent. Export views by
//! profile and the Wikidata classes of events come from here, so an
//! alignment is declared in one place only.

use crate::vocab;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Quad, Term};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The ontology as shipped, and the event codes of our classes.
const ONTOLOGY: &str = include_str!("../ontology/eventgraph.ttl");
const EVENT_CODES: &str = include_str!("../ontology/event-codes.ttl");

const OWL_EQUIVALENT_CLASS: &str = "http://www.w3.org/2002/07/owl#equivalentClass";
const OWL_EQUIVALENT_PROPERTY: &str = "http://www.w3.org/2002/07/owl#equivalentProperty";
const SKOS_CLOSE_MATCH: &str = "http://www.w3.org/2004/02/skos/core#closeMatch";
const RDFS_SUB_CLASS_OF: &str = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";

/// A code of an event scheme (CAMEO, PLOVER, ACLED), a SKOS concept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Code {
    pub iri: String,
    pub scheme: String,
    pub notation: String,
    pub label: String,
}

/// Our terms and what they are aligned with.
#[derive(Debug, Default)]
pub struct Alignments {
    /// Our term's IRI → aligned IRIs, equivalent ones first, each in the
    /// order the ontology gives them.
    aligned: HashMap<String, Vec<String>>,
    /// Our class → its `eg:` parent.
    parent: HashMap<String, String>,
    /// Our class → the IRIs of its event codes (`eg:eventCode`).
    class_codes: HashMap<String, Vec<String>>,
    /// The codes by IRI.
    codes: HashMap<String, Code>,
}

impl Alignments {
    /// The alignments of the bundled ontology.
    pub fn bundled() -> &'static Alignments {
        static A: OnceLock<Alignments> = OnceLock::new();
        A.get_or_init(|| {
            let mut a = Alignments::parse(ONTOLOGY).expect("the bundled ontology parses");
            a.read_codes(EVENT_CODES)
                .expect("the bundled event codes parse");
            a
        })
    }

    /// Reads the event codes of a file shaped as `ontology/event-codes.ttl`.
    pub fn read_codes(&mut self, turtle: &str) -> Result<(), String> {
        for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
            let t = t.map_err(|e| e.to_string())?;
            let oxigraph::model::NamedOrBlankNode::NamedNode(s) = &t.subject else {
                continue;
            };
            let (s, p) = (s.as_str(), t.predicate.as_str());
            if p == vocab::eg(vocab::prop::EVENT_CODE) {
                if let Term::NamedNode(o) = &t.object {
                    let v = self.class_codes.entry(s.to_owned()).or_default();
                    v.push(o.as_str().to_owned());
                    v.sort();
                }
                continue;
            }
            let Some(local) = p.strip_prefix(SKOS) else {
                continue;
            };
            let code = self.codes.entry(s.to_owned()).or_insert_with(|| Code {
                iri: s.to_owned(),
                ..Code::default()
            });
            match (local, &t.object) {
                ("inScheme", Term::NamedNode(o)) => code.scheme = o.as_str().to_owned(),
                ("notation", Term::Literal(l)) => code.notation = l.value().to_owned(),
                ("prefLabel", Term::Literal(l)) => code.label = l.value().to_owned(),
                _ => {}
            }
        }
        self.codes.retain(|_, c| !c.scheme.is_empty());
        Ok(())
    }

    /// The event codes of one of our classes: in each scheme, the codes of
    /// the class, else of its nearest ancestor with codes in that scheme.
    pub fn event_codes(&self, class: &str) -> Vec<&Code> {
        let mut out: Vec<&Code> = Vec::new();
        let mut c = Some(class);
        while let Some(class) = c {
            let found: Vec<&Code> = self
                .class_codes
                .get(class)
                .into_iter()
                .flatten()
                .filter_map(|iri| self.codes.get(iri))
                .collect();
            let covered: Vec<&str> = out.iter().map(|o| o.scheme.as_str()).collect();
            let new: Vec<&Code> = found
                .into_iter()
                .filter(|c| !covered.contains(&c.scheme.as_str()))
                .collect();
            out.extend(new);
            c = self.parent.get(class).map(String::as_str);
        }
        out
    }

    /// Reads the alignments of an ontology in Turtle.
    pub fn parse(turtle: &str) -> Result<Alignments, String> {
        let mut equivalent: Vec<(String, String)> = Vec::new();
        let mut close: Vec<(String, String)> = Vec::new();
        let mut a = Alignments::default();
        for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
            let t = t.map_err(|e| e.to_string())?;
            let (oxigraph::model::NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) =
                (&t.subject, &t.object)
            else {
                continue;
            };
            if !s.as_str().starts_with(vocab::EG) {
                continue;
            }
            let pair = (s.as_str().to_owned(), o.as_str().to_owned());
            match t.predicate.as_str() {
                OWL_EQUIVALENT_CLASS | OWL_EQUIVALENT_PROPERTY => equivalent.push(pair),
                SKOS_CLOSE_MATCH => close.push(pair),
                RDFS_SUB_CLASS_OF if o.as_str().starts_with(vocab::EG) => {
                    a.parent.insert(pair.0, pair.1);
                }
                _ => {}
            }
        }
        for (s, o) in equivalent.into_iter().chain(close) {
            a.aligned.entry(s).or_default().push(o);
        }
        Ok(a)
    }

    /// The terms in namespace `ns` that our term `ours` is aligned with.
    pub fn in_namespace<'a>(&'a self, ours: &str, ns: &'a str) -> impl Iterator<Item = &'a str> {
        self.aligned
            .get(ours)
            .into_iter()
            .flatten()
            .map(String::as_str)
            .filter(move |t| t.starts_with(ns) && t.len() > ns.len())
    }

    /// The Wikidata class (`wd:Q...`) of one of our classes: its own, else
    /// its nearest ancestor's (an `eg:Invasion`, aligned with none, is
    /// Wikidata's armed conflict).
    pub fn wikidata_class(&self, class: &str) -> Option<&str> {
        let mut c = class;
        loop {
            if let Some(q) = self.in_namespace(c, vocab::WD).next() {
                return Some(q);
            }
            c = self.parent.get(c)?;
        }
    }

    /// The Wikidata property (`wdt:P...`) of one of our properties.
    pub fn wikidata_property(&self, property: &str) -> Option<&str> {
        self.in_namespace(property, vocab::WDT).next()
    }
}

/// A vocabulary an export can speak besides ours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// The Simple Event Model: sem:Event, sem:hasBeginTimeStamp,
    /// sem:hasPlace, sem:hasActor.
    Sem,
    /// schema.org: schema:Event, schema:startDate, schema:location.
    Schema,
    /// The DBpedia ontology: dbo:MilitaryConflict, dbo:place, dbo:combatant.
    Dbo,
}

impl Profile {
    pub fn parse(name: &str) -> Option<Profile> {
        match name.to_ascii_lowercase().as_str() {
            "sem" => Some(Profile::Sem),
            "schema" | "schema.org" => Some(Profile::Schema),
            "dbo" | "dbpedia" => Some(Profile::Dbo),
            _ => None,
        }
    }

    pub fn namespace(self) -> &'static str {
        match self {
            Profile::Sem => vocab::SEM,
            Profile::Schema => vocab::SCHEMA,
            Profile::Dbo => vocab::DBO,
        }
    }

    /// The quads `q` adds to a view in this profile: for `s rdf:type
    /// eg:C`, `s rdf:type X` for each class X of the profile `eg:C` is
    /// aligned with; for `s eg:p o`, `s X o` for each such property X. A
    /// triple of no aligned term adds nothing (the view keeps ours).
    pub fn add(self, a: &Alignments, q: &Quad, out: &mut Vec<Quad>) {
        let ns = self.namespace();
        let p = q.predicate.as_str();
        if p == vocab::RDF_TYPE {
            if let Term::NamedNode(c) = &q.object {
                for x in a.in_namespace(c.as_str(), ns) {
                    out.push(Quad::new(
                        q.subject.clone(),
                        q.predicate.clone(),
                        NamedNode::new_unchecked(x),
                        q.graph_name.clone(),
                    ));
                }
            }
        } else {
            for x in a.in_namespace(p, ns) {
                out.push(Quad::new(
                    q.subject.clone(),
                    NamedNode::new_unchecked(x),
                    q.object.clone(),
                    q.graph_name.clone(),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_ontology_aligns_events_and_dates() {
        let a = Alignments::bundled();
        let eg = |l: &str| vocab::eg(l);
        assert_eq!(
            a.wikidata_class(&eg("Protest")),
            Some("http://www.wikidata.org/entity/Q273120")
        );
        // Not aligned itself: its parent's class.
        assert_eq!(
            a.wikidata_class(&eg("Invasion")),
            a.wikidata_class(&eg("ArmedConflict"))
        );
        assert_eq!(
            a.wikidata_property(&eg("startDate")),
            Some("http://www.wikidata.org/prop/direct/P580")
        );
        assert_eq!(
            a.in_namespace(&eg("startDate"), vocab::SEM)
                .collect::<Vec<_>>(),
            ["http://semanticweb.cs.vu.nl/2009/11/sem/hasBeginTimeStamp"]
        );
        // Codes: a class's own, its ancestors' in the schemes it has none
        // of, none for a class with no sure match.
        let codes = |c: &str| {
            a.event_codes(&eg(c))
                .iter()
                .map(|c| c.notation.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("Protest"), ["Protests", "14", "PROTEST"]);
        assert_eq!(codes("Invasion"), ["Battles", "19", "ASSAULT"]);
        assert_eq!(codes("Attack"), ["ASSAULT"]);
        assert!(codes("Election").is_empty() && codes("Event").is_empty());
        // Equivalent terms come before close ones.
        assert_eq!(
            a.in_namespace(&eg("Event"), vocab::SCHEMA).next(),
            Some("https://schema.org/Event")
        );
    }
}
