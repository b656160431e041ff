//! How far a candidate agrees with our entity: label, type, country,
//! dates, weighed into one score.

use super::*;

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

    pub(super) fn letter(self) -> char {
        match self {
            Agreement::Agrees => '+',
            Agreement::Unknown => '?',
            Agreement::Disagrees => '-',
            Agreement::NotApplicable => '.',
        }
    }
}

/// Label weight, type, country and date weights of the score.
pub(super) const WEIGHTS: [f64; 4] = [0.4, 0.3, 0.2, 0.1];

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
