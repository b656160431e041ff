//! Reconciliation: candidates for our entities from a SPARQL endpoint with
//! Wikidata's data model, scored by how their label, type, country and
//! dates agree with ours; the sure ones become `owl:sameAs` links, the near
//! misses go to a review file.
//!
//! Queries are our own (batched `VALUES` blocks of labels), never `SERVICE`,
//! so that the outer bindings reach the endpoint.

mod queries;
mod reports;
mod scoring;
mod selection;

pub use queries::candidate_query;
use queries::{collect, labels};
pub use reports::{evaluate, link_quads, review, Evaluation};
pub use scoring::{score, Agreement};
pub use selection::subjects;
use selection::year_of;

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
    pub(super) fn of_class(local: &str) -> Option<Kind> {
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

/// What the endpoint said of each item, by the label that found it.
type Found = BTreeMap<String, BTreeMap<String, Candidate>>;

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
