//! A SHACL Core validator for the shapes eventgraph ships
//! (`ontology/shapes.ttl`): targets by class, and the constraints
//! `sh:minCount`, `sh:maxCount`, `sh:datatype` (the value well-formed for
//! its datatype), `sh:or` of `sh:datatype`, `sh:class`, `sh:nodeKind`,
//! `sh:in`, `sh:minInclusive` and `sh:lessThanOrEquals` on IRI paths. A
//! shapes file using anything else is refused, by name, rather than half
//! checked. It validates one graph at a time, from its quads in memory
//! (an article's graph is whole on its own), so `ingest` can check each
//! article before writing it and `validate` a store of any size.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Quad, Term, Triple};
use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::OnceLock;

const SH: &str = "http://www.w3.org/ns/shacl#";
const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The shapes as shipped.
const SHAPES: &str = include_str!("../ontology/shapes.ttl");

/// What `sh:nodeKind` asks of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NodeKind {
    Iri,
    Literal,
    BlankNode,
    BlankNodeOrIri,
    BlankNodeOrLiteral,
    IriOrLiteral,
}

/// One property shape: a path and its constraints.
#[derive(Clone, Debug, Default)]
struct Property {
    path: String,
    min_count: Option<usize>,
    max_count: Option<usize>,
    /// `sh:datatype`, or the datatypes of an `sh:or` of them (any one).
    datatypes: Vec<String>,
    class: Option<String>,
    node_kind: Option<NodeKind>,
    one_of: Vec<Term>,
    min_inclusive: Option<f64>,
    less_than_or_equals: Option<String>,
}

/// A node shape with the classes it targets.
#[derive(Clone, Debug)]
struct NodeShape {
    iri: String,
    targets: Vec<String>,
    properties: Vec<Property>,
}

/// Shapes read from Turtle.
#[derive(Clone, Debug)]
pub struct Shapes {
    shapes: Vec<NodeShape>,
}

/// A value, or a missing one, that breaks a constraint.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// The graph the focus node was checked in.
    pub graph: String,
    pub focus: String,
    pub path: String,
    /// The value at fault (none for a count).
    pub value: Option<String>,
    /// The constraint, as SHACL names its component (`MinCount`).
    pub component: &'static str,
    pub message: String,
    pub shape: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: <{}> {}: {}",
            self.graph,
            self.focus,
            short(&self.path),
            self.message
        )?;
        if let Some(v) = &self.value {
            write!(f, " (value {v})")?;
        }
        write!(f, " [{}, {}]", self.component, short(&self.shape))
    }
}

/// An IRI's local name after its last `#` or `/`, for messages.
fn short(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

/// The triples of the shapes graph, indexed by subject.
struct Graph {
    by_subject: HashMap<Term, Vec<(String, Term)>>,
}

impl Graph {
    fn objects<'a>(&'a self, s: &Term, p: &str) -> impl Iterator<Item = &'a Term> + 'a {
        let p = p.to_owned();
        self.by_subject
            .get(s)
            .into_iter()
            .flatten()
            .filter(move |(q, _)| *q == p)
            .map(|(_, o)| o)
    }

    fn one<'a>(&'a self, s: &Term, p: &str) -> Option<&'a Term> {
        self.objects(s, p).next()
    }

    /// The members of the RDF list starting at `head`.
    fn list(&self, head: &Term) -> Vec<Term> {
        let (first, rest, nil) = (
            format!("{RDF}first"),
            format!("{RDF}rest"),
            format!("{RDF}nil"),
        );
        let mut out = Vec::new();
        let mut at = head.clone();
        while !matches!(&at, Term::NamedNode(n) if n.as_str() == nil) && out.len() < 10_000 {
            let Some(v) = self.one(&at, &first) else {
                break;
            };
            out.push(v.clone());
            let Some(next) = self.one(&at, &rest) else {
                break;
            };
            at = next.clone();
        }
        out
    }
}

fn iri(t: &Term) -> Option<&str> {
    match t {
        Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

fn number(t: &Term) -> Option<f64> {
    match t {
        Term::Literal(l) => l.value().parse().ok(),
        _ => None,
    }
}

impl Shapes {
    /// The shapes eventgraph ships, read once.
    pub fn bundled() -> &'static Shapes {
        static S: OnceLock<Shapes> = OnceLock::new();
        S.get_or_init(|| Shapes::parse(SHAPES).expect("ontology/shapes.ttl is valid"))
    }

    /// Reads shapes from Turtle; a constraint this validator does not
    /// check is an error naming it.
    pub fn parse(turtle: &str) -> Result<Shapes, String> {
        let mut g = Graph {
            by_subject: HashMap::new(),
        };
        for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
            let t: Triple = t.map_err(|e| e.to_string())?.into();
            g.by_subject
                .entry(t.subject.clone().into())
                .or_default()
                .push((t.predicate.as_str().to_owned(), t.object));
        }
        let sh = |l: &str| format!("{SH}{l}");
        // Every `sh:` term used (as a property, or as a type or node kind)
        // must be one this validator checks, or documentation.
        const KNOWN: &[&str] = &[
            "path",
            "minCount",
            "maxCount",
            "datatype",
            "or",
            "class",
            "nodeKind",
            "in",
            "minInclusive",
            "lessThanOrEquals",
            "property",
            "targetClass",
            "name",
            "description",
            "NodeShape",
            "PropertyShape",
            "IRI",
            "Literal",
            "BlankNode",
            "BlankNodeOrIRI",
            "BlankNodeOrLiteral",
            "IRIOrLiteral",
        ];
        let rdf_type = format!("{RDF}type");
        for pairs in g.by_subject.values() {
            for (p, o) in pairs {
                let used = [
                    Some(p.as_str()),
                    iri(o).filter(|_| *p == rdf_type || *p == sh("nodeKind")),
                ];
                for local in used
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t.strip_prefix(SH))
                {
                    if !KNOWN.contains(&local) {
                        return Err(format!(
                            "sh:{local} is not supported by eventgraph's validator"
                        ));
                    }
                }
            }
        }
        let mut shapes = Vec::new();
        let mut subjects: Vec<&Term> = g.by_subject.keys().collect();
        subjects.sort_by_key(|t| t.to_string());
        for s in subjects {
            let targets: Vec<String> = g
                .objects(s, &sh("targetClass"))
                .filter_map(iri)
                .map(str::to_owned)
                .collect();
            if targets.is_empty() {
                continue;
            }
            let mut properties = Vec::new();
            for p in g.objects(s, &sh("property")) {
                let path = g
                    .one(p, &sh("path"))
                    .and_then(iri)
                    .ok_or_else(|| format!("{s}: a property shape's sh:path must be an IRI"))?;
                let count = |l: &str| g.one(p, &sh(l)).and_then(number).map(|n| n as usize);
                let mut datatypes: Vec<String> = g
                    .objects(p, &sh("datatype"))
                    .filter_map(iri)
                    .map(str::to_owned)
                    .collect();
                for list in g.objects(p, &sh("or")) {
                    for member in g.list(list) {
                        let d = g
                            .one(&member, &sh("datatype"))
                            .and_then(iri)
                            .ok_or_else(|| {
                                format!("{s}: only sh:or of sh:datatype shapes is supported")
                            })?;
                        datatypes.push(d.to_owned());
                    }
                }
                let node_kind = match g
                    .one(p, &sh("nodeKind"))
                    .and_then(iri)
                    .and_then(|k| k.strip_prefix(SH))
                {
                    None => None,
                    Some("IRI") => Some(NodeKind::Iri),
                    Some("Literal") => Some(NodeKind::Literal),
                    Some("BlankNode") => Some(NodeKind::BlankNode),
                    Some("BlankNodeOrIRI") => Some(NodeKind::BlankNodeOrIri),
                    Some("BlankNodeOrLiteral") => Some(NodeKind::BlankNodeOrLiteral),
                    Some("IRIOrLiteral") => Some(NodeKind::IriOrLiteral),
                    Some(other) => return Err(format!("{s}: unknown sh:nodeKind sh:{other}")),
                };
                properties.push(Property {
                    path: path.to_owned(),
                    min_count: count("minCount"),
                    max_count: count("maxCount"),
                    datatypes,
                    class: g.one(p, &sh("class")).and_then(iri).map(str::to_owned),
                    node_kind,
                    one_of: g.objects(p, &sh("in")).flat_map(|l| g.list(l)).collect(),
                    min_inclusive: g.one(p, &sh("minInclusive")).and_then(number),
                    less_than_or_equals: g
                        .one(p, &sh("lessThanOrEquals"))
                        .and_then(iri)
                        .map(str::to_owned),
                });
            }
            shapes.push(NodeShape {
                iri: match s {
                    Term::NamedNode(n) => n.as_str().to_owned(),
                    other => other.to_string(),
                },
                targets,
                properties,
            });
        }
        Ok(Shapes { shapes })
    }

    /// The violations of one graph, given as its quads (their graph names
    /// are ignored; `graph` names it in the report), sorted.
    pub fn validate<'q>(
        &self,
        graph: &str,
        quads: impl IntoIterator<Item = &'q Quad>,
    ) -> Vec<Violation> {
        let rdf_type = format!("{RDF}type");
        let mut by_subject: HashMap<&NamedOrBlankNode, Vec<(&str, &Term)>> = HashMap::new();
        let mut instances: HashMap<&str, HashSet<Term>> = HashMap::new();
        for q in quads {
            by_subject
                .entry(&q.subject)
                .or_default()
                .push((q.predicate.as_str(), &q.object));
            if q.predicate.as_str() == rdf_type {
                if let Term::NamedNode(c) = &q.object {
                    instances
                        .entry(c.as_str())
                        .or_default()
                        .insert(q.subject.clone().into());
                }
            }
        }
        let mut out = Vec::new();
        for shape in &self.shapes {
            let mut focus: Vec<&Term> = shape
                .targets
                .iter()
                .filter_map(|c| instances.get(c.as_str()))
                .flatten()
                .collect();
            focus.sort_by_key(|t| t.to_string());
            focus.dedup();
            for node in focus {
                let subject: NamedOrBlankNode = match node {
                    Term::NamedNode(n) => n.clone().into(),
                    Term::BlankNode(b) => b.clone().into(),
                    _ => continue,
                };
                let values_of = |path: &str| -> Vec<&Term> {
                    let mut v: Vec<&Term> = by_subject
                        .get(&subject)
                        .into_iter()
                        .flatten()
                        .filter(|(p, _)| *p == path)
                        .map(|(_, o)| *o)
                        .collect();
                    v.sort_by_key(|t| t.to_string());
                    v.dedup();
                    v
                };
                for p in &shape.properties {
                    let values = values_of(&p.path);
                    let mut fail =
                        |component: &'static str, value: Option<&Term>, message: String| {
                            out.push(Violation {
                                graph: graph.to_owned(),
                                focus: match node {
                                    Term::NamedNode(n) => n.as_str().to_owned(),
                                    other => other.to_string(),
                                },
                                path: p.path.clone(),
                                value: value.map(ToString::to_string),
                                component,
                                message,
                                shape: shape.iri.clone(),
                            })
                        };
                    if let Some(min) = p.min_count.filter(|m| values.len() < *m) {
                        fail(
                            "MinCount",
                            None,
                            format!("{} values, at least {min} wanted", values.len()),
                        );
                    }
                    if let Some(max) = p.max_count.filter(|m| values.len() > *m) {
                        fail(
                            "MaxCount",
                            None,
                            format!("{} values, at most {max} wanted", values.len()),
                        );
                    }
                    for v in &values {
                        if !p.datatypes.is_empty() && !p.datatypes.iter().any(|d| well_formed(v, d))
                        {
                            let names: Vec<&str> = p.datatypes.iter().map(|d| short(d)).collect();
                            fail(
                                "Datatype",
                                Some(v),
                                format!("not a valid {}", names.join(" or ")),
                            );
                        }
                        if let Some(c) = &p.class {
                            if !instances.get(c.as_str()).is_some_and(|s| s.contains(*v)) {
                                fail("Class", Some(v), format!("not an instance of {}", short(c)));
                            }
                        }
                        if let Some(k) = p.node_kind {
                            let ok = matches!(
                                (k, v),
                                (NodeKind::Iri, Term::NamedNode(_))
                                    | (NodeKind::Literal, Term::Literal(_))
                                    | (NodeKind::BlankNode, Term::BlankNode(_))
                                    | (
                                        NodeKind::BlankNodeOrIri,
                                        Term::BlankNode(_) | Term::NamedNode(_),
                                    )
                                    | (
                                        NodeKind::BlankNodeOrLiteral,
                                        Term::BlankNode(_) | Term::Literal(_),
                                    )
                                    | (
                                        NodeKind::IriOrLiteral,
                                        Term::NamedNode(_) | Term::Literal(_)
                                    )
                            );
                            if !ok {
                                fail("NodeKind", Some(v), format!("not of node kind {k:?}"));
                            }
                        }
                        if !p.one_of.is_empty() && !p.one_of.contains(v) {
                            fail("In", Some(v), "not one of the values allowed".to_owned());
                        }
                        if let Some(min) = p.min_inclusive {
                            if number(v).is_none_or(|n| n < min) {
                                fail("MinInclusive", Some(v), format!("less than {min}"));
                            }
                        }
                        if let Some(other) = &p.less_than_or_equals {
                            for w in values_of(other) {
                                if !matches!((number(v), number(w)), (Some(a), Some(b)) if a <= b) {
                                    fail(
                                        "LessThanOrEquals",
                                        Some(v),
                                        format!("not at most the {} {w}", short(other)),
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
        out.sort();
        out
    }
}

/// Whether `v` is a literal of datatype `d` whose text is a valid value of
/// it (`"2003-13-01"^^xsd:date` is not).
fn well_formed(v: &Term, d: &str) -> bool {
    let Term::Literal(l) = v else {
        return false;
    };
    if l.datatype().as_str() != d {
        return false;
    }
    let text = l.value();
    match d.strip_prefix(XSD) {
        Some("date") => oxsdatatypes::Date::from_str(text).is_ok(),
        Some("gYear") => oxsdatatypes::GYear::from_str(text).is_ok(),
        Some("gYearMonth") => oxsdatatypes::GYearMonth::from_str(text).is_ok(),
        Some("dateTime") => oxsdatatypes::DateTime::from_str(text).is_ok(),
        Some("integer") => oxsdatatypes::Integer::from_str(text).is_ok(),
        Some("decimal") => oxsdatatypes::Decimal::from_str(text).is_ok(),
        Some("boolean") => oxsdatatypes::Boolean::from_str(text).is_ok(),
        _ => true,
    }
}
