//! Reconciliation: candidates for our entities from a SPARQL endpoint with
//! Wikidata's data model, scored by how their label, type, country and
//! dates agree with ours; the sure ones become `owl:sameAs` links, the near
//! misses go to a review file.
//!
//! Queries are our own (batched `VALUES` blocks of labels), never `SERVICE`,
//! so that the outer bindings reach the endpoint.

use super::client::{rows, Client, EndpointError, Row};
use crate::iri;
use crate::rdf;
use crate::store::GraphStore;
use crate::vocab::{self, class, prop, source};
use oxigraph::model::{NamedNode, Quad, Term};
use oxigraph::sparql::QueryResults;
use std::collections::{BTreeMap, BTreeSet};

/// How to reconcile.
#[derive(Clone, Debug)]
pub struct Options {
    /// The least score of a link.
    pub threshold: f64,
    /// The best candidate must lead the next by this much, or no link.
    pub margin: f64,
    /// Labels per query.
    pub batch: usize,
    /// Also entities that already have a Wikidata link.
    pub all: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threshold: 0.85,
            margin: 0.05,
            batch: 50,
            all: false,
        }
    }
}

/// What kind of thing an entity of ours is, as reconciliation sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Protest,
    Riot,
    Revolution,
    Coup,
    Election,
    ArmedConflict,
    Event,
    Person,
    Organization,
    Country,
    Region,
    City,
}

impl Kind {
    fn of_class(local: &str) -> Option<Kind> {
        Some(match local {
            class::PROTEST => Kind::Protest,
            class::RIOT => Kind::Riot,
            class::REVOLUTION => Kind::Revolution,
            class::COUP => Kind::Coup,
            class::ELECTION => Kind::Election,
            class::ARMED_CONFLICT => Kind::ArmedConflict,
            class::EVENT => Kind::Event,
            class::PERSON => Kind::Person,
            class::ORGANIZATION => Kind::Organization,
            class::COUNTRY => Kind::Country,
            class::REGION => Kind::Region,
            class::CITY => Kind::City,
            _ => return None,
        })
    }

    /// How specific a class is: the most specific of an entity's classes
    /// is its kind (a protest is also an event; a country also a place).
    fn rank(self) -> u8 {
        match self {
            Kind::Event => 0,
            _ => 1,
        }
    }

    fn is_event(self) -> bool {
        self <= Kind::Event
    }

    /// Wikidata classes whose instances (or instances of whose direct
    /// subclasses) agree with this kind.
    fn wikidata_types(self) -> &'static [&'static str] {
        const EVENT: &[&str] = &["Q1656682", "Q1190554", "Q1174599", "Q2425489"];
        match self {
            Kind::Protest => &["Q273120", "Q175331", "Q1752939", "Q49776", "Q1124860"],
            Kind::Riot => &["Q124757", "Q2223653", "Q273120"],
            Kind::Revolution => &["Q10931", "Q124734", "Q6107280", "Q1323212", "Q3119160"],
            Kind::Coup => &["Q45382", "Q1139665", "Q2671734"],
            Kind::Election => &[
                "Q40231",
                "Q858439",
                "Q1076105",
                "Q152450",
                "Q43109",
                "Q15966540",
                "Q669262",
                "Q1128324",
                "Q152203",
            ],
            Kind::ArmedConflict => &[
                "Q180684",
                "Q198",
                "Q178561",
                "Q188055",
                "Q645883",
                "Q831663",
                "Q8465",
                "Q2001676",
                "Q1261499",
                "Q350604",
                "Q103495",
                "Q13418847",
            ],
            Kind::Event => EVENT,
            Kind::Person => &["Q5"],
            Kind::Organization => &[
                "Q43229",
                "Q7278",
                "Q4830453",
                "Q17149090",
                "Q7210356",
                "Q163740",
                "Q15911314",
                "Q2659904",
                "Q1156831",
                "Q176799",
                "Q11204",
            ],
            Kind::Country => &[
                "Q6256",
                "Q3624078",
                "Q7275",
                "Q1048835",
                "Q15634554",
                "Q46395",
                "Q1763527",
                "Q3336843",
                "Q161243",
            ],
            Kind::Region => &[
                "Q10864048",
                "Q56061",
                "Q34876",
                "Q107390",
                "Q13220204",
                "Q82794",
                "Q1620908",
                "Q15284",
                "Q50337",
            ],
            Kind::City => &[
                "Q515", "Q1549591", "Q5119", "Q486972", "Q3957", "Q1637706", "Q200250", "Q7930989",
                "Q532", "Q1093829",
            ],
        }
    }
}

/// One of our entities to reconcile.
#[derive(Clone, Debug)]
pub struct Subject {
    pub iri: String,
    pub label: String,
    pub kind: Kind,
    /// Wikidata items of its country (from our offline links).
    pub countries: BTreeSet<String>,
    /// Its years, from its start (and end) date.
    pub years: Option<(i32, i32)>,
    /// The Wikidata item it is already linked to, if any (offline or by a
    /// table; links of earlier reconciliations do not count).
    pub known: Option<String>,
}

/// How one part of a candidate agrees with ours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Agreement {
    Agrees,
    Unknown,
    Disagrees,
    /// The part says nothing for this kind (dates of a place).
    NotApplicable,
}

impl Agreement {
    fn value(self) -> Option<f64> {
        match self {
            Agreement::Agrees => Some(1.0),
            Agreement::Unknown => Some(0.5),
            Agreement::Disagrees => Some(0.0),
            Agreement::NotApplicable => None,
        }
    }

    fn letter(self) -> char {
        match self {
            Agreement::Agrees => '+',
            Agreement::Unknown => '?',
            Agreement::Disagrees => '-',
            Agreement::NotApplicable => '.',
        }
    }
}

/// A candidate item, what the endpoint said of it, and its score.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub item: String,
    /// Found by its main label (not an alias).
    pub main_label: bool,
    pub types: BTreeSet<String>,
    pub countries: BTreeSet<String>,
    pub years: BTreeSet<i32>,
    pub label: f64,
    pub kind: Agreement,
    pub country: Agreement,
    pub date: Agreement,
    pub score: f64,
}

impl Candidate {
    /// `label=1 type=+ country=? date=.`
    pub fn explain(&self) -> String {
        format!(
            "label={} type={} country={} date={}",
            self.label,
            self.kind.letter(),
            self.country.letter(),
            self.date.letter()
        )
    }
}

/// What reconciliation decided for one entity.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Linked to the best candidate.
    Linked,
    /// Two candidates were too close to tell apart.
    Ambiguous,
    /// The best candidate scored under the threshold.
    Unsure,
    /// The endpoint knew no item by this label.
    NoCandidate,
}

#[derive(Clone, Debug)]
pub struct Decision {
    pub subject: Subject,
    pub verdict: Verdict,
    /// Candidates, best first.
    pub candidates: Vec<Candidate>,
}

impl Decision {
    pub fn linked(&self) -> Option<&Candidate> {
        (self.verdict == Verdict::Linked).then(|| &self.candidates[0])
    }
}

/// Label weight, type, country and date weights of the score.
const WEIGHTS: [f64; 4] = [0.4, 0.3, 0.2, 0.1];

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

fn local_rows(store: &GraphStore, q: &str) -> Result<Vec<Row>, String> {
    match store.query(q).map_err(|e| e.to_string())? {
        QueryResults::Solutions(solutions) => rows(solutions),
        _ => Err("not a SELECT query".to_owned()),
    }
}

/// The year of an `xsd:date`, `gYear`, `gYearMonth` or `dateTime` value
/// (`-0499` is 500 BC).
fn year_of(v: &str) -> Option<i32> {
    let (neg, rest) = match v.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let y: i32 = digits.parse().ok()?;
    Some(if neg { -y } else { y })
}

/// The labels an entity may carry on the endpoint: its title, and the
/// title without a disambiguation in brackets (`Battle of Mosul (2016–17)`).
fn labels(s: &Subject) -> Vec<String> {
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

/// What the endpoint said of each item, by the label that found it.
type Found = BTreeMap<String, BTreeMap<String, Candidate>>;

fn collect(rows: &[Row], found: &mut Found) {
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

/// Scores a candidate for a subject.
pub fn score(s: &Subject, c: &mut Candidate) {
    c.label = if c.main_label { 1.0 } else { 0.8 };
    let expected = s.kind.wikidata_types();
    c.kind = if c.types.is_empty() {
        Agreement::Unknown
    } else if c.types.iter().any(|t| expected.contains(&t.as_str())) {
        Agreement::Agrees
    } else {
        Agreement::Disagrees
    };
    c.country = if s.kind == Kind::Country {
        Agreement::NotApplicable
    } else if s.countries.is_empty() || c.countries.is_empty() {
        Agreement::Unknown
    } else if s.countries.iter().any(|q| c.countries.contains(q)) {
        Agreement::Agrees
    } else {
        Agreement::Disagrees
    };
    c.date = if !s.kind.is_event() {
        Agreement::NotApplicable
    } else {
        match s.years {
            None => Agreement::Unknown,
            Some(_) if c.years.is_empty() => Agreement::Unknown,
            Some((a, b)) if c.years.iter().any(|y| (a..=b).contains(y)) => Agreement::Agrees,
            Some(_) => Agreement::Disagrees,
        }
    };
    let parts = [
        Some(c.label),
        c.kind.value(),
        c.country.value(),
        c.date.value(),
    ];
    let (mut sum, mut weight) = (0.0, 0.0);
    for (p, w) in parts.iter().zip(WEIGHTS) {
        if let Some(v) = p {
            sum += v * w;
            weight += w;
        }
    }
    c.score = (sum / weight * 100.0).round() / 100.0;
}

/// Decides for one subject from its scored candidates.
fn decide(s: Subject, mut candidates: Vec<Candidate>, o: &Options) -> Decision {
    for c in &mut candidates {
        score(&s, c);
    }
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.item.cmp(&b.item))
    });
    let verdict = match candidates.as_slice() {
        [] => Verdict::NoCandidate,
        [best, ..] if best.score < o.threshold => Verdict::Unsure,
        [best, next, ..] if best.score - next.score < o.margin => Verdict::Ambiguous,
        _ => Verdict::Linked,
    };
    Decision {
        subject: s,
        verdict,
        candidates,
    }
}

/// Asks the endpoint about every subject, in batches, and decides. Fails
/// whole on the first query that cannot be answered (after retries).
pub fn reconcile(
    client: &Client,
    subjects: Vec<Subject>,
    o: &Options,
    mut progress: impl FnMut(usize, usize, usize),
) -> Result<Vec<Decision>, EndpointError> {
    let mut all_labels: Vec<String> = subjects.iter().flat_map(labels).collect();
    all_labels.sort();
    all_labels.dedup();
    let batches: Vec<&[String]> = all_labels.chunks(o.batch.max(1)).collect();
    let mut found = Found::new();
    for (i, batch) in batches.iter().enumerate() {
        let rows = client.select(&candidate_query(batch))?;
        collect(&rows, &mut found);
        progress(i + 1, batches.len(), found.len());
    }
    Ok(subjects
        .into_iter()
        .map(|s| {
            let mut by_item: BTreeMap<String, Candidate> = BTreeMap::new();
            for l in labels(&s) {
                for (item, c) in found.get(&l).into_iter().flatten() {
                    by_item
                        .entry(item.clone())
                        .and_modify(|x| x.main_label |= c.main_label)
                        .or_insert_with(|| c.clone());
                }
            }
            decide(s, by_item.into_values().collect(), o)
        })
        .collect())
}

/// The quads of the links decided, in the endpoint's links graph.
pub fn link_quads(endpoint: &str, decisions: &[Decision]) -> (String, Vec<Quad>) {
    let graph = iri::endpoint_links(endpoint);
    let at = NamedNode::new_unchecked(endpoint.to_owned());
    let mut links =
        rdf::LinkGraphs::new(graph.clone(), (&vocab::eg(prop::LINK_ENDPOINT), at.into()));
    for d in decisions {
        if let Some(c) = d.linked() {
            let s = NamedNode::new_unchecked(d.subject.iri.clone());
            let t = NamedNode::new_unchecked(c.item.clone());
            links.add(&s, vocab::OWL_SAME_AS, t, source::ENDPOINT, c.score);
        }
    }
    (graph, links.into_quads())
}

/// The review file: every entity with candidates but no link (ambiguous,
/// or under the threshold), with its best candidates (TSV, one per line).
pub fn review(decisions: &[Decision]) -> String {
    let mut out = String::from("entity\tlabel\tverdict\tcandidate\tscore\twhy\n");
    for d in decisions {
        let verdict = match d.verdict {
            Verdict::Linked => continue,
            Verdict::Ambiguous => "ambiguous",
            Verdict::Unsure => "unsure",
            Verdict::NoCandidate => "no candidate",
        };
        // The best three, however low: a reviewer sees why none was taken.
        let near: Vec<&Candidate> = d.candidates.iter().take(3).collect();
        for c in near {
            out.push_str(&format!(
                "{}\t{}\t{verdict}\t{}\t{}\t{}\n",
                d.subject.iri,
                d.subject.label,
                c.item,
                c.score,
                c.explain()
            ));
        }
    }
    out
}

/// Precision and recall of decisions against the Wikidata items the
/// subjects are known to be (their offline links from the gazetteer).
#[derive(Debug, Default, PartialEq)]
pub struct Evaluation {
    pub labelled: usize,
    /// Labelled entities with more than one candidate (homonyms).
    pub contested: usize,
    pub correct: usize,
    pub wrong: Vec<(String, String, String)>,
    pub unlinked: usize,
}

impl Evaluation {
    pub fn precision(&self) -> f64 {
        let linked = self.correct + self.wrong.len();
        if linked == 0 {
            1.0
        } else {
            self.correct as f64 / linked as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.labelled == 0 {
            0.0
        } else {
            self.correct as f64 / self.labelled as f64
        }
    }
}

pub fn evaluate(decisions: &[Decision]) -> Evaluation {
    let mut e = Evaluation::default();
    for d in decisions {
        let Some(truth) = &d.subject.known else {
            continue;
        };
        e.labelled += 1;
        if d.candidates.len() > 1 {
            e.contested += 1;
        }
        match d.linked() {
            Some(c) if c.item[vocab::WD.len()..] == *truth => e.correct += 1,
            Some(c) => e
                .wrong
                .push((d.subject.label.clone(), truth.clone(), c.item.clone())),
            None => e.unlinked += 1,
        }
    }
    e
}
