//! Names of elections, events and people inside a piece of text.

use super::classify::noun_kind;
use crate::gazetteer::Gazetteer;
use crate::model::{Entity, EntityKind, EventKind};

/// Words that end an election's name.
const ELECTION_WORDS: &[&str] = &[
    "election",
    "elections",
    "referendum",
    "by-election",
    "plebiscite",
];
/// Words that make an event of an election's name (`... election protests`).
const AFTER_ELECTION: &[&str] = &[
    "protests",
    "protest",
    "riots",
    "unrest",
    "crisis",
    "demonstrations",
    "violence",
];
/// Titles and offices that stand before a person's name.
const ROLES: &[&str] = &[
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "King",
    "Queen",
    "Emperor",
    "Empress",
    "Sultan",
    "Emir",
    "Sheikh",
    "Ayatollah",
    "Pope",
    "Chancellor",
    "Governor",
    "Mayor",
    "Senator",
    "General",
    "Lieutenant General",
    "Major General",
    "Colonel",
    "Field Marshal",
    "Marshal",
    "Admiral",
    "Minister",
    "Speaker",
    "Prince",
    "Princess",
    "Premier",
    "Chairman",
    "Secretary-General",
    "Patriarch",
    "Archbishop",
];

#[derive(Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// Only white space separates it from the word before: a name can run
    /// on across it (not across `.`, `,` or `;`).
    joined: bool,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '–' | '.');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: &text[s..i],
                    start: s,
                    end: i,
                    joined: false,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
            end: text.len(),
            joined: false,
        });
    }
    for w in &mut out {
        let t = w.text.trim_end_matches('.');
        w.end -= w.text.len() - t.len();
        w.text = t;
    }
    out.retain(|w| !w.text.is_empty());
    for i in 1..out.len() {
        out[i].joined = text[out[i - 1].end..out[i].start].trim().is_empty();
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        || (w.starts_with("al-")
            || w.starts_with("el-")
            || w.starts_with("ad-")
            || w.starts_with("as-"))
            && w.chars().nth(3).is_some_and(char::is_uppercase)
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

/// The country a run of capitalised words names, by demonym or name
/// (`Azerbaijani`, `United States`), if exactly one.
pub fn country_of_words(g: &Gazetteer, words: &str) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    for c in g
        .countries_of_demonym(words)
        .into_iter()
        .chain(g.countries_named(words))
    {
        if !found.contains(&c.iso2) {
            found.push(c.iso2.clone());
        }
    }
    if found.len() == 1 {
        found.pop()
    } else {
        None
    }
}

/// Elections named with their year (`the 2003 Azerbaijani presidential
/// election`) and events named after them (`... election protests`).
pub fn elections_and_their_events(g: &Gazetteer, text: &str) -> Vec<Entity> {
    if !has_election_stem(text) {
        return Vec::new();
    }
    let ws = words(text);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !ELECTION_WORDS
            .iter()
            .any(|e| w.text.eq_ignore_ascii_case(e))
        {
            continue;
        }
        // Back over up to three lower-case qualifiers, then capitalised
        // words, to a year.
        let mut j = i;
        let mut lower = 0;
        while j > 0
            && ws[j].joined
            && lower < 3
            && ws[j - 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && year_of(ws[j - 1].text).is_none()
        {
            j -= 1;
            lower += 1;
        }
        let caps_end = j;
        while j > 0 && ws[j].joined && capitalised(ws[j - 1].text) && caps_end - j < 5 {
            j -= 1;
        }
        if j == caps_end || j == 0 || !ws[j].joined {
            continue;
        }
        let Some(year) = year_of(ws[j - 1].text) else {
            continue;
        };
        let caps = &text[ws[j].start..ws[caps_end - 1].end];
        let country = country_of_words(g, caps);
        let title = text[ws[j - 1].start..w.end].to_owned();
        let mut election = Entity::new(title.clone(), EntityKind::Event(EventKind::Election));
        election.country = country.clone();
        election.year = Some(year);
        if let Some(next) = ws.get(i + 1).filter(|n| {
            AFTER_ELECTION
                .iter()
                .any(|a| n.text.eq_ignore_ascii_case(a))
        }) {
            let kind = noun_kind(next.text).unwrap_or(EventKind::Event);
            let mut event = Entity::new(
                text[ws[j - 1].start..next.end].to_owned(),
                EntityKind::Event(kind),
            );
            event.country = country;
            event.year = Some(year);
            event.election = Some(title);
            out.push(event);
        }
        out.push(election);
    }
    out
}

/// True when `text` holds a stem of every election word (`lect`, `erend`,
/// `plebisc`, in any case): most texts hold none. One pass, for the short
/// texts (link targets) this is mostly asked of.
fn has_election_stem(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).any(|i| {
        let starts = |stem: &[u8]| crate::text::starts_with_ascii_ci(&b[i..], stem);
        match b[i] | 0x20 {
            b'l' => starts(b"lect"),
            b'e' => starts(b"erend"),
            b'p' => starts(b"plebisc"),
            _ => false,
        }
    })
}

/// Other events named in text: `Battle of Mosul`, `Syrian Civil War`,
/// `2011 Egyptian revolution`.
pub fn named_events(g: &Gazetteer, text: &str) -> Vec<Entity> {
    let ws = words(text);
    let mut out: Vec<Entity> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i].text;
        // `Battle of X`, `Siege of X`, `Fall of X`.
        if matches!(
            w,
            "Battle"
                | "Siege"
                | "Fall"
                | "Battles"
                | "Sack"
                | "Capture"
                | "Liberation"
                | "Massacre"
        ) && ws.get(i + 1).is_some_and(|n| n.text == "of")
        {
            let mut k = i + 2;
            if ws.get(k).is_some_and(|n| n.text == "the") {
                k += 1;
            }
            let first = k;
            while ws.get(k).is_some_and(|n| n.joined && capitalised(n.text)) && k - first < 4 {
                k += 1;
            }
            if k > first {
                let kind = noun_kind(w).unwrap_or(EventKind::Event);
                out.push(Entity::new(
                    text[ws[i].start..ws[k - 1].end].to_owned(),
                    EntityKind::Event(kind),
                ));
                i = k;
                continue;
            }
        }
        // A capitalised event noun closing a run of capitalised words
        // (`Russo-Ukrainian War`), or a year, capitalised words and a
        // lower-case event noun (`2011 Egyptian revolution`).
        if let Some(kind) = noun_kind(w).filter(|k| *k != EventKind::Election) {
            let mut j = i;
            while j > 0
                && ws[j].joined
                && capitalised(ws[j - 1].text)
                && !matches!(
                    ws[j - 1].text,
                    "The" | "A" | "An" | "In" | "On" | "During" | "After" | "Before"
                )
                && i - j < 4
            {
                j -= 1;
            }
            let caps_run = i - j;
            let starts_sentence =
                j == 0 || text[..ws[j].start].trim_end().ends_with(['.', '!', '?']);
            if capitalised(w)
                && caps_run >= 1
                && !(starts_sentence
                    && caps_run == 1
                    && !text[ws[j].start..].starts_with(char::is_uppercase))
            {
                out.push(Entity::new(
                    text[ws[j].start..ws[i].end].to_owned(),
                    EntityKind::Event(kind),
                ));
            } else if !capitalised(w) && caps_run >= 1 && j > 0 {
                if let Some(year) = year_of(ws[j - 1].text) {
                    let caps = &text[ws[j].start..ws[i - 1].end];
                    let mut e = Entity::new(
                        text[ws[j - 1].start..ws[i].end].to_owned(),
                        EntityKind::Event(kind),
                    );
                    e.country = country_of_words(g, caps);
                    e.year = Some(year);
                    out.push(e);
                }
            }
        }
        i += 1;
    }
    out
}

/// Words that end the name of an organisation.
const ORGANIZATION_NOUNS: &[&str] = &[
    "Party",
    "Front",
    "Movement",
    "Army",
    "Forces",
    "Force",
    "Brotherhood",
    "Council",
    "Union",
    "Alliance",
    "Coalition",
    "Committee",
    "Congress",
    "League",
    "Organization",
    "Organisation",
    "Group",
    "Brigade",
    "Brigades",
    "Battalion",
    "Corps",
    "Guard",
    "Guards",
    "Police",
    "Government",
    "Militia",
    "Militias",
    "Federation",
    "Association",
    "Bloc",
    "Assembly",
    "Navy",
    "Legion",
    "Division",
    "Regiment",
    "Commission",
    "Ministry",
    "Opposition",
];

/// Organisations named with a capitalised name ending in an organisation
/// noun: `Popular Front`, `Azerbaijan Democratic Party`, `National Front
/// for Liberation`, `Syrian Democratic Forces`.
pub fn organizations(text: &str) -> Vec<Entity> {
    let ws = words(text);
    let mut out: Vec<Entity> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !ORGANIZATION_NOUNS.contains(&ws[i].text) {
            i += 1;
            continue;
        }
        // Back over capitalised words (and `of`, `for`, `and` between them).
        let mut j = i;
        while j > 0 && ws[j].joined {
            let prev = ws[j - 1].text;
            let joiner = matches!(prev, "of" | "for" | "and" | "the")
                && j >= 2
                && capitalised(ws[j - 2].text);
            if (capitalised(prev) && !matches!(prev, "The" | "A" | "An" | "In" | "On" | "By"))
                || joiner
            {
                j -= 1;
            } else {
                break;
            }
        }
        // Forward over `for Liberation`, `of Azerbaijan`.
        let mut k = i + 1;
        while k + 1 < ws.len()
            && ws[k].joined
            && ws[k + 1].joined
            && matches!(ws[k].text, "of" | "for")
            && capitalised(ws[k + 1].text)
        {
            k += 2;
            while k < ws.len() && ws[k].joined && capitalised(ws[k].text) {
                k += 1;
            }
        }
        if i > j || k > i + 1 {
            let name = text[ws[j].start..ws[k - 1].end].to_owned();
            if !out.iter().any(|e| e.title == name) {
                out.push(Entity::new(name, EntityKind::Organization));
            }
        }
        i = k;
    }
    out
}

/// People named after a role: `President Heydar Aliyev`.
pub fn people(text: &str) -> Vec<Entity> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let first = ws[i].text;
        let role = ROLES
            .iter()
            // The role's first word first: most words begin none.
            .filter(|r| {
                r.strip_prefix(first)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
            })
            .filter(|r| {
                let n = r.split(' ').count();
                i + n <= ws.len() && ws[i..i + n].iter().map(|w| w.text).eq(r.split(' '))
            })
            .max_by_key(|r| r.len());
        if let Some(role) = role {
            let k0 = i + role.split(' ').count();
            let mut k = k0;
            while ws
                .get(k)
                .is_some_and(|n| n.joined && capitalised(n.text) && !ROLES.contains(&n.text))
                && k - k0 < 4
            {
                k += 1;
            }
            if k - k0 >= 2 {
                let mut p = Entity::new(
                    text[ws[k0].start..ws[k - 1].end].to_owned(),
                    EntityKind::Person,
                );
                p.role = Some((*role).to_owned());
                out.push(p);
                i = k;
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick check never hides an election word.
    #[test]
    fn every_election_word_has_a_stem() {
        for w in ELECTION_WORDS {
            assert!(has_election_stem(w), "{w}");
            assert!(has_election_stem(&w.to_uppercase()), "{w}");
        }
        assert!(!has_election_stem("Battle of Bunker Hill"));
    }

    #[test]
    fn elections_with_year_and_country() {
        let g = Gazetteer::bundled();
        let found = elections_and_their_events(
            g,
            "Alleged electoral fraud during the 2003 Azerbaijani presidential election",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "2003 Azerbaijani presidential election");
        assert_eq!(found[0].country.as_deref(), Some("AZ"));
        assert_eq!(found[0].year, Some(2003));
        assert!(elections_and_their_events(g, "Fresh general elections").is_empty());
    }

    #[test]
    fn events_named_after_elections() {
        let g = Gazetteer::bundled();
        let found = elections_and_their_events(
            g,
            "the biggest since the 1998 Azerbaijani presidential election protests.",
        );
        let protest = found
            .iter()
            .find(|e| e.title == "1998 Azerbaijani presidential election protests")
            .unwrap();
        assert_eq!(protest.kind, EntityKind::Event(EventKind::Protest));
        assert_eq!(
            protest.election.as_deref(),
            Some("1998 Azerbaijani presidential election")
        );
    }

    #[test]
    fn other_named_events() {
        let g = Gazetteer::bundled();
        let titles: Vec<String> = named_events(g, "It followed the Battle of Mosul and the Russo-Ukrainian War. The Iraq War ended. There was a war.").into_iter().map(|e| e.title).collect();
        assert_eq!(
            titles,
            ["Battle of Mosul", "Russo-Ukrainian War", "Iraq War"]
        );
    }

    #[test]
    fn organisations_by_their_head_noun() {
        let titles: Vec<String> = organizations("Led by the Azerbaijan Democratic Party and the National Front for Liberation with Syrian Democratic Forces; the army fled.").into_iter().map(|e| e.title).collect();
        assert_eq!(
            titles,
            [
                "Azerbaijan Democratic Party",
                "National Front for Liberation",
                "Syrian Democratic Forces"
            ]
        );
        assert!(organizations("Police opened fire").is_empty());
    }

    #[test]
    fn people_after_roles() {
        let p = people("Resignation of President Heydar Aliyev");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].title, "Heydar Aliyev");
        assert_eq!(p[0].role.as_deref(), Some("President"));
        assert!(people("the President resigned").is_empty());
    }
}
