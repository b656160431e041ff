//! Telling events from other articles, and typing them.
//!
//! The title's head noun decides first (`... protests`, `Battle of ...`,
//! `... election`), then the infobox template, then the noun the lead
//! sentence predicates (`X was a series of demonstrations`). A title whose
//! head is an event noun but that names nothing in particular (`Civil war`,
//! `Proxy war`) is a topic, not an event; so are lists and indexes.

use super::mapping::{page_class, Mappings, PageClass};
use crate::article::Document;
use crate::model::EventKind;

/// Nouns that name events, by the class they give.
const NOUNS: &[(&str, EventKind)] = &[
    ("protest", EventKind::Protest),
    ("protests", EventKind::Protest),
    ("demonstration", EventKind::Protest),
    ("demonstrations", EventKind::Protest),
    ("march", EventKind::Protest),
    ("rally", EventKind::Protest),
    ("rallies", EventKind::Protest),
    ("sit-in", EventKind::Protest),
    ("sit-ins", EventKind::Protest),
    ("strike", EventKind::Protest),
    ("strikes", EventKind::Protest),
    ("boycott", EventKind::Protest),
    ("riot", EventKind::Riot),
    ("riots", EventKind::Riot),
    ("unrest", EventKind::Riot),
    ("disturbances", EventKind::Riot),
    ("pogrom", EventKind::Riot),
    ("revolution", EventKind::Revolution),
    ("revolutions", EventKind::Revolution),
    ("uprising", EventKind::Revolution),
    ("uprisings", EventKind::Revolution),
    ("revolt", EventKind::Revolution),
    ("revolts", EventKind::Revolution),
    ("rebellion", EventKind::Revolution),
    ("insurrection", EventKind::Revolution),
    ("intifada", EventKind::Revolution),
    ("coup", EventKind::Coup),
    ("coups", EventKind::Coup),
    ("putsch", EventKind::Coup),
    ("d'état", EventKind::Coup),
    ("d'etat", EventKind::Coup),
    ("self-coup", EventKind::Coup),
    ("election", EventKind::Election),
    ("elections", EventKind::Election),
    ("by-election", EventKind::Election),
    ("referendum", EventKind::Election),
    ("plebiscite", EventKind::Election),
    ("war", EventKind::ArmedConflict),
    ("wars", EventKind::ArmedConflict),
    ("battle", EventKind::ArmedConflict),
    ("battles", EventKind::ArmedConflict),
    ("siege", EventKind::ArmedConflict),
    ("sieges", EventKind::ArmedConflict),
    ("offensive", EventKind::ArmedConflict),
    ("counteroffensive", EventKind::ArmedConflict),
    ("counter-offensive", EventKind::ArmedConflict),
    ("campaign", EventKind::ArmedConflict),
    ("intervention", EventKind::ArmedConflict),
    ("insurgency", EventKind::ArmedConflict),
    ("invasion", EventKind::ArmedConflict),
    ("conflict", EventKind::ArmedConflict),
    ("clashes", EventKind::ArmedConflict),
    ("skirmish", EventKind::ArmedConflict),
    ("attack", EventKind::ArmedConflict),
    ("raid", EventKind::ArmedConflict),
    ("assault", EventKind::ArmedConflict),
    ("ambush", EventKind::ArmedConflict),
    ("airstrike", EventKind::ArmedConflict),
    ("airstrikes", EventKind::ArmedConflict),
    ("bombardment", EventKind::ArmedConflict),
    ("shelling", EventKind::ArmedConflict),
    ("fall", EventKind::ArmedConflict),
    ("capture", EventKind::ArmedConflict),
    ("liberation", EventKind::ArmedConflict),
    ("encirclement", EventKind::ArmedConflict),
    ("incursion", EventKind::ArmedConflict),
    ("operation", EventKind::ArmedConflict),
    ("engagements", EventKind::ArmedConflict),
    ("massacre", EventKind::Event),
    ("bombing", EventKind::Event),
    ("crisis", EventKind::Event),
];

/// Title prefixes of pages that gather other pages.
const NOT_EVENTS: &[&str] = &[
    "list of",
    "lists of",
    "order of battle",
    "timeline of",
    "index of",
    "outline of",
    "glossary of",
    "bibliography of",
    "category:",
    "template:",
];

/// The class a noun gives, if it names events.
pub fn noun_kind(word: &str) -> Option<EventKind> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-');
    // Lowercased only when it must be (`D'ÉTAT`).
    let lower = (!w.is_ascii()).then(|| w.to_lowercase());
    NOUNS
        .iter()
        .find(|(n, _)| match &lower {
            Some(l) => l == n,
            None => w.eq_ignore_ascii_case(n),
        })
        .map(|(_, k)| *k)
}

/// Types a page from its title alone: the class of its head noun, if the
/// title names one particular event.
pub fn title_kind(title: &str) -> Option<EventKind> {
    let kind = head_noun(strip_parenthesis(title)).and_then(noun_kind)?;
    if NOT_EVENTS
        .iter()
        .any(|p| crate::text::starts_with_ascii_ci(title.as_bytes(), p.as_bytes()))
    {
        return None;
    }
    is_particular(title).then_some(kind)
}

/// The head noun: the word before the first preposition (`Battle of X`,
/// `Foreign fighters in X`), else the last word (`2003 Azerbaijani
/// protests`), skipping roman numerals and years (`World War I`).
fn head_noun(title: &str) -> Option<&str> {
    let is_prep = |w: &str| {
        matches!(
            w,
            "of" | "in" | "during" | "for" | "against" | "on" | "at" | "by"
        )
    };
    let is_head = |w: &&str| {
        !w.chars()
            .all(|c| c.is_ascii_digit() || c == '–' || c == '-')
            && !matches!(*w, "I" | "II" | "III" | "IV" | "V")
    };
    // The words before the first preposition, unless the title starts
    // with one.
    let mut words = title.split_whitespace();
    let first = words.next()?;
    let mut head = is_head(&first).then_some(first);
    if is_prep(first) {
        return title.split_whitespace().rev().find(is_head);
    }
    for w in words {
        if is_prep(w) {
            break;
        }
        if is_head(&w) {
            head = Some(w);
        }
    }
    head
}

/// A title names one particular event when it carries a name or a date
/// besides its head noun: a digit, a word with a capital after the first
/// word (`Battle of al-Bab`), or a first word the gazetteer knows as a
/// place or people (`Raqqa campaign`, `Syrian uprising`).
fn is_particular(title: &str) -> bool {
    let mut words = title.split_whitespace();
    let first = words.next().unwrap_or("");
    title.chars().any(|c| c.is_ascii_digit())
        || words.any(|w| w.chars().any(char::is_uppercase))
        || {
            let g = crate::gazetteer::Gazetteer::bundled();
            g.knows(first) || !g.countries_of_demonym(first).is_empty()
        }
}

fn strip_parenthesis(title: &str) -> &str {
    match title.find(" (") {
        Some(p) if title.ends_with(')') => &title[..p],
        _ => title,
    }
}

/// The event noun the lead sentence predicates of its subject:
/// `X was a series of opposition demonstrations` gives Protest.
pub fn lead_kind(sentence: &str) -> Option<EventKind> {
    let lower = sentence.to_lowercase();
    let (verb_at, verb_len) = [
        " was ",
        " is ",
        " were ",
        " are ",
        " refers to ",
        " occurred ",
        " comprised ",
    ]
    .iter()
    .filter_map(|v| lower.find(v).map(|p| (p, v.len())))
    .min()?;
    let subject = &sentence[..verb_at];
    // `A civil war is a war ...` defines a kind of thing, not an event.
    if subject.starts_with("A ") || subject.starts_with("An ") {
        return None;
    }
    sentence[verb_at + verb_len..]
        .split_whitespace()
        .take(14)
        .find_map(noun_kind)
}

/// The class the page's categories agree on (`Protests in Azerbaijan`,
/// `Battles of the American Revolutionary War`), by their head nouns.
fn category_kind(categories: &[String]) -> Option<EventKind> {
    let mut kinds: Vec<EventKind> = categories
        .iter()
        .filter_map(|c| head_noun(strip_parenthesis(c)).and_then(noun_kind))
        .filter(|k| *k != EventKind::Event)
        .collect();
    kinds.sort();
    kinds.dedup();
    (kinds.len() == 1).then(|| kinds[0])
}

/// The class of the event an article is about, or `None` when it is not
/// about an event.
pub fn classify(doc: &Document) -> Option<EventKind> {
    classify_with(doc, Mappings::bundled())
}

/// Like [`classify`], with the template mapping `m`.
pub fn classify_with(doc: &Document, m: &Mappings) -> Option<EventKind> {
    let lower = doc.title.to_lowercase();
    if NOT_EVENTS.iter().any(|p| lower.starts_with(p)) {
        return None;
    }
    let bare = strip_parenthesis(&doc.title);
    let head = head_noun(bare).and_then(noun_kind);
    let particular = is_particular(&doc.title);
    // The infobox template's class, which the title may refine
    // (`Infobox civil conflict` on `... riots` is a riot).
    if let Some(t) = doc.infobox_template.as_deref().and_then(|t| m.template(t)) {
        return match page_class(&t.class) {
            Some(PageClass::Event(kind)) => Some(match head {
                Some(h) if t.title_may_refine_to.iter().any(|c| c == h.class()) => h,
                _ => kind,
            }),
            // A country, a city, a person: not an event.
            _ => None,
        };
    }
    let lead = doc.first_sentence().and_then(lead_kind);
    match head {
        Some(kind) if particular => Some(kind),
        Some(_) => None,
        // The title's head says nothing: the lead sentence may, for an
        // article whose infobox dates it.
        None if doc.field(&["date", "dates"]).is_some() => Some(
            category_kind(&doc.categories)
                .or(lead)
                .unwrap_or(EventKind::Event),
        ),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(
            title_kind("2003 Azerbaijani protests"),
            Some(EventKind::Protest)
        );
        assert_eq!(
            title_kind("2003 Azerbaijani presidential election"),
            Some(EventKind::Election)
        );
        assert_eq!(
            title_kind("Battle of al-Bab"),
            Some(EventKind::ArmedConflict)
        );
        assert_eq!(title_kind("World War I"), Some(EventKind::ArmedConflict));
        assert_eq!(
            title_kind("Islamist uprising in Syria"),
            Some(EventKind::Revolution)
        );
        assert_eq!(
            title_kind("Raqqa campaign (2016–2017)"),
            Some(EventKind::ArmedConflict)
        );
        assert_eq!(
            title_kind("1973 Chilean COUP D'ÉTAT"),
            Some(EventKind::Coup)
        );
        assert_eq!(title_kind("Template:2011 Egyptian protests"), None);
        assert_eq!(title_kind("Civil war"), None);
        assert_eq!(title_kind("Proxy war"), None);
        assert_eq!(title_kind("War profiteering"), None);
        assert_eq!(
            title_kind("List of armed groups in the Yemeni civil war"),
            None
        );
        assert_eq!(title_kind("Refugees of the Syrian civil war"), None);
    }

    #[test]
    fn lead_sentences() {
        assert_eq!(
            lead_kind("Euromaidan was a wave of demonstrations and civil unrest in Ukraine."),
            Some(EventKind::Protest)
        );
        assert_eq!(
            lead_kind("A proxy war is an armed conflict between two states."),
            None
        );
    }
}
