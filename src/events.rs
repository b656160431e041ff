//! The event table: one row per event, in the columns a political scientist
//! expects of an event dataset (after ACLED's codebook: an identifier, the
//! date and its precision, the type, the country, the location, the
//! fatalities), read from the store with SPARQL.
//!
//! An event with an article of its own (`ega:X foaf:primaryTopic egr:X`)
//! is described by its article's graph alone, so each row says what one
//! article says. Events only mentioned in other articles come with
//! [`Scope::All`], described by every graph that names them and marked
//! `mentioned_only`.

use crate::model::EventKind;
use crate::store::{GraphStore, StoreError};
use crate::vocab::{self, class, prop};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::{BTreeMap, BTreeSet};

/// The separator of several values in one cell (`Syria | Turkey`).
pub const SEPARATOR: &str = " | ";

/// The columns, in their order, with what each holds.
pub const COLUMNS: &[(&str, &str)] = &[
    ("event", "the event's IRI"),
    ("title", "its title (rdfs:label)"),
    ("type", "its most specific eg: class: Protest, Riot, Revolution, Coup, Election, ArmedConflict, MilitaryOperation, Invasion, Insurgency, Attack, Massacre, Event"),
    ("start", "start date as precise as the text gives it: YYYY-MM-DD, YYYY-MM or YYYY"),
    ("end", "end date, likewise"),
    ("date_precision", "day, month or year: the coarser of start's and end's"),
    ("ongoing", "TRUE when the article says it has not ended"),
    ("country", "the country or countries it happened in (names)"),
    ("country_qid", "their Wikidata items, in the same order (Q227)"),
    ("places", "the other places it happened in: regions, cities, squares (names)"),
    ("fatalities", "deaths, when the article states an exact number"),
    ("fatalities_min", "the least number of deaths the text allows (exact, 'at least', ranges, 'thousands')"),
    ("fatalities_max", "the greatest number of deaths the text allows, when it bounds them"),
    ("injuries", "injuries, when exact"),
    ("injuries_min", "least injuries"),
    ("injuries_max", "greatest injuries"),
    ("arrests", "arrests, when exact"),
    ("arrests_min", "least arrests"),
    ("arrests_max", "greatest arrests"),
    ("participants", "how many took part (a protest's or strike's participants), when exact"),
    ("participants_min", "least participants"),
    ("participants_max", "greatest participants"),
    ("causes", "stated causes, as written"),
    ("outcomes", "stated outcomes, as written"),
    ("related_election", "the election(s) it is about or followed (titles)"),
    ("wikipedia", "its English Wikipedia page"),
    ("wikidata", "its Wikidata item, when a link says so (Q...)"),
    ("source_file", "the file its facts were read from (for a mentioned event, the files that mention it)"),
    ("mentioned_only", "TRUE for an event with no article of its own, only named in others (with --all)"),
];

/// Which events the table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Scope {
    /// Events with an article of their own.
    #[default]
    Articles,
    /// Those and the events only mentioned in articles.
    All,
}

/// A figure's three columns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub exact: Option<u64>,
    pub min: Option<u64>,
    pub max: Option<u64>,
}

/// One row of the table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventRow {
    pub event: String,
    pub title: String,
    pub types: Vec<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub date_precision: Option<&'static str>,
    pub ongoing: bool,
    pub countries: Vec<String>,
    pub country_qids: Vec<String>,
    pub places: Vec<String>,
    pub fatalities: Counts,
    pub injuries: Counts,
    pub arrests: Counts,
    pub participants: Counts,
    pub causes: Vec<String>,
    pub outcomes: Vec<String>,
    pub related_elections: Vec<String>,
    pub wikipedia: Option<String>,
    pub wikidata: Vec<String>,
    pub source_files: Vec<String>,
    pub mentioned_only: bool,
}

/// A cell's value, typed for formats that keep types (JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(u64),
    Bool(bool),
    List(Vec<String>),
}

impl Cell {
    /// The cell as one string: lists joined by [`SEPARATOR`], empty as "",
    /// booleans `TRUE` and `FALSE`.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => n.to_string(),
            // As R's read.csv and pandas' read_csv both read booleans.
            Cell::Bool(true) => "TRUE".to_owned(),
            Cell::Bool(false) => "FALSE".to_owned(),
            Cell::List(l) => l.join(SEPARATOR),
        }
    }
}

impl EventRow {
    /// The cells, in the order of [`COLUMNS`].
    pub fn cells(&self) -> Vec<Cell> {
        let opt = |v: &Option<String>| v.clone().map_or(Cell::Empty, Cell::Text);
        let num = |v: Option<u64>| v.map_or(Cell::Empty, Cell::Number);
        let list = |v: &[String]| {
            if v.is_empty() {
                Cell::Empty
            } else {
                Cell::List(v.to_vec())
            }
        };
        vec![
            Cell::Text(self.event.clone()),
            Cell::Text(self.title.clone()),
            list(&self.types),
            opt(&self.start),
            opt(&self.end),
            self.date_precision
                .map_or(Cell::Empty, |p| Cell::Text(p.to_owned())),
            Cell::Bool(self.ongoing),
            list(&self.countries),
            list(&self.country_qids),
            list(&self.places),
            num(self.fatalities.exact),
            num(self.fatalities.min),
            num(self.fatalities.max),
            num(self.injuries.exact),
            num(self.injuries.min),
            num(self.injuries.max),
            num(self.arrests.exact),
            num(self.arrests.min),
            num(self.arrests.max),
            num(self.participants.exact),
            num(self.participants.min),
            num(self.participants.max),
            list(&self.causes),
            list(&self.outcomes),
            list(&self.related_elections),
            opt(&self.wikipedia),
            list(&self.wikidata),
            list(&self.source_files),
            Cell::Bool(self.mentioned_only),
        ]
    }
}

/// The facts of article events, each from its own article's graph, with
/// the label or bounds of the node a fact points to.
const ARTICLE_FACTS: &str = "
SELECT ?e ?g ?p ?o ?q ?v WHERE {
  GRAPH ?g {
    ?g foaf:primaryTopic ?e .
    ?e a eg:Event ; ?p ?o .
    OPTIONAL { ?o ?q ?v FILTER(?q IN (rdfs:label, eg:lowerBound, eg:upperBound)) }
  }
}";

/// The facts of events no article is about, from every graph naming them.
const MENTIONED_FACTS: &str = "
SELECT ?e ?g ?p ?o ?q ?v WHERE {
  GRAPH ?g {
    ?e a eg:Event ; ?p ?o .
    OPTIONAL { ?o ?q ?v FILTER(?q IN (rdfs:label, eg:lowerBound, eg:upperBound)) }
  }
  FILTER NOT EXISTS { GRAPH ?h { ?h foaf:primaryTopic ?e } }
}";

/// The source file of every article graph.
const SOURCE_FILES: &str = "
SELECT ?g ?file WHERE { GRAPH ?g { ?g a eg:Article ; eg:sourceFile ?file } }";

/// Wikidata items of events and countries, from any graph (articles, link
/// tables, reconciliation).
const WIKIDATA: &str = "
SELECT DISTINCT ?x ?w WHERE {
  { ?x a eg:Event } UNION { ?x a eg:Country }
  ?x owl:sameAs ?w .
  FILTER(STRSTARTS(STR(?w), STR(wd:)))
}";

/// Reads the event table from the store, sorted by start date (events
/// without one last), then by IRI: the same store gives the same rows.
pub fn event_table(store: &GraphStore, scope: Scope) -> Result<Vec<EventRow>, StoreError> {
    let mut files = BTreeMap::new();
    for row in select(store, SOURCE_FILES)? {
        if let (Some(g), Some(f)) = (iri(&row[0]), literal(&row[1])) {
            files.insert(g.to_owned(), f.to_owned());
        }
    }
    let mut wikidata: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in select(store, WIKIDATA)? {
        if let (Some(x), Some(w)) = (iri(&row[0]), iri(&row[1])) {
            if let Some(q) = w.strip_prefix(vocab::WD) {
                wikidata
                    .entry(x.to_owned())
                    .or_default()
                    .insert(q.to_owned());
            }
        }
    }
    let mut builders: BTreeMap<String, Builder> = BTreeMap::new();
    gather(store, ARTICLE_FACTS, false, &mut builders)?;
    if scope == Scope::All {
        gather(store, MENTIONED_FACTS, true, &mut builders)?;
    }
    let mut rows: Vec<EventRow> = builders
        .into_iter()
        .map(|(event, b)| b.finish(event, &files, &wikidata))
        .collect();
    rows.sort_by(|a, b| {
        (a.start.is_none(), &a.start, &a.event).cmp(&(b.start.is_none(), &b.start, &b.event))
    });
    Ok(rows)
}

/// What the facts of one event say, before they are put in cells.
#[derive(Default)]
struct Builder {
    mentioned: bool,
    graphs: BTreeSet<String>,
    labels: BTreeSet<String>,
    classes: BTreeSet<String>,
    start: BTreeSet<(String, &'static str)>,
    end: BTreeSet<(String, &'static str)>,
    ongoing: bool,
    /// Objects of a property, with their labels.
    objects: BTreeMap<&'static str, BTreeMap<String, BTreeSet<String>>>,
    /// Figure nodes' bounds, by property.
    bounds: BTreeMap<&'static str, (BTreeSet<u64>, BTreeSet<u64>)>,
    exact: BTreeMap<&'static str, BTreeSet<u64>>,
    wikipedia: BTreeSet<String>,
}

/// The properties whose objects are named in cells, and the figures.
const NAMED: &[&str] = &[
    prop::COUNTRY,
    prop::LOCATION,
    prop::HAS_CAUSE,
    prop::HAS_OUTCOME,
    prop::RELATED_ELECTION,
];
const FIGURES: &[(&str, &str)] = &[
    (prop::FATALITIES, prop::FATALITIES_FIGURE),
    (prop::INJURIES, prop::INJURIES_FIGURE),
    (prop::ARRESTS, prop::ARRESTS_FIGURE),
    (prop::PARTICIPANTS, prop::PARTICIPANTS_FIGURE),
];

fn gather(
    store: &GraphStore,
    query: &str,
    mentioned: bool,
    builders: &mut BTreeMap<String, Builder>,
) -> Result<(), StoreError> {
    let eg = |local: &str| vocab::eg(local);
    for row in select(store, query)? {
        let (Some(e), Some(g), Some(p)) = (iri(&row[0]), iri(&row[1]), iri(&row[2])) else {
            continue;
        };
        let Some(o) = &row[3] else { continue };
        let b = builders.entry(e.to_owned()).or_default();
        b.mentioned = mentioned;
        b.graphs.insert(g.to_owned());
        let detail = (iri(&row[4]), &row[5]);
        if p == vocab::RDFS_LABEL {
            if let Term::Literal(l) = o {
                b.labels.insert(l.value().to_owned());
            }
        } else if p == vocab::RDF_TYPE {
            if let Some(c) = term_iri(o).and_then(|c| c.strip_prefix(vocab::EG)) {
                b.classes.insert(c.to_owned());
            }
        } else if p == eg(prop::START_DATE) || p == eg(prop::END_DATE) {
            if let Term::Literal(l) = o {
                let precision = precision(l.datatype().as_str());
                let v = (l.value().to_owned(), precision);
                if p == eg(prop::START_DATE) {
                    b.start.insert(v);
                } else {
                    b.end.insert(v);
                }
            }
        } else if p == eg(prop::ONGOING) {
            b.ongoing |= matches!(o, Term::Literal(l) if l.value() == "true");
        } else if p == vocab::FOAF_IS_PRIMARY_TOPIC_OF {
            if let Some(w) = term_iri(o) {
                b.wikipedia.insert(w.to_owned());
            }
        } else if let Some(named) = NAMED.iter().find(|n| p == eg(n)) {
            let Some(target) = term_iri(o) else {
                continue;
            };
            let labels = b
                .objects
                .entry(named)
                .or_default()
                .entry(target.to_owned())
                .or_default();
            if detail.0 == Some(vocab::RDFS_LABEL) {
                if let Some(l) = literal(detail.1) {
                    labels.insert(l.to_owned());
                }
            }
        } else if let Some((exact, _)) = FIGURES.iter().find(|(x, _)| p == eg(x)) {
            if let Term::Literal(l) = o {
                if let Ok(n) = l.value().parse() {
                    b.exact.entry(exact).or_default().insert(n);
                }
            }
        } else if let Some((exact, _)) = FIGURES.iter().find(|(_, f)| p == eg(f)) {
            let bounds = b.bounds.entry(exact).or_default();
            let value = literal(detail.1).and_then(|v| v.parse::<u64>().ok());
            match (detail.0, value) {
                (Some(q), Some(v)) if q == eg(prop::LOWER_BOUND) => {
                    bounds.0.insert(v);
                }
                (Some(q), Some(v)) if q == eg(prop::UPPER_BOUND) => {
                    bounds.1.insert(v);
                }
                _ => {}
            }
        }
    }
    Ok(())
}

impl Builder {
    fn finish(
        self,
        event: String,
        files: &BTreeMap<String, String>,
        wikidata: &BTreeMap<String, BTreeSet<String>>,
    ) -> EventRow {
        let named = |p: &str| -> Vec<(String, String)> {
            self.objects
                .get(p)
                .into_iter()
                .flatten()
                .map(|(iri, labels)| (iri.clone(), label_of(iri, labels)))
                .collect()
        };
        let countries = named(prop::COUNTRY);
        let country_iris: BTreeSet<&String> = countries.iter().map(|(i, _)| i).collect();
        let places: Vec<String> = named(prop::LOCATION)
            .into_iter()
            .filter(|(i, _)| !country_iris.contains(i))
            .map(|(_, l)| l)
            .collect();
        let counts = |p: &str| {
            let exact = self.exact.get(p).and_then(single);
            let (lower, upper) = self.bounds.get(p).cloned().unwrap_or_default();
            Counts {
                exact,
                // Several readings of one figure: the loosest bounds.
                min: lower.first().copied().or(exact),
                max: upper.last().copied().or(exact),
            }
        };
        // The most specific classes: none that another class here refines
        // (`Invasion`, not `ArmedConflict` and `Event` too).
        let kinds: Vec<EventKind> = EventKind::ALL
            .iter()
            .copied()
            .filter(|k| self.classes.contains(k.class()))
            .collect();
        let types: Vec<String> = kinds
            .iter()
            .filter(|k| {
                !kinds
                    .iter()
                    .any(|o| o != *k && o.with_ancestors().contains(k))
            })
            .map(|k| k.class().to_owned())
            .collect();
        let types = if types.is_empty() {
            vec![class::EVENT.to_owned()]
        } else {
            types
        };
        // A mentioned event's year from its title may be stated by many
        // articles; the most precise reading wins, else the first.
        let pick = |s: &BTreeSet<(String, &'static str)>| {
            s.iter()
                .max_by_key(|(v, p)| (rank(p), std::cmp::Reverse(v.clone())))
                .cloned()
        };
        let start = pick(&self.start);
        let end = pick(&self.end);
        let date_precision = [&start, &end]
            .into_iter()
            .flatten()
            .map(|(_, p)| *p)
            .min_by_key(|p| rank(p));
        let titles: Vec<&String> = self.labels.iter().collect();
        EventRow {
            title: titles
                .first()
                .map_or_else(|| local_name(&event), |t| (*t).clone()),
            types,
            start: start.map(|(v, _)| v),
            end: end.map(|(v, _)| v),
            date_precision,
            ongoing: self.ongoing,
            country_qids: countries
                .iter()
                .map(|(i, _)| {
                    wikidata
                        .get(i)
                        .map(|q| q.iter().cloned().collect::<Vec<_>>().join(","))
                        .unwrap_or_default()
                })
                .collect(),
            countries: countries.into_iter().map(|(_, l)| l).collect(),
            places,
            fatalities: counts(prop::FATALITIES),
            injuries: counts(prop::INJURIES),
            arrests: counts(prop::ARRESTS),
            participants: counts(prop::PARTICIPANTS),
            causes: named(prop::HAS_CAUSE).into_iter().map(|(_, l)| l).collect(),
            outcomes: named(prop::HAS_OUTCOME)
                .into_iter()
                .map(|(_, l)| l)
                .collect(),
            related_elections: named(prop::RELATED_ELECTION)
                .into_iter()
                .map(|(_, l)| l)
                .collect(),
            wikipedia: self.wikipedia.into_iter().next(),
            wikidata: wikidata
                .get(&event)
                .map(|q| q.iter().cloned().collect())
                .unwrap_or_default(),
            source_files: self
                .graphs
                .iter()
                .filter_map(|g| files.get(g).cloned())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            mentioned_only: self.mentioned,
            event,
        }
    }
}

fn single(s: &BTreeSet<u64>) -> Option<u64> {
    (s.len() == 1).then(|| *s.first().unwrap())
}

/// A node's label, else its IRI's local name.
fn label_of(iri: &str, labels: &BTreeSet<String>) -> String {
    labels.first().cloned().unwrap_or_else(|| local_name(iri))
}

fn local_name(iri: &str) -> String {
    let local = iri.rsplit(['/', '#']).next().unwrap_or(iri);
    local.replace('_', " ")
}

fn precision(datatype: &str) -> &'static str {
    match datatype.strip_prefix(vocab::XSD) {
        Some("gYear") => "year",
        Some("gYearMonth") => "month",
        _ => "day",
    }
}

/// Finer precisions rank higher.
fn rank(p: &str) -> u8 {
    match p {
        "year" => 0,
        "month" => 1,
        _ => 2,
    }
}

fn iri(t: &Option<Term>) -> Option<&str> {
    match t {
        Some(Term::NamedNode(n)) => Some(n.as_str()),
        _ => None,
    }
}

fn literal(t: &Option<Term>) -> Option<&str> {
    match t {
        Some(Term::Literal(l)) => Some(l.value()),
        _ => None,
    }
}

fn term_iri(t: &Term) -> Option<&str> {
    match t {
        Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

/// The rows of a SELECT query, each a vector of its variables' values.
fn select(store: &GraphStore, query: &str) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
    let QueryResults::Solutions(solutions) = store.query(query)? else {
        return Err(StoreError::QueryForm("not a SELECT query".to_owned()));
    };
    let vars = solutions.variables().to_vec();
    let mut rows = Vec::new();
    for s in solutions {
        let s = s.map_err(|e| StoreError::storage("query failed", e))?;
        rows.push(vars.iter().map(|v| s.get(v).cloned()).collect());
    }
    Ok(rows)
}
