//! Names of elections, events and people inside a piece of text.

use super::classify::prose_noun_kind;
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
    "Brigadier General",
    "Colonel General",
    "Lieutenant Colonel",
    "Colonel",
    // Abbreviated ranks (`Lt. Gen Ahmed Awad Ibn Auf`): words lose their
    // full stops.
    "Lt Gen",
    "Maj Gen",
    "Brig Gen",
    "Lt Col",
    "Gen",
    "Col",
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

/// A year written with four digits (`1982`).
pub(crate) fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

/// A word before a name that makes it describe rather than name (`a 2012
/// Russian operation`, `a 1967 Six-Day War veteran`).
fn is_indefinite(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an" | "another" | "one" | "each" | "every" | "any"
    )
}

/// Words that begin no event's name: prepositions, conjunctions,
/// determiners and sentence adverbs (`By March`, `Following Operation`,
/// `Until 2014`). A capitalised one starts a sentence, not a name.
const FUNCTION_WORDS: &[&str] = &[
    "A",
    "About",
    "According",
    "After",
    "Against",
    "Along",
    "Also",
    "Amid",
    "Among",
    "An",
    "And",
    "Another",
    "Around",
    "As",
    "At",
    "Before",
    "Between",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Either",
    "Every",
    "Following",
    "For",
    "From",
    "Her",
    "His",
    "However",
    "If",
    "In",
    "Including",
    "Into",
    "Its",
    "Like",
    "Many",
    "Meanwhile",
    "Most",
    "Near",
    "Neither",
    "Nor",
    "Of",
    "On",
    "Or",
    "Other",
    "Our",
    "Over",
    "Per",
    "Present",
    "Prior",
    "Since",
    "So",
    "Some",
    "Such",
    "Teaching",
    "That",
    "The",
    "Their",
    "Then",
    "These",
    "This",
    "Those",
    "Through",
    "Throughout",
    "Thus",
    "To",
    "Under",
    "Unlike",
    "Until",
    "Upon",
    "Via",
    "When",
    "Where",
    "While",
    "With",
    "Within",
    "Without",
];

/// Words that name nothing by themselves before an event noun: `World War`
/// and `Second War` are pieces of names, not names.
const GENERIC_MODIFIERS: &[&str] = &[
    "First", "Second", "Third", "Fourth", "Fifth", "World", "Last", "Next", "New", "Same",
];

fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w)
}

fn is_month(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && crate::values::date::is_month_name(w)
}

fn is_ordinal_or_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && (w.bytes().all(|b| b.is_ascii_digit())
            || ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)))
}

/// The written grammar of an event's name read from prose (not from a
/// wikilink, which names its target exactly). A name
/// - holds no sentence boundary (`2022. This conflict`);
/// - starts with no function word or month phrase (`By March`, `From
///   March`, `Following Ukraine's Revolution`);
/// - holds no possessive (`Lloyd George's War`, `Russia's`): a possessive
///   makes a description, not a title;
/// - is not a piece of a longer name: no capitalised word or unit number
///   joins it on either side (`95th Air Assault Brigade`, `Imperial War
///   Museum`);
/// - is more than generic words before its noun (`World War`, `Second
///   War`, `Second World Wars`).
///
/// `Err` says which rule a name breaks.
pub fn check_event_name(name: &str) -> Result<(), &'static str> {
    let ws = words(name);
    let Some(first) = ws.first() else {
        return Err("empty");
    };
    if name.contains(". ") || name.contains("; ") || name.contains(": ") {
        return Err("holds a sentence boundary");
    }
    if is_function_word(first.text) {
        return Err("starts with a function word");
    }
    if is_month(first.text) && ws.get(1).is_some_and(|w| is_function_word(w.text)) {
        return Err("starts with a month phrase");
    }
    if name.contains("'s ")
        || name.contains("’s ")
        || name.ends_with("'s")
        || name.ends_with("’s")
        || name.ends_with('\'')
    {
        return Err("holds a possessive");
    }
    let year = |w: &str| year_of(w).is_some();
    let generic = ws.iter().filter(|w| !year(w.text)).collect::<Vec<_>>();
    if let Some((head, modifiers)) = generic.split_last() {
        // `First World War` and `Second World War` are the names of wars.
        let world_war = head.text == "War"
            && matches!(modifiers, [o, w] if matches!(o.text, "First" | "Second") && w.text == "World");
        if prose_noun_kind(head.text).is_some()
            && !modifiers.is_empty()
            && !world_war
            && modifiers
                .iter()
                .all(|w| GENERIC_MODIFIERS.contains(&w.text))
        {
            return Err("is generic words before its noun");
        }
        if modifiers.is_empty() && generic.len() == ws.len() && prose_noun_kind(head.text).is_some()
        {
            return Err("is a bare noun");
        }
        if head.text.to_lowercase().starts_with("revolution")
            && modifiers
                .last()
                .is_some_and(|m| super::classify::not_political(m.text))
        {
            return Err("names a change in an economy, a technique or a science");
        }
    }
    Ok(())
}

/// The title a `See also` item names: the item before a description that
/// follows a dash or a colon (`Battle of Artemivsk – 2014 battle for the
/// same city`); none for a disambiguation page.
pub fn see_also_title(item: &str) -> Option<&str> {
    let mut t = item.trim();
    for sep in [" – ", " — ", "—", " - ", ": ", ", a ", ", an ", ", the "] {
        // A separator inside parentheses is part of the title
        // (`campaign (October 2017 – February 2018)`).
        let outside = t
            .match_indices(sep)
            .find(|(at, _)| t[..*at].matches('(').count() == t[..*at].matches(')').count());
        if let Some((at, _)) = outside {
            t = t[..at].trim();
        }
    }
    (!t.is_empty() && !t.ends_with("(disambiguation)") && check_event_name(t).is_ok()).then_some(t)
}

/// Whether the name `text[start..end]` stands on its own in `text`: no
/// capitalised word or unit number runs into it from either side.
fn stands_alone(text: &str, ws: &[Word<'_>], first: usize, last: usize) -> bool {
    let before = first
        .checked_sub(1)
        .map(|i| &ws[i])
        .filter(|_| ws[first].joined);
    if before.is_some_and(|b| {
        is_ordinal_or_number(b.text) && year_of(b.text).is_none()
            || (capitalised(b.text) && !is_function_word(b.text))
    }) {
        return false;
    }
    // `justifications for a US–Iraq War`, `an Egyptian revolution`: after
    // an indefinite article the words describe a kind of event, they do
    // not name one.
    if before.is_some_and(|b| matches!(b.text, "a" | "an")) {
        return false;
    }
    // `French and Indian War`, `the Prussian and Livonian Crusades`: a name
    // that runs on back over `and` to a capitalised word is cut where it
    // begins (`Indian War`); not after a whole name (`Syrian Civil War and
    // Iraqi War`, `the Cuban War of Independence and Philippine
    // Revolution`).
    // Whether `joiner` joins the name to a capitalised word before it that
    // names no event (`Indian`, `Army`).
    let joined_after_a_name = |joiner: &str| {
        before.is_some_and(|b| b.text == joiner)
            && first >= 2
            && ws[first - 1].joined
            && capitalised(ws[first - 2].text)
            && !is_function_word(ws[first - 2].text)
            && prose_noun_kind(ws[first - 2].text).is_none()
    };
    if joined_after_a_name("and")
        && !(first >= 3 && ws[first - 2].joined && ws[first - 3].text == "of")
    {
        return false;
    }
    // `Zapatista Army of National Liberation`: the end of a longer name.
    if joined_after_a_name("of") {
        return false;
    }
    // `historian Robert Conquest`: a person, named after what they are.
    if before.is_some_and(|b| PERSON_NOUNS.contains(&b.text)) {
        return false;
    }
    // `People's Movement for the Liberation of Angola`: an aim in an
    // organisation's name, not an event (`a memorial for the Babi Yar
    // Massacre` names one).
    let for_at = |i: usize| ws.get(i).is_some_and(|w| w.text == "for");
    let after_for = before.is_some_and(|b| b.text == "for")
        || before.is_some_and(|b| b.text == "the")
            && first >= 2
            && ws[first - 1].joined
            && for_at(first - 2);
    if after_for && AIMS.contains(&ws[first].text) {
        return false;
    }
    // `Battle of Más a Tierra`, `Siege of Río de Janeiro`: a particle and
    // a capitalised word may carry the name on; which it does, the words
    // do not say, so no name is read.
    let particle_runs_on = ws
        .get(last + 1)
        .is_some_and(|n| n.joined && NAME_PARTICLES.contains(&n.text))
        && ws
            .get(last + 2)
            .is_some_and(|n| n.joined && capitalised(n.text));
    if particle_runs_on {
        return false;
    }
    // `Battle of Damascus (2012)`: a dated qualifier is part of the title,
    // and the name without it is another page (often a disambiguation).
    let after = &text[ws[last].end..];
    if let Some(q) = after.strip_prefix(" (").or_else(|| after.strip_prefix('(')) {
        if q.split(')')
            .next()
            .is_some_and(|q| q.len() < 40 && q.contains(|c: char| c.is_ascii_digit()))
        {
            return false;
        }
    }
    match ws.get(last + 1).filter(|n| n.joined) {
        Some(n) => !(capitalised(n.text) || n.text.starts_with(|c: char| c.is_ascii_digit())),
        None => !text[ws[last].end..].starts_with(['\'', '’']),
    }
}

/// Nouns of what an organisation is for (`Front for the Liberation of
/// Mozambique`).
const AIMS: &[&str] = &[
    "Liberation",
    "Independence",
    "Unification",
    "Reunification",
    "Restoration",
    "Defence",
    "Defense",
    "Salvation",
    "Emancipation",
];

/// Lower-case words inside place names (`Más a Tierra`, `Rio de Janeiro`,
/// `Frankfurt am Main`).
const NAME_PARTICLES: &[&str] = &[
    "a", "de", "del", "della", "la", "las", "los", "le", "les", "di", "da", "do", "dos", "das",
    "du", "des", "von", "van", "der", "den", "y", "am", "im", "sur", "upon",
];

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
            let kind = prose_noun_kind(next.text).unwrap_or(EventKind::Event);
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

/// Nouns that head `X of Y` names: `Battle of Mosul`, `Siege of Kobanî`.
const OF_NOUNS: &[&str] = &[
    "Battle",
    "Siege",
    "Fall",
    "Battles",
    "Sack",
    "Capture",
    "Liberation",
    "Massacre",
    "Invasion",
];

/// The last word of a name that goes on past `last` with `of` and
/// capitalised words (`War of Independence`, `invasion of Ukraine`), or
/// with a roman numeral (`World War I`); `last` when it does not.
fn name_end(ws: &[Word<'_>], last: usize) -> usize {
    // `World War II`, `2013 Egyptian coup d'état`.
    if ws.get(last + 1).is_some_and(|n| {
        n.joined && matches!(n.text, "I" | "II" | "III" | "d'état" | "d'etat" | "d’état")
    }) {
        return last + 1;
    }
    if ws.get(last + 1).is_some_and(|n| n.joined && n.text == "of") {
        let mut k = last + 2;
        if ws.get(k).is_some_and(|n| n.joined && n.text == "the") {
            k += 1;
        }
        let from = k;
        while ws.get(k).is_some_and(|n| n.joined && capitalised(n.text)) && k - from < 4 {
            k += 1;
        }
        // `the Pacific War of World War II`, `the Norwegian Campaign of
        // the Second World War`: what follows `of` is another event's
        // name, whose part this one is, not more of this one's.
        let another_event = k > from + 1
            && prose_noun_kind(ws[k - 1].text).is_some_and(|kind| kind != EventKind::Election)
            || k > from && matches!(ws[k - 1].text, "I" | "II") && ws[k - 2].text == "War";
        if k > from && !another_event {
            return k - 1;
        }
        // `Indian Rebellion of 1857`, `Hungarian Revolution of 1956`: the
        // year is the name's (cut, it names another page or none). A span
        // (`the Italian Wars of 1494–1559`, `the Bosnian War of
        // 1992–1995`) most often only dates the name before it.
        let year = |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
        if k == last + 2 && ws.get(k).is_some_and(|n| n.joined && year(n.text)) {
            return k;
        }
    }
    last
}

/// Other events named in text: `Battle of Mosul`, `Syrian Civil War`,
/// `2011 Egyptian revolution`. Every name read follows the grammar of
/// [`check_event_name`] and stands alone in the text.
pub fn named_events(g: &Gazetteer, text: &str) -> Vec<Entity> {
    let ws = words(text);
    let mut out: Vec<Entity> = Vec::new();
    let mut push = |first: usize, last: usize, mut e: Entity| {
        // `World War\u{a0}I`: a name's spaces as a title has them.
        if e.title.contains(|c: char| c != ' ' && c.is_whitespace()) {
            e.title = crate::text::normalize_spaces(&e.title);
        }
        if stands_alone(text, &ws, first, last) && check_event_name(&e.title).is_ok() {
            out.push(e);
        }
    };
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i].text;
        // `Battle of X`, `Second Battle of X`, `Great Siege of X`.
        if OF_NOUNS.contains(&w) && ws.get(i + 1).is_some_and(|n| n.text == "of") {
            // Back over an ordinal or `Great` (`Second Battle of Ypres`),
            // for one battle, not several (`First and Second Battles`).
            let mut b = i;
            if i > 0
                && ws[i].joined
                && !w.ends_with('s')
                && matches!(
                    ws[i - 1].text,
                    "First" | "Second" | "Third" | "Fourth" | "Fifth" | "Great"
                )
            {
                b -= 1;
            }
            let mut k = i + 2;
            if ws.get(k).is_some_and(|n| n.text == "the") {
                k += 1;
            }
            let first = k;
            while ws.get(k).is_some_and(|n| n.joined && capitalised(n.text)) && k - first < 4 {
                k += 1;
            }
            // `Siege of Nubl and al-Zahraa`: one name over `and`.
            if k > first
                && ws.get(k).is_some_and(|n| n.joined && n.text == "and")
                && ws
                    .get(k + 1)
                    .is_some_and(|n| n.joined && capitalised(n.text))
            {
                let before_and = k;
                k += 2;
                while ws.get(k).is_some_and(|n| n.joined && capitalised(n.text)) && k - first < 6 {
                    k += 1;
                }
                // `the Battles of Rzhev and Okinawa`: battles of places in
                // two countries are two, and their words name neither
                // (`Battles of Lexington and Concord` are one).
                let country = |from: usize, to: usize| match super::places::resolve(
                    g,
                    &text[ws[from].start..ws[to - 1].end],
                    &[],
                ) {
                    super::places::Resolved::One(crate::gazetteer::Hit::Country(c)) => {
                        Some(c.iso2.as_str())
                    }
                    super::places::Resolved::One(crate::gazetteer::Hit::Place(p)) => {
                        Some(p.country.as_str())
                    }
                    _ => None,
                };
                if let (Some(a), Some(b)) = (country(first, before_and), country(before_and + 1, k))
                {
                    if a != b {
                        i = k;
                        continue;
                    }
                }
            }
            // `Fall of the French garrison`: a people's adjective before a
            // lower-case noun describes what fell; the name goes on.
            let cut = k > first
                && ws.get(k).is_some_and(|n| {
                    n.joined && n.text.starts_with(char::is_lowercase) && !is_function_word(n.text)
                })
                && !g.countries_of_demonym(ws[k - 1].text).is_empty();
            if k > first && !cut {
                let kind = prose_noun_kind(w).unwrap_or(EventKind::Event);
                let title = text[ws[b].start..ws[k - 1].end].to_owned();
                push(b, k - 1, Entity::new(title, EntityKind::Event(kind)));
                i = k;
                continue;
            }
        }
        // A capitalised event noun closing a run of capitalised words
        // (`Russo-Ukrainian War`), or a year, capitalised words and a
        // lower-case event noun (`2011 Egyptian revolution`).
        if let Some(kind) = prose_noun_kind(w).filter(|k| *k != EventKind::Election) {
            let mut j = i;
            // Back over the capitalised words of the name, not into the
            // organisation before it (`US Army Iraq War study`).
            while j > 0
                && ws[j].joined
                && capitalised(ws[j - 1].text)
                && !is_function_word(ws[j - 1].text)
                && !ORGANIZATION_NOUNS.contains(&ws[j - 1].text)
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
                let last = name_end(&ws, i);
                // `the 1982 Lebanon War`, `the 1948 Arab–Israeli War`: a
                // year before the name is the name's (`Lebanon War` is
                // another war, or none); `a 1967 Six-Day War veteran`
                // describes; `the 1912 to 1913 Balkan Wars`: the year ends
                // a span, no year of the name.
                let year = (j > 0 && ws[j].joined)
                    .then(|| year_of(ws[j - 1].text))
                    .flatten()
                    .filter(|_| {
                        !(j >= 2 && {
                            let before = ws[j - 2].text.to_ascii_lowercase();
                            is_indefinite(&before)
                                || matches!(
                                    before.as_str(),
                                    "to" | "and" | "or" | "through" | "until" | "–" | "-"
                                )
                        })
                    });
                let first = if year.is_some() { j - 1 } else { j };
                let mut e = Entity::new(
                    text[ws[first].start..ws[last].end].to_owned(),
                    EntityKind::Event(kind),
                );
                e.year = year;
                push(first, last, e);
            } else if !capitalised(w) && caps_run >= 1 && j > 0 {
                // `a 2012 Russian operation` describes; `the 2011 Egyptian
                // revolution` names.
                let indefinite = j >= 2 && is_indefinite(&ws[j - 2].text.to_ascii_lowercase());
                if let (Some(year), false) = (year_of(ws[j - 1].text), indefinite) {
                    let caps = &text[ws[j].start..ws[i - 1].end];
                    let last = name_end(&ws, i);
                    // `September 2022 Armenia–Azerbaijan clashes`: a month
                    // before the year belongs to the name, when the name is
                    // of a country's (`June 1916 Brusilov offensive` only
                    // dates the Brusilov offensive: no name).
                    let month = j >= 2 && ws[j - 1].joined && is_month(ws[j - 2].text);
                    if month && !names_countries(g, caps) {
                        i += 1;
                        continue;
                    }
                    let first = if month { j - 2 } else { j - 1 };
                    let mut e = Entity::new(
                        text[ws[first].start..ws[last].end].to_owned(),
                        EntityKind::Event(kind),
                    );
                    // `2022 Russian invasion of Ukraine`: where it happened
                    // is after `of`, not the demonym.
                    let named = super::places::title_countries(g, &e.title);
                    e.country = match named.countries.as_slice() {
                        [_] => super::mentioned_country_of(&named, &e.title),
                        // A demonym the title reading set aside (`2022
                        // Russian invasion`) stays aside.
                        [] => country_of_words(g, caps).filter(|_| {
                            g.countries_of_demonym(caps).is_empty()
                                || super::places::demonym_names_the_place(&e.title)
                        }),
                        _ => None,
                    };
                    e.year = Some(year);
                    push(first, last, e);
                }
            }
        }
        i += 1;
    }
    out
}

/// Whether capitalised words name countries, by name or demonym
/// (`Armenia–Azerbaijan`, `Egyptian`).
fn names_countries(g: &Gazetteer, caps: &str) -> bool {
    caps.split(|c: char| c.is_whitespace() || matches!(c, '–' | '-' | '—'))
        .filter(|w| !w.is_empty())
        .any(|w| !g.countries_named(w).is_empty() || !g.countries_of_demonym(w).is_empty())
}

/// Lower-case nouns before a person's name (`historian Robert Conquest`).
const PERSON_NOUNS: &[&str] = &[
    "historian",
    "historians",
    "author",
    "writer",
    "journalist",
    "scholar",
    "professor",
    "poet",
    "novelist",
    "economist",
    "sociologist",
    "philosopher",
    "politician",
    "activist",
    "artist",
    "photographer",
    "singer",
    "actor",
    "actress",
    "director",
    "commander",
    "general",
    "colonel",
    "officer",
    "soldier",
    "leader",
    "president",
    "minister",
];

/// Whether every word of an organisation's name is one many bodies share
/// (`National Assembly`, `Security Council`, `Transitional Military
/// Council`): such a name, without a place or people, is ambiguous.
fn is_generic_name(name: &str) -> bool {
    const GENERIC: &[&str] = &[
        "national",
        "security",
        "standing",
        "constituent",
        "general",
        "supreme",
        "federal",
        "central",
        "executive",
        "legislative",
        "provisional",
        "transitional",
        "military",
        "revolutionary",
        "interim",
        "state",
        "people's",
        "popular",
        "high",
        "grand",
        "joint",
        "special",
        "permanent",
        "emergency",
        "governing",
        "ruling",
        "democratic",
        "republican",
        "socialist",
        "liberal",
        "conservative",
        "communist",
        "labour",
        "labor",
        "green",
        "people",
        "the",
        "of",
        "and",
        "for",
    ];
    name.split_whitespace()
        .all(|w| GENERIC.contains(&w.to_lowercase().as_str()) || ORGANIZATION_NOUNS.contains(&w))
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
                && capitalised(ws[j - 2].text)
                && !(matches!(prev, "of" | "for") && names_an_act_or_role(ws[j - 2].text));
            if (capitalised(prev) && !matches!(prev, "The" | "A" | "An" | "In" | "On" | "By"))
                || joiner
            {
                j -= 1;
            } else {
                break;
            }
        }
        // `Los Angeles Police Department`: the name goes on past this noun;
        // a later noun ends it.
        if i + 1 < ws.len() && ws[i + 1].joined && capitalised(ws[i + 1].text) {
            i += 1;
            continue;
        }
        // Forward over `for Liberation`, `of Azerbaijan`, `of the National
        // People's Congress`.
        let mut k = i + 1;
        loop {
            let the = usize::from(ws.get(k + 1).is_some_and(|w| w.text == "the"));
            if !(k + 1 + the < ws.len()
                && ws[k].joined
                && ws[k + 1].joined
                && ws[k + 1 + the].joined
                && matches!(ws[k].text, "of" | "for")
                && capitalised(ws[k + 1 + the].text))
            {
                break;
            }
            k += 2 + the;
            while k < ws.len() && ws[k].joined && capitalised(ws[k].text) {
                k += 1;
            }
        }
        let name = text[ws[j].start..ws[k - 1].end].to_owned();
        // `National Assembly`, `Security Council`, `Standing Committee`:
        // words many bodies share name no one of them.
        if (i > j || k > i + 1) && !is_generic_name(&name) && !out.iter().any(|e| e.title == name) {
            out.push(Entity::new(name, EntityKind::Organization));
        }
        i = k;
    }
    out
}

/// A capitalised word before `of` that names an act done to a body or a
/// post in it, not the body's name (`Dissolution of Congress`, `Member of
/// Parliament`; `Library of Congress` is one).
fn names_an_act_or_role(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    ["tion", "sion", "ment", "al"]
        .iter()
        .any(|e| w.ends_with(e))
        || matches!(
            w.as_str(),
            "member" | "members" | "speaker" | "president" | "leader" | "head" | "chairman"
        )
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
    fn a_date_before_a_name_not_of_a_country_makes_no_name() {
        let g = Gazetteer::bundled();
        let titles =
            |t: &str| -> Vec<String> { named_events(g, t).into_iter().map(|e| e.title).collect() };
        assert!(titles(
            "Despite the successful June 1916 Brusilov offensive against the Austrians"
        )
        .is_empty());
        assert!(titles("and the May 1915 Gorlice–Tarnów offensive then allowed").is_empty());
        assert_eq!(
            titles("during the September 2022 Armenia–Azerbaijan clashes, troops"),
            ["September 2022 Armenia–Azerbaijan clashes"]
        );
        assert_eq!(
            titles("since the 2011 Egyptian revolution began"),
            ["2011 Egyptian revolution"]
        );
    }

    #[test]
    fn a_name_a_particle_may_carry_on_is_not_cut() {
        let g = Gazetteer::bundled();
        let titles =
            |t: &str| -> Vec<String> { named_events(g, t).into_iter().map(|e| e.title).collect() };
        assert!(
            titles("but after the Battle of Más a Tierra, these too had been destroyed").is_empty()
        );
        assert_eq!(
            titles("after the Battle of Mosul a year passed"),
            ["Battle of Mosul"]
        );
        assert!(titles("• Battle of Damascus (2012)").is_empty());
        assert_eq!(
            titles("the Battle of Mosul (see below) ended"),
            ["Battle of Mosul"]
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
