//! Telling events from other articles, and typing them.
//!
//! The title's head noun decides first (`... protests`, `Battle of ...`,
//! `... election`), then the infobox template, then the noun the lead
//! sentence predicates (`X was a series of demonstrations`). A title whose
//! head is an event noun but that names nothing in particular (`Civil war`,
//! `Proxy war`) is a topic, not an event; so are lists and indexes.

use super::mapping::{page_class, Mappings, PageClass};
use crate::article::Document;
use crate::model::{EventKind, ReadFrom};

/// Nouns that name events, by the class they give.
const NOUNS: &[(&str, EventKind)] = &[
    ("protest", EventKind::Protest),
    ("protests", EventKind::Protest),
    ("demonstration", EventKind::Protest),
    ("demonstrations", EventKind::Protest),
    ("march", EventKind::Protest),
    ("marches", EventKind::Protest),
    ("rally", EventKind::Protest),
    ("rallies", EventKind::Protest),
    ("sit-in", EventKind::Protest),
    ("sit-ins", EventKind::Protest),
    ("strike", EventKind::Protest),
    ("strikes", EventKind::Protest),
    ("boycott", EventKind::Protest),
    // `a peasant agitation in Bengal` (the Tebhaga movement), `Assam
    // Agitation`.
    ("agitation", EventKind::Protest),
    ("agitations", EventKind::Protest),
    // `The Vaikom Satyagraha was a satyagraha (nonviolent protest)`:
    // English's word, from Gandhi's, for nonviolent resistance.
    ("satyagraha", EventKind::Protest),
    ("satyagrahas", EventKind::Protest),
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
    ("rising", EventKind::Revolution),
    ("risings", EventKind::Revolution),
    ("rebellion", EventKind::Revolution),
    ("rebellions", EventKind::Revolution),
    ("insurrection", EventKind::Revolution),
    ("intifada", EventKind::Revolution),
    ("mutiny", EventKind::Revolution),
    ("mutinies", EventKind::Revolution),
    ("coup", EventKind::Coup),
    ("coups", EventKind::Coup),
    ("putsch", EventKind::Coup),
    ("putsches", EventKind::Coup),
    ("d'état", EventKind::Coup),
    ("d'etat", EventKind::Coup),
    ("self-coup", EventKind::Coup),
    ("election", EventKind::Election),
    ("elections", EventKind::Election),
    ("by-election", EventKind::Election),
    ("referendum", EventKind::Election),
    ("referendums", EventKind::Election),
    ("plebiscite", EventKind::Election),
    ("plebiscites", EventKind::Election),
    ("referenda", EventKind::Election),
    // A papal conclave elects a pope (`A papal conclave was held on 18
    // and 19 April 2005 to elect a new pope`).
    ("conclave", EventKind::Election),
    ("conclaves", EventKind::Election),
    ("war", EventKind::ArmedConflict),
    ("wars", EventKind::ArmedConflict),
    ("battle", EventKind::ArmedConflict),
    ("battles", EventKind::ArmedConflict),
    ("siege", EventKind::ArmedConflict),
    ("sieges", EventKind::ArmedConflict),
    ("offensive", EventKind::ArmedConflict),
    ("offensives", EventKind::ArmedConflict),
    ("counteroffensive", EventKind::ArmedConflict),
    ("counter-offensive", EventKind::ArmedConflict),
    ("campaign", EventKind::ArmedConflict),
    ("campaigns", EventKind::ArmedConflict),
    ("intervention", EventKind::ArmedConflict),
    ("conflict", EventKind::ArmedConflict),
    ("conflicts", EventKind::ArmedConflict),
    ("clash", EventKind::ArmedConflict),
    ("clashes", EventKind::ArmedConflict),
    ("skirmish", EventKind::ArmedConflict),
    ("skirmishes", EventKind::ArmedConflict),
    ("crusade", EventKind::ArmedConflict),
    ("crusades", EventKind::ArmedConflict),
    ("assault", EventKind::ArmedConflict),
    ("storming", EventKind::ArmedConflict),
    ("ambush", EventKind::ArmedConflict),
    ("fall", EventKind::ArmedConflict),
    ("capture", EventKind::ArmedConflict),
    ("liberation", EventKind::ArmedConflict),
    ("conquest", EventKind::ArmedConflict),
    ("conquests", EventKind::ArmedConflict),
    ("encirclement", EventKind::ArmedConflict),
    ("incursion", EventKind::ArmedConflict),
    // The plurals of the nouns above (`2023 Belgorod Oblast incursions`;
    // not `interventions`: `Foreign interventions by the United States` is
    // a list of them).
    ("incursions", EventKind::ArmedConflict),
    ("assaults", EventKind::ArmedConflict),
    ("ambushes", EventKind::ArmedConflict),
    ("counteroffensives", EventKind::ArmedConflict),
    ("counter-offensives", EventKind::ArmedConflict),
    ("encirclements", EventKind::ArmedConflict),
    ("blockades", EventKind::MilitaryOperation),
    ("blockade", EventKind::MilitaryOperation),
    ("retreat", EventKind::MilitaryOperation),
    ("engagement", EventKind::ArmedConflict),
    ("engagements", EventKind::ArmedConflict),
    ("invasion", EventKind::Invasion),
    ("invasions", EventKind::Invasion),
    ("insurgency", EventKind::Insurgency),
    ("insurgencies", EventKind::Insurgency),
    ("attack", EventKind::Attack),
    ("attacks", EventKind::Attack),
    ("raid", EventKind::Attack),
    ("raids", EventKind::Attack),
    ("airstrike", EventKind::Attack),
    ("airstrikes", EventKind::Attack),
    ("bombing", EventKind::Attack),
    ("bombings", EventKind::Attack),
    ("bombardment", EventKind::Attack),
    ("bombardments", EventKind::Attack),
    ("shelling", EventKind::Attack),
    // An explosion may be an accident: an attack only when the article
    // says so (see `explosion_is_attack`).
    ("explosion", EventKind::Event),
    ("explosions", EventKind::Event),
    ("blast", EventKind::Event),
    ("blasts", EventKind::Event),
    ("shooting", EventKind::Attack),
    ("shootings", EventKind::Attack),
    ("stabbing", EventKind::Attack),
    ("stabbings", EventKind::Attack),
    ("poisoning", EventKind::Attack),
    ("poisonings", EventKind::Attack),
    ("shootdown", EventKind::Attack),
    ("hijacking", EventKind::Attack),
    ("kidnapping", EventKind::Attack),
    ("kidnappings", EventKind::Attack),
    ("hijackings", EventKind::Attack),
    ("assassination", EventKind::Attack),
    ("assassinations", EventKind::Attack),
    ("massacre", EventKind::Massacre),
    ("massacres", EventKind::Massacre),
    ("genocide", EventKind::Massacre),
    ("killings", EventKind::Massacre),
    ("crisis", EventKind::Event),
    ("famine", EventKind::Event),
    // `The Aberfan disaster was the catastrophic collapse of a colliery
    // spoil tip`, `was a disaster that occurred on ... 1919`.
    ("disaster", EventKind::Event),
    ("disasters", EventKind::Event),
    ("purge", EventKind::Event),
    ("purges", EventKind::Event),
    ("partition", EventKind::Event),
    ("partitions", EventKind::Event),
    ("crises", EventKind::Event),
    ("incident", EventKind::Event),
    // `a violent crackdown in Baku`, `a series of confrontations in
    // January 1991`: events, of no class more particular.
    ("crackdown", EventKind::Event),
    // `the evacuation of more than 338,000 Allied soldiers` (Dunkirk).
    ("evacuation", EventKind::Event),
    // `The demolition of the Babri Masjid was carried out on 6 December
    // 1992`.
    ("demolition", EventKind::Event),
    ("confrontation", EventKind::Event),
    ("confrontations", EventKind::Event),
    ("affair", EventKind::Event),
    ("sinking", EventKind::Event),
    ("murder", EventKind::Event),
    // `1891 New Orleans lynchings`, `Lynching of Jesse Washington`: killings
    // by a mob, of one or of many.
    ("lynching", EventKind::Event),
    ("lynchings", EventKind::Event),
];

/// Title prefixes of pages that gather other pages, or that are about a
/// side of events rather than an event.
const NOT_EVENTS: &[&str] = &[
    "list of",
    "lists of",
    "order of battle",
    "timeline of",
    "chronology of",
    "index of",
    "outline of",
    "glossary of",
    "bibliography of",
    "historiography of",
    "casualties of",
    "legacy of",
    "aftermath of",
    "causes of",
    "consequences of",
    "effects of",
    "impact of",
    "origins of",
    "background of",
    "background to",
    "prelude to",
    "run-up to",
    "lead-up to",
    "build-up to",
    "reactions to",
    "international reactions to",
    "category:",
    "template:",
];

/// Title endings of pages about how events are remembered or told.
const NOT_EVENT_ENDINGS: &[&str] = &[
    " in popular culture",
    " in fiction",
    " in film",
    " in literature",
    " in art",
    " in music",
    " in media",
    " in the media",
    " in memory",
    " (disambiguation)",
];

/// Words that begin titles of kinds of things, not of one event (`Civil
/// war`, `Suicide attack`, `General strike`): a title in lower case after
/// one of them names a topic.
const GENERIC_FIRST_WORDS: &[&str] = &[
    "acid",
    "aerial",
    "air",
    "armed",
    "asymmetric",
    "biological",
    "border",
    "bread",
    "bus",
    "car",
    "chemical",
    "civil",
    "class",
    "colonial",
    "conventional",
    "counter",
    "cyber",
    "drone",
    "drug",
    "economic",
    "ethnic",
    "failed",
    "food",
    "frontier",
    "gang",
    "general",
    "guerrilla",
    "hate",
    "holy",
    "hunger",
    "knife",
    "labor",
    "labour",
    "limited",
    "mass",
    "military",
    "missile",
    "naval",
    "nuclear",
    "palace",
    "peasant",
    "police",
    "political",
    "popular",
    "preventive",
    "prison",
    "proxy",
    "race",
    "religious",
    "school",
    "self",
    "sexual",
    "slave",
    "sniper",
    "soft",
    "student",
    "suicide",
    "surprise",
    "tank",
    "terrorist",
    "total",
    "trade",
    "tribal",
    "truck",
    "urban",
    // `Vehicle-ramming attack`: a kind of attack (each part of a joined
    // word is asked).
    "vehicle",
    "war",
    "wildcat",
    "world",
];

/// Nouns of events a page's title or lead may be headed by, but that
/// name no event in prose: `described the battle ... as "Russian
/// Airborne Disaster"` is a figure of speech, no name.
const NOT_IN_PROSE: &[&str] = &["disaster", "disasters"];

/// The class a noun gives where prose names an event (see
/// `NOT_IN_PROSE`).
pub fn prose_noun_kind(word: &str) -> Option<EventKind> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    // `the Democratic Constitutional Rally`, `the National Rally`: a
    // capitalised rally in prose is a party's name (one held is written
    // in lower case: `the Unite the Right rally`).
    if matches!(w, "Rally" | "Rallies") {
        return None;
    }
    noun_kind(word).filter(|_| !NOT_IN_PROSE.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

/// The class a noun gives, if it names events.
pub fn noun_kind(word: &str) -> Option<EventKind> {
    let w = word_proper(word);
    // Lowercased only when it must be (`D'ÉTAT`).
    if !w.is_ascii() {
        let lower = w.to_lowercase();
        return NOUNS.iter().find(|(n, _)| *n == lower).map(|(_, k)| *k);
    }
    // A word longer than the buffer is longer than any event noun.
    let mut buf = [0u8; 32];
    let lower = lowercase_in(w, &mut buf)?;
    static BY_NOUN: std::sync::OnceLock<rustc_hash::FxHashMap<&str, EventKind>> =
        std::sync::OnceLock::new();
    BY_NOUN
        .get_or_init(|| {
            let mut m = rustc_hash::FxHashMap::default();
            for (n, k) in NOUNS {
                m.entry(*n).or_insert(*k);
            }
            m
        })
        .get(lower)
        .copied()
}

/// A word without the marks around it (letters, digits, `'` and `-` kept).
fn word_proper(word: &str) -> &str {
    // Most words begin and end with a letter: nothing to trim (asked of
    // every word of every link's target).
    let b = word.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => word,
        _ => word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'),
    }
}

/// `w` lowercased (ASCII letters) in `buf`, without allocating; `None`
/// when it does not fit.
fn lowercase_in<'b>(w: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let lower = buf.get_mut(..w.len())?;
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// Types a page from its title alone: the class of its head noun, if the
/// title names one particular event.
pub fn title_kind(title: &str) -> Option<EventKind> {
    if is_named_operation(title) {
        return (!is_about_events(title)).then_some(EventKind::MilitaryOperation);
    }
    let bare = strip_parenthesis(title);
    // Most titles have no event noun for a head: asked first, it is the
    // cheapest way to no.
    let Some(kind) = title_head_kind(bare) else {
        return theatre_of_a_war(title, bare);
    };
    if is_about_events(title) {
        return None;
    }
    // `Democratic Constitutional Rally`, `National Rally`, `Rally for the
    // Republic`: a party; a rally held has a year or is written in lower
    // case (`Unite the Right rally`), and one capitalised and undated is
    // a party's name or a race's (`Dakar Rally`).
    if bare.contains("Rally")
        && head_noun(bare).is_some_and(|h| h == "Rally")
        && !bare.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // `Battles of the American Revolutionary War`: the battles of a war
    // gathered on one page, not one event (`Battles of Saratoga` is one).
    if let Some((head, object)) = bare.split_once(" of ") {
        let plural = matches!(
            head.split_whitespace().last(),
            Some("Battles" | "Sieges" | "Campaigns")
        );
        let of_event = object
            .split_whitespace()
            .last()
            .and_then(noun_kind)
            .is_some();
        if plural && of_event {
            return None;
        }
    }
    // `United Nations Security Council and the Iraq War`, `Spain and the
    // American Revolutionary War`: something's part in an event, told on
    // its own page, when nothing before `and the` names an event.
    if let Some((before, _)) = bare.split_once(" and the ") {
        if !before.split_whitespace().any(|w| noun_kind(w).is_some()) {
            return None;
        }
    }
    is_particular(title).then_some(kind)
}

/// `Eastern Front (World War II)`, `Western Front (World War I)`: a front
/// is a theatre of the war its parenthesis names (`Popular Front
/// (France)` is a party).
fn theatre_of_a_war(title: &str, bare: &str) -> Option<EventKind> {
    let war = title[bare.len()..]
        .trim_start()
        .strip_prefix('(')?
        .strip_suffix(')')?;
    let theatre = head_noun_is(bare, &["Front"])
        && title_kind(war).is_some_and(|k| k.with_ancestors().contains(&EventKind::ArmedConflict));
    (theatre && !is_about_events(title)).then_some(EventKind::ArmedConflict)
}

/// A list, an index or a page about how events are told (`Vietnam War in
/// popular culture`), not an event.
fn is_about_events(title: &str) -> bool {
    // (Asked of every link a page has: the first letter first.)
    let first = title.as_bytes().first().map(u8::to_ascii_lowercase);
    NOT_EVENTS
        .iter()
        .filter(|p| p.as_bytes().first().copied() == first)
        .any(|p| crate::text::starts_with_ascii_ci(title.as_bytes(), p.as_bytes()))
        || names_a_thing(title)
        || kind_in_a_place(title)
        || names_a_memorial(title)
        || NOT_EVENT_ENDINGS.iter().any(|e| {
            title.len() > e.len()
                && title.is_char_boundary(title.len() - e.len())
                && title[title.len() - e.len()..].eq_ignore_ascii_case(e)
        })
}

/// `Battle of Britain Memorial Flight`, `Battle of Britain Monument`: a
/// name that goes on past an event's name to what remembers it (a
/// memorial, a museum, a medal, an air force's flight), no event.
fn names_a_memorial(title: &str) -> bool {
    let last = title.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "Memorial" | "Monument" | "Museum" | "Medal" | "Cemetery" | "Stadium" | "Award" | "Clasp"
    ) || last == "Flight" && !title.contains(|c: char| c.is_ascii_digit())
}

/// `Elections in Japan`, `Referendums in Switzerland`: a kind of event in
/// a place, over the years (no year names one of them).
fn kind_in_a_place(title: &str) -> bool {
    let mut words = title.split(' ');
    match (words.next(), words.next()) {
        (Some(first), Some("in")) => {
            first.ends_with('s')
                && noun_kind(first).is_some()
                && !title.contains(|c: char| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// `Revolution (Beatles song)`, `Invasion (2005 TV series)`, `Battle of
/// Kadesh (film)`, `The War of the Worlds (1938 radio drama)`: a title
/// whose parenthesis says what kind of thing it names (a work, a band, a
/// game), no event.
fn names_a_thing(title: &str) -> bool {
    let Some(inner) = title
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" (").map(|(_, p)| p))
    else {
        return false;
    };
    let last = inner.rsplit(' ').next().unwrap_or(inner);
    THING_NOUNS.iter().any(|t| last.eq_ignore_ascii_case(t))
        || matches!(
            last.to_ascii_lowercase().as_str(),
            "series"
                | "miniseries"
                | "episode"
                | "single"
                | "ep"
                | "show"
                | "group"
                | "sculpture"
                // `The War of the Worlds (1938 radio drama)`.
                | "drama"
                | "serial"
                | "broadcast"
                | "podcast"
                | "comic"
                | "story"
                | "ballet"
                | "symphony"
                | "anthem"
                | "hymn"
                | "magazine"
                | "newspaper"
                | "character"
        )
}

/// The head noun: the word before the first preposition (`Battle of X`,
/// `Foreign fighters in X`), else the last word (`2003 Azerbaijani
/// protests`), skipping roman numerals and years (`World War I`).
fn head_noun(title: &str) -> Option<&str> {
    crate::text::with_words(title, |words| head_at(words).map(|i| words[i]))
}

/// Whether a title's [`head_noun`] is one of `nouns` (any case).
fn head_noun_is(title: &str, nouns: &[&str]) -> bool {
    head_noun(title).is_some_and(|h| nouns.iter().any(|n| h.eq_ignore_ascii_case(n)))
}

/// Where [`head_noun`] is among a title's words.
fn head_at(words: &[&str]) -> Option<usize> {
    let is_prep = |w: &str| {
        matches!(
            w,
            "of" | "in"
                | "during"
                | "for"
                | "against"
                | "on"
                | "at"
                | "by"
                | "into"
                | "across"
                | "near"
                | "between"
                | "from"
                | "over"
                | "through"
                | "towards"
                | "toward"
                | "along"
                | "within"
        )
    };
    let is_head = |w: &str| {
        !w.chars()
            .all(|c| c.is_ascii_digit() || c == '–' || c == '-')
            && !matches!(w, "I" | "II" | "III" | "IV" | "V")
    };
    // The words before the first preposition, unless the title starts
    // with one.
    let first = words.first()?;
    if is_prep(first) {
        return words.iter().rposition(|w| is_head(w));
    }
    let mut head = None;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if is_prep(w) {
            // `Republic of the Congo Civil War`, `Kingdom of Italy`: a
            // state's name holds `of`, and the head follows it; so does an
            // institution's (`University of Idaho`).
            if w == "of"
                && head.is_some_and(|h| {
                    STATE_NOUNS.contains(&words[h]) || INSTITUTION_NOUNS.contains(&words[h])
                })
            {
                i += 1;
                if words.get(i) == Some(&"the") {
                    i += 1;
                }
                head = None;
                continue;
            }
            break;
        }
        if is_head(w) {
            head = Some(i);
        }
        i += 1;
    }
    head
}

/// Nouns of institutions whose names go on with `of` (`2022 University of
/// Idaho killings`: the killings, not the university; `2025 Japanese House
/// of Councillors election`: the election of a chamber).
const INSTITUTION_NOUNS: &[&str] = &[
    "University",
    "College",
    "Institute",
    "Academy",
    "Bank",
    "Church",
    "Cathedral",
    "Museum",
    "House",
    "Chamber",
    "Council",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
];

/// Nouns of states whose names go on with `of` (`Republic of the Congo`,
/// `Kingdom of Italy`, `Empire of Japan`).
const STATE_NOUNS: &[&str] = &[
    "Republic",
    "Kingdom",
    "Commonwealth",
    "Principality",
    "Duchy",
    "Sultanate",
    "Emirate",
    "Federation",
    "Empire",
];

/// A title names one particular event when it carries a name or a date
/// besides its head noun: a digit, a word with a capital after the first
/// word (`Battle of al-Bab`), or a first word the gazetteer knows as a
/// place or people (`Raqqa campaign`, `Syrian uprising`).
pub(crate) fn is_particular(title: &str) -> bool {
    let (first, alone, named) = crate::text::with_words(title, |words| {
        let first = words.first().copied().unwrap_or("");
        let rest = words.get(1..).unwrap_or_default();
        (
            first,
            rest.is_empty(),
            rest.iter().any(|w| w.chars().any(char::is_uppercase)),
        )
    });
    // `War`, `Battle`: the name of a kind.
    if alone && noun_kind(first).is_some() {
        return false;
    }
    if title.chars().any(|c| c.is_ascii_digit()) || named {
        return true;
    }
    let g = crate::gazetteer::Gazetteer::bundled();
    // `Israeli–Palestinian conflict`, `Anglo-Dutch wars`: a part naming a
    // place or people.
    let parts: Vec<&str> = first
        .split(['-', '–', '—'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.iter().any(|p| {
        let f = crate::gazetteer::fold(p);
        g.knows_folded(&f) || !g.countries_of_demonym_folded(&f).is_empty()
    }) {
        return true;
    }
    // `Engels air base attack`: a first word that is a name, before words
    // in lower case; not `Civil war` or `Suicide bombing`, which name kinds
    // of events.
    !alone
        && noun_kind(first).is_none()
        && first.starts_with(char::is_uppercase)
        && !GENERIC_FIRST_WORDS
            .iter()
            .any(|w| parts.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// A title without its disambiguating parenthesis (`Battle of Izium (2022)`).
pub fn strip_parenthesis_pub(title: &str) -> &str {
    strip_parenthesis(title)
}

fn strip_parenthesis(title: &str) -> &str {
    if !title.ends_with(')') {
        return title;
    }
    match title.find(" (") {
        Some(p) => &title[..p],
        None => title,
    }
}

/// The class of `strike` by its neighbours: an attack after a weapon
/// (`air strike`, `missile strikes`) or before `against` or `carried out`,
/// else a strike of workers or students.
pub fn strike_kind(before: Option<&str>, after: &[&str]) -> EventKind {
    const WEAPONS: &[&str] = &[
        "air",
        "drone",
        "missile",
        "rocket",
        "military",
        "naval",
        "nuclear",
        "artillery",
        "retaliatory",
        "preemptive",
        "pre-emptive",
        "cruise",
        "precision",
        "bombing",
    ];
    let weapon = before.is_some_and(|b| WEAPONS.iter().any(|w| b.eq_ignore_ascii_case(w)));
    let aimed = matches!(after.first(), Some(&"against") | Some(&"on"))
        || after.windows(2).take(3).any(|w| w == ["carried", "out"]);
    if weapon || aimed {
        EventKind::Attack
    } else {
        EventKind::Protest
    }
}

/// The class of the word at `i` of `words`, reading `strike` by its
/// neighbours.
fn word_kind(words: &[&str], i: usize) -> Option<EventKind> {
    let w = word_proper(words[i]);
    // Lowercased on the stack (no word read below is longer), and its
    // neighbours lowercased only for the words read by them: most words
    // are none of those.
    let mut buf = [0u8; 16];
    let Some(lower) = lowercase_in(w, &mut buf) else {
        return noun_kind(w);
    };
    let before = || i.checked_sub(1).map(|j| words[j].to_ascii_lowercase());
    let after = || -> Vec<String> {
        words[i + 1..]
            .iter()
            .take(3)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
            })
            .collect()
    };
    match lower {
        "strike" | "strikes" => return Some(strike_kind(before().as_deref(), &words[i + 1..])),
        // `a pair of nuclear weapon tests`, `the fifth American nuclear
        // test series`: a test of a weapon took place.
        "test" | "tests"
            if before().is_some_and(|b| {
                matches!(
                    b.as_str(),
                    "nuclear" | "atomic" | "thermonuclear" | "weapon" | "weapons"
                )
            }) =>
        {
            return Some(EventKind::Event);
        }
        // `the killing of 643 civilians`, `the killing of members of the
        // Mau movement`: of many, a massacre; of one (`the killing of
        // George Floyd`), no class.
        "killing" => return killing_of_many(&words[i + 1..]).then_some(EventKind::Massacre),
        // A theatre of war, not a playhouse (`Broadway theatre`).
        "theatre" | "theater" | "theatres" | "theaters" => {
            let after = after();
            let of_war = after.first().is_some_and(|a| a == "of")
                && after[1..]
                    .iter()
                    .any(|a| matches!(a.as_str(), "war" | "world" | "operations" | "the"));
            return of_war.then_some(EventKind::ArmedConflict);
        }
        // A military operation, not one of arithmetic's.
        "operation" | "operations" => {
            const MILITARY: &[&str] = &[
                "military",
                "special",
                "covert",
                "naval",
                "air",
                "amphibious",
                "landing",
                "airborne",
                "combat",
                "counterinsurgency",
                "counter-terrorist",
                "counterterrorism",
                "combined",
                "joint",
                "offensive",
                "defensive",
                "rescue",
                "security",
                "peacekeeping",
            ];
            let before = before();
            let before = before
                .as_deref()
                .map(|b| b.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
            // `a bombing operation by the ... intelligence services`: an
            // attack.
            if matches!(before, Some("bombing" | "sabotage")) {
                return Some(EventKind::Attack);
            }
            return before
                .is_some_and(|b| MILITARY.contains(&b))
                .then_some(EventKind::MilitaryOperation);
        }
        // `Fall of Constantinople`, `Fall of Mosul`: a city taken; `Fall of
        // the Western Roman Empire`, `Fall of the Berlin Wall`: an
        // empire's end or a wall's opening, no battle.
        "fall" => {
            let after = after();
            if after.first().is_some_and(|a| a == "of")
                && after
                    .get(1)
                    .is_some_and(|a| matches!(a.as_str(), "the" | "a" | "an"))
            {
                return None;
            }
        }
        // `the series of events on Sunday, 22 January 1905`: events the
        // sentence dates (not `a series of events that take place in a
        // cell`).
        "events" | "event" => {
            let after = after();
            let dated = after
                .first()
                .is_some_and(|a| matches!(a.as_str(), "on" | "in" | "of" | "during"))
                && after[1..]
                    .iter()
                    .any(|a| a.chars().any(|c| c.is_ascii_digit()));
            // `was an event in Tbilisi, Georgian SSR, when ...`: one event,
            // placed.
            let placed = lower == "event"
                && after.first().is_some_and(|a| a == "in")
                && words
                    .get(i + 2)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            // `a series of events that took place in Mexico City between 9
            // and 19 February 1913`: what happened, told in the past (not
            // `the set of all events that occurred before ...`, `an
            // extinction event which occurred`).
            // (`a sequence of violent events`: one word may qualify them.)
            let of_at = match i.checked_sub(1).map(|j| words[j]) {
                Some("of") => Some(i - 1),
                Some(q) if i >= 3 && words[i - 2] == "of" && q.starts_with(char::is_lowercase) => {
                    Some(i - 2)
                }
                _ => None,
            };
            let in_a_series = of_at.is_some_and(|at| {
                at >= 1
                    && matches!(
                        words[at - 1],
                        "series" | "chain" | "sequence" | "succession"
                    )
            });
            let happened = in_a_series
                && after
                    .first()
                    .is_some_and(|a| matches!(a.as_str(), "that" | "which"))
                && after.get(1).is_some_and(|v| {
                    matches!(v.as_str(), "took" | "occurred" | "happened" | "unfolded")
                });
            return (dated || placed || happened).then_some(EventKind::Event);
        }
        // `a campaign of political repression`, `of state terror`: no
        // military campaign; `a campaign of mainly nonviolent civil
        // disobedience` (the Tithe War), `of protests`: a protest.
        "campaign" | "campaigns" => {
            let after = after();
            let of = |nouns: &[&str]| {
                after.first().is_some_and(|a| a == "of")
                    && after[1..].iter().any(|a| nouns.contains(&a.as_str()))
            };
            const REPRESSION: &[&str] = &[
                "repression",
                "repressions",
                "terror",
                "terrorism",
                "persecution",
                "persecutions",
                "intimidation",
            ];
            // `a violent political repression campaign`: the same, the
            // noun before it.
            let before_noun = before().is_some_and(|b| {
                REPRESSION.contains(&b.trim_matches(|c: char| !c.is_alphanumeric()))
            });
            if of(REPRESSION) || before_noun {
                return Some(EventKind::Event);
            }
            if of(&[
                "disobedience",
                "nonviolent",
                "non-violent",
                // `a campaign of peaceful civil disobedience`.
                "peaceful",
                "passive",
                "protest",
                "protests",
                "boycott",
                "boycotts",
                "demonstrations",
            ]) {
                return Some(EventKind::Protest);
            }
            // `an industrialization campaign`, `a political campaign`: a
            // campaign of another kind than war.
            let civil = before().is_some_and(|b| {
                let b = b.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                b.ends_with("ation")
                    || matches!(
                        b,
                        "political"
                            | "electoral"
                            | "election"
                            | "presidential"
                            | "advertising"
                            | "awareness"
                            | "publicity"
                            | "propaganda"
                            | "public"
                            | "literacy"
                            | "fundraising"
                            | "economic"
                            | "social"
                    )
            });
            if civil {
                return None;
            }
        }
        // `an economic conflict between China and the United States`, `a
        // trade war`, `a political conflict`: a conflict fought with
        // tariffs, votes or words, not arms.
        "conflict" | "conflicts" | "war" | "wars"
            if before().is_some_and(|b| {
                matches!(
                    b.trim_matches(|c: char| !c.is_alphanumeric()),
                    "economic"
                        | "trade"
                        | "tariff"
                        | "currency"
                        | "price"
                        | "commercial"
                        | "political"
                        | "diplomatic"
                        | "legal"
                        | "constitutional"
                        | "ideological"
                )
            }) =>
        {
            return Some(EventKind::Event);
        }
        // `a punitive expedition by a British force`: an army sent; not
        // `an expedition to the South Pole`.
        "expedition" | "expeditions" => {
            let sent = before().is_some_and(|b| {
                matches!(
                    b.trim_matches(|c: char| !c.is_alphanumeric()),
                    "punitive" | "military" | "naval" | "armed"
                )
            });
            return sent.then_some(EventKind::MilitaryOperation);
        }
        // `Bataan Death March`: prisoners driven to death, no protest.
        "march" if before().as_deref() == Some("death") => return Some(EventKind::Massacre),
        // `Sack of Rome`: a city taken and plundered; not `a sack of
        // flour`, which no capital or title makes a name.
        "sack" | "sacking" => {
            let of_a_place = after().first().is_some_and(|a| a == "of")
                && words
                    .get(i + 2)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            return of_a_place.then_some(EventKind::Attack);
        }
        // `Gunpowder Plot`, `20 July plot`, `Ridolfi plot` (after the
        // conspirator's name) as a name; not `a plot of land`.
        "plot" | "plots" => {
            let named = w.starts_with(char::is_uppercase)
                || i.checked_sub(1).map(|j| words[j]).is_some_and(|b| {
                    b.chars().any(|c| c.is_ascii_digit())
                        || b.starts_with(char::is_uppercase)
                            && !matches!(
                                b,
                                "The" | "A" | "An" | "This" | "That" | "Its" | "His" | "Her"
                            )
                });
            return named.then_some(EventKind::Event);
        }
        // A change in how people make, farm or know (`Industrial
        // Revolution`, `Green Revolution`), not one of government.
        "revolution" | "revolutions" if before().as_deref().is_some_and(not_political) => {
            return None
        }
        _ => {}
    }
    noun_kind(w)
}

/// Whether `word` before `revolution` makes it one of an economy, a
/// technique or a science (`Industrial`, `Green`).
pub fn not_political(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    NOT_POLITICAL.contains(&w.as_str())
}

/// Qualifiers of a revolution in an economy, a technique or a science.
const NOT_POLITICAL: &[&str] = &[
    "industrial",
    "scientific",
    "agricultural",
    "green",
    "digital",
    "technological",
    "neolithic",
    "commercial",
    "sexual",
    "information",
    "quantitative",
    "cognitive",
    "urban",
    "financial",
    "consumer",
    "price",
    "keynesian",
    "marginal",
    "educational",
    "demographic",
    "energy",
    "communications",
    "transportation",
    "market",
    "managerial",
    "copernican",
    "chemical",
    "military",
    "artistic",
    "musical",
    "literary",
    "linguistic",
    "computer",
    "internet",
    "mobile",
    "broadband",
    "housing",
    "health",
    "medical",
    "statistical",
];

/// Nouns a lead sentence predicates of things that are no events: `Star
/// Wars is an American media franchise`, `The Cambrian explosion is an
/// interval of time`, `The Industrial Revolution was a transition`.
const THING_NOUNS: &[&str] = &[
    "novel",
    "novella",
    // `a literary work` (not `work`: `a general work stoppage` is a strike).
    "literary",
    "fiction",
    "documentary",
    "book",
    "film",
    "movie",
    "franchise",
    "song",
    // `"Revolution 9" is a recording by the Beatles`.
    "recording",
    "track",
    "storyline",
    "album",
    "game",
    "genre",
    "form",
    "style",
    "technique",
    "tactic",
    "strategy",
    "concept",
    "term",
    "word",
    "theory",
    // `The "War on Christmas" is the claim that`.
    "claim",
    // `The British Invasion was a cultural phenomenon of the mid-1960s`.
    "phenomenon",
    "doctrine",
    "ideology",
    "philosophy",
    "company",
    "organization",
    "organisation",
    "band",
    // `The Coup is an American hip hop group`, `a militant group`.
    "group",
    "city",
    "town",
    "village",
    "region",
    "country",
    "building",
    "monument",
    "memorial",
    "museum",
    "university",
    "school",
    "transition",
    "era",
    "process",
    "type",
    "kind",
    "branch",
    "field",
    "discipline",
    "practice",
    "use",
    "method",
    "system",
    "programme",
    "program",
    // A sporting contest, whatever war its name borrows (`The Battle of
    // the Sexes was a tennis match`): no event of ours.
    "match",
    "bout",
    "agreement",
    "agreements",
    "treaty",
    "treaties",
    "accord",
    "accords",
    "pact",
    "protocol",
    "document",
    "law",
    "interval",
    "painting",
    "photograph",
    // `a Japanese manga series`, `a television series` (`a series of
    // protests` goes on to what it is of).
    "series",
    "manga",
    "anime",
    "sitcom",
    "poem",
    "play",
    "opera",
    "musical",
    "magazine",
    "newspaper",
    "website",
    "character",
    "ship",
    "aircraft",
    "weapon",
    "rifle",
    "tank",
    "vehicle",
    "unit",
    "brigade",
    "regiment",
    "division",
    // `the code name for the plan for an invasion of the United Kingdom`:
    // a plan, carried out or not, is told as what it was of elsewhere.
    "plan",
    "plans",
    "proposal",
];

/// Nouns of contests held again and again: what a lead in the present
/// tense says its subject is (`Battle of the Nations is an international
/// historical medieval battles world championship`), no event; in the
/// past tense one was held (`was the eighth round of the 2008 MotoGP
/// championship`, `The 1966 FIFA World Cup was ... a quadrennial football
/// tournament`).
const RECURRING: &[&str] = &[
    "championship",
    "championships",
    "tournament",
    "tournaments",
    "competition",
    "contest",
    "festival",
    "league",
];

/// Nouns whose `of` leads on to what they gather: `a series of protests`.
pub(crate) const GATHERING_NOUNS: &[&str] = &[
    "series",
    "pair",
    // `a few days of skirmishes`, `a day of riots in Georgetown`.
    "day",
    "days",
    "night",
    "week",
    "weeks",
    "wave",
    "waves",
    "sequence",
    "set",
    "number",
    "chain",
    "succession",
    "cycle",
    "string",
    "period",
    "spate",
    "round",
    "phase",
    "part",
    "episode",
    "outbreak",
];

/// Words that end the noun phrase a lead sentence predicates.
fn ends_phrase(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    // `a 1966 war film co-written and directed by`: a participle of making
    // after a prefix.
    if lower
        .rsplit_once('-')
        .is_some_and(|(_, made)| matches!(made, "written" | "directed" | "produced" | "created"))
    {
        return true;
    }
    matches!(
        lower.as_str(),
        "of" | "in"
            | "on"
            | "at"
            | "between"
            | "that"
            | "which"
            | "who"
            | "whose"
            | "where"
            | "when"
            | "from"
            | "by"
            | "against"
            | "during"
            | "with"
            | "to"
            | "for"
            // `a territorial conflict over the Kashmir region`: what it
            // was over is no part of the noun phrase.
            | "over"
            // `a special election permitted under California state law`.
            | "under"
            | "upon"
            | "via"
            | "despite"
            | "along"
            | "toward"
            | "towards"
            | "beyond"
            | "among"
            | "across"
            | "throughout"
            | "amid"
            | "within"
            | "about"
            | "fought"
            | "waged"
            // `a popular revolt beginning in Yorkshire`: a participle
            // that opens what is said of the phrase.
            | "beginning"
            | "starting"
            | "lasting"
            | "spanning"
            | "occurring"
            | "taking"
            | "ending"
            | "spreading"
            | "culminating"
            | "resulting"
            | "led"
            | "involving"
            | "launched"
            | "carried"
            | "initiated"
            | "and"
            | "or"
            | "as"
            | "after"
            | "before"
            | "since"
            | "until"
            | "created"
            | "written"
            | "directed"
            | "produced"
            | "starring"
            | "published"
            | "founded"
            | "built"
            | "located"
            | "based"
    )
}

/// A past participle after a noun opens what is said of it (`a special
/// election permitted under ... law`, `a riot sparked by`, `an election
/// held on`); before a noun it modifies (`an armed conflict`), which is
/// why this is asked only of the word after an event noun.
fn is_participle(w: &str) -> bool {
    matches!(
        w,
        "held" | "known" | "fought" | "won" | "lost" | "seen" | "begun" | "led"
    ) || w.len() >= 6 && w.ends_with("ed") && w != "hundred"
}

/// What the noun phrase after a lead sentence's verb heads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LeadHead {
    Event(EventKind),
    /// A kind of thing that is no event (`novel`, `interval`).
    Thing,
    /// A stretch of time and what filled it (`a period of international
    /// geopolitical rivalry`, `a phase of rapid scientific discovery`),
    /// no event of the kind its name says (`Cold War`).
    Period,
    /// A movement of no protests the lead names (`a ... global
    /// environmental movement`, `a sociopolitical movement`).
    Movement,
}

/// Nouns of a stretch of time.
const PERIOD_NOUNS: &[&str] = &[
    "period", "era", "epoch", "age", "phase", "time", "day", "days", "night",
];

fn is_period(w: &str) -> bool {
    PERIOD_NOUNS.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// The event noun the lead sentence predicates of its subject, as the
/// head of the noun phrase after the verb: `X was a series of opposition
/// demonstrations` gives Protest, `X was an American general who fought in
/// the war` gives nothing.
pub fn lead_kind(sentence: &str) -> Option<EventKind> {
    match lead_head(sentence)? {
        LeadHead::Event(k) => Some(k),
        LeadHead::Thing | LeadHead::Period | LeadHead::Movement => None,
    }
}

fn lead_head(sentence: &str) -> Option<LeadHead> {
    let (subject, predicate) = split_predicate(sentence)?;
    // `A civil war is a war ...` defines a kind of thing, not an event.
    if subject.starts_with("A ") || subject.starts_with("An ") {
        return None;
    }
    let words: Vec<&str> = predicate.split_whitespace().take(24).collect();
    let mut i = 0;
    // Determiners and quantifiers before the phrase; `one of the main
    // theatres`: what it is one of.
    loop {
        let w = words.get(i).map(|w| w.to_ascii_lowercase());
        match w.as_deref() {
            Some(
                "a" | "an" | "the" | "two" | "three" | "four" | "several" | "many" | "main"
                | "major",
            ) => i += 1,
            Some("one" | "some" | "part" | "among") if words.get(i + 1) == Some(&"of") => i += 2,
            // `Evil May Day is the name of a xenophobic riot`, `... the name
            // given to the riots`: what the name is of.
            Some("name") if words.get(i + 1) == Some(&"of") => i += 2,
            Some("name") if words.get(i + 1..i + 3) == Some(&["given", "to"][..]) => i += 3,
            _ => break,
        }
    }
    let mut last: Option<&str> = None;
    // The words of the phrase so far.
    let mut phrase: Vec<&str> = Vec::new();
    // Whether the phrase heads a stretch of time, and what a phrase that
    // ends without an event noun heads.
    let mut period = false;
    // `German reunification was the process of ...`: a process told in
    // the past, of a particular subject, is what happened; `Photosynthesis
    // is a process` is a kind of thing.
    let past = copula(sentence).is_some_and(|v| matches!(v, "was" | "were"));
    let ended = |phrase: &[&str], period: bool| {
        if phrase.iter().any(|l| {
            THING_NOUNS.iter().any(|t| l.eq_ignore_ascii_case(t))
                && !(past && l.eq_ignore_ascii_case("process"))
                || !past && RECURRING.iter().any(|t| l.eq_ignore_ascii_case(t))
        }) {
            Some(LeadHead::Thing)
        } else if period || phrase.iter().any(|l| is_period(l)) {
            Some(LeadHead::Period)
        } else if phrase.last().is_some_and(|l| {
            l.eq_ignore_ascii_case("movement") || l.eq_ignore_ascii_case("movements")
        }) {
            Some(LeadHead::Movement)
        } else {
            None
        }
    };
    // `The Cry of Pugad Lawin was the beginning of the Philippine
    // Revolution`: the start of a named event is an event of its own.
    if let [first, of, rest @ ..] = &words[i..] {
        let begins = matches!(
            first.to_ascii_lowercase().as_str(),
            "beginning" | "start" | "onset"
        ) && *of == "of";
        let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
        let name: Vec<&str> = rest
            .iter()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .copied()
            .collect();
        let named_event = name.len() >= 2
            && name
                .last()
                .is_some_and(|l| noun_kind(l.trim_end_matches([',', '.', ';', ':'])).is_some());
        if begins && named_event {
            return Some(LeadHead::Event(EventKind::Event));
        }
    }
    while i < words.len() {
        let raw = words[i];
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        // Words of a name (`the World War II meeting`) head nothing.
        let named = w.starts_with(char::is_uppercase);
        if !named {
            // `was the annexation of Austria into Nazi Germany`: what a
            // lead predicates, though in prose such a phrase names nothing
            // (see `title_head_kind`).
            let predicated = || STATE_CHANGES.contains(&w).then_some(EventKind::Event);
            if let Some(kind) = word_kind(&words, i).or_else(predicated) {
                // `a fictional battle in J. R. R. Tolkien's The Lord of the
                // Rings`: a story's event, no event of ours.
                // `a proposed invasion`: one that did not take place (or
                // not yet; a `planned` one may have been carried out).
                if phrase.iter().any(|p| {
                    matches!(
                        p.to_ascii_lowercase().as_str(),
                        "fictional"
                            | "fictitious"
                            | "imaginary"
                            | "proposed"
                            | "hypothetical"
                            | "unrealized"
                            | "unrealised"
                    )
                }) {
                    return Some(LeadHead::Thing);
                }
                // `an operations room`: a noun before another noun is no head.
                let next = words
                    .get(i + 1)
                    .map(|n| n.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
                let modifies = !raw.ends_with([',', ';', ':', '.'])
                    && next.is_some_and(|n| {
                        n.starts_with(char::is_lowercase) && !ends_phrase(n) && !is_participle(n)
                    });
                // `a protest movement`: a movement of protests (`a
                // liberation movement` is an organisation, no battle).
                let of_protests = kind == EventKind::Protest
                    && next.is_some_and(|n| matches!(n, "movement" | "movements"));
                // `a failed coup attempt`: an attempt at what the noun
                // names (as a title's `2016 Turkish coup attempt`); `a
                // nuclear test series`: a series of them.
                let attempted =
                    next.is_some_and(|n| matches!(n, "attempt" | "attempts" | "series"));
                // `the violent intervention of miners ... against
                // protesters`: an intervention is armed where the lead
                // says so (`a Dutch military intervention`).
                let unarmed = w == "intervention" && !has_arms(&words.join(" "));
                if !modifies || of_protests || attempted {
                    return Some(LeadHead::Event(if unarmed {
                        EventKind::Event
                    } else {
                        kind
                    }));
                }
            }
        }
        if ends_phrase(w) {
            // `a non-violent transition of power`: a change of government,
            // no process of the kind a `transition` is elsewhere (`the
            // wide-scale transition of many human cultures`).
            if w.eq_ignore_ascii_case("of")
                && last.is_some_and(|l| matches!(l, "transition" | "transfer"))
                && words.get(i + 1).is_some_and(|n| n.starts_with("power"))
            {
                return None;
            }
            // `a term used to describe a few days of skirmishes`: what
            // the term names.
            if w == "to"
                && last == Some("used")
                && phrase.iter().any(|p| p.eq_ignore_ascii_case("term"))
                && words
                    .get(i + 1)
                    .is_some_and(|n| matches!(*n, "describe" | "refer" | "denote" | "designate"))
            {
                i += 2;
                if words.get(i) == Some(&"to") {
                    i += 1;
                }
                phrase.clear();
                while i < words.len() && matches!(words[i], "a" | "an" | "the") {
                    i += 1;
                }
                continue;
            }
            // `a failed attempt to start a revolution`: an attempt at what
            // it set out to start.
            if w == "to"
                && last.is_some_and(|l| matches!(l, "attempt" | "attempts"))
                && words.get(i + 1).is_some_and(|v| {
                    matches!(
                        *v,
                        "start" | "begin" | "launch" | "stage" | "spark" | "incite" | "foment"
                    )
                })
                && words
                    .get(i + 2)
                    .is_some_and(|d| matches!(*d, "a" | "an" | "the"))
            {
                i += 3;
                phrase.clear();
                continue;
            }
            // `series of`: go on to what the series is of; `a common name
            // for the 17–20 May 1992 popular protest`: to what is named.
            // `an umbrella term for a series of protracted armed
            // conflicts`: a term for particular events.
            let names_one = matches!(w, "for" | "to")
                && (last.is_some_and(|l| matches!(l, "name" | "names" | "given"))
                    && words.get(i + 1) == Some(&"the")
                    || last == Some("term")
                        && words.get(i + 1) == Some(&"a")
                        && words
                            .get(i + 2)
                            .is_some_and(|g| GATHERING_NOUNS.contains(g)));
            // `the ninth episode of the sixth season of ... Game of
            // Thrones`: an episode of a show.
            if w == "of"
                && last == Some("episode")
                && words[i + 1..]
                    .iter()
                    .take(4)
                    .any(|n| matches!(*n, "season" | "series" | "show" | "podcast"))
            {
                return Some(LeadHead::Thing);
            }
            let gathers = names_one
                || w.eq_ignore_ascii_case("of")
                    && last
                        .is_some_and(|l| GATHERING_NOUNS.iter().any(|g| l.eq_ignore_ascii_case(g)));
            period |= gathers && last.is_some_and(is_period);
            // `a 1987 arcade game developed and published by Taito`: the
            // phrase ended at the participles, joined by `and`.
            let joins_participles = (w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
                && last.is_some_and(is_participle)
                && phrase.len() > 1;
            if joins_participles
                && ended(&phrase[..phrase.len() - 1], period) == Some(LeadHead::Thing)
            {
                return Some(LeadHead::Thing);
            }
            if gathers || w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or") {
                phrase.clear();
                i += 1;
                while i < words.len() && matches!(words[i], "a" | "an" | "the") {
                    i += 1;
                }
                continue;
            }
            // `a nationwide pro-democracy movement in South Korea that
            // generated mass protests`, `a political movement which grew
            // out of student protests`: a movement told by its protests.
            if last.is_some_and(|l| l.eq_ignore_ascii_case("movement"))
                && movement_of_protests(&words[i..])
            {
                return Some(LeadHead::Event(EventKind::Protest));
            }
            return ended(&phrase, period);
        }
        phrase.push(w);
        // `a series of social, political, cultural and military
        // conflicts`: a list of words before one noun goes on past its
        // commas.
        let listed = raw.ends_with(',') && words_listed(&words[i + 1..]);
        if raw.ends_with([',', ';', ':', '.']) && !listed {
            return ended(&phrase, period);
        }
        last = Some(w);
        i += 1;
    }
    None
}

/// A predicate of what was proposed, not done (`a proposed false flag
/// operation`, `a hypothetical ...`).
fn proposed(predicate: &str) -> bool {
    let mut words = predicate
        .split_whitespace()
        .skip_while(|w| matches!(*w, "a" | "an" | "the"));
    matches!(
        words.next(),
        Some("proposed" | "hypothetical" | "unrealized" | "unrealised" | "contingency")
    )
}

/// A sentence that says its subject never took place (`It was never
/// carried out.`, `The plan was never implemented.`).
fn never_done(sentence: &str) -> bool {
    let s = sentence.trim_start();
    (s.starts_with("It ") || s.starts_with("The "))
        && [
            "was never carried out",
            "was never executed",
            "was never implemented",
            "was never launched",
            "was never put into effect",
            "was never put into action",
            "never took place",
        ]
        .iter()
        .any(|m| s.contains(m))
}

/// A title of common words ending in `revolution` in lower case, none of
/// them a place's or a people's name or a number (`Shale gas revolution`).
fn figurative_revolution(title: &str) -> bool {
    let words: Vec<&str> = title.split(' ').collect();
    let g = crate::gazetteer::Gazetteer::bundled();
    words.len() >= 2
        && words.last() == Some(&"revolution")
        && !title.contains(|c: char| c.is_ascii_digit())
        && words[1..].iter().all(|w| w.starts_with(char::is_lowercase))
        && words[..words.len() - 1].iter().all(|w| {
            let f = crate::gazetteer::fold(w);
            !g.knows_folded(&f) && g.countries_of_demonym_folded(&f).is_empty()
        })
}

/// Whether `sentence` writes the title of a war (or its singular) with
/// the title's capitalised first word in lower case, past the sentence's
/// first word: a title of common nouns (`Cola wars`: `The cola wars are`;
/// `Browser wars`: `A browser war is`), no war's name. Only for titles
/// ending in `war` or `wars`, of a first word that is no event noun, no
/// year and no capitalised word after it.
fn writes_title_in_lower_case(sentence: &str, title: &str) -> bool {
    let mut words = title.split(' ');
    let Some(first) = words.next() else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    if !matches!(rest.last(), Some(&("war" | "wars")))
        || !first.starts_with(|c: char| c.is_ascii_uppercase())
        || first[1..].contains(|c: char| c.is_uppercase())
        || noun_kind(first).is_some()
        || rest
            .iter()
            .any(|w| !w.starts_with(|c: char| c.is_ascii_lowercase()))
    {
        return false;
    }
    let lower = format!("{}{}", first[..1].to_ascii_lowercase(), &first[1..]);
    let phrase = format!(" {lower} {}", rest.join(" "));
    let singular = phrase.strip_suffix('s');
    let at = |p: &str| {
        sentence
            .match_indices(p)
            .any(|(i, _)| sentence[i + p.len()..].starts_with([' ', ',', '.', ';', ':']))
    };
    at(&phrase) || singular.is_some_and(at)
}

/// Whether the words after a comma go on with a list of single lower-case
/// words to its `and` or `or` (`political, cultural and military`).
fn words_listed(rest: &[&str]) -> bool {
    for (k, w) in rest.iter().enumerate().take(6) {
        if !w.starts_with(char::is_lowercase) {
            return false;
        }
        if matches!(*w, "and" | "or") {
            return k > 0;
        }
        if !w.ends_with(',') {
            return rest.get(k + 1).is_some_and(|n| matches!(*n, "and" | "or"));
        }
    }
    false
}

/// Whether the words after `killing` tell of many killed: `of` and, before
/// the clause goes on (`by`, `in`, `on` ...), a count of more than two, a
/// word of hundreds or thousands, or a plural noun (`members`, `people`).
fn killing_of_many(rest: &[&str]) -> bool {
    const MANY: &[&str] = &[
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "tens",
        "people",
        "men",
        "women",
        "children",
    ];
    if rest.first() != Some(&"of") {
        return false;
    }
    // `the killing of two United States Army officers`: one or two are
    // no massacre, whatever noun follows (as `2` is not, below).
    if rest[1..].iter().find(|w| **w != "the").is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "one" | "two" | "a" | "an" | "both"
        )
    }) {
        return false;
    }
    let mut ended = false;
    rest[1..]
        .iter()
        .take(8)
        .take_while(|w| {
            !std::mem::replace(&mut ended, w.ends_with([',', ';', ':', '.']))
                && !matches!(
                    **w,
                    "by" | "in"
                        | "on"
                        | "at"
                        | "during"
                        | "near"
                        | "from"
                        | "who"
                        | "that"
                        | "which"
                )
        })
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.replace(',', "").parse::<u64>().is_ok_and(|n| n > 2)
                || MANY.contains(&w)
                || w.len() > 4
                    && w.starts_with(char::is_lowercase)
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("'s")
        })
}

/// After a movement's noun: a `that`/`which` within a few words (past
/// where: `in South Korea that`), a verb of making or coming from
/// (`generated`, `staged`, `grew out of`, `began with`), and protests
/// (a plural protest noun) within a few words after it.
fn movement_of_protests(rest: &[&str]) -> bool {
    let Some(which) = rest
        .iter()
        .take(6)
        .position(|w| matches!(*w, "that" | "which"))
    else {
        return false;
    };
    let after = &rest[which + 1..];
    let verb = match after {
        [v, ..]
            if matches!(
                *v,
                "generated" | "staged" | "organized" | "organised" | "held"
            ) =>
        {
            1
        }
        [a, b, c, ..]
            if [*a, *b, *c] == ["grew", "out", "of"] || [*a, *b, *c] == ["arose", "out", "of"] =>
        {
            3
        }
        [a, b, ..] if matches!(*a, "began" | "started") && *b == "with" => 2,
        _ => return false,
    };
    after[verb..].iter().take(4).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        w.ends_with('s') && noun_kind(w) == Some(EventKind::Protest)
    })
}

/// Whether a subject gives its event another name of a named operation
/// (`, also known as Operation Valentine,`, `codenamed Operation Fork`).
fn names_an_operation(subject: &str) -> bool {
    [
        "known as ",
        "codenamed ",
        "code-named ",
        "code named ",
        "codename ",
    ]
    .iter()
    .any(|m| {
        subject.match_indices(m).any(|(at, _)| {
            subject[at + m.len()..]
                .strip_prefix("Operation ")
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
    })
}

/// The subject of a sentence: what stands before its first copula.
pub fn subject_of(sentence: &str) -> Option<&str> {
    split_predicate(sentence).map(|(s, _)| s)
}

/// A sentence's subject and what follows its first copula (`was`, `is`,
/// `were`, `are`, `refers to`).
fn split_predicate(sentence: &str) -> Option<(&str, &str)> {
    let (at, copula) = first_copula(sentence)?;
    Some((&sentence[..at], &sentence[at + copula.len()..]))
}

/// The first copula of a sentence (`was`, `is`, `were`, `are`, `refers
/// to`), trimmed.
fn copula(sentence: &str) -> Option<&'static str> {
    first_copula(sentence).map(|(_, v)| v.trim())
}

fn first_copula(sentence: &str) -> Option<(usize, &'static str)> {
    // ASCII case only, so that an index into `lower` is one into
    // `sentence` (`İ` lower-cases longer).
    let lower = sentence.to_ascii_lowercase();
    [" was ", " is ", " were ", " are ", " refers to "]
        .iter()
        .filter_map(|v| lower.find(v).map(|p| (p, *v)))
        .min()
}

/// How a lead sentence's subject names the article's own title.
#[derive(Clone, Copy, PartialEq)]
enum Subject {
    /// The title itself (`The Arab Spring, also known as ..., was`).
    Title,
    /// The title and the date it is named with (`The Rum Rebellion of
    /// 1808 was`): what the lead predicates is the title's, though the
    /// subject says more than the title.
    DatedTitle,
    Other,
}

/// Whether a lead sentence's subject is the article's own title, so that
/// what it predicates is said of the article's subject.
fn subject_of_lead(sentence: &str, title: &str) -> Subject {
    let Some((subject, _)) = split_predicate(sentence) else {
        return Subject::Other;
    };
    let head = subject
        .split([',', '(', ';'])
        .next()
        .unwrap_or("")
        .split(" or ")
        .next()
        .unwrap_or("")
        // `"Battle of the Bastards" is the ninth episode`: a work's title
        // in quotes; `The "War on Christmas" is the claim`: a phrase.
        .trim();
    let fold = |t: &str| crate::gazetteer::fold(t);
    let unquoted = head.replace(['"', '“', '”'], "");
    let (h, t) = (fold(&unquoted), fold(strip_parenthesis(title)));
    // `2003 Bolivian gas conflict`, told as `The Bolivian gas conflict`.
    let t = match t.split_once(' ') {
        Some((year, rest))
            if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && h == rest =>
        {
            rest.to_owned()
        }
        _ => t,
    };
    if !h.is_empty() && (h == t || (t.starts_with(&h) && h.len() * 2 > t.len())) {
        return Subject::Title;
    }
    // Another name the subject gives itself, folded: what follows `known
    // as`, `referred to as`, `called` or `or`, up to a mark.
    let other_name = |rest: &str| {
        let rest = rest.trim_start();
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let name = rest
            .split([',', '(', ';', ')'])
            .next()
            .unwrap_or("")
            .split(" or ")
            .next()
            .unwrap_or("")
            .trim()
            .replace(['"', '“', '”'], "");
        fold(&name)
    };
    // `The 2012 Quebec student protests, sometimes referred to as the
    // Maple Spring, were`: a page titled by its subject's other name.
    let aliased = [" known as ", " referred to as ", " called "]
        .iter()
        .filter_map(|m| subject.split_once(m).map(|(_, rest)| rest))
        .any(|rest| other_name(rest) == t);
    // `The Qey Shibir, or Ethiopian Red Terror, was` (`Red Terror
    // (Ethiopia)`): the title's own name after `or`, or the title after
    // the demonym of the place its parenthesis names.
    let or_named = subject.split(" or ").skip(1).any(|rest| {
        let name = other_name(rest);
        !name.is_empty() && (name == t || demonym_before_title(&name, &t, title))
    });
    if aliased || or_named {
        return Subject::Title;
    }
    // `The Great Cat Massacre and Other Episodes in French Cultural
    // History is a 1984 book`: the title is the start of its subject's
    // longer name.
    if h.strip_prefix(t.as_str())
        .is_some_and(|rest| rest.starts_with(" and "))
    {
        return Subject::Title;
    }
    // `The Rum Rebellion of 1808`, `The Siege of Vienna in 1529`: the
    // title and the date it is named with.
    let dated = h.strip_prefix(t.as_str()).is_some_and(|rest| {
        [" of ", " in ", " on "].iter().any(|l| {
            rest.strip_prefix(l).is_some_and(|d| {
                d.starts_with(|c: char| c.is_ascii_digit())
                    || d.split(' ')
                        .next()
                        .is_some_and(crate::values::date::is_month_name)
            })
        })
    });
    if dated {
        Subject::DatedTitle
    } else {
        Subject::Other
    }
}

/// Whether `alias` (folded) is the folded title `t` after the demonym of
/// the country the title's parenthesis names (`ethiopian red terror` for
/// `Red Terror (Ethiopia)`).
fn demonym_before_title(alias: &str, t: &str, title: &str) -> bool {
    let Some(place) = title
        .strip_suffix(')')
        .and_then(|x| x.rsplit_once(" (").map(|(_, p)| p))
    else {
        return false;
    };
    let Some(demonym) = alias.strip_suffix(t).and_then(|d| d.strip_suffix(' ')) else {
        return false;
    };
    let g = crate::gazetteer::Gazetteer::bundled();
    let by_demonym = g.countries_of_demonym_folded(demonym);
    g.countries_named(place)
        .iter()
        .any(|c| by_demonym.iter().any(|d| d.iso2 == c.iso2))
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
    classify_from(doc, m).map(|(k, _)| k)
}

/// The class of the event an article is about and where it was read.
pub fn classify_from(doc: &Document, m: &Mappings) -> Option<(EventKind, ReadFrom)> {
    if is_about_events(&doc.title) {
        return None;
    }
    let bare = strip_parenthesis(&doc.title);
    let mut head = title_head_kind(bare);
    if head == Some(EventKind::Event) && explosion_is_attack(bare, doc) {
        head = Some(EventKind::Attack);
    }
    let particular = is_particular(&doc.title);
    // Under an infobox of conflicts, a named operation is one (`Operation
    // Barbarossa`).
    let operation = is_named_operation(bare).then_some(EventKind::MilitaryOperation);
    // The infobox template's class, which the title may refine
    // (`Infobox civil conflict` on `... riots` is a riot; `Infobox military
    // conflict` on `... invasion` an invasion).
    if let Some(t) = doc.infobox_template.as_deref().and_then(|t| m.template(t)) {
        return match page_class(&t.class) {
            Some(PageClass::Event(kind)) => Some(match operation.or(head) {
                // `The Battle of Brisbane was a riot`, under `Infobox civil
                // conflict`: a battle its lead calls a riot or protests was
                // one, not the armed conflict its title's noun says.
                Some(EventKind::ArmedConflict)
                    if kind != EventKind::ArmedConflict
                        && let Some(k) = riot_said_of(doc) =>
                {
                    (k, ReadFrom::Lead)
                }
                Some(h) if t.title_may_refine_to.iter().any(|c| c == h.class()) => {
                    (h, ReadFrom::Title)
                }
                // A more specific class under the template's own.
                Some(h) if h != kind && h.with_ancestors().contains(&kind) => (h, ReadFrom::Title),
                _ => (kind, ReadFrom::Infobox),
            }),
            // A country, a city, a person: not an event.
            _ => None,
        };
    }
    let sentence = doc.first_sentence();
    // What the first sentence says its subject was (after `was`, `is`).
    let predicate = sentence.and_then(split_predicate).map(|(_, p)| p);
    // `A battle of the bands is a contest in which ...`: the lead defines
    // a kind of thing the title names, no one event.
    if sentence.is_some_and(|s| defines_a_kind(s, bare)) {
        return None;
    }
    // `The cola wars are a campaign of ... advertisements`, `A browser
    // war is a competition`: a lead that writes a war's title with its
    // capitalised first word in lower case takes it for no name, and the
    // war for a figure of speech (named wars keep their capitals: `the Pig
    // War`; `the yellow vests protests` were protests all the same).
    if sentence.is_some_and(|s| writes_title_in_lower_case(s, bare)) {
        return None;
    }
    // What the lead sentence predicates, and whether of the page's subject.
    let head_of_lead = sentence.and_then(lead_head);
    // `Shale gas revolution`, `Printing revolution`: a revolution in lower
    // case after words that name no place, people or year, whose lead
    // names no event, is a great change of some craft or trade, no
    // state's (the `Egyptian revolution of 2011` names its people).
    if head == Some(EventKind::Revolution)
        && figurative_revolution(bare)
        && !matches!(head_of_lead, Some(LeadHead::Event(_)))
    {
        return None;
    }
    let subject = sentence.map_or(Subject::Other, |s| subject_of_lead(s, &doc.title));
    let of_title = subject == Subject::Title;
    // `Star Wars is an American media franchise`: the lead says what the
    // page is about, and it is no event, whatever the title's words.
    if of_title && head_of_lead == Some(LeadHead::Thing) {
        return None;
    }
    let lead = match head_of_lead {
        // `Bloody May Day was a violent clash between protesters and
        // police`: a fight of police and civilians, naming no arms, is a
        // riot.
        Some(LeadHead::Event(EventKind::ArmedConflict))
            if predicate.is_some_and(police_and_people) =>
        {
            Some(EventKind::Riot)
        }
        Some(LeadHead::Event(k)) => Some(k),
        _ => None,
    };
    // What the lead predicates of the article's own subject.
    // (`The Rum Rebellion of 1808 was a coup d'état`: of the title too.)
    let lead_of_title = lead
        .filter(|_| subject != Subject::Other)
        .map(|k| (k, ReadFrom::Lead));
    if let Some(op) = title_kind(&doc.title).filter(|k| *k == EventKind::MilitaryOperation) {
        if head.is_none() {
            // `Operation Condor was a campaign of political repression`:
            // the lead says it was no military action.
            if let Some((EventKind::Event, from)) = lead_of_title {
                return Some((EventKind::Event, from));
            }
            // `Operation Car Wash ... was a criminal investigation by the
            // Federal Police of Brazil`: a lead that names no event and no
            // arms says the operation was none of war (`Operation Polo was
            // the code name of the Hyderabad "police action" ... It was a
            // military operation`: its next sentence may).
            let (_, next) = first_two_sentences(doc);
            // `Operation Pied Piper, which began on 1 September 1939,
            // officially relocated more than 3.5 million people`: a lead
            // with no copula tells what its subject did; `during World
            // War II`: a war's name tells when, not that arms were used.
            let did = sentence
                .filter(|_| predicate.is_none())
                .and_then(|s| s.strip_prefix(bare))
                .filter(|rest| rest.starts_with([' ', ',']));
            let told = predicate.or(did);
            if (of_title || did.is_some())
                && lead_of_title.is_none()
                && told.is_some_and(|p| !tells_of_arms(p))
                && !tells_of_arms(next)
            {
                return None;
            }
            // `Operation Northwoods was a proposed false flag operation ...
            // It was never carried out.`: an operation that did not take
            // place.
            if of_title && (predicate.is_some_and(proposed) || never_done(next)) {
                return None;
            }
            return Some((op, ReadFrom::Title));
        }
    }
    // `The Cold War was a period of international geopolitical rivalry`:
    // an event, not the war its name says (a war's lead says it was a war
    // or a conflict; a revolution's may well be `a period of political
    // change`).
    let period_of_title = of_title && head_of_lead == Some(LeadHead::Period);
    let present = sentence
        .and_then(copula)
        .is_some_and(|v| matches!(v, "is" | "are"));
    // `Aircraft hijacking ... is the unlawful seizure of an aircraft by an
    // individual or a group`: a title of common nouns whose lead defines
    // a kind of event, naming no one, no place and no year (`The war on
    // terror ... is a global military campaign launched by the United
    // States` names one).
    let common_title = bare
        .split_whitespace()
        .skip(1)
        .all(|w| w.starts_with(char::is_lowercase))
        && !bare.contains(|c: char| c.is_ascii_digit());
    if head.is_some() && of_title && present && common_title && predicate.is_some_and(names_no_one)
    {
        return None;
    }
    // `The British occupation of the Faroe Islands, also known as
    // Operation Valentine, was carried out in ...`: a subject whose other
    // name is a named operation, where neither the title's noun nor the
    // lead's says what it was, is that operation.
    if head.is_none()
        && lead_of_title.is_none()
        && of_title
        && sentence
            .and_then(subject_of)
            .is_some_and(names_an_operation)
    {
        return Some((EventKind::MilitaryOperation, ReadFrom::Lead));
    }
    // `The Halloween Massacre was a major reorganization of the cabinet`,
    // `The Saturday Night Massacre was a series of events`: a massacre
    // whose lead tells of no killing is a figure of speech; the event is
    // what the lead says it was, if it says it was one.
    if head == Some(EventKind::Massacre)
        && of_title
        && predicate.is_some()
        && lead_of_title.is_none_or(|(k, _)| k == EventKind::Event)
        && !doc
            .first_paragraph()
            .is_some_and(|p| tells_of_killing(&p.text))
    {
        return lead_of_title;
    }
    match head {
        // `2024 Okhmatdyt hospital strike`: `On 8 July 2024, a Russian
        // Kh-101 cruise missile struck the Okhmatdyt children's hospital`:
        // a strike whose lead tells of weapons and of no workers is an
        // attack.
        Some(EventKind::Protest)
            if particular
                && head_noun_is(bare, &["strike", "strikes"])
                && sentence.is_some_and(struck_by_weapons) =>
        {
            Some((EventKind::Attack, ReadFrom::Lead))
        }
        // `Extinction Rebellion ... is a UK-founded global environmental
        // movement`: a movement that goes on is an organisation, no
        // rising (`The Cuban Revolution was the military and political
        // movement that overthrew ...`: one that was is the revolution
        // its name says; `Black Protest is a movement in Poland`: a
        // protest is one of a movement).
        Some(kind)
            if particular
                && of_title
                && present
                && kind != EventKind::Protest
                && head_of_lead == Some(LeadHead::Movement) =>
        {
            None
        }
        // `The Battle of Orgreave was a violent confrontation ... between
        // police and picketers`: a battle of police and civilians, fought
        // with no arms the lead names, is a riot.
        Some(EventKind::ArmedConflict)
            if particular && of_title && predicate.is_some_and(police_and_people) =>
        {
            Some((EventKind::Riot, ReadFrom::Lead))
        }
        // `The Battle of Lewisham took place on 13 August 1977, when ...
        // members of the National Front attempted to march ..., and
        // thousands of counter-protesters clashed with them and with the
        // police`: a battle whose lead names no kind of event, told of
        // marchers, protesters and police and of no arms, is a riot.
        Some(EventKind::ArmedConflict)
            if particular
                && lead_of_title.is_none()
                && head_of_lead.is_none()
                && sentence.is_some_and(|s| crowd_and_police(&s.replace(bare, ""))) =>
        {
            Some((EventKind::Riot, ReadFrom::Lead))
        }
        // `The Battle of the Overpass was an incident on May 26, 1937, in
        // which ... security guards beat union organizers`: a battle the
        // lead calls an incident, naming no arms, was no armed conflict
        // (`The Battle of Culloden was the final confrontation of the
        // Jacobite rising` was one).
        Some(EventKind::ArmedConflict)
            if particular
                && of_title
                && lead_of_title.is_some_and(|(k, _)| k == EventKind::Event)
                && predicate.is_some_and(|p| {
                    p.split_whitespace().take(4).any(|w| w == "incident") && !has_arms(p)
                }) =>
        {
            Some((EventKind::Event, ReadFrom::Lead))
        }
        // (`The Schmalkaldic War was the short period of violence from
        // 1546 until 1547 between the forces of ...`: a period of fighting
        // is the war.)
        Some(kind)
            if particular
                && period_of_title
                && kind.with_ancestors().contains(&EventKind::ArmedConflict)
                && !predicate.is_some_and(period_of_strife) =>
        {
            Some((EventKind::Event, ReadFrom::Lead))
        }
        // `Beslan school siege ... was a terrorist attack`: a siege in lower
        // case names what happened at a place, and the lead says what it
        // was (a `Siege of X` is a siege).
        Some(EventKind::ArmedConflict)
            if particular
                && matches!(
                    lead_of_title,
                    Some((EventKind::Attack | EventKind::Massacre, _))
                )
                && head_noun(bare).is_some_and(|h| h.starts_with(char::is_lowercase)) =>
        {
            lead_of_title
        }
        // `Indonesia–Malaysia confrontation ... was an armed conflict`,
        // `Suez Crisis ... was an invasion of Egypt`: a title whose head
        // names an event of no class (crisis, incident, confrontation)
        // takes the class its lead gives.
        Some(EventKind::Event)
            if particular && lead_of_title.is_some_and(|(k, _)| k != EventKind::Event) =>
        {
            lead_of_title
        }
        // `The Long March was a military retreat`, `Sherman's March to the
        // Sea was a military campaign`: a march an army made.
        Some(EventKind::Protest)
            if particular
                && head_noun_is(bare, &["march", "marches"])
                && lead_of_title.is_some_and(|(k, _)| {
                    k == EventKind::MilitaryOperation
                        || k.with_ancestors().contains(&EventKind::ArmedConflict)
                }) =>
        {
            lead_of_title
        }
        // `The Honey War ... was a bloodless territorial dispute`, `The
        // Toledo War ... was an almost entirely bloodless boundary
        // dispute`: a war in name, a dispute in fact.
        Some(EventKind::ArmedConflict)
            if particular
                && of_title
                && head_noun_is(bare, &["war", "wars"])
                && predicate.is_some_and(|p| {
                    names_a_dispute(p) && !has_arms(p) && waged_without_arms(p)
                }) =>
        {
            Some((EventKind::Event, ReadFrom::Lead))
        }
        // `The Revolt of the Admirals was a policy and funding dispute
        // within the United States government ..., involving ... United
        // States Navy admirals`: a revolt the lead calls a dispute, naming
        // no arms in lower case (a navy's name says who, not how), was
        // fought with words.
        Some(EventKind::Revolution)
            if particular
                && of_title
                && predicate
                    .is_some_and(|p| names_a_dispute(p) && !tells_of_arms_in_lower_case(p)) =>
        {
            Some((EventKind::Event, ReadFrom::Lead))
        }
        // `The Drumcree conflict ... is a dispute over yearly parades`: a
        // conflict the lead calls a dispute, and tells of without arms, is
        // fought with words.
        Some(EventKind::ArmedConflict)
            if particular
                && of_title
                && head_noun_is(bare, &["conflict", "conflicts"])
                && predicate.is_some_and(|p| names_a_dispute(p) && !has_arms(p)) =>
        {
            Some((EventKind::Event, ReadFrom::Lead))
        }
        // `The Birmingham campaign ... was an American movement organized
        // ... to desegregate public facilities`, `The Bolivian gas
        // conflict was a social confrontation`: a campaign or a conflict
        // the lead tells of without arms is no armed conflict (what the
        // lead's own noun says, if anything).
        Some(EventKind::ArmedConflict)
            if particular
                && of_title
                && head_noun_is(bare, &["campaign", "campaigns", "conflict", "conflicts"])
                && predicate.is_some_and(unarmed) =>
        {
            lead_of_title.filter(|(k, _)| !k.with_ancestors().contains(&EventKind::ArmedConflict))
        }
        // `The Four Pests campaign was one of the first actions taken in
        // the Great Leap Forward`, `The "Strike Hard" campaigns are
        // anti-crime campaigns`: a campaign whose lead's first sentences
        // name no arms was waged by other means (a military one's say so:
        // `a military campaign`, `launched by the People's Liberation
        // Army`).
        Some(EventKind::ArmedConflict)
            if particular && head_noun_is(bare, &["campaign", "campaigns"]) && {
                let (first, next) = first_two_sentences(doc);
                !has_arms(first) && !has_arms(next)
            } =>
        {
            lead_of_title.filter(|(k, _)| !k.with_ancestors().contains(&EventKind::ArmedConflict))
        }
        // `The Norman Conquest was the 11th-century invasion of England`,
        // `The Rum Rebellion of 1808 was a coup d'état`, `The Baptist War
        // ... was an eleven-day rebellion`: the lead says which kind of
        // the title's it was.
        Some(kind)
            if particular && lead_of_title.is_some_and(|(k, _)| lead_refines(kind, k, bare)) =>
        {
            lead_of_title
        }
        Some(kind) if particular => Some((kind, ReadFrom::Title)),
        // `War on terror`: a generic head, but the lead says what it was;
        // `War`, `Genocide` alone name kinds, whatever their lead says
        // (`War is an armed conflict`), unless it tells of one in the past
        // (`The Crusades were a series of military campaigns`).
        Some(_) if !bare.contains(' ') => lead_of_title.filter(|_| {
            sentence.is_some_and(|s| {
                s.strip_prefix("The ")
                    .and_then(|r| r.strip_prefix(bare))
                    .is_some_and(|r| r.starts_with(" was ") || r.starts_with(" were "))
            })
        }),
        Some(_) => lead_of_title,
        // `Investiture Controversy ... was a conflict between the Church
        // and the state`: a dispute's `conflict` is fought with words
        // (unless the lead says arms: `The Lahad Datu standoff was a
        // military conflict`).
        None if bare
            .rsplit(' ')
            .next()
            .is_some_and(|w| DISPUTES.iter().any(|d| w.eq_ignore_ascii_case(d)))
            && lead_of_title.is_some_and(|(k, _)| k == EventKind::ArmedConflict)
            && !predicate.is_some_and(has_arms) =>
        {
            Some((EventKind::Event, ReadFrom::Lead))
        }
        // The title's head says nothing: the lead sentence may, for an
        // article whose infobox dates it or whose lead is about it.
        None if doc.field(&["date", "dates"]).is_some() && template_may_be_event(doc) => {
            // `occurrence_type = Shootdown`, `type = [[Aircraft
            // bombing|Bombing]]`: the infobox names what kind of event.
            let typed = doc
                .field(&["occurrence_type", "attack_type", "type"])
                .and_then(|f| {
                    f.value
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .find_map(noun_kind)
                })
                .filter(|k| *k != EventKind::Event);
            if let Some(k) = typed {
                return Some((k, ReadFrom::Infobox));
            }
            Some(match (category_kind(&doc.categories), lead) {
                (Some(k), _) => (k, ReadFrom::Categories),
                (None, Some(k)) => (k, ReadFrom::Lead),
                (None, None) => (EventKind::Event, ReadFrom::Infobox),
            })
        }
        None => lead_of_title
            .or_else(|| {
                predicate
                    .filter(|_| period_of_title)
                    .and_then(what_filled_the_period)
                    .map(|k| (k, ReadFrom::Lead))
            })
            .or_else(|| {
                sentence
                    .is_some_and(|s| occurs(s, bare))
                    .then_some((EventKind::Event, ReadFrom::Lead))
            })
            .or_else(|| {
                sentence
                    .and_then(what_occurred)
                    .map(|k| (k, ReadFrom::Lead))
            }),
    }
}

/// The first two sentences of the lead's first paragraph (empty where
/// there are none).
fn first_two_sentences(doc: &Document) -> (&str, &str) {
    doc.first_paragraph().map_or(("", ""), |p| {
        let first = crate::text::first_sentence(&p.text);
        (first, crate::text::first_sentence(&p.text[first.len()..]))
    })
}

/// Whether a lead sentence defines the kind of thing its title names
/// rather than tells of one: `A battle of the bands is a contest`, `A
/// conclave is a gathering` (of `Papal conclave`), `In
/// Westminster systems of government, a khaki election is any national
/// election which ...` (after a phrase that sets the field, in the
/// present tense), `Primary elections or primaries are elections held
/// to nominate` (the title in the plural, with no article, present).
fn defines_a_kind(sentence: &str, bare: &str) -> bool {
    let starts_with_title = |s: &str, articles: &[&str]| {
        articles.iter().any(|a| {
            s.get(..a.len())
                .filter(|p| p.eq_ignore_ascii_case(a))
                .and_then(|_| s.get(a.len()..a.len() + bare.len()))
                .is_some_and(|r| r.eq_ignore_ascii_case(bare))
        })
    };
    if starts_with_title(sentence, &["A ", "An "]) {
        return true;
    }
    let Some((at, verb)) = first_copula(sentence) else {
        return false;
    };
    let verb = verb.trim();
    if !matches!(verb, "is" | "are") {
        return false;
    }
    // `Papal conclave`: `A conclave is a gathering of the College of
    // Cardinals`: the kind the title's last words name.
    let subject = &sentence[..at];
    if ["A ", "An "].iter().any(|a| {
        subject.strip_prefix(a).is_some_and(|named| {
            bare.len() > named.len()
                && bare.ends_with(named)
                && bare[..bare.len() - named.len()].ends_with(' ')
        })
    }) {
        return true;
    }
    // `In game theory, a ...`, `In Westminster systems of government,
    // a ...`: the field the definition holds in.
    let after_field = sentence
        .strip_prefix("In ")
        .and_then(|r| r.split_once(", "))
        .filter(|(field, _)| !field.contains(|c: char| c.is_ascii_digit()))
        .map(|(_, rest)| rest);
    if after_field.is_some_and(|r| starts_with_title(r, &["a ", "an "])) {
        return true;
    }
    let defined = after_field.unwrap_or(sentence);
    verb == "are"
        && defined
            .get(..bare.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(bare))
        && ["s ", "es "]
            .iter()
            .any(|plural| defined[bare.len()..].starts_with(plural))
}

/// A lead sentence's predicate that tells of no fighting: no word of
/// arms, and words that say how the strife was waged otherwise (`a
/// social confrontation`, `an American movement`, `a political crisis`).
fn unarmed(predicate: &str) -> bool {
    const WAGED: &[&str] = &[
        "social",
        "political",
        "diplomatic",
        "legal",
        "labour",
        "labor",
        "industrial",
        "economic",
        "civil-rights",
        "nonviolent",
        "non-violent",
        "movement",
    ];
    let armed = has_arms(predicate);
    let waged = predicate.split_whitespace().take(6).any(|w| {
        WAGED.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_ascii_lowercase()
                .as_str(),
        )
    });
    !armed && waged
}

/// The riot or protest a page's first sentence says its subject was.
fn riot_said_of(doc: &Document) -> Option<EventKind> {
    let sentence = doc.first_sentence()?;
    if subject_of_lead(sentence, &doc.title) != Subject::Title {
        return None;
    }
    match lead_head(sentence)? {
        LeadHead::Event(k @ (EventKind::Riot | EventKind::Protest)) => Some(k),
        _ => None,
    }
}

/// Whether a predicate names nothing particular: no word begun with a
/// capital, no number.
fn names_no_one(predicate: &str) -> bool {
    predicate.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        !w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())
    })
}

/// Whether a text tells of people killed or of violence (`killing`,
/// `were shot`, `116 deaths`, `executed`, `victims`, `the forcible
/// transfer ... of prisoners of war`), in words in lower case (not a
/// name's: `The Halloween Massacre`).
fn tells_of_killing(text: &str) -> bool {
    const STEMS: &[&str] = &[
        "kill",
        "murder",
        "slaughter",
        "massacr",
        "execut",
        "shot",
        "shoot",
        "death",
        "dead",
        "died",
        "die",
        "lives",
        "victim",
        "genocid",
        "pogrom",
        "bodies",
        "wounded",
        "butcher",
        "extermin",
        "burned",
        "burnt",
        "hanged",
        "lynch",
        "beheaded",
        "stabbed",
        "casualt",
        "fatalit",
        "perish",
        "drown",
        "forcibl",
        "forced",
        "prisoner",
        "atrocit",
        "brutal",
        "violen",
        "attack",
        "tortur",
        "rape",
        "assault",
        "armed",
        "soldier",
        "troops",
    ];
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.starts_with(char::is_lowercase) && STEMS.iter().any(|s| w.starts_with(s))
    })
}

/// Crowds that face police (`demonstrators`, `strikers`).
const CROWDS: &[&str] = &[
    "demonstrators",
    "protesters",
    "protestors",
    "rioters",
    "strikers",
    "picketers",
];

/// A sentence that tells of a crowd (protesters, marchers, pickets) and
/// police, and of no arms (the title taken out: `The Battle of ...`).
fn crowd_and_police(sentence: &str) -> bool {
    const MARCHERS: &[&str] = &[
        "counter-protesters",
        "counter-protestors",
        "counter-demonstrators",
        "marchers",
        "pickets",
    ];
    let words = || {
        sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
    };
    words().any(|w| CROWDS.contains(&w) || MARCHERS.contains(&w))
        && words().any(|w| w == "police")
        && !has_arms(sentence)
}

/// A predicate of a clash `between police and ...` (`between the
/// Metropolitan Police and`), with no word of arms.
fn police_and_people(predicate: &str) -> bool {
    // `a clash between Shia pilgrim demonstrators and Saudi Arabian
    // security forces`: security forces facing a crowd are its police
    // (facing militants, an army).
    let crowd = predicate
        .split_whitespace()
        .any(|w| CROWDS.contains(&w.trim_end_matches([',', ';', '.'])));
    let predicate: std::borrow::Cow<str> = if crowd {
        predicate.replace("security forces", "police").into()
    } else {
        predicate.into()
    };
    let predicate = &*predicate;
    let words: Vec<&str> = predicate.split_whitespace().collect();
    // `between police and picketers`, `between protesters and police on
    // the grounds of`: police on either side of the `and`.
    let police = words.iter().enumerate().any(|(i, w)| {
        let mut ended = false;
        *w == "between"
            && words[i + 1..]
                .iter()
                .take(7)
                .take_while(|w| !std::mem::replace(&mut ended, w.ends_with([',', ';', '.'])))
                .any(|p| {
                    p.trim_end_matches([',', ';', '.'])
                        .eq_ignore_ascii_case("police")
                })
    });
    police && !has_arms(predicate)
}

/// Whether a predicate has a word of arms or fighting (its subject's are
/// its name's: `Operation Car Wash`).
fn has_arms(sentence: &str) -> bool {
    arms_in(sentence, |_| true)
}

/// Whether a sentence tells of arms or fighting other than by a war's
/// name (`during World War II`, `the Cold War` tell when).
fn tells_of_arms(sentence: &str) -> bool {
    arms_in(sentence, |w| !matches!(w, "War" | "Wars"))
}

/// Whether a sentence tells of arms in words of its own, not in names
/// (`United States Navy admirals`).
fn tells_of_arms_in_lower_case(sentence: &str) -> bool {
    arms_in(sentence, |w| w.starts_with(char::is_lowercase))
}

/// Whether a word of arms is among a sentence's words that `counts`.
fn arms_in(sentence: &str, counts: impl Fn(&str) -> bool) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && counts(w))
        .any(|w| ARMS.contains(&w.to_ascii_lowercase().as_str()))
}

/// Words of arms and fighting (see [`has_arms`]).
const ARMS: &[&str] = &[
    "military",
    "army",
    "armies",
    "armed",
    "forces",
    "force",
    "troops",
    "battle",
    "battles",
    "war",
    "wars",
    "offensive",
    "militia",
    "militiamen",
    "navy",
    "naval",
    "soldiers",
    "fought",
    "invasion",
    "siege",
    "operation",
    "operations",
    "insurgency",
    "rebels",
    "guerrilla",
    "fighting",
    "attack",
    "attacks",
    "killed",
    "combat",
];

/// Whether a lead's class `lead` says more exactly what a title of class
/// `title` names: an invasion is an armed conflict; a rebellion's may be
/// a coup; a war's a rebellion (`The German Peasants' War ... was a
/// widespread popular revolt`).
fn lead_refines(title: EventKind, lead: EventKind, bare: &str) -> bool {
    match (title, lead) {
        (EventKind::ArmedConflict, EventKind::Invasion) => true,
        // `The Cochabamba Water War was a series of protests`, `the
        // Battle of Seattle ... were a series of protests`: a name's war
        // or battle, protests or riots by what the lead says.
        (EventKind::ArmedConflict, EventKind::Protest | EventKind::Riot) => true,
        // Not a named revolution (`The Carnation Revolution ... was a
        // military coup`): its name is the class users look it up by.
        // `The July Revolt of 1927 was a major riot`: a revolt the lead
        // calls a riot was one (one it calls protests keeps its name's
        // class: `The Soweto uprising was a series of demonstrations`).
        (EventKind::Revolution, EventKind::Coup | EventKind::Riot) => {
            head_noun(bare).is_some_and(|h| {
                !h.eq_ignore_ascii_case("revolution") && !h.eq_ignore_ascii_case("revolutions")
            })
        }
        (EventKind::ArmedConflict, EventKind::Revolution) => head_noun_is(bare, &["war"]),
        _ => false,
    }
}

/// `2022 Crimean Bridge explosion`: an explosion (or a blast) the lead
/// says was set off to harm (`a truck bomb exploded`, `a drone attack`,
/// `sabotage`) is an attack; `2020 Beirut explosion` (`ammonium nitrate
/// stored at the Port of Beirut ... exploded`) is not, nor one whose
/// first sentence calls it a disaster or an accident (`The Halifax
/// Explosion was a maritime disaster`, though its ship was `laden with
/// high explosives`).
fn explosion_is_attack(bare: &str, doc: &Document) -> bool {
    const CUES: &[&str] = &[
        "attack",
        "attacks",
        "attacked",
        "bomb",
        "bombs",
        "bombing",
        "bombings",
        "bomber",
        "bombers",
        "terrorist",
        "terrorism",
        "sabotage",
        "sabotaged",
        "drone",
        "drones",
        "missile",
        "missiles",
        "strike",
        "strikes",
        "suicide",
        "explosives",
        "IED",
    ];
    let mishap = || {
        doc.first_sentence()
            .and_then(split_predicate)
            .is_some_and(|(_, predicate)| {
                predicate.split_whitespace().any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    ["disaster", "accident"]
                        .iter()
                        .any(|m| w.eq_ignore_ascii_case(m))
                })
            })
    };
    head_noun_is(bare, &["explosion", "explosions", "blast", "blasts"])
        && !mishap()
        && doc.lead_text().split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            CUES.iter().any(|c| w.eq_ignore_ascii_case(c))
        })
}

/// `Beginning in May 1968, a period of civil unrest occurred throughout
/// France`, `On 1 October 2017, a mass shooting occurred at ...`: a first
/// sentence that tells what happened, past a date that opens it, is about
/// that event.
fn what_occurred(sentence: &str) -> Option<EventKind> {
    let opens_with_date = [
        "In ",
        "On ",
        "Beginning in ",
        "Starting in ",
        "From ",
        "During ",
    ]
    .iter()
    .any(|p| sentence.starts_with(p));
    let rest = if opens_with_date {
        sentence.split_once(", ")?.1
    } else {
        sentence
    };
    let at = [" occurred ", " took place ", " broke out ", " erupted "]
        .iter()
        .filter_map(|v| rest.find(v))
        .min()?;
    let subject: Vec<&str> = rest[..at].split_whitespace().collect();
    // `A coup d'état`, `a period of civil unrest`: an indefinite subject.
    if !subject
        .first()
        .is_some_and(|w| matches!(*w, "A" | "An" | "a" | "an"))
    {
        return None;
    }
    (0..subject.len())
        .rev()
        .find_map(|i| word_kind(&subject, i))
}

/// `Red Summer was a period in mid-1919 during which ... racial riots
/// occurred`, `The Reign of Terror was a period of the French Revolution
/// when, ..., a series of massacres ... took place`: the events that
/// filled a named period, by the first event noun of the clause that
/// tells them; `a period of violence that began ...`: strife, an event.
fn what_filled_the_period(predicate: &str) -> Option<EventKind> {
    // `a period of violence`, `a period of social and political turmoil`.
    if period_of_strife(predicate) {
        return Some(EventKind::Event);
    }
    let words: Vec<&str> = predicate.split_whitespace().collect();
    let period = words.iter().take(4).position(|w| is_period(w))?;
    let at = (period + 1..words.len().min(period + 10)).find(|&i| {
        let w = words[i].trim_end_matches(',');
        w == "when" || matches!(w, "which") && matches!(words[i - 1], "during" | "in")
    })?;
    let told = &words[at + 1..];
    let verb = (0..told.len().min(20)).find(|&k| {
        let next = told.get(k + 1).map(|n| n.trim_end_matches([',', '.']));
        matches!(told[k], "occurred" | "happened" | "erupted")
            || told[k] == "took" && next == Some("place")
            || told[k] == "broke" && next == Some("out")
    })?;
    (0..verb).find_map(|i| {
        let w = told[i].trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        noun_kind(w).filter(|_| w.starts_with(char::is_lowercase))
    })
}

/// `The Storming of the Bastille occurred in Paris ...`, `X, also known
/// as Y, took place on ...`: only events occur; `The fall of the Berlin
/// Wall on 9 November 1989, ...`, `The partition of India in 1947 was`:
/// only events are dated as they are named.
fn occurs(sentence: &str, title: &str) -> bool {
    let s = sentence.strip_prefix("The ").unwrap_or(sentence);
    let t = title.strip_prefix("The ").unwrap_or(title);
    // `1979 Grand Mosque seizure`, told as `The Grand Mosque seizure`.
    let t = match t.split_once(' ') {
        Some((year, rest))
            if year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
                && !s.starts_with(year) =>
        {
            rest
        }
        _ => t,
    };
    // `The fall of the Berlin Wall` for `Fall of the Berlin Wall`.
    let Some(rest) = crate::text::strip_title(s, t) else {
        return false;
    };
    for lead_in in [" on ", " in "] {
        if let Some(date) = rest.strip_prefix(lead_in) {
            let date = date.split([',']).next().unwrap_or("");
            let date = date
                .strip_suffix(" was")
                .or_else(|| date.split(" was ").next())
                .unwrap_or(date);
            if crate::values::date::parse(date.trim())
                .is_ok_and(|r| r.ignored_tail.is_none() && r.start.is_some())
            {
                return true;
            }
        }
    }
    // Past an appositive (`, also known as the Y,`).
    let rest = match rest.strip_prefix(", ") {
        Some(r) => r.split_once(", ").map_or("", |(_, after)| after),
        None => rest.trim_start(),
    };
    ["occurred ", "took place ", "happened ", "lasted from "]
        .iter()
        .any(|v| rest.starts_with(v))
}

/// A predicate that is a stretch of time filled with strife: `a period of
/// violence`, `the short period of violence`, `a period of social and
/// political turmoil` (not `a period of geopolitical tension`); `the
/// opening phase of the American Revolutionary War`: a phase of a named
/// war is fought.
fn period_of_strife(predicate: &str) -> bool {
    const STRIFE: &[&str] = &[
        "violence",
        "unrest",
        "turmoil",
        "strife",
        "bloodshed",
        "rioting",
        "fighting",
    ];
    let words: Vec<&str> = predicate.split_whitespace().collect();
    let Some(period) = words.iter().take(4).position(|w| is_period(w)) else {
        return false;
    };
    if words.get(period + 1) != Some(&"of") {
        return false;
    }
    let of_a_named_war = matches!(words[period], "phase" | "stage") && {
        let rest = &words[period + 2..];
        let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
        let name = rest
            .iter()
            .take_while(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        // The name ends at its first mark (`War. In the siege`).
        let mut last = None;
        for w in name {
            last = Some(w.trim_end_matches([',', '.', ';', ':']));
            if w.ends_with([',', '.', ';', ':']) {
                break;
            }
        }
        last.and_then(noun_kind)
            .is_some_and(|k| k.with_ancestors().contains(&EventKind::ArmedConflict))
    };
    of_a_named_war
        || words[period + 2..]
            .iter()
            .take(5)
            .take_while(|w| w.starts_with(char::is_lowercase))
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .any(|w| STRIFE.contains(&w))
}

/// A sentence that tells of weapons striking (`a cruise missile struck`,
/// `an airstrike hit`) and of no one who downs tools (workers, unions,
/// wages).
fn struck_by_weapons(sentence: &str) -> bool {
    const WEAPONS: &[&str] = &[
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "drone",
        "drones",
        "airstrike",
        "airstrikes",
        "bomb",
        "bombs",
        "warplane",
        "warplanes",
        "shells",
    ];
    const LABOUR: &[&str] = &[
        "workers",
        "strikers",
        "union",
        "unions",
        "employees",
        "walkout",
        "wages",
        "pay",
        "staff",
        "nurses",
        "doctors",
        "teachers",
        "miners",
        "picket",
        "pickets",
    ];
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    words.iter().any(|w| WEAPONS.contains(&w.as_str()))
        && !words.iter().any(|w| LABOUR.contains(&w.as_str()))
}

/// A dispute told as waged without arms (`a bloodless territorial
/// dispute`, `a diplomatic dispute`); `a dispute between the Austrian
/// Habsburg monarchy and an alliance of Saxony and Prussia` says not.
fn waged_without_arms(predicate: &str) -> bool {
    const UNARMED: &[&str] = &[
        "bloodless",
        "nonviolent",
        "non-violent",
        "diplomatic",
        "legal",
        "political",
        "economic",
        "trade",
        "verbal",
        "constitutional",
    ];
    predicate
        .split_whitespace()
        .take(8)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .any(|w| UNARMED.iter().any(|u| w.eq_ignore_ascii_case(u)))
}

/// A predicate whose noun phrase is headed by a dispute's noun (`a
/// bloodless territorial dispute in 1839 between ...`).
fn names_a_dispute(predicate: &str) -> bool {
    let phrase = predicate.split_whitespace().take(8).take_while(|w| {
        !matches!(
            *w,
            "in" | "between"
                | "over"
                | "of"
                | "from"
                | "with"
                | "within"
                | "that"
                | "which"
                | "among"
        )
    });
    phrase.last().is_some_and(|w| {
        let w = w.trim_end_matches([',', '.', ';']);
        let w = w.strip_suffix('s').unwrap_or(w);
        DISPUTES.iter().any(|d| w.eq_ignore_ascii_case(d))
    })
}

/// Nouns of disputes fought with words (`Investiture Controversy`).
const DISPUTES: &[&str] = &[
    "controversy",
    "dispute",
    "debate",
    "schism",
    "quarrel",
    "feud",
    "scandal",
    "standoff",
];

/// Geographic nouns that begin a place's name (`Gulf of Tonkin`, `Bay of
/// Pigs`).
const GEOGRAPHIC_HEADS: &[&str] = &[
    "Gulf", "Bay", "Isle", "Strait", "Straits", "Cape", "Sea", "Lake", "Mount", "Port", "Island",
    "Islands", "Sound", "River", "Gate", "Pass",
];

/// Words of infobox templates for events the mapping does not name
/// (`Infobox news event`, `Infobox aircraft occurrence`, `Infobox
/// earthquake`, `Infobox Grand Prix race report`), beside the event nouns
/// (`Infobox civilian attack`).
const EVENT_TEMPLATE_WORDS: &[&str] = &[
    "event",
    "occurrence",
    "race",
    "match",
    "tournament",
    "championship",
    "competition",
    "contest",
    "festival",
    "ceremony",
    "concert",
    "conference",
    "summit",
    "accident",
    "disaster",
    "earthquake",
    "storm",
    "hurricane",
    "cyclone",
    "flood",
    "eruption",
    "outbreak",
    "pandemic",
    "epidemic",
];

/// Whether the page's infobox may be an event's: the flat format's
/// unnamed one, or a template named for events. A date in any other
/// (`Infobox language`'s year of its speaker count, `Infobox military
/// unit`'s years of service) dates no event.
fn template_may_be_event(doc: &Document) -> bool {
    let Some(t) = doc.infobox_template.as_deref() else {
        return true;
    };
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // `Infobox war faction`, `Infobox military person`: a thing of war,
    // named by its last word, is no event.
    const THINGS: &[&str] = &[
        "faction",
        "person",
        "unit",
        "organization",
        "organisation",
        "group",
        "film",
        "book",
        "album",
        "song",
        "ship",
        "weapon",
        "aircraft",
        "memorial",
        "monument",
        "award",
        "medal",
        "officeholder",
        "politician",
    ];
    if words.last().is_some_and(|w| THINGS.contains(w)) {
        return false;
    }
    words
        .iter()
        .any(|w| EVENT_TEMPLATE_WORDS.contains(w) || noun_kind(w).is_some())
}

/// `Operation Inherent Resolve`: a named operation.
fn is_named_operation(title: &str) -> bool {
    title
        .strip_prefix("Operation ")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// Nouns of a state taken, parted or joined: events in a title (`Annexation
/// of Goa`, `German reunification`) or a lead's predicate (`was the
/// annexation of ...`), never in the nouns prose names are minted from
/// (`the 1845 American annexation of Texas` is no page).
const STATE_CHANGES: &[&str] = &["annexation", "dissolution", "unification", "reunification"];

/// The class of a title's head noun, `strike` read by its neighbours; of
/// two coordinated heads, the first (`Tiananmen Square protests and
/// massacre` are protests).
fn title_head_kind(bare: &str) -> Option<EventKind> {
    // `Annexation of Crimea by the Russian Federation`, `Annexation of
    // Texas`: a territory taken (only as a title: in prose, `the 1845
    // American annexation of Texas` is no name).
    // So too a state parted or joined (`Dissolution of Czechoslovakia`,
    // `German reunification`; in prose, `the 1991 dissolution of the
    // Soviet Union` is no name either).
    let joined = bare
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "reunification" | "unification"));
    // `Annexation of`, `Dissolution of`, ...: the noun capitalised, first;
    // or after the names of who did it (`Indian annexation of Goa`).
    let parted = crate::text::find(bare, " of ").is_some_and(|at| {
        let first = &bare[..at];
        let (by, noun) = first.rsplit_once(' ').unwrap_or(("", first));
        STATE_CHANGES.iter().any(|n| {
            noun.len() == n.len()
                && if by.is_empty() {
                    noun.as_bytes()[0] == n.as_bytes()[0].to_ascii_uppercase()
                        && noun[1..] == n[1..]
                } else {
                    noun == *n && by.split(' ').all(|w| w.starts_with(char::is_uppercase))
                }
        })
    });
    if joined || parted {
        return Some(EventKind::Event);
    }
    // `Defence of Sihang Warehouse`, `Defence of Tsaritsyn`: a place held
    // against an attack (only as a title's head: in prose, `Ministry of
    // Defence of Ukraine` is no event).
    let defended = ["Defence of ", "Defense of "].iter().any(|d| {
        bare.strip_prefix(d)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase) && !rest.starts_with("The "))
    });
    if defended {
        return Some(EventKind::ArmedConflict);
    }
    crate::text::with_words(bare, |words| {
        let i = head_at(words)?;
        let head = words[i];
        // `Gulf of Tonkin incident`, `Bay of Pigs Invasion`: a place's name
        // before the event noun, not a head.
        if GEOGRAPHIC_HEADS.contains(&head) && words.get(1) == Some(&"of") {
            return words.last().and_then(|w| noun_kind(w));
        }
        // `2016 Turkish coup attempt`: an attempt at what the noun before
        // it names.
        if i > 0 && matches!(head, "attempt" | "attempts") {
            return word_kind(words, i - 1);
        }
        // `2022 German coup plot`, `Bojinka bombing plot`: a plot of such
        // an event, foiled or not, is an event (of no class: no coup or
        // bombing took place).
        if i > 0 && matches!(head, "plot" | "plots") && word_kind(words, i - 1).is_some() {
            return Some(EventKind::Event);
        }
        // `2020 Iowa Democratic presidential caucuses`, `2008 Democratic
        // Party presidential primaries`: a year's contests to choose a
        // party's candidate (`Iowa caucuses` alone is the custom).
        if matches!(head, "primaries" | "caucuses")
            && words
                .iter()
                .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        {
            return Some(EventKind::Election);
        }
        if i >= 2 && words[i - 1] == "and" {
            if let Some(k) = word_kind(words, i - 2) {
                return Some(k);
            }
        }
        word_kind(words, i).or_else(|| post_election(words))
    })
}

/// `2019 Speaker of the House of Commons election`, `2024 President of
/// the European Commission election`: a year, a post of a body, and the
/// election to it (the head read is the post, the word before `of`).
fn post_election(words: &[&str]) -> Option<EventKind> {
    let year = words
        .first()
        .is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    (year
        && words.contains(&"of")
        && words.last().and_then(|w| noun_kind(w)) == Some(EventKind::Election))
    .then_some(EventKind::Election)
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
        assert_eq!(
            title_kind("Defence of Sihang Warehouse"),
            Some(EventKind::ArmedConflict)
        );
        assert_eq!(title_kind("Ministry of Defence of Ukraine"), None);
        assert_eq!(title_kind("Template:2011 Egyptian protests"), None);
        assert_eq!(title_kind("Civil war"), None);
        assert_eq!(title_kind("Proxy war"), None);
        assert_eq!(title_kind("War profiteering"), None);
        assert_eq!(
            title_kind("List of armed groups in the Yemeni civil war"),
            None
        );
        assert_eq!(title_kind("Refugees of the Syrian civil war"), None);
        // A front is a war's theatre when its parenthesis names the war.
        assert_eq!(
            title_kind("Eastern Front (World War II)"),
            Some(EventKind::ArmedConflict)
        );
        assert_eq!(title_kind("Popular Front (France)"), None);
        // A year, a post of a body, and the election to it.
        assert_eq!(
            title_kind("2019 Speaker of the House of Commons election"),
            Some(EventKind::Election)
        );
        assert_eq!(title_kind("Speaker of the House of Commons"), None);
        assert_eq!(title_kind("Western Front"), None);
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
        assert_eq!(
            lead_kind("The Foo Wachensturm was a failed attempt to start a revolution in Foo."),
            Some(EventKind::Revolution)
        );
        assert_eq!(
            lead_kind("The Foo Company was an attempt to start a business in Foo."),
            None
        );
        assert_eq!(
            lead_kind("The Tanquetazo was a failed coup attempt in Chile on 29 June 1973."),
            Some(EventKind::Coup)
        );
    }
}
