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

/// The ontology as shipped.
const ONTOLOGY: &str = include_str!("../ontology/eventgraph.ttl");

const OWL_EQUIVALENT_CLASS: &str = "http://www.w3.org/2002/07/owl#equivalentClass";
const OWL_EQUIVALENT_PROPERTY: &str = "http://www.w3.org/2002/07/owl#equivalentProperty";
const SKOS_CLOSE_MATCH: &str = "http://www.w3.org/2004/02/skos/core#closeMatch";
const RDFS_SUB_CLASS_OF: &str = "http://www.w3.org/2000/01/rdf-schema#subClassOf";

/// Our terms and what they are aligned with.
#[derive(Debug, Default)]
pub struct Alignments {
    /// Our term's IRI → aligned IRIs, equivalent ones first, each in the
    /// order the ontology gives them.
    aligned: HashMap<String, Vec<String>>,
    /// Our class → its `eg:` parent.
    parent: HashMap<String, String>,
}

impl Alignments {
    /// The alignments of the bundled ontology.
    pub fn bundled() -> &'static Alignments {
        static A: OnceLock<Alignments> = OnceLock::new();
        A.get_or_init(|| Alignments::parse(ONTOLOGY).expect("the bundled ontology parses"))
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
        // Equivalent terms come before close ones.
        assert_eq!(
            a.in_namespace(&eg("Event"), vocab::SCHEMA).next(),
            Some("https://schema.org/Event")
        );
    }
}
