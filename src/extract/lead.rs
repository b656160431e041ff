//! Dates from the first sentences of an article, for events whose infobox
//! gives none: `The Battle of Makariv ... lasted from 27 February 2022 to
//! 25 March 2022`, `The Livonian War (1558–1583) concerned ...`, `The
//! Seven Years' War, 1756 to 1763, was ...`, `... took place in 490 BC`.
//!
//! Only dates said of the article's own event are read: in its subject
//! sentence, or in a later sentence of the first paragraph whose subject
//! refers back to it (`It`, `The war`); never inside a clause about
//! something else (`, who had ruled Cuba from 1952 to 1959`, `, which was
//! formed in 1861`), never a year that is part of a name (`the 1952 Cuban
//! coup`). A date that cannot be read whole is left out: no date is better
//! than a wrong one.

use crate::article::{BlockKind, Document};
use crate::model::Line;
use crate::values::date::{self, DateRange};

/// Dates read from the lead, with the sentence they came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeadDates {
    pub range: DateRange,
    pub line: Line,
    /// The words the dates were read from (`from 27 February 2022 to 25
    /// March 2022`).
    pub text: String,
}

/// Verbs after which a date phrase dates the event itself.
const EVENT_VERBS: &[&str] = &[
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "starting",
    "beginning",
    "broke",
    "erupted",
    "commenced",
    "emerged",
    "took",
    "occurred",
    "happened",
    "lasted",
    "lasting",
    "existed",
    "persisted",
    "ran",
    "raged",
    "sank",
    "unfolded",
    "invaded",
    "struck",
    "fought",
    "waged",
    "held",
    "spanned",
    "continued",
    "initiated",
    "launched",
    "ended",
    "concluded",
    "culminating",
    "was",
    "were",
    "is",
    "are",
    "saw",
    "lasting",
    // `The Hook and Cod wars ... comprise a series of wars and battles in
    // the County of Holland between 1350 and 1490`.
    "comprise",
    "comprises",
    "comprised",
    // `The Lena massacre ... refers to the shooting of striking workers
    // ... on 17 April 1912`.
    "refers",
];

/// Verbs whose date is the start (`began on 24 February 2022`).
const START_VERBS: &[&str] = &[
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "starting",
    "beginning",
    "broke",
    "erupted",
    "commenced",
    "emerged",
    "initiated",
    "launched",
];

/// Verbs whose date is the end (`ended in 1453`).
const END_VERBS: &[&str] = &["ended", "concluded"];

/// Words that open a clause about something other than the subject.
const OTHER_CLAUSE: &[&str] = &[
    ", who",
    " who ",
    ", whose",
    " whose ",
    " whom ",
    ", which",
    "; ",
    ", when ",
    " after ",
    " before ",
    " following ",
    " until the ",
    " since the ",
    // `deposed his father, Emir Khalifa, while the latter was on holiday
    // in Switzerland`: where another was meanwhile.
    " while the latter ",
    " while the former ",
];

/// The parts of a day a date may be given with (`on the night of D`).
const PARTS_OF_A_DAY: &[&str] = &["night", "morning", "evening", "afternoon"];

/// `... which was triggered by discussions ... in Singapore during early
/// 1871` (the Aceh War began in 1873): what set an event off, told with
/// its own date and place; the sentence goes on after the next comma
/// (`triggered by planned taxes on ..., that began on 17 October 2019`).
fn without_causes(sentence: &str) -> std::borrow::Cow<'_, str> {
    const CAUSES: &[&str] = &[
        " triggered by ",
        " sparked by ",
        " provoked by ",
        " prompted by ",
        " precipitated by ",
    ];
    let Some(at) = CAUSES.iter().filter_map(|c| sentence.find(c)).min() else {
        return std::borrow::Cow::Borrowed(sentence);
    };
    let rest = &sentence[at..];
    match rest.find(", ") {
        Some(comma) => std::borrow::Cow::Owned(format!("{}{}", &sentence[..at], &rest[comma..])),
        None => std::borrow::Cow::Owned(format!("{}.", &sentence[..at])),
    }
}

/// Subjects of later sentences that refer back to the event (one that
/// begins it, [`begins_the_event`], is asked for by the caller).
fn refers_back(sentence: &str, title: &str) -> bool {
    let s = sentence.trim_start();
    let first: Vec<&str> = s.split_whitespace().take(3).collect();
    let participle = |w: &str| {
        matches!(
            w,
            "Lasting" | "Beginning" | "Starting" | "Fought" | "Waged" | "Begun"
        )
    };
    if first.iter().take(2).any(|w| {
        matches!(
            *w,
            "fighting"
                | "Fighting"
                | "fight"
                | "hostilities"
                | "Hostilities"
                | "Engagements"
                | "engagements"
        )
    }) {
        return true;
    }
    // `The Empire of Japan captured ..., with fighting lasting from 8 to 15
    // February 1942.`: the fighting is the event's.
    if s.contains("with fighting lasting ") {
        return true;
    }
    // `Divided into two stages, ..., it lasted from 1614 to 1615.`: the
    // event as the subject of a main clause after a participle's (not one
    // of founding: `Founded in 1920, it began` is an organisation's).
    if first.first().is_some_and(|w| {
        participle(w)
            || w.ends_with("ed")
                && !matches!(
                    *w,
                    "Founded" | "Formed" | "Established" | "Created" | "Built"
                )
    }) && [
        ", it lasted ",
        ", it began ",
        ", it started ",
        ", it took place ",
    ]
    .iter()
    .any(|m| s.contains(m))
    {
        return true;
    }
    match first.as_slice() {
        ["It", ..] => true,
        // `... were a series of military conflicts ... They lasted from
        // 1771 to 1802.`: the plural subject, by a verb of its time (`They
        // were defeated in 1802` may be the rebels).
        ["They", v, ..] => matches!(
            *v,
            "lasted"
                | "began"
                | "started"
                | "broke"
                | "erupted"
                | "raged"
                | "continued"
                | "took"
                | "occurred"
                | "spanned"
        ),
        [w, ..] if participle(w) => true,
        // `The 24-day march`, `The six-week war`: the event by its length.
        ["The", len, w] if is_duration(len) && crate::extract::classify::noun_kind(w).is_some() => {
            true
        }
        // `This final battle of the Black Hawk War`: `this` points back
        // past a word that qualifies the noun.
        ["This" | "These", a, w]
            if a.starts_with(char::is_lowercase)
                && crate::extract::classify::noun_kind(w).is_some()
                && !encloses(w, title) =>
        {
            true
        }
        ["The", w, ..] | ["Armed", w, ..] | ["These", w, ..] | ["This", w, ..] => {
            crate::extract::classify::noun_kind(w).is_some() && !encloses(w, title)
                || w.eq_ignore_ascii_case("fighting")
                // `The action took place from 7 December 1939`: a
                // battle's, as military writing names one.
                || *w == "action"
                    && crate::extract::classify::title_kind(title)
                        == Some(crate::model::EventKind::ArmedConflict)
                || title.starts_with(&format!("The {w}"))
                || title.split_whitespace().next() == Some(*w)
        }
        _ => crate::gazetteer::fold(s).starts_with(&crate::gazetteer::fold(title)),
    }
}

/// A title's head noun, lower-cased: `siege` of `Siege of the Alcázar`,
/// `riots` of `Bristol riots`.
fn title_head(title: &str) -> Option<String> {
    let head = match title.split_once(" of ") {
        Some((head, _)) => head,
        None => title,
    };
    head.split_whitespace().last().map(str::to_lowercase)
}

/// `The Battle of Foo was a battle of the Bar War. The war had begun in
/// 1799.`: a war, a campaign, a revolution is what a battle, a siege, a
/// massacre is part of, not the event itself.
fn encloses(noun: &str, title: &str) -> bool {
    const ENCLOSING: &[&str] = &[
        "war",
        "wars",
        "conflict",
        "campaign",
        "revolution",
        "uprising",
        "insurgency",
        "rebellion",
        "crisis",
    ];
    let head = title_head(title).unwrap_or_default();
    // Events fought or done in days at one place.
    const PARTS: &[&str] = &[
        "battle",
        "siege",
        "massacre",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "raid",
        "ambush",
        "assault",
        "storming",
        "fall",
        "capture",
        "shooting",
        "skirmish",
        "engagement",
        "landing",
        "landings",
    ];
    let noun = noun.to_lowercase();
    ENCLOSING.contains(&noun.as_str()) && PARTS.contains(&head.as_str())
}

/// `Militias of the Popular Front began their siege on 21 July 1936`
/// (Siege of the Alcázar): a sentence whose verb begins the event, named by
/// its title's head noun (`the siege`, `their siege`, not `the siege of
/// Madrid`).
fn begins_the_event(sentence: &str, title: &str) -> bool {
    let Some(head) = title_head(title) else {
        return false;
    };
    if crate::extract::classify::noun_kind(&head).is_none() {
        return false;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    (0..words.len().saturating_sub(2)).any(|at| {
        let w = &words[at..];
        matches!(
            w[0],
            "began" | "started" | "launched" | "opened" | "commenced" | "beginning"
        ) && matches!(w[1], "the" | "their" | "its")
            // `..., beginning the conflict.` (Ten Years' War): any event
            // is a conflict.
            && (w[2].trim_end_matches(['.', ',', ';']).to_lowercase() == head
                || w[2].trim_end_matches(['.', ',', ';']) == "conflict")
            && w.get(3) != Some(&"of")
    })
}

/// `24-day`, `two-week`, `ten-year`: how long something lasted.
fn is_duration(word: &str) -> bool {
    word.split_once('-').is_some_and(|(_, unit)| {
        matches!(
            unit,
            "hour" | "day" | "week" | "month" | "year" | "days" | "weeks" | "months" | "years"
        )
    })
}

/// The sentences of a paragraph (abbreviations and initials kept inside).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.trim().is_empty() {
        let s = crate::text::first_sentence(rest);
        out.push(s);
        rest = &rest[s.len()..];
    }
    out
}

/// Reads the dates of the article's event from its lead.
pub fn lead_dates(doc: &Document) -> Option<LeadDates> {
    let para = doc
        .lead()
        .find(|b| b.kind == BlockKind::Paragraph && !b.text.starts_with("{{"))?;
    let title = crate::extract::classify::strip_parenthesis_pub(&doc.title);
    let text = without_other_calendar(&para.text);
    let all = sentences(&text);
    let dated = |(range, text): (DateRange, String)| LeadDates {
        range,
        line: para.line,
        text,
    };
    // A year the title names outside its parenthesis (`1919 Chicago race
    // riot`, `Rebellions of 1837–1838`) bounds what the lead may date.
    // (`8888 Uprising`: no year.)
    let years: Vec<i32> = title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 4)
        .filter_map(|t| t.parse().ok())
        .filter(|y| (1000..=2100).contains(y))
        .collect();
    let span = years.iter().min().zip(years.iter().max());
    let in_title_years = |(r, _): &(DateRange, String)| {
        let y = r.start.map_or(0, |d| d.year);
        span.is_none_or(|(first, last)| (*first..=*last).contains(&y))
    };
    // `The 1958 anti-Tamil pogrom ... in Ceylon after it became independent
    // in 1948, which took place from 22 May to 29 May 1958`: a start more
    // than a year before the title's year is another event's date (a year
    // before may be the event's: `2011 X protests` that began in December
    // 2010).
    let not_before_title = |(r, _): &(DateRange, String)| {
        let y = r.start.map_or(i32::MAX, |d| d.year);
        span.is_none_or(|(first, _)| y >= first - 1)
    };
    for (n, s) in all.iter().take(4).enumerate() {
        if n == 1 || n == 2 {
            if let Some(found) = opening_span(s) {
                return Some(dated(found));
            }
        }
        // `On 10 October 1868, ... proclaimed independence, beginning the
        // conflict.`: a sentence that begins the event refers back to it,
        // and may open with its date, as a first sentence may.
        let begins = n > 0 && begins_the_event(s, title);
        if n > 0 && !begins && !refers_back(s, title) {
            continue;
        }
        if let Some(found) =
            dates_in(s.trim_start(), title, n == 0 || begins).filter(not_before_title)
        {
            return Some(dated(found));
        }
    }
    all.first()
        .and_then(|s| when_after_the_predicate(s))
        .or_else(|| all.get(1).and_then(|s| day_in_second_sentence(s)))
        .filter(in_title_years)
        .or_else(|| year_of_the_event_it_was_part_of(all.first()?))
        .map(dated)
}

/// `The city was captured on 29 May 1453`, `... launched a surprise attack
/// on 30 January 1968 against ...`, `The initial invasion of Okinawa on 1
/// April 1945 was ...`: when the first sentence names the event and gives
/// no date, the second sentence tells what happened, and a day it names
/// after `on` dates the event. Only a whole day: a year or a month there
/// (`In 1920, ...`) is more often background.
fn day_in_second_sentence(sentence: &str) -> Option<(DateRange, String)> {
    let words: Vec<&str> = own_clause(sentence).split_whitespace().collect();
    // The first `on` only (or `of` after a part of a day: `In the early
    // morning of 9 April 1940`), and not after a verb of ending (`began on
    // May 5 and ended ... on July 3, 2022`).
    let on = words.iter().enumerate().position(|(k, w)| {
        *w == "on"
            || *w == "On"
            || *w == "of"
                && k > 0
                && matches!(
                    words[k - 1],
                    "morning" | "night" | "evening" | "afternoon" | "hours"
                )
    })?;
    if words[..on]
        .iter()
        .any(|w| END_VERBS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
    {
        return None;
    }
    let (r, text) = point_after(&words, on + 1).or_else(|| span_at(&words, on + 1))?;
    r.start
        .is_some_and(|d| d.day.is_some())
        .then_some((r, text))
}

/// `The April 9 tragedy ... was an event in Tbilisi, Georgian SSR, when an
/// anti-Soviet ... demonstration was dispersed by the Soviet Army on 9 April
/// 1989`: a `when` clause right after what the subject was (an event, and
/// where) tells what happened, and its first date when.
fn when_after_the_predicate(sentence: &str) -> Option<(DateRange, String)> {
    let (head, clause) = sentence.split_once(", when ")?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let verb = words.iter().position(|w| matches!(*w, "was" | "were"))?;
    let rest = words.get(verb + 1..)?;
    let (article, rest) = rest.split_first()?;
    if !matches!(*article, "a" | "an" | "the") {
        return None;
    }
    // At most three words before the event noun (`a violent crackdown`,
    // `the last large-scale armed rebellion`).
    let noun = rest
        .iter()
        .take(4)
        .position(|w| crate::extract::classify::noun_kind(w).is_some() || *w == "event")?;
    // Then nothing, or where: `in Tbilisi, Georgian SSR`; whom it was
    // against may come first (`against authority in Great Britain`), in
    // words that tell nothing more (no date, no verb).
    let after = &rest[noun + 1..];
    let after = match after.split_first() {
        Some((&"against", them)) => {
            let at = them.iter().position(|w| matches!(*w, "in" | "at"))?;
            let plain = them[..at].iter().all(|w| {
                !w.contains(|c: char| c.is_ascii_digit())
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
                    && !matches!(*w, "who" | "which" | "that")
            });
            if !plain {
                return None;
            }
            &them[at..]
        }
        _ => after,
    };
    match after {
        [] => {}
        [at, place @ ..] if matches!(*at, "in" | "at") => {
            if !place.iter().all(|w| w.starts_with(char::is_uppercase)) {
                return None;
            }
        }
        _ => return None,
    }
    // Up to what follows from it (`, resulting in 21 deaths`).
    let all: Vec<&str> = clause.split_whitespace().collect();
    let end = all
        .windows(2)
        .position(|w| {
            w[0].ends_with([',', ';'])
                && (w[1].ends_with("ing") || matches!(w[1], "which" | "who" | "when"))
        })
        .map_or(all.len(), |at| at + 1);
    let words = &all[..end];
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| matches!(**w, "on" | "in"))
        .find_map(|(i, _)| point_after(words, i + 1))
}

/// `carried out during the 1972 Summer Olympics`: an event that happened
/// during another named with its year happened in that year; only the
/// year, and only when the subject sentence gives no date of its own.
fn year_of_the_event_it_was_part_of(sentence: &str) -> Option<(DateRange, String)> {
    let words: Vec<&str> = own_clause(sentence).split_whitespace().collect();
    words.windows(4).find_map(|w| {
        let year = w[2];
        let named = w[3].starts_with(char::is_uppercase) && !w[2].ends_with([',', '.', ';', ':']);
        if !(w[0] == "during" && w[1] == "the" && named && year.len() == 4) {
            return None;
        }
        let r = whole_date(year).filter(|r| r.start.is_some_and(|d| d.year >= 1000))?;
        Some((r, year.to_owned()))
    })
}

/// `From 1941 to 1945, Nazi Germany ... murdered`, `Between 1519 and 1521,
/// Cortés ... overthrew`, `For five days from late August to early
/// September 1921, ...`: a span of two dates that opens the second or
/// third sentence after undated ones tells when the event happened,
/// whoever the sentence's subject is. A single date there (`In 1920, ...`)
/// is more often background, and is not read.
fn opening_span(sentence: &str) -> Option<(DateRange, String)> {
    let sentence = sentence.trim_start();
    // `For five days from late August to early September 1921, ...`: the
    // span after how long it lasted.
    let for_a_while = sentence.strip_prefix("For ").and_then(|r| {
        let (_, r) = r.split_once(' ')?;
        let (unit, r) = r.split_once(' ')?;
        matches!(unit, "days" | "weeks" | "months" | "years")
            .then(|| r.strip_prefix("from "))
            .flatten()
    });
    let (joiners, rest): (&[&str], &str) =
        if let Some(r) = for_a_while.or_else(|| sentence.strip_prefix("From ")) {
            (&["to", "until", "till", "through"], r)
        } else {
            (&["and"], sentence.strip_prefix("Between ")?)
        };
    let (span, _) = rest.split_once(", ")?;
    let words: Vec<&str> = span.split_whitespace().collect();
    let (r, text) = range_after(&words, 0, joiners)?;
    let both = (r.start.is_some() || r.start_bounds.is_some())
        && (r.end.is_some() || r.end_bounds.is_some());
    (both && text == span).then_some((r, text))
}

/// Verbs only events do: `, which lasted from ...` speaks of the event
/// whatever noun stands before the comma.
const ONLY_EVENTS_DO: &[&str] = &[
    "lasted", "began", "started", "occurred", "happened", "ended", "erupted", "broke", "raged",
];

/// The part of a sentence said of its subject: up to the first clause
/// about something else after its verb (`, who had ruled Cuba from 1952 to
/// 1959`), but not a clause whose verb only an event can have (`, which
/// lasted from October 1935 to May 1936`).
fn own_clause(sentence: &str) -> &str {
    let lower = sentence.to_ascii_lowercase();
    let verb = [
        " was ", " were ", " is ", " are ", " took ", " began ", " lasted ",
    ]
    .iter()
    .filter_map(|v| lower.find(v))
    .min()
    .unwrap_or(0);
    let end = OTHER_CLAUSE
        .iter()
        .flat_map(|m| {
            sentence
                .match_indices(m)
                .map(|(at, _)| at)
                // `..., and the Contra War, which was waged ... from 1981`:
                // the first copula is the relative clause's own, the main
                // verb (`encompassed`) is none of ours; the clause is still
                // about something else.
                .filter(|at| *at >= verb || verb <= at + m.len())
                .filter(|at| {
                    let next = sentence[at + m.len()..]
                        .split_whitespace()
                        .next()
                        .unwrap_or("");
                    // `just before 8:00 a.m. on ...`, `Shortly after 19:00
                    // on ...`: a time, no clause.
                    let time = matches!(m.trim(), "before" | "after")
                        && (next.starts_with(|c: char| c.is_ascii_digit()) && next.contains(':')
                            || matches!(
                                next.trim_end_matches(','),
                                "midnight" | "dawn" | "noon" | "sunrise" | "sunset" | "daybreak"
                            ));
                    // `, which took place between ...`: only events take place.
                    let took_place = sentence[at + m.len()..]
                        .trim_start()
                        .starts_with("took place");
                    // `, which is now part of Khyber Pakhtunkhwa`: what a
                    // place is today, said of the place.
                    let now = sentence[at + m.len()..]
                        .split_whitespace()
                        .nth(1)
                        .is_some_and(|w| matches!(w, "now" | "today"))
                        && matches!(next, "is" | "was");
                    // `occurred on 15–16 December 2014, when a lone gunman
                    // held hostage ...`: what happened on the day told.
                    // So after the war it was part of (`from 10 to 12 May
                    // 1968 during the Vietnam War, when the People's Army
                    // of Vietnam overran the camp at Kham Duc`).
                    let before = &sentence[..*at];
                    let dated = |s: &str| s.ends_with(|c: char| c.is_ascii_digit());
                    let that_day = *m == ", when "
                        && (dated(before)
                            || before
                                .rsplit_once(" during the ")
                                .is_some_and(|(day, war)| {
                                    dated(day)
                                        && war.split(' ').all(|w| {
                                            w.starts_with(char::is_uppercase)
                                                || matches!(w, "of" | "the")
                                                || w.starts_with(|c: char| c.is_ascii_digit())
                                        })
                                }));
                    // `on 16 September 1976 and the following days, in La
                    // Plata`: `following` qualifying a noun, no clause.
                    let adjective = *m == " following " && before.ends_with(" the");
                    !(m.contains("which") && (ONLY_EVENTS_DO.contains(&next) || took_place || now))
                        && !time
                        && !that_day
                        && !adjective
                })
                .collect::<Vec<_>>()
        })
        .min()
        .unwrap_or(sentence.len());
    &sentence[..end]
}

/// `The Cimbrian or Cimbric War (113–101 BC)` for `Cimbrian War`: the
/// subject holds the title's words in order, another name's words between
/// them (at most three), and a bracket follows it; what follows the name.
fn name_around_another<'s>(sentence: &'s str, title: &str) -> Option<&'s str> {
    let at = sentence.find(" (")?;
    let subject = sentence[..at]
        .strip_prefix("The ")
        .unwrap_or(&sentence[..at]);
    let (mut got, want): (Vec<&str>, Vec<&str>) =
        (subject.split(' ').collect(), title.split(' ').collect());
    if got.len() <= want.len() || got.len() > want.len() + 3 || got.last() != want.last() {
        return None;
    }
    for w in &want {
        let i = got.iter().position(|g| g == w)?;
        got.drain(..=i);
    }
    got.is_empty().then(|| &sentence[at..])
}

fn dates_in(sentence: &str, title: &str, subject_sentence: bool) -> Option<(DateRange, String)> {
    // `The Livonian War (1558–1583)`, `The Seven Years' War, 1756 to 1763,`:
    // dates right after the name.
    // `The partition of India` for `Partition of India`.
    let named = sentence
        .find(title)
        .map(|at| &sentence[at + title.len()..])
        .or_else(|| {
            sentence
                .match_indices("The ")
                .find_map(|(at, m)| crate::text::strip_title(&sentence[at + m.len()..], title))
        })
        .or_else(|| name_around_another(sentence, title));
    // `The 1639 and 1640 Bishops' Wars were`: the years the subject is
    // named with, before a title that has none.
    if let Some(r) = years_before_the_name(sentence, title) {
        return Some(r);
    }
    if let Some(mut after) = named {
        // `World War I or the First World War (28 July 1914 – ...)`, `The
        // Lamian War, or the Hellenic War (323–322 BC),`: past another
        // name of it.
        if let Some(rest) = [" or the ", " or ", ", or the ", ", or "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
        {
            if let Some(p) = rest.find(" (") {
                // `The January 28 incident or Shanghai incident
                // (January 28 – March 3, 1932)`: a name begun with a
                // capital, its noun in lower case.
                let other: Vec<&str> = rest[..p].split(' ').collect();
                if other.len() <= 5 && other[0].starts_with(char::is_uppercase) {
                    after = &rest[p..];
                }
            }
        }
        if let Some(inner) = after.strip_prefix(" (").and_then(|a| a.split_once(')')) {
            if let Some((r, text)) = paren_date(inner.0) {
                return Some((r, text.to_owned()));
            }
            // `The Invasion of Lingayen Gulf (Filipino: ...), 6–9 January
            // 1945, was`, `The Battle of Salamanca (in French and Spanish
            // known as ...) on 22 July 1812 was`: past the bracket of
            // its other names, the date.
            after = inner.1;
        }
        // `The Brusilov offensive, also known as the June advance, of June
        // to September 1916 was`: past another name of it between commas.
        let past_alias = [", also known as ", ", also called ", ", sometimes called "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .and_then(|rest| rest.split_once(','))
            .map(|(_, rest)| rest);
        // `The Siege of Vienna in 1529 was`, `Pugachev's Rebellion of
        // 1773–1775 was`, `The fall of the Berlin Wall on 9 November 1989,`:
        // a date the subject is named with.
        for lead_in in [" in ", " of ", " on "] {
            let after = past_alias.unwrap_or(after);
            let Some(rest) = after.strip_prefix(lead_in) else {
                continue;
            };
            let words: Vec<&str> = rest.split_whitespace().collect();
            for n in (1..=4).rev().filter(|n| *n <= words.len()) {
                let last = words[n - 1];
                // `The Bristol riots of 1831 took place`, `The Tonypandy
                // riots of 1910 and 1911 (also known as ...) were`, `The
                // Battle of Stoke Field on 16 June 1487 may be considered`.
                let before_verb = words.get(n).is_some_and(|w| {
                    matches!(
                        *w,
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "took"
                            | "occurred"
                            | "began"
                            | "broke"
                            | "may"
                            | "might"
                            | "can"
                            | "could"
                            | "marked"
                            | "ended"
                            | "resulted"
                            | "saw"
                    ) || w.starts_with('(')
                });
                // `The Loray Mill strike of 1929 in Gastonia, North
                // Carolina, was`: before where it happened.
                let before_a_place = matches!(words.get(n), Some(&"in" | &"at"))
                    && words
                        .get(n + 1)
                        .is_some_and(|w| w.starts_with(char::is_uppercase));
                if !(before_verb || before_a_place || last.ends_with(',')) {
                    continue;
                }
                let text = words[..n].join(" ");
                let text = text.trim_end_matches(',');
                if let Some(r) = whole_date(text) {
                    return Some((r, text.to_owned()));
                }
                // Two years joined by `and`: from the one to the other.
                if let Some((r, text)) = range_after(&words[..n], 0, &["and"])
                    .filter(|(r, t)| r.end.is_some() && t.split_whitespace().count() == n)
                {
                    return Some((r, text));
                }
            }
        }
        if let Some(inner) = after.strip_prefix(", ").and_then(|a| a.split_once(", ")) {
            if let Some(r) = whole_date(inner.0) {
                return Some((r, inner.0.to_owned()));
            }
            // `The Defense of Sihang Warehouse, from 26 October to 1
            // November 1937, marked`: a span between commas after the name.
            let words: Vec<&str> = inner.0.split_whitespace().collect();
            let span = match words.first() {
                Some(&"from") => range_after(&words, 1, &["to", "until", "till"]),
                Some(&"between") => range_after(&words, 1, &["and"]),
                _ => None,
            };
            if let Some(found) =
                span.filter(|(_, t)| t.split_whitespace().count() == words.len() - 1)
            {
                return Some(found);
            }
        }
    }
    // `In October 1973, ...`: a date that opens the subject sentence.
    if subject_sentence {
        // `Early on a Sunday morning, October 23, 1983, two truck bombs`.
        let opening = sentence
            .strip_prefix("Early ")
            .or(sentence.strip_prefix("Late "))
            .unwrap_or(sentence);
        if let Some(rest) = opening.strip_prefix("on ").or(opening.strip_prefix("On ")) {
            let words: Vec<&str> = rest.split_whitespace().take(12).collect();
            if let Some(found) = day_of_an_occasion(&words, 0) {
                return Some(found);
            }
        }
        for lead_in in ["In ", "On "] {
            if let Some(rest) = sentence.strip_prefix(lead_in) {
                // `On the night of 14–15 April 2014,`: the day(s) of a
                // part of one.
                let rest = PARTS_OF_A_DAY
                    .iter()
                    .find_map(|p| {
                        rest.strip_prefix("the ")?
                            .strip_prefix(p)?
                            .strip_prefix(" of ")
                    })
                    .unwrap_or(rest);
                if let Some((d, _)) = rest.split_once(", ") {
                    if let Some(r) = whole_date(d) {
                        return Some((r, d.to_owned()));
                    }
                    // `On April 14, 1865, Abraham Lincoln ...`: a US date
                    // holds a comma.
                    if date::is_month_name(d.split(' ').next().unwrap_or("")) {
                        if let Some((year, _)) = rest[d.len() + 2..].split_once(", ") {
                            let us = &rest[..d.len() + 2 + year.len()];
                            if let Some(r) = whole_date(us) {
                                return Some((r, us.to_owned()));
                            }
                        }
                    }
                    // `In February and March 2014, Russia invaded ...`.
                    let words: Vec<&str> = d.split_whitespace().collect();
                    if let Some(found) = months_of_a_year(&words, 0) {
                        return Some(found);
                    }
                }
            }
        }
    }
    let parts = parts_of_a_year(sentence);
    let parts = without_causes(&parts);
    let clause = own_clause(&parts);
    let words: Vec<&str> = clause.split_whitespace().collect();
    // A verb that dates the subject, and whether it marks the start or end;
    // never inside brackets (`The Saga Rebellion (佐賀の乱, Saga no ran)
    // was an 1874 uprising`: a name in another language, whose `ran` is no
    // verb of ours).
    let mut depth = 0usize;
    let verb_at = words.iter().position(|w| {
        let outside = depth == 0 && !w.starts_with('(');
        depth = (depth + w.matches('(').count()).saturating_sub(w.matches(')').count());
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        outside && EVENT_VERBS.contains(&w.as_str())
    })?;
    let verb_word = words[verb_at]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    let mut verb = verb_word.as_str();
    let mut i = verb_at + 1;
    // Event nouns passed since the verb: after a second one (`the first
    // battle of the Kharkiv counteroffensive that began ...`), a relative
    // clause speaks of that other event.
    let mut events_named = 0;
    // Whether the last event noun was part of a name (`the French
    // Revolution`): a restrictive `that` never qualifies a name, so `...
    // resulting from the French Revolution that lasted from 1792` dates
    // the subject.
    let mut last_named = false;
    // `began with the Estates General of 1789`, `ended with the Treaty of
    // Paris of 1783`: what it began or ended with is dated by `of`.
    let mut with_event = false;
    // A start found, kept while an end may follow.
    let mut started: Option<(DateRange, String)> = None;
    // `began ... on July 27 and ended on August 3, 1919`: a start's day
    // and month, whose year the end gives.
    let mut day_only: Option<String> = None;
    // `It started on 30 June 1855, and martial law was proclaimed on 10
    // November 1855, which lasted until 3 January 1856`: a second date
    // under the verb of starting dates another clause's subject, and a
    // `which` right after it is about that subject (where the second
    // date ends, and whether such a `which` was read).
    let mut other_dated: Option<usize> = None;
    let mut about_other = false;
    while i < words.len() {
        let w = words[i].trim_matches(|c: char| !c.is_alphanumeric());
        about_other |= w == "which" && other_dated == Some(i);
        if w == "with" {
            with_event = START_VERBS.contains(&verb) || END_VERBS.contains(&verb);
        }
        // `demonstrations and civil unrest`: one phrase, one event; `the
        // Palestine Liberation Organization`: no event.
        // `protests, marches, and riots`: a list is one phrase too.
        let coordinated = words[i.saturating_sub(2)..i]
            .iter()
            .any(|p| matches!(*p, "and" | "or"))
            // `protests, riots, looting, shootings and massacres`: after a
            // list's lower-case item.
            || i > 0
                && words[i - 1].ends_with(',')
                && words[i - 1]
                    .trim_end_matches(',')
                    .chars()
                    .all(|c| c.is_lowercase() || c == '-');
        let in_a_name = words.get(i + 1).is_some_and(|n| {
            n.starts_with(char::is_uppercase)
                && !n
                    .trim_end_matches([',', '.', ';', ':'])
                    .chars()
                    .all(|c| matches!(c, 'I' | 'V' | 'X'))
        }) && !words[i].ends_with([',', '.', ';', ':'])
            // `the Front for the Liberation of Occupied South Yemen`: an
            // organisation's name goes on past `for (the)`.
            || w.starts_with(char::is_uppercase) && {
                let before: Vec<&str> = words[i.saturating_sub(3)..i]
                    .iter()
                    .copied()
                    .filter(|p| *p != "the")
                    .collect();
                matches!(before.as_slice(), [.., name, "for"] if name.starts_with(char::is_uppercase))
            };
        // `coup d'état` is one noun, one event; so is `bombing raids` (a
        // noun before another).
        let of_a_coup = w.starts_with("d'") || w.starts_with("d’");
        let compound = !words[i].ends_with([',', '.', ';', ':'])
            && words.get(i + 1).is_some_and(|n| {
                n.starts_with(char::is_lowercase)
                    && crate::extract::classify::noun_kind(n).is_some()
            });
        if crate::extract::classify::noun_kind(w).is_some()
            && !coordinated
            && !in_a_name
            && !of_a_coup
            && !compound
        {
            events_named += 1;
            last_named = w.starts_with(char::is_uppercase);
        }
        // A restrictive clause (no comma before it: `that`, `in which`)
        // never qualifies a name, so after one it speaks of the head
        // before (`a major campaign of World War II in which the Allied
        // forces invaded Sicily in July 1943`).
        let restrictive = w == "that"
            || !words[i.saturating_sub(2)..i]
                .iter()
                .any(|p| p.ends_with(','));
        if matches!(w, "that" | "which") && events_named > 1 && !(restrictive && last_named) {
            return None;
        }
        // `began ... and ended in 1991`: a later verb rules what follows.
        if EVENT_VERBS.contains(&w) && !matches!(w, "was" | "were" | "is" | "are") {
            verb = w;
        }
        // `was fought July 1–3, 1863, in ...`, `began February 27, 1973,
        // when`, `took place June 4, 1989`, `an environmental disaster
        // beginning 20 April 2010`: the date right after the verb.
        let right_after = (i > verb_at
            && match words[i - 1].trim_matches(|c: char| !c.is_alphanumeric()) {
                "fought" | "held" | "occurred" | "began" | "started" | "erupted" | "beginning"
                | "starting" => true,
                "place" => i >= 2 && words[i - 2] == "took",
                _ => false,
            })
        .then(|| span_at(&words, i))
        .flatten();
        // `was a 1921 insurrection`, `was the July 1995 genocidal
        // killing`: a year (with its month) that qualifies the noun the
        // verb predicates.
        let qualifying = (i == verb_at + 1
            && matches!(verb_word.as_str(), "was" | "were" | "is" | "are")
            && matches!(w, "a" | "an" | "the"))
        .then(|| point_after(&words, i + 1).or_else(|| span_before_noun(&words, i + 1)))
        .flatten()
        .filter(|(r, text)| {
            r.start
                .is_some_and(|d| d.year >= 1000 || text.contains(' '))
                && words
                    .get(i + 1 + text.split_whitespace().count())
                    .is_some_and(|n| n.starts_with(char::is_lowercase))
        });
        if w == "on" && START_VERBS.contains(&verb) && started.is_none() && day_only.is_none() {
            day_only = month_and_day(&words, i + 1);
        }
        let found = qualifying.or(right_after).or_else(|| match w {
            // `from 8 December 1941 – 15 February 1942`: a dash for `to`.
            "from" | "period" => {
                const TO: &[&str] = &["to", "until", "till", "through", "–"];
                // `from the spring of 1919 to 29 November 1920`: from that
                // year.
                range_after(&words, i + 1, TO)
                    .or_else(|| range_after(&words, past_a_season(&words, i + 1)?, TO))
            }
            "between" => range_after(&words, i + 1, &["and"]),
            // `on 4–7 June 1942,`: a span written as one.
            "on" => point_after(&words, i + 1)
                .or_else(|| span_at(&words, i + 1))
                .or_else(|| day_of_an_occasion(&words, i + 1)),
            // `in March and April 2005`, `during August, September and
            // October 2007`, `in February to July 1960`: months of one
            // year; `during the winter of AD 208–209`.
            "in" | "during" => two_years(&words, i + 1)
                .or_else(|| point_after(&words, i + 1))
                // `in 132–136 CE`, `in 1837–38 between`: a span as one.
                .or_else(|| span_at(&words, i + 1).filter(|(r, _)| r.end.is_some()))
                .or_else(|| months_of_a_year(&words, i + 1))
                .or_else(|| season_of_years(&words, i + 1))
                .or_else(|| {
                    range_after(&words, i + 1, &["to", "through"]).filter(|(r, _)| r.end.is_some())
                }),
            "since" => point_after(&words, i + 1),
            // `began on 14 October 1963 and lasted until 30 November 1967`.
            "until"
                if !about_other
                    && (started.is_some() || END_VERBS.contains(&verb) || verb == "lasted") =>
            {
                point_after(&words, i + 1)
            }
            // `over the later part of 1932`, read as `over late 1932`.
            "over" if matches!(words.get(i + 1), Some(&("late" | "early"))) => {
                point_after(&words, i + 1)
            }
            "of" if i > 0 && {
                let part = words[i - 1].trim_matches(|c: char| !c.is_alphanumeric());
                part == "hours" || PARTS_OF_A_DAY.contains(&part)
            } =>
            {
                // `On the night of 14–15 April 2014,`: a night over two days
                // (`11/12 November 1940` too).
                point_after(&words, i + 1)
                    .or_else(|| span_at(&words, i + 1))
                    .or_else(|| night_across(&words, i + 1))
            }
            "of" if with_event => point_after(&words, i + 1),
            // `was the series of events of 2000 that`: the date of what
            // the verb predicates.
            "of" if events_named <= 1
                && words[i - 1].starts_with(char::is_lowercase)
                // The head of what the verb predicates, not a noun after
                // another `of` (`the final confrontation of the Jacobite
                // rising of 1745`); `series of events` is one phrase.
                && words.get(verb_at + 1..i - 1).unwrap_or(&[]).iter().enumerate().all(|(k, w)| {
                    *w != "of"
                        || crate::extract::classify::GATHERING_NOUNS
                            .contains(&words[verb_at + k])
                })
                && (words[i - 1] == "events"
                    || crate::extract::classify::noun_kind(words[i - 1]).is_some()) =>
            {
                // `a French military campaign of 1894–1895 that`: a span.
                point_after(&words, i + 1)
                    .or_else(|| span_at(&words, i + 1).filter(|(r, _)| r.end.is_some()))
            }
            _ => None,
        });
        if let Some((mut r, text)) = found {
            // `the movement that in 1861 ended in the annexation of ...`:
            // a date right before a verb of ending is when it came to
            // something (the unification was completed in 1871), no start
            // and no sure end: not read. (Not a verb after `and`: `began
            // on 1 August 2022 and ended on ...` is another clause.)
            let n = text.split_whitespace().count();
            let ends_next = words
                .get(i + 1 + n)
                .filter(|_| !text.ends_with(" and") && !text.ends_with(" or"))
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .is_some_and(|w| END_VERBS.contains(&w));
            if ends_next {
                i += 1;
                continue;
            }
            // `began on D`: a start; `ended in D`: an end; `lasted until D`.
            let single = r.end.is_none() && r.end_bounds.is_none();
            if single && START_VERBS.contains(&verb) {
                // The start; an end may follow (`began with ... of 1789
                // and ended with ... on 9 November 1799`).
                if started.is_none() {
                    started = Some((r, text));
                } else {
                    other_dated = Some(i + 1 + n);
                }
                with_event = false;
                i += 1;
                continue;
            } else if single && (END_VERBS.contains(&verb) || w == "until") {
                r.end = r.start.take();
                r.end_bounds = r.start_bounds.take();
                if let Some((s, t)) = started.take() {
                    r.start = s.start;
                    r.start_bounds = s.start_bounds;
                    return Some((r, format!("{t} ... {text}")));
                }
                if let (Some(first), Some(end)) = (day_only.take(), r.end) {
                    let start = whole_date(&format!("{first} {}", end.year))
                        .and_then(|d| d.start)
                        .filter(|d| (d.month, d.day) <= (end.month, end.day));
                    if start.is_some() {
                        r.start = start;
                        return Some((r, format!("{first} ... {text}")));
                    }
                }
            } else if single && w == "since" {
                r.ongoing = true;
            } else if !single
                && START_VERBS.contains(&verb)
                && (with_event || matches!(w, "on" | "of"))
            {
                // `The war began with isolated clashes ... between 1975 and
                // 1977`: the span is what it began with; `that began on the
                // night of 20–21 December 1963`: the night it began in.
                // Its start is the event's, its end is not.
                r.end = None;
                r.end_bounds = None;
            }
            if let Some(s) = started.take() {
                return Some(s);
            }
            return Some((r, text));
        }
        i += 1;
    }
    started
}

/// [`dates_in`]'s date written between a first sentence's `The` and the
/// title (`The 1639 and 1640 Bishops' Wars`, `The 1919–1920 X`).
fn years_before_the_name(sentence: &str, title: &str) -> Option<(DateRange, String)> {
    let rest = sentence.strip_prefix("The ")?;
    let at = rest.find(title).filter(|&at| at > 0 && at <= 24)?;
    let text = rest[..at].trim_end();
    let words: Vec<&str> = text.split_whitespace().collect();
    // Years of four digits (`The 300 Spartans` is a count).
    let year = |w: &str| w.len() >= 4 && w.bytes().take(4).all(|b| b.is_ascii_digit());
    if !words.first().is_some_and(|w| year(w))
        || !words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_digit() || c == '–') || matches!(*w, "and" | "to")
        })
    {
        return None;
    }
    whole_date(text).map(|r| (r, text.to_owned())).or_else(|| {
        range_after(&words, 0, &["and", "to"])
            .filter(|(r, t)| r.end.is_some() && t.split_whitespace().count() == words.len())
    })
}

/// `in 1969 and 1970`, `during 1786 and 1787`: two years a few apart, as
/// the span from the first to the second (not a list of more: `in 1848,
/// 1849 and 1850` is read by its first year).
fn two_years(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    let year = |w: &str| crate::extract::names::year_of(w.trim_end_matches([',', '.', ';', ':']));
    let (a, and, b) = (words.get(from)?, words.get(from + 1)?, words.get(from + 2)?);
    if *and != "and" || a.ends_with([',', ';', '.']) {
        return None;
    }
    let (ya, yb) = (year(a)?, year(b)?);
    if !(ya < yb && yb - ya <= 10) {
        return None;
    }
    let text = format!("{a} and {}", b.trim_end_matches([',', '.', ';', ':']));
    whole_date(&format!("{ya}–{yb}")).map(|r| (r, text))
}

/// `the winter of AD 208–209`: a season across two years, as the span
/// of those years.
fn season_of_years(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    span_at(words, past_a_season(words, from)?).filter(|(r, _)| r.end.is_some())
}

/// Past `the winter of` (any season) at `from`: where its year is.
fn past_a_season(words: &[&str], from: usize) -> Option<usize> {
    let season = words.get(from + 1)?;
    (words.get(from) == Some(&"the")
        && matches!(*season, "winter" | "summer" | "spring" | "autumn" | "fall")
        && words.get(from + 2) == Some(&"of"))
    .then_some(from + 3)
}

/// `July 27 and`, `5 May and`: a day and month without a year at `from`.
fn month_and_day(words: &[&str], from: usize) -> Option<String> {
    let (a, b) = (words.get(from)?, words.get(from + 1)?.trim_end_matches(','));
    let day = |w: &str| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit());
    let next_is_year = words
        .get(from + 2)
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    if next_is_year {
        return None;
    }
    let named = date::is_month_name(a) && day(b) || day(a) && date::is_month_name(b);
    named.then(|| format!("{a} {b}"))
}

/// The date in a parenthesis after a name: the whole of it (`1558–1583`),
/// a part before `;` (`April 12, 1861 – May 26, 1865; also known by other
/// names`), or what ends a part after its other names (`Afrikaans:
/// Tweede Vryheidsoorlog, lit. 'Second Freedom War', 11 October 1899 – 31
/// May 1902`).
fn paren_date(inner: &str) -> Option<(DateRange, &str)> {
    inner.split("; ").find_map(|part| {
        std::iter::once(part)
            .chain(
                part.match_indices(", ")
                    .map(|(at, m)| &part[at + m.len()..]),
            )
            .find_map(|text| whole_date(text).map(|r| (r, text)))
    })
}

/// A date or a range of dates that is the whole of `text`.
fn whole_date(text: &str) -> Option<DateRange> {
    let t = text.trim();
    if t.is_empty() || !t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // (`28 and 29 May 1982`, two days of one month, is `date::parse`'s.)
    let r = date::parse(t).ok()?;
    // A year of one or two digits is a year only with its era (`73 CE`):
    // prose's small numbers are days and counts.
    let era = t
        .split([' ', '–', '-'])
        .any(|w| matches!(w.trim_end_matches(['.', ',']), "BC" | "BCE" | "AD" | "CE"));
    let small = |d: Option<date::PartialDate>| d.is_some_and(|d| (0..100).contains(&d.year));
    if !era && (small(r.start) || small(r.end)) {
        return None;
    }
    (r.ignored_tail.is_none() && (r.start.is_some() || r.end.is_some())).then_some(r)
}

/// Whether a number counts what follows it: the word after it says what
/// it counts ([`counts`]), or, for a number of three digits or fewer, is
/// in lower case and no word a year is followed by (`between 100 and 120
/// mostly Serb civilians`; not `in 732 when`).
fn counts_after(number: &str, next: &str) -> bool {
    const AFTER_A_YEAR: &[&str] = &[
        "and",
        "or",
        "to",
        "until",
        "till",
        "in",
        "on",
        "at",
        "by",
        "during",
        "when",
        "while",
        "with",
        "after",
        "before",
        "as",
        "the",
        "a",
        "an",
        "from",
        "under",
        "against",
        "for",
        "which",
        "that",
        "where",
        "was",
        "were",
        "is",
        "but",
        "following",
        "amid",
        "through",
        "throughout",
        "into",
        "near",
        "between",
        "over",
        "across",
        "upon",
    ];
    counts(next)
        || number.len() <= 3
            && next.starts_with(char::is_lowercase)
            && !AFTER_A_YEAR.contains(&next.trim_end_matches([',', '.', ';', ':']))
}

/// Whether a word after a number says what it counts (`334 people`, `300
/// soldiers`), not what follows a year (`in 1592 also called`, `in 1991
/// was`).
fn counts(word: &str) -> bool {
    const ADVERBS: &[&str] = &[
        "always",
        "perhaps",
        "towards",
        "afterwards",
        "sometimes",
        "besides",
        "whereas",
        "nevertheless",
        "across",
        "unless",
        "thus",
        "this",
        "various",
    ];
    let w = word.trim_end_matches([',', '.', ';', ':']);
    matches!(
        w,
        "people" | "men" | "women" | "children" | "dead" | "killed" | "wounded" | "more" | "of"
    ) || (w.len() > 4
        && w.ends_with('s')
        && w.starts_with(char::is_lowercase)
        && !ADVERBS.contains(&w))
}

/// How many words from `from` make a date (`27 February 2022`, `490 BC`,
/// `early 1899`, `September 1980`), the longest first; a year followed by
/// a capitalised word is part of a name (`the 1952 Cuban coup`), not a
/// date.
fn date_words(words: &[&str], from: usize) -> Option<(usize, DateRange)> {
    // Four words at most, five after `the` (`the early summer of 1358`),
    // two more with `or` (`the early summer or September 1259`, `18 or
    // 22 December 218 BC`).
    let most = if words.get(from) == Some(&"the") {
        5
    } else {
        4
    } + if words.iter().skip(from + 1).take(3).any(|w| *w == "or") {
        2
    } else {
        0
    };
    for n in (1..=most).rev() {
        if from + n > words.len() {
            continue;
        }
        let last = words[from + n - 1];
        let text = words[from..from + n].join(" ");
        let text = text.trim_end_matches([',', '.', ';', ':', ')']);
        if let Some(next) = words.get(from + n) {
            let ends_clean = !last.ends_with([',', '.', ';', ':', ')']);
            if ends_clean && next.starts_with(char::is_uppercase) && next != &"BC" && next != &"AD"
            {
                continue;
            }
            // `the deaths of 334 people`: a number before what it counts.
            let bare = n == 1 && last.chars().all(|c| c.is_ascii_digit());
            if bare && ends_clean && counts_after(last, next) {
                continue;
            }
        }
        if let Some(r) = whole_date(text) {
            if or_another_date(words, from + n) {
                return None;
            }
            if r.end.is_none() && r.end_bounds.is_none() {
                return Some((n, r));
            }
        }
    }
    None
}

/// `in AD 60 or 61`: a date with another after `or` at `at`, two
/// readings, neither sure.
fn or_another_date(words: &[&str], at: usize) -> bool {
    words.get(at) == Some(&"or")
        && words
            .get(at + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// A date or a span of dates written as one (`July 1–3, 1863`, `18 June
/// 1815`) from `from`, the longest first, ending at a comma or the clause.
fn span_at(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    if !words
        .get(from)?
        .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
    {
        return None;
    }
    // Up to `September 30 – October 1, 1919` (six words).
    for n in (1..=6).rev().filter(|n| from + n <= words.len()) {
        let last = words[from + n - 1];
        // `fought on 27–28 May 1905 in the Tsushima Strait`: a clause
        // goes on in lower case.
        let ends = from + n == words.len()
            || last.ends_with([',', '.', ';', ':'])
            || words[from + n].starts_with(char::is_lowercase);
        if !ends {
            continue;
        }
        let text = words[from..from + n].join(" ");
        if let Some(r) = whole_date(text.trim_end_matches([',', '.', ';', ':'])) {
            if or_another_date(words, from + n) {
                return None;
            }
            return Some((r, text.trim_end_matches([',', '.', ';', ':']).to_owned()));
        }
    }
    None
}

/// `16–18 September 1982` before the noun it dates (`was the 16–18
/// September 1982 killing of`).
fn span_before_noun(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    // Up to `26 July – 2 August 1897` (six words).
    (2..=6).rev().find_map(|n| {
        let next = words.get(from + n)?;
        if !next.starts_with(char::is_lowercase) || words[from + n - 1].ends_with(',') {
            return None;
        }
        let text = words[from..from + n].join(" ");
        whole_date(&text).map(|r| (r, text))
    })
}

/// `March and April 2005`, `August, September and October 2007`, `late
/// May and early July 1917`: the first month to the last, of the year
/// after them.
fn months_of_a_year(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    let mut k = from;
    let mut named: Vec<&str> = Vec::new();
    while let Some(w) = words.get(k) {
        let bare = w.trim_end_matches(',');
        let part_of_a_month = matches!(bare, "early" | "mid" | "late")
            && words
                .get(k + 1)
                .is_some_and(|m| date::is_month_name(m.trim_end_matches(',')));
        if date::is_month_name(bare) {
            named.push(bare);
        } else if !(bare == "and" && !named.is_empty() || part_of_a_month) {
            break;
        }
        k += 1;
    }
    let year = words.get(k)?.trim_end_matches([',', '.', ';', ':']);
    if named.len() < 2 || !year.chars().all(|c| c.is_ascii_digit()) || year.len() != 4 {
        return None;
    }
    let (first, last) = (named[0], named[named.len() - 1]);
    let r = whole_date(&format!("{first} {year} – {last} {year}"))?;
    Some((r, words[from..=k].join(" ")))
}

/// `on the eve of Chinese New Year, 23 January 2001`: the day of an
/// occasion, given after its name; `on a Sunday morning, October 23,
/// 1983,`; `on Palm Sunday, March 21, 1937,`.
fn day_of_an_occasion(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    const WEEKDAYS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    // `on Palm Sunday, March 21, 1937,`, `on Christmas Day, 25 December
    // 1989`: a named day, then its date.
    if words.get(from)?.starts_with(char::is_uppercase) {
        let comma = (from..words.len().min(from + 3)).find(|&c| words[c].ends_with(','))?;
        let name = words[comma].trim_end_matches(',');
        if comma == from || !(WEEKDAYS.contains(&name) || matches!(name, "Day" | "Eve")) {
            return None;
        }
        return span_at(words, comma + 1).filter(|(r, _)| r.start.is_some_and(|d| d.day.is_some()));
    }
    if !matches!(*words.get(from)?, "the" | "a") {
        return None;
    }
    let mut k = from + 1;
    if words
        .get(k)
        .is_some_and(|w| WEEKDAYS.contains(&w.trim_end_matches(',')))
    {
        k += 1;
    }
    let part = words.get(k)?;
    if !matches!(
        part.trim_end_matches(','),
        "eve" | "night" | "morning" | "evening" | "afternoon" | "day"
    ) {
        return None;
    }
    let comma = if part.ends_with(',') {
        k
    } else if words.get(k + 1) == Some(&"of") {
        (k + 2..words.len().min(k + 8)).find(|&c| words[c].ends_with(','))?
    } else {
        return None;
    };
    span_at(words, comma + 1).filter(|(r, _)| r.start.is_some_and(|d| d.day.is_some()))
}

/// `the later part of 1932` as `late 1932`, `the beginning of August` as
/// `August`: the part of a year or month a phrase names, in the words
/// dates are read in (`from the beginning of August to the end of October
/// 1903`: `from August to October 1903`).
fn parts_of_a_year(sentence: &str) -> std::borrow::Cow<'_, str> {
    const PARTS: &[(&str, &str)] = &[
        ("the beginning of ", "early "),
        ("the start of ", "early "),
        ("the early part of ", "early "),
        ("the earlier part of ", "early "),
        ("the first half of ", "early "),
        ("the end of ", "late "),
        ("the later part of ", "late "),
        ("the latter part of ", "late "),
        ("the late part of ", "late "),
        ("the second half of ", "late "),
        ("the middle of ", ""),
        // `during the first week of January 1923`: within its month.
        ("the first week of ", "early "),
        ("the first weeks of ", "early "),
        ("the first days of ", "early "),
        ("the second week of ", ""),
        ("the third week of ", ""),
        ("the last week of ", "late "),
        ("the last weeks of ", "late "),
        ("the last days of ", "late "),
        // `during the first three months of 1970`.
        ("the first months of ", "early "),
        ("the first two months of ", "early "),
        ("the first three months of ", "early "),
        ("the first quarter of ", "early "),
        ("the last months of ", "late "),
        ("the last two months of ", "late "),
        ("the last three months of ", "late "),
        ("the last quarter of ", "late "),
    ];
    if !PARTS.iter().any(|(p, _)| sentence.contains(p)) {
        return std::borrow::Cow::Borrowed(sentence);
    }
    let mut out = sentence.to_owned();
    for (phrase, qualifier) in PARTS {
        let mut from = 0;
        while let Some(at) = out[from..].find(phrase).map(|p| p + from) {
            let next = out[at + phrase.len()..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            let next = next.trim_end_matches([',', '.', ';', ':']);
            let year = next.len() >= 3 && next.chars().all(|c| c.is_ascii_digit());
            let replacement = if date::is_month_name(next) {
                ""
            } else if year {
                qualifier
            } else {
                from = at + phrase.len();
                continue;
            };
            // `at the beginning of January 2001`: `in January 2001`.
            let after_at = out[..at].ends_with(" at ");
            let start = if after_at { at - 3 } else { at };
            let replacement = if after_at {
                format!("in {replacement}")
            } else {
                replacement.to_owned()
            };
            out.replace_range(start..at + phrase.len(), &replacement);
            from = start + replacement.len();
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `between 16 and 20 July [O.S. 3–7 July] 1917`: the text without the
/// date in the other calendar (Old Style or New Style, in brackets), which
/// names the same days.
fn without_other_calendar(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("O.S.") && !text.contains("N.S.") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['[', '(']) {
        let close = if rest.as_bytes()[at] == b'[' {
            ']'
        } else {
            ')'
        };
        let inner = &rest[at + 1..];
        let other = ["O.S.", "N.S."]
            .iter()
            .any(|c| inner.trim_start().starts_with(c));
        match inner.find(close).filter(|_| other) {
            Some(end) => {
                out.push_str(rest[..at].trim_end());
                rest = &inner[end + 1..];
            }
            None => {
                out.push_str(&rest[..at + 1]);
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `11/12 November 1940`: a night across two days, written with a slash.
fn night_across(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    let (a, b) = words.get(from)?.split_once('/')?;
    let day = |d: &str| (1..=2).contains(&d.len()) && d.bytes().all(|c| c.is_ascii_digit());
    if !day(a) || !day(b) {
        return None;
    }
    let rest = words.get(from + 1..from + 3)?;
    let text = format!("{a}–{b} {}", rest.join(" "));
    let text = text.trim_end_matches([',', '.', ';', ':']);
    whole_date(text).map(|r| (r, words[from..from + 3].join(" ")))
}

fn point_after(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    let (n, r) = date_words(words, from)?;
    Some((r, words[from..from + n].join(" ")))
}

/// `D1 to D2`, `D1 and D2`: two dates (the first may borrow its month and
/// year from the second: `16 to 28 October 1962`), or a start alone when
/// what follows the joiner is no date (`from 1939 to the defeat of ...`).
fn range_after(words: &[&str], from: usize, joiners: &[&str]) -> Option<(DateRange, String)> {
    let Some(j) = (from..words.len().min(from + 5)).find(|&k| joiners.contains(&words[k])) else {
        // `Lasting from March 9–29, 1847, it began`: a span written as one
        // date, days joined by a dash.
        if joiners != ["and"] {
            if let Some(found) = dashed_span(words, from) {
                return Some(found);
            }
        }
        // `from December 5, 1955, the Monday after ..., to December 20,
        // 1956`: the start, whole, before an aside.
        let (n, r) = date_words(words, from)?;
        let whole = r.start.is_some_and(|d| d.month.is_some());
        return (joiners != ["and"] && whole && words[from + n - 1].ends_with(',')).then(|| {
            (
                r,
                words[from..from + n]
                    .join(" ")
                    .trim_end_matches(',')
                    .to_owned(),
            )
        });
    };
    // `between 100 and 120 mostly Serb civilians`: numbers of people.
    let end_word = words.get(j + 1).copied().unwrap_or("");
    if end_word.chars().all(|c| c.is_ascii_digit())
        && words
            .get(j + 2)
            .is_some_and(|next| counts_after(end_word, next))
    {
        return None;
    }
    let first = words[from..j].join(" ");
    let (n, end) = date_words(words, j + 1)
        .map(|(n, r)| (n, Some(r)))
        .unwrap_or((0, None));
    if end.is_some() {
        let text = format!("{first} – {}", words[j + 1..j + 1 + n].join(" "));
        let clean = text.trim_end_matches([',', '.', ';', ':', ')']);
        if let Some(r) = whole_date(clean) {
            return Some((r, words[from..j + 1 + n].join(" ")));
        }
    } else {
        // `from August 11 to 16, 1965`: an end that is a day and a year,
        // in the start's month.
        for n in (1..=2).rev().filter(|n| j + 1 + n <= words.len()) {
            let text = format!("{first} – {}", words[j + 1..j + 1 + n].join(" "));
            let clean = text.trim_end_matches([',', '.', ';', ':', ')']);
            if let Some(r) = whole_date(clean).filter(|r| r.end.is_some()) {
                return Some((r, words[from..j + 1 + n].join(" ")));
            }
        }
    }
    // The start alone, when it reads whole.
    let r = whole_date(first.trim_end_matches(','))?;
    if joiners == ["and"] {
        // `between 1652 and <no date>` dates nothing.
        return None;
    }
    Some((r, first))
}

/// A span written as one date from `from` (`March 9–29, 1847`, `9–29
/// March 1847`), up to a comma or the clause's end, with a start and an
/// end.
fn dashed_span(words: &[&str], from: usize) -> Option<(DateRange, String)> {
    (1..=3).rev().find_map(|n| {
        let span = words.get(from..from + n)?;
        let last = span[n - 1];
        let ends = last.ends_with([',', '.', ';', ':']) || from + n == words.len();
        if !ends || !span.iter().any(|w| w.contains(['–', '-'])) {
            return None;
        }
        let text = span.join(" ");
        let text = text.trim_end_matches([',', '.', ';', ':']);
        let r = whole_date(text)?;
        (r.start.is_some_and(|d| d.day.is_some()) && r.end.is_some()).then(|| (r, text.to_owned()))
    })
}

/// `Argentine province of`, `Indonesian island of`: the country of a
/// people's name before a part of a state and `of`, when the name is one
/// state's.
fn demonym_part<'g>(
    g: &'g crate::gazetteer::Gazetteer,
    words: &[&str],
) -> Option<&'g crate::gazetteer::Country> {
    // `the small Spanish village of Albuera`: past what the place is
    // like, unless it was the people's once (`the then Spanish city of
    // Oran`) or the people are its dwellers, not its state (`the
    // predominantly Albanian village of Račak`, `the ethnic Serb town`).
    let like = words
        .iter()
        .take(2)
        .take_while(|w| w.starts_with(char::is_lowercase))
        .count();
    if words[..like].iter().any(|w| {
        matches!(
            *w,
            "then" | "former" | "formerly" | "once" | "old" | "ethnic" | "majority"
        ) || w.ends_with("ly")
    }) {
        return None;
    }
    let words = &words[like..];
    // `the Portuguese mountain range of`, `the German port city of`, `the
    // Egyptian resort city of`: past the part's own kind (not `the
    // Japanese puppet state of Manchukuo`).
    let kind = usize::from(
        words.get(1).is_some_and(|w| {
            matches!(
                *w,
                "mountain"
                    | "autonomous"
                    | "border"
                    | "frontier"
                    | "market"
                    | "port"
                    | "fortress"
                    | "coastal"
                    | "river"
                    | "harbour"
                    | "harbor"
                    | "mining"
                    | "fishing"
                    | "garrison"
                    | "resort"
                    | "seaside"
                    | "industrial"
                    | "spa"
                    | "university"
                    | "railway"
            )
        }) && words.get(3) == Some(&"of"),
    );
    let (Some(people), Some(part), Some(of)) =
        (words.first(), words.get(1 + kind), words.get(2 + kind))
    else {
        return None;
    };
    let words = &words[kind..];
    // `the Armenian provinces of Syunik, Vayots Dzor and Gegharkunik`:
    // several parts of it.
    let part_of_a_state = matches!(
        part.strip_suffix('s').unwrap_or(part),
        "province"
            | "range"
            | "region"
            | "state"
            | "island"
            | "town"
            | "village"
            | "capital"
            | "district"
            | "port"
            | "canton"
            | "oblast"
            | "voivodeship"
    ) || matches!(
        *part,
        "city"
            | "cities"
            | "county"
            | "counties"
            | "community"
            | "communities"
            | "kibbutz"
            | "moshav"
            | "fortress"
            | "fort"
            | "castle"
            | "citadel"
    );
    if !part_of_a_state || *of != "of" || !people.starts_with(char::is_uppercase) {
        return None;
    }
    // `the Indian-administered state of Jammu and Kashmir`: the state
    // that administers it (not one that occupies it).
    let people = people.strip_suffix("-administered").unwrap_or(people);
    let [one] = g.countries_of_demonym(people)[..] else {
        return None;
    };
    // Not where the place named after `of` lies elsewhere (`the Korean
    // city of Pyongyang`): its name ends at a comma (the first of a list).
    let mut ended = false;
    let name: Vec<&str> = words[3..]
        .iter()
        .take_while(|w| !std::mem::replace(&mut ended, w.ends_with(',')))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(4)
        .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']))
        .collect();
    // `the French province of Île-Royale (present-day Cape Breton
    // Island)`: a land the people held then, in another state today.
    let next = words.get(3 + name.len()).copied().unwrap_or("");
    let now_elsewhere = matches!(
        next,
        "(present-day" | "(present" | "(now" | "(modern" | "(modern-day" | "(today"
    ) || next == "now"
        && words.get(2 + name.len()).is_some_and(|w| w.ends_with(','));
    if now_elsewhere {
        return None;
    }
    use crate::extract::places::{self, Resolved};
    use crate::gazetteer::Hit;
    let name = name.join(" ");
    match places::resolve(g, &name, &[]) {
        Resolved::One(Hit::Place(p)) if p.country != one.iso2 => None,
        Resolved::One(Hit::Country(c)) if c.iso2 != one.iso2 => None,
        // `Oran`: Algeria's city and province, neither the people's.
        Resolved::Ambiguous(_)
            if g.places_named(&name, None)
                .iter()
                .all(|p| p.country != one.iso2) =>
        {
            None
        }
        _ => Some(one),
    }
}

/// The country that the items after a name's comma put it in: `Kyiv
/// Oblast, Ukraine`; `Los Angeles County, California, United States`;
/// `Kent, Ohio` (a Kent of Ohio's country); `Derry, Northern Ireland.`
/// (a region that ends the list). Not `Dalmatia, Sardinia, Sicily`: a
/// list of regions, each of its own country.
fn country_after_comma<'g>(
    g: &'g crate::gazetteer::Gazetteer,
    name: &str,
    rest: &[&str],
) -> Option<&'g crate::gazetteer::Country> {
    use crate::extract::places::{self, Resolved};
    use crate::gazetteer::{Hit, PlaceKind};
    const PUNCT: [char; 5] = [',', '.', ';', ':', ')'];
    // `near the town of Dundee, in the Colony of Natal`: what holds the
    // place, after `in`.
    let rest = match rest {
        // `near Las Piedras, in present-day Uruguay`.
        ["in", "present-day" | "modern-day" | "modern" | "today's", more @ ..]
        | ["in", "the", more @ ..]
        | ["in", more @ ..]
            if more
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase)) =>
        {
            more
        }
        // `at Sahagún, in the province of León`: the region of that kind
        // and name (León Province, not León Department of Nicaragua).
        ["in", "the", part, "of", name, ..]
            if matches!(*part, "province" | "region" | "department" | "county") =>
        {
            let name = name.trim_end_matches(PUNCT);
            let kind = format!("{name} {}{}", part[..1].to_uppercase(), &part[1..]);
            let regions: Vec<_> = g
                .places_named(&kind, None)
                .into_iter()
                .filter(|r| r.kind == PlaceKind::Region)
                .collect();
            return match regions[..] {
                [one] => g.country_by_code(&one.country),
                _ => None,
            };
        }
        _ => rest,
    };
    let mut k = 0;
    for _ in 0..2 {
        // The next item: up to three words, to a comma, a bracket (`Upper
        // Canada (now Ontario)`) or the end.
        let len = (1..=3)
            .find(|m| {
                rest.get(k + m - 1).is_some_and(|w| w.ends_with(PUNCT))
                    || rest.get(k + m).is_some_and(|w| w.starts_with('('))
            })
            // No comma near: the first words, the sentence going on.
            .or_else(|| (k < rest.len()).then_some((rest.len() - k).min(3)))?;
        // The item, or its first words where the sentence goes on after it
        // (`Galicia, Spain in 1500`, `Paris, Texas in 1500`).
        let mut found = None;
        for m in (1..=len).rev() {
            // Not the first of a list (`Aeolis, Doris, Cyprus and Caria`),
            // nor the first word of a longer name (`the Bay of Islands`).
            if m < len
                && (!rest[k + m].starts_with(char::is_lowercase)
                    || matches!(rest[k + m], "and" | "or")
                    || rest[k + m] == "of"
                        && rest
                            .get(k + m + 1)
                            .is_some_and(|w| w.starts_with(char::is_uppercase)))
            {
                continue;
            }
            let item = rest[k..k + m].join(" ");
            let item = item.trim_end_matches(PUNCT);
            // `London, most notably`: no name.
            if !item.starts_with(char::is_uppercase) {
                continue;
            }
            // `Bukit Kepong, Johor, Malaya`: a land of its time as a
            // country.
            let country = places::country_named(g, item)
                .or_else(|| places::land_of_one_state(g, item))
                .or_else(|| places::land_holding(g, item, name));
            if let Some(c) = country {
                // `Athens, Georgia`: a town of no Georgia the state, but of
                // a region of that name elsewhere.
                let elsewhere = g
                    .places_named(name, Some(&c.iso2))
                    .is_empty()
                    .then(|| {
                        g.places_named(item, None).into_iter().find(|r| {
                            r.kind == PlaceKind::Region
                                && r.country != c.iso2
                                && !g.places_named(name, Some(&r.country)).is_empty()
                        })
                    })
                    .flatten();
                return match elsewhere {
                    Some(r) => g.country_by_code(&r.country),
                    None => Some(c),
                };
            }
            // `London, Ontario`: a region of that name (Ontario, California,
            // is a town) in whose country the place is.
            let region = match places::resolve(g, item, &[]) {
                Resolved::One(Hit::Place(region)) => Some(region),
                Resolved::Ambiguous(_) => {
                    let regions: Vec<_> = g
                        .places_named(item, None)
                        .into_iter()
                        .filter(|r| {
                            r.kind == PlaceKind::Region
                                && !g.places_named(name, Some(&r.country)).is_empty()
                        })
                        .collect();
                    match regions[..] {
                        [one] => Some(one),
                        // `in St James's Square, London`: the city of
                        // millions the name means when no region tells.
                        _ => places::city_of_millions(g, item),
                    }
                }
                _ => None,
            };
            if let Some(region) = region.filter(|r| m == len || r.kind == PlaceKind::Region) {
                found = Some((region, item.to_owned()));
                break;
            }
        }
        let (region, item) = found?;
        let last = rest[k + len - 1];
        let next = rest.get(k + len).copied().unwrap_or("");
        // `, and continued until 1881`: `and` before a verb in the past
        // ends the list.
        let after_next = rest.get(k + len + 1).copied().unwrap_or("");
        let ends_list = !last.ends_with(',')
            || !(next.starts_with(char::is_uppercase)
                || matches!(next, "and" | "or")
                    && !(after_next.starts_with(char::is_lowercase) && after_next.ends_with("ed")));
        if region.kind != PlaceKind::Region {
            // `in Bay View, Milwaukee`: a part the gazetteer does not know
            // written with its city, a city of one country it knows well.
            // `Kingston, New York`: a town written with a name that is a
            // city's and a region's of one country, the city the one the
            // gazetteer takes (Kingston is also Jamaica's and Canada's).
            let city_and_region = || {
                let named = g.places_named(&item, None);
                named.iter().any(|p| p.kind == PlaceKind::Region)
                    && named.iter().all(|p| p.country == region.country)
            };
            let of_a_city = region.kind == PlaceKind::City
                && region.wikidata.is_some()
                && k == 0
                && ends_list
                && (!g.knows(name) || city_and_region());
            return of_a_city
                .then(|| g.country_by_code(&region.country))
                .flatten();
        }
        // A town or a land of the region's country (`Durham, England`:
        // County Durham; Durham, North Carolina, is the other).
        let in_it = !g.places_named(name, Some(&region.country)).is_empty();
        // `Paris, Texas`: a town written with a region of another country
        // than the places of its name the gazetteer knows, where the
        // region's name is no town's, is that region's town.
        let region_alone = g
            .places_named(&region.title, None)
            .iter()
            .all(|p| p.kind == PlaceKind::Region)
            && g.places_named(name, None)
                .iter()
                .all(|p| p.country != region.country);
        if in_it || ends_list && (!g.knows(name) || region_alone) {
            return g.country_by_code(&region.country);
        }
        if !last.ends_with(',') {
            return None;
        }
        k += len;
    }
    None
}

/// Parts of a place a name may stand before (`the Darfur region of
/// Sudan`, `the New York City neighborhood of Harlem`).
const PARTS: &[&str] = &[
    "region",
    "province",
    "department",
    "governorate",
    "prefecture",
    "state",
    "city",
    "town",
    "village",
    "neighborhood",
    "neighbourhood",
    "borough",
    "suburb",
    "district",
    "county",
    "port",
    "area",
    "coast",
    "delta",
    "valley",
    // `off the North Cape of Norway`, `the Jaffna Peninsula of Sri Lanka`.
    "cape",
    "peninsula",
];

/// The country of the place a lead names from word `from` on, after `in`
/// or its like: past `present-day` and `what is today`, `the`, a
/// direction (`in southern and eastern England`), the power that held it
/// (`in German-occupied Poland`), a kind of place and `of` (`the town of
/// Makariv`), through a name's part (`the Darfur region of Sudan`, `the
/// New York City neighborhood of Harlem`); and the state that holds it now
/// (`in Siam (now Thailand)`, `in the Austrian Netherlands, modern-day
/// Belgium`, `in the Republic of the Congo (today the
/// Democratic Republic of the Congo)`).
fn place_after<'g>(
    g: &'g crate::gazetteer::Gazetteer,
    words: &[&str],
    mut from: usize,
    name_at: &dyn Fn(usize) -> Option<&'g crate::gazetteer::Country>,
) -> Option<&'g crate::gazetteer::Country> {
    use crate::extract::places::{self, Resolved};
    use crate::gazetteer::Hit;
    // `in what is today KwaZulu-Natal, South Africa`; `in present-day La
    // Porte and Deer Park, Texas` is read past by [`past_the_part`].
    if words.get(from..from + 3) == Some(&["what", "is", "today"][..])
        || words.get(from..from + 3) == Some(&["what", "is", "now"][..])
    {
        from += 3;
    }
    from = past_the_part(words, from);
    // `in the Indian-administered Jammu and Kashmir`, `Pakistan-administered
    // Kashmir`: the state that administers it (not one that occupies it).
    if let Some(by) = words
        .get(from)
        .and_then(|w| w.strip_suffix("-administered"))
        .filter(|w| w.starts_with(char::is_uppercase))
    {
        let by = match &g.countries_of_demonym(by)[..] {
            [one] => Some(*one),
            _ => places::country_named(g, by),
        };
        if by.is_some() {
            return by;
        }
    }
    // `in German-occupied Poland`, `in Russian-occupied Ukraine`.
    if words
        .get(from)
        .is_some_and(|w| w.ends_with("-occupied") && w.starts_with(char::is_uppercase))
    {
        from += 1;
    }
    // `in the town of Makariv`, `in the hills of North Korea`, `the walled
    // city of Leipzig`: the place after `of`.
    if words.get(from + 1) == Some(&"of")
        && words.get(from).is_some_and(|k| PLACE_KINDS.contains(k))
    {
        from += 2;
    } else if let Some(k) = (1..=2).find(|&k| {
        // `the walled city of`, `the British penal colony of New South
        // Wales`: the place after `of` says where, not the people of the
        // state that held it (a people's own part, `the Argentine province
        // of Corrientes`, was read by `demonym_part`).
        words.get(from + k + 1) == Some(&"of")
            && words.get(from + k).is_some_and(|w| PLACE_KINDS.contains(w))
            && words[from..from + k].iter().enumerate().all(|(j, a)| {
                a.starts_with(char::is_lowercase) || j == 0 && !g.countries_of_demonym(a).is_empty()
            })
    }) {
        from += k + 2;
    }
    // `in regions of the Republic of Croatia`, `the town of present-day
    // Kherson`.
    if from > 0
        && words[from - 1] == "of"
        && words
            .get(from)
            .is_some_and(|w| matches!(*w, "the" | "present-day" | "modern-day"))
    {
        from += 1;
    }
    // `, which is now part of Khyber Pakhtunkhwa, Pakistan`: as `, now`.
    let which_is = |k: usize| {
        words.get(k..k + 3).is_some_and(|w| {
            w[0] == "which" && matches!(w[1], "is" | "was") && matches!(w[2], "now" | "today")
        })
    };
    let today = |from: usize| {
        (from + 1..words.len().min(from + 6))
            // `in the Protectorate of Bohemia and Moravia, now the Czech
            // Republic`: a name's comma, then what holds it now.
            .take_while(|&k| {
                !words[k - 1].ends_with([';', '.', ')'])
                    && (!words[k - 1].ends_with(',')
                        || matches!(words[k], "now" | "today" | "present-day" | "modern-day")
                        || which_is(k))
            })
            .find_map(|k| {
                let now = matches!(
                    words[k],
                    "(today" | "(now" | "(present-day" | "(modern-day" | "(modern"
                ) || matches!(words[k], "now" | "today" | "present-day" | "modern-day")
                    && words[k - 1].ends_with(',');
                if now {
                    Some(k)
                } else {
                    (words[k - 1].ends_with(',') && which_is(k)).then_some(k + 2)
                }
            })
            // `, now part of South Kalimantan, Indonesia`.
            .and_then(|k| {
                let part_of = words.get(k + 1..k + 3) == Some(&["part", "of"][..]);
                name_at(past_the_part(words, k + 1 + 2 * usize::from(part_of)))
            })
    };
    // `the Darfur region of Sudan`, `the New York City neighborhood of
    // Harlem`: the named place the part is of, else the place after `of`.
    let name_len = words[from.min(words.len())..]
        .iter()
        .take(4)
        .take_while(|w| {
            w.starts_with(char::is_uppercase) && !w.ends_with([',', ';', ':', '.', ')'])
        })
        .count();
    // `the Northern Frontier District (NFD) of Kenya`: past the name's
    // abbreviation.
    let abbreviated = words
        .get(from + name_len)
        .is_some_and(|w| w.len() > 2 && w.starts_with('(') && w.ends_with(')'));
    let of_at = from + name_len + usize::from(abbreviated);
    // `the Tigray Region of Ethiopia`: the part's word begun with a
    // capital, inside the name.
    let part_in_name = name_len > 1
        && words.get(of_at) == Some(&"of")
        && PARTS.contains(&words[from + name_len - 1].to_lowercase().as_str());
    let part_after = name_len > 0
        && words
            .get(from + name_len)
            .is_some_and(|p| PARTS.contains(p))
        && words.get(from + name_len + 1) == Some(&"of");
    if part_in_name || part_after {
        let name_len = name_len - usize::from(part_in_name);
        let name = words[from..from + name_len].join(" ");
        // `the Hejaz region of western Arabia`: a land of its time.
        let holder = places::country_named(g, &name)
            .or_else(|| places::land_of_one_state(g, &name))
            .or_else(|| match places::resolve(g, &name, &[]) {
                Resolved::One(Hit::Place(p)) if p.wikidata.is_some() => {
                    g.country_by_code(&p.country)
                }
                Resolved::Ambiguous(_) => {
                    places::city_of_millions(g, &name).and_then(|p| g.country_by_code(&p.country))
                }
                _ => None,
            });
        // `the Mindanao region of the Philippines`, `the Koçgiri region of
        // present-day Sivas Province`, `the Ili region of northern
        // Xinjiang`: past the words before the name.
        let after = past_the_part(words, of_at + 1 + usize::from(part_after));
        // `the Kurdistan Region of Iraq`: a country named after `of` says
        // more than the part's own name (a Kurdistan is a province of Iran).
        let country_after = country_opening(g, words.get(after..).unwrap_or_default());
        // `the Tikveš region of Serbia (present-day North Macedonia)`: the
        // state that holds the part now.
        let now = country_after.and_then(|_| today(after));
        return now.or(country_after).or(holder).or_else(|| name_at(after));
    }
    match name_at(from) {
        // `in the Republic of the Congo (today the Democratic Republic of
        // the Congo)`: the state that holds the place now.
        Some(c) => Some(today(from).unwrap_or(c)),
        // `in Siam (now Thailand)`, `in Nyasaland (modern-day Malawi)`.
        None => today(from).or_else(|| polity_of(g, words, from)),
    }
}

/// The country the first words name (at most five, the longest name
/// first: `Democratic Republic of the Congo`), if they name one, also as
/// an owner (`Afghanistan's Kunar Province`).
fn country_opening<'g>(
    g: &'g crate::gazetteer::Gazetteer,
    words: &[&str],
) -> Option<&'g crate::gazetteer::Country> {
    opening(words, 5, |name| {
        let name = name
            .strip_suffix("'s")
            .or(name.strip_suffix("’s"))
            .unwrap_or(name);
        crate::extract::places::country_named(g, name)
    })
}

/// The country of the region the first words name (the longest name
/// first, up to three words), where the name is one region's only.
fn region_opening<'g>(
    g: &'g crate::gazetteer::Gazetteer,
    words: &[&str],
) -> Option<&'g crate::gazetteer::Country> {
    use crate::extract::places::{self, Resolved};
    opening(words, 3, |name| {
        if !name.starts_with(char::is_uppercase) {
            return None;
        }
        match places::resolve(g, name, &[]) {
            Resolved::One(crate::gazetteer::Hit::Place(p))
                if p.kind == crate::gazetteer::PlaceKind::Region =>
            {
                g.country_by_code(&p.country)
            }
            _ => None,
        }
    })
}

/// `f` of the first `n` words (at most `most`, the most first), joined and
/// without the punctuation after them, until it gives something.
fn opening<T>(words: &[&str], most: usize, f: impl Fn(&str) -> Option<T>) -> Option<T> {
    (1..=words.len().min(most)).rev().find_map(|n| {
        let name = words[..n].join(" ");
        f(name.trim_end_matches([',', '.', ';', ':', ')']))
    })
}

/// `in the County of Holland`, `in the Electorate of Saxony`, `in the
/// Kingdom of Hungary`: an old state named for a land the gazetteer knows
/// as a country or a region is in that country today. A town's name is
/// not enough (`the Colony of Natal` is no Natal of Brazil, `the Kingdom
/// of León` no León of Mexico), nor a realm that spanned several of
/// today's states (a viceroyalty, an empire).
fn polity_of<'g>(
    g: &'g crate::gazetteer::Gazetteer,
    words: &[&str],
    from: usize,
) -> Option<&'g crate::gazetteer::Country> {
    use crate::extract::places;
    const POLITIES: &[&str] = &[
        "County",
        "Duchy",
        "Kingdom",
        "Principality",
        "Electorate",
        "Margraviate",
        "Landgraviate",
        "Emirate",
        "Sultanate",
        "Province",
        "Colony",
        "Republic",
        "Dominion",
    ];
    let mut at = from;
    if words.get(at) == Some(&"Grand") {
        at += 1;
    }
    if !words.get(at).is_some_and(|w| POLITIES.contains(w)) || words.get(at + 1) != Some(&"of") {
        return None;
    }
    let polity = at;
    at += 2;
    if words.get(at) == Some(&"the") {
        at += 1;
    }
    (1..=3).rev().find_map(|n| {
        let name = words.get(at..at + n)?;
        if !name.iter().all(|w| w.starts_with(char::is_uppercase)) {
            return None;
        }
        // The name ends where the sentence goes on (`of Holland between`).
        if name[..n - 1]
            .iter()
            .any(|w| w.ends_with([',', ';', '.', ')']))
            || words
                .get(at + n)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && !name[n - 1].ends_with([',', ';', '.', ')'])
        {
            return None;
        }
        let name = name.join(" ");
        let name = name.trim_end_matches([',', '.', ';', ':', ')']);
        // `the Republic of China`: a state's whole name that two states
        // bore (China's until 1949, Taiwan's since) names neither alone.
        let whole = format!("{} {name}", words[polity..at].join(" "));
        if g.ambiguous_country(&crate::gazetteer::fold(&whole))
            .is_some()
        {
            return None;
        }
        places::country_named(g, name).or_else(|| places::land_country(g, name, &[]))
    })
}

/// The word after `the` and a country's part (`in northern France`, `in
/// southern and eastern England`, `(now southern Quebec)`): where the
/// place's name begins.
fn past_the_part(words: &[&str], mut from: usize) -> usize {
    use crate::extract::places::DIRECTIONS;
    if words.get(from) == Some(&"the") {
        from += 1;
    }
    // `in colonial Brazil`, `in medieval England`, `in occupied France`,
    // `in today's Germany`, `in 19th-century western China`: the land in
    // another time, the same country; `in rural Levy County, Florida`, `in
    // downtown Vancouver`: its country's part.
    while words.get(from).is_some_and(|w| {
        matches!(
            *w,
            "colonial"
                | "pre-colonial"
                | "precolonial"
                | "medieval"
                | "ancient"
                | "early"
                | "late"
                | "modern"
                | "occupied"
                | "wartime"
                | "postwar"
                | "post-war"
                | "prewar"
                | "pre-war"
                | "independent"
                | "present-day"
                | "modern-day"
                | "today's"
                | "rural"
                | "urban"
                | "downtown"
                | "suburban"
        ) || w.ends_with("-century") && w.starts_with(|c: char| c.is_ascii_digit())
    }) {
        from += 1;
    }
    // `in northeast Siberia`: a compass point, as `in northeastern`; `in
    // the northern, eastern, and western parts of`: several.
    let compass = |w: &str| {
        let w = w.trim_end_matches(',');
        DIRECTIONS.contains(&w) || INTERCARDINALS.contains(&w)
    };
    while words.get(from).is_some_and(|w| compass(w)) {
        let listed = words[from].ends_with(',');
        from += 1;
        if words.get(from) == Some(&"and") && words.get(from + 1).is_some_and(|w| compass(w)) {
            from += 1;
        } else if listed && !words.get(from).is_some_and(|w| compass(w)) {
            // `in the north, ...`: a comma after a compass word that no
            // other follows ends the phrase there.
            return from - 1;
        }
    }
    from
}

/// The compass points between the four, both ways they are written.
const INTERCARDINALS: &[&str] = &[
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// Kinds of places a name follows after `of` (`the town of Makariv`, `the
/// island of Okinawa`, `the hills of North Korea`).
const PLACE_KINDS: &[&str] = &[
    // `at the gates of Lima, Peru`.
    "gates",
    "town",
    "city",
    "village",
    "region",
    "province",
    "island",
    "islands",
    "colony",
    "state",
    "county",
    "district",
    "territory",
    "hills",
    "mountains",
    "outskirts",
    "centre",
    "center",
    "suburbs",
    "vicinity",
    "capital",
    "port",
    "ports",
    "coast",
    "community",
    "department",
    "département",
    "governorate",
    "prefecture",
    "canton",
    "oblast",
    "voivodeship",
    // `in regions of the Republic of Croatia`, `in several towns of`.
    "regions",
    "provinces",
    "districts",
    "areas",
    "parts",
    "towns",
    "cities",
    "villages",
    "township",
    "municipality",
    "commune",
    "parish",
    "settlement",
    "hamlet",
    "borough",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "kibbutz",
    "moshav",
];

/// Words that may follow a place's name in a sentence (`in Ukraine from
/// 2014`, `in Baku and Ganja`); any other lower-case word after a name
/// makes the name a qualifier (`the Balkan states`).
const FOLLOWS_A_PLACE: &[&str] = &[
    "and",
    "or",
    "in",
    "on",
    "at",
    "from",
    "to",
    "during",
    "between",
    "near",
    "after",
    "before",
    "by",
    "with",
    "of",
    "for",
    "since",
    "until",
    "till",
    "through",
    "which",
    "where",
    "when",
    "that",
    "as",
    "while",
    "against",
    "over",
    "under",
    "amid",
    "is",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "the",
    "a",
    "an",
    "but",
    "following",
    "throughout",
    "into",
    "across",
    "along",
    "around",
    "within",
    "without",
    // Verbs whose past is not `-ed` (`workers in Vienna rose in October
    // 1848`): the clause goes on, the place ended.
    "rose",
    "fought",
    "took",
    "began",
    "broke",
    "came",
    "went",
    "fell",
    "met",
    "struck",
    "spread",
    "led",
    "held",
    "won",
    "lost",
    "ran",
    "became",
];

/// Words for the people of a place (`the people of Naples`, `the Jewish
/// population of Baghdad`).
const PEOPLES: &[&str] = &[
    "people",
    "citizens",
    "inhabitants",
    "residents",
    "townspeople",
    "townsfolk",
    "population",
    "populace",
    "burghers",
];

/// The country the first sentence places the article's event in: `was
/// fought in Spain`, `a civil war in Angola`, `in the town of Makariv in
/// Kyiv Oblast, Ukraine`, `in the Luhansk Oblast` (a region or city the
/// gazetteer knows in one country only); in the clause about the subject,
/// never the start of a longer name (`in Georgia Tech`).
pub fn lead_country<'g>(
    doc: &Document,
    g: &'g crate::gazetteer::Gazetteer,
) -> Option<&'g crate::gazetteer::Country> {
    let para = doc.first_paragraph()?;
    let all = sentences(&para.text);
    let title = crate::extract::classify::strip_parenthesis_pub(&doc.title);
    country_of_sentence(doc, g, all.first()?, false).or_else(|| {
        // `The Tigray War was an armed conflict that lasted from ... It
        // was fought primarily in the Tigray Region of Ethiopia`: a later
        // sentence that speaks of the event again, telling where it went
        // on (not `It ended with a treaty signed in France`).
        const WHERE_VERBS: &[&str] = &[
            "fought", "place", "occurred", "happened", "began", "broke", "erupted", "started",
            "raged", "unfolded", "spread",
        ];
        // `The Battle of Culloden was the final confrontation of ... On 16
        // April 1746, the Jacobite army ... was defeated ... near
        // Inverness`: the sentence the event's day was read from, opening
        // with it, tells what happened that day, and where.
        // (The lead's dates are read again only for such a sentence.)
        let opens_with_its_day = |s: &str| {
            opens_with_a_date(s)
                && lead_dates(doc).is_some_and(|d| {
                    d.range.start.is_some_and(|start| start.day.is_some()) && s.contains(&d.text)
                })
        };
        all.iter()
            .skip(1)
            .take(2)
            .map(|s| s.trim_start())
            .filter(|s| {
                // `The battlefield is located in modern-day Kaliningrad
                // Oblast, near the town of Pravdinsk, Russia.`
                s.starts_with("The battlefield ")
                    || opens_with_its_day(s)
                    || refers_back(s, title) && {
                        // `This final battle of the Black Hawk War took
                        // place`: further in, after a subject that names an
                        // event, unbroken by a comma.
                        let words: Vec<&str> = s.split_whitespace().take(12).collect();
                        words
                            .iter()
                            .position(|w| WHERE_VERBS.contains(&w.trim_end_matches(',')))
                            .is_some_and(|k| {
                                k < 6
                                    || !words[..k].iter().any(|w| w.ends_with(','))
                                        && words[1..k].iter().any(|w| {
                                            crate::extract::classify::noun_kind(w).is_some()
                                        })
                            })
                    }
            })
            .find_map(|s| country_of_sentence(doc, g, s, true))
    })
}

/// The country the lead's first sentence says a place is in today (`the
/// French Indian Ocean island of Île de France, now Mauritius`, `Siam
/// (now Thailand)`, `now part of South Kalimantan, Indonesia`), if it
/// names one that way.
pub fn country_now<'g>(
    doc: &Document,
    g: &'g crate::gazetteer::Gazetteer,
) -> Option<&'g crate::gazetteer::Country> {
    use crate::extract::places;
    let para = doc.first_paragraph()?;
    let first = *sentences(&para.text).first()?;
    let words: Vec<&str> = first.split_whitespace().collect();
    (0..words.len()).find_map(|i| {
        let w = words[i].trim_start_matches('(');
        let now = matches!(w, "now" | "present-day" | "modern-day")
            && (words[i].starts_with('(') || i > 0 && words[i - 1].ends_with(','));
        if !now {
            return None;
        }
        let mut at = i + 1;
        for skip in [&["part", "of"][..], &["in"], &["the"]] {
            if words.get(at..at + skip.len()) == Some(skip) {
                at += skip.len();
            }
        }
        // The name, or the last of a place's commas: `South Kalimantan,
        // Indonesia`.
        let end = (at..words.len().min(at + 6))
            .find(|&k| words[k].ends_with([')', '.', ';']))
            .map_or(words.len().min(at + 6), |k| k + 1);
        (at..end).find_map(|from| {
            (1..=end - from).rev().find_map(|n| {
                let name = words[from..from + n].join(" ");
                let name = name.trim_end_matches([',', '.', ';', ':', ')']);
                places::country_named(g, name)
            })
        })
    })
}

/// Nouns of titles named after the place an event befell (`Battle of
/// Albuera`, `Siege of Girona`, `Burning of Kingston`).
const PLACE_TITLE_NOUNS: &[&str] = &[
    "Battle",
    "Battles",
    "Siege",
    "Sack",
    "Capture",
    "Fall",
    "Burning",
    "Storming",
    "Relief",
    "Raid",
    "Bombing",
    "Bombardment",
    "Skirmish",
    "Action",
    "Engagement",
    "Affair",
    "Massacre",
    "Landing",
    "Landings",
    "Blockade",
    "Liberation",
];

/// `Battle of Albuera ... at the small Spanish village of Albuera`,
/// `Battle of Kingston ... an attack on Kingston, New York`: the country
/// of the place a battle's or siege's title is named after, where the
/// lead's first paragraph writes that place with what holds it (after its
/// comma) or as a people's part (not as a fortress or a fort, often held
/// by a power from afar: `the French fortress of Louisbourg`). None where
/// the paragraph writes it in two countries.
pub fn title_place_country<'g>(
    doc: &Document,
    g: &'g crate::gazetteer::Gazetteer,
) -> Option<&'g crate::gazetteer::Country> {
    use crate::extract::places;
    let title = crate::extract::classify::strip_parenthesis_pub(&doc.title);
    let (head, _) = title.rsplit_once(" of ")?;
    if !PLACE_TITLE_NOUNS.contains(&head.rsplit(' ').next()?) {
        return None;
    }
    let name = places::title_place_name(&doc.title)?;
    // `Battle of Britain`: a country's name is read as the title's.
    if places::country_named(g, &name).is_some()
        || matches!(
            places::resolve(g, &name, &[]),
            places::Resolved::One(crate::gazetteer::Hit::Country(_))
        )
    {
        return None;
    }
    let name_words: Vec<&str> = name.split(' ').collect();
    let n = name_words.len();
    let para = doc.first_paragraph()?;
    let words: Vec<&str> = para.text.split_whitespace().collect();
    let mut found: Option<&crate::gazetteer::Country> = None;
    for k in 0..words.len().saturating_sub(n - 1) {
        let last = words[k + n - 1].trim_end_matches([',', '.', ';', ':', ')']);
        if words[k..k + n - 1] != name_words[..n - 1] || last != name_words[n - 1] {
            continue;
        }
        let after_comma = words[k + n - 1]
            .ends_with(',')
            .then(|| country_after_comma(g, &name, &words[k + n..]))
            .flatten();
        let as_part = || {
            if k < 3 || words[k - 1] != "of" {
                return None;
            }
            let the = (k.saturating_sub(5)..k - 2)
                .rev()
                .find(|&t| words[t].eq_ignore_ascii_case("the"))?;
            let held = words[the + 1..k - 1].iter().any(|w| {
                matches!(
                    *w,
                    "fortress" | "fort" | "castle" | "citadel" | "garrison" | "colony"
                )
            });
            if held {
                return None;
            }
            demonym_part(g, &words[the + 1..])
        };
        let Some(c) = after_comma.or_else(as_part) else {
            continue;
        };
        match found {
            Some(f) if f.iso2 != c.iso2 => return None,
            _ => found = Some(c),
        }
    }
    found
}

/// Whether a sentence opens with the day or month it tells of (`On 14
/// April 2014,`, `On the night of 14–15 April 2014,`, `In early November
/// 1963,`).
fn opens_with_a_date(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().take(8).collect();
    let mut at = match words.first() {
        Some(&"On") | Some(&"In") => 1,
        _ => return false,
    };
    if words.get(at) == Some(&"the") && words.get(at + 2).is_some_and(|w| *w == "of") {
        at += 3;
    } else if words
        .get(at)
        .is_some_and(|w| matches!(*w, "early" | "mid" | "late"))
    {
        at += 1;
    }
    // The date, to its comma (`On July 13, 2024,`: past the day's own
    // comma, to the year's).
    (at..words.len())
        .filter(|&k| words[k].ends_with(','))
        .take(2)
        .any(|end| {
            let text = words[at..=end].join(" ");
            whole_date(text.trim_end_matches(','))
                .is_some_and(|r| r.start.is_some_and(|d| d.month.is_some()))
        })
}

/// [`lead_country`] of one sentence of the lead; `of_the_event` when the
/// caller knows the sentence speaks of the event (`It was fought in ...`).
fn country_of_sentence<'g>(
    doc: &Document,
    g: &'g crate::gazetteer::Gazetteer,
    sentence: &str,
    of_the_event: bool,
) -> Option<&'g crate::gazetteer::Country> {
    use crate::extract::places::{self, Resolved};
    use crate::gazetteer::Hit;
    let uncaused = without_causes(sentence);
    let clause = own_clause(&uncaused);
    // `Pan Am Flight 103 was a regularly scheduled flight ... via a
    // stopover in London` (the Lockerbie bombing): a sentence about
    // something else places nothing.
    // `On 14 April 2014, 276 students were kidnapped ... in Chibok,
    // Nigeria`: a sentence that opens with the day tells the event, whoever
    // its subject is.
    let dated = opens_with_a_date(sentence);
    if let Some(subject) =
        crate::extract::classify::subject_of(clause).filter(|_| !of_the_event && !dated)
    {
        let of_event = subject
            .split_whitespace()
            .any(|w| crate::extract::classify::noun_kind(w).is_some() || w == "battlefield");
        let title = crate::extract::classify::strip_parenthesis_pub(&doc.title);
        let folded = crate::gazetteer::fold(subject);
        let of_title = folded.contains(&crate::gazetteer::fold(title));
        // `Assassination of Mahatma Gandhi`: `Mahatma Gandhi was
        // assassinated on ... in New Delhi`, the sentence is of the one
        // the event befell, whom the title names after its noun.
        let of_whom = title.split_once(" of ").is_some_and(|(noun, whom)| {
            noun.rsplit(' ')
                .next()
                .is_some_and(|n| crate::extract::classify::noun_kind(n).is_some())
                && whom.contains(' ')
                && folded.contains(&crate::gazetteer::fold(whom))
        });
        if !of_event && !of_title && !of_whom {
            return None;
        }
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    let name_at = |from: usize| -> Option<&'g crate::gazetteer::Country> {
        // Five words: `Democratic Republic of the Congo`.
        for n in (1..=5).rev() {
            if from + n > words.len() {
                continue;
            }
            let last = words[from + n - 1];
            let name = words[from..from + n]
                .join(" ")
                .trim_end_matches([',', '.', ';', ':', ')'])
                .to_owned();
            // `in the Dominican Republic's northwestern frontier`: a
            // country's part.
            // (`St. John's, Newfoundland`: a place's own name, read on.)
            // `in Alaska's Prince William Sound`: a region's part (a
            // name follows, not `England's conquest of`), in the one
            // country that has a region of the name.
            if let Some(owner) = name.strip_suffix("'s").or(name.strip_suffix("’s")) {
                let part_named = !last.ends_with(',')
                    && words
                        .get(from + n)
                        .is_some_and(|w| w.starts_with(char::is_uppercase));
                let region = || match part_named.then(|| places::resolve(g, owner, &[])) {
                    Some(Resolved::One(Hit::Place(p)))
                        if p.kind == crate::gazetteer::PlaceKind::Region =>
                    {
                        g.country_by_code(&p.country)
                    }
                    _ => None,
                };
                match places::country_named(g, owner).or_else(region) {
                    Some(c) => return Some(c),
                    None if !last.ends_with(',') => continue,
                    None => {}
                }
            }
            let next = words
                .get(from + n)
                .filter(|_| !last.ends_with([',', '.', ';', ':']));
            // `the United Kingdom of the Netherlands`: a longer name.
            // `in the Grammos mountains of northwestern Greece`: a
            // landform's name and its kind in lower case, of a country
            // (past a compass word).
            let lower_landform = n >= 2
                && next == Some(&"of")
                && matches!(
                    last,
                    "mountains" | "hills" | "highlands" | "valley" | "plateau" | "peninsula"
                )
                && words[from..from + n - 1]
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with([',', '.', ';']));
            if lower_landform {
                let rest = &words[from + n + 1..];
                let rest = rest.strip_prefix(&["the"][..]).unwrap_or(rest);
                let compass = rest
                    .iter()
                    .take_while(|w| places::DIRECTIONS.contains(w))
                    .count();
                if let Some(c) = country_opening(g, &rest[compass..]) {
                    return Some(c);
                }
            }
            let of_a_name = next == Some(&"of")
                && words[from + n + 1..]
                    .iter()
                    .find(|w| **w != "the")
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            // `the Northern Territory of Australia`: a part of the
            // country named after `of`, which the gazetteer knows there.
            if of_a_name && n < 4 && name.starts_with(char::is_uppercase) {
                let rest = &words[from + n + 1..];
                let rest = rest.strip_prefix(&["the"][..]).unwrap_or(rest);
                // `the Central Highlands of Vietnam`: a landform's name,
                // of the country named after `of`, known or not.
                let landform = matches!(
                    name.rsplit(' ').next(),
                    Some(
                        "Highlands"
                            | "Lowlands"
                            | "Mountains"
                            | "Plateau"
                            | "Delta"
                            | "Valley"
                            | "Basin"
                            | "Peninsula"
                            | "Desert"
                            | "Plains"
                            | "Hills"
                    )
                ) && name.contains(' ');
                if let Some(c) = country_opening(g, rest).filter(|c| {
                    places::country_named(g, &name).is_none()
                        && (landform
                            || g.places_named(&name, Some(&c.iso2))
                                .iter()
                                .any(|p| p.kind == crate::gazetteer::PlaceKind::Region))
                }) {
                    return Some(c);
                }
                // `in the West Highlands of Scotland`: a landform of a
                // region one state holds.
                if landform {
                    if let Some(c) = region_opening(g, rest) {
                        return Some(c);
                    }
                }
            }
            let continues = of_a_name || next.is_some_and(|x| x.starts_with(char::is_uppercase));
            // `in the Balkan states`: a region's name before a noun
            // qualifies it and places nothing (a country's is rarely so
            // used: `centered in the United States took place`).
            // A participle after it starts a clause about what happened
            // there (`rioting in London motivated by`, `in Paris organized
            // by`).
            let qualifies = next.is_some_and(|x| {
                x.starts_with(char::is_lowercase)
                    && !FOLLOWS_A_PLACE.contains(x)
                    && !(x.len() > 5 && x.ends_with("ed"))
            });
            // `began in March 2022`: a month, no town of that name.
            let month = n == 1 && crate::values::date::is_month_name(&name);
            // `across the Spanish Empire`: an empire spanned many of
            // today's countries, and names none of them.
            let empire = name.ends_with(" Empire");
            if continues || month || empire || !name.starts_with(char::is_uppercase) {
                continue;
            }
            // The word after the name's comma (`Ferguson, Missouri`), and
            // whether it begins a name, as a region's would.
            let after_comma = words
                .get(from + n)
                .filter(|_| last.ends_with(','))
                .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']));
            let with_a_region = after_comma.is_some_and(|w| w.starts_with(char::is_uppercase));
            // `in eastern Georgia`: a state's name a region of another
            // state bears is the one the sentence's words point to, if
            // they point to one (`the Savannah River`), else neither.
            if let Some(folded) = places::bare_region_name(&name).filter(|_| !with_a_region) {
                match places::bare_region_state(folded, sentence) {
                    Some(iso) => return g.country_by_code(iso),
                    None => continue,
                }
            }
            if let Some(c) = places::country_named(g, &name) {
                // `Holland, Michigan`: a town written with a region of
                // another country, not the country of its name.
                let region_elsewhere = with_a_region
                    && after_comma.is_some_and(|r| {
                        places::country_named(g, r).is_none()
                            && matches!(
                                places::resolve(g, r, &[]),
                                Resolved::One(Hit::Place(p))
                                    if p.kind == crate::gazetteer::PlaceKind::Region
                                        && p.country != c.iso2
                            )
                    });
                if region_elsewhere {
                    // `in Lebanon, Tennessee`: that region's town, where
                    // the region's country has a town of the name.
                    if let Some(c) = country_after_comma(g, &name, &words[from + n..]) {
                        return Some(c);
                    }
                    continue;
                }
                return Some(c);
            }
            // `in Wallachia`, `in northern Bohemia`: a land of its time (not
            // a town written with its region).
            if !with_a_region {
                if let Some(c) = places::land_of_one_state(g, &name)
                    .or_else(|| places::qualified_country(g, &name))
                    .or_else(|| places::territory_of_a_state(g, &name))
                {
                    return Some(c);
                }
            }
            if last.ends_with(',') {
                if let Some(c) = country_after_comma(g, &name, &words[from + n..]) {
                    return Some(c);
                }
            }
            // `Paris, Texas,`: a name and what holds it, read above from the
            // name's comma; never resolved as one name.
            if words[from..from + n - 1].iter().any(|w| w.ends_with(',')) {
                continue;
            }
            // `London, Ontario`, whose region was not read: a name towns of
            // several countries share is not the largest of them.
            let shared = || {
                let mut cs: Vec<&str> = g
                    .places_named(&name, None)
                    .iter()
                    .map(|p| p.country.as_str())
                    .collect();
                cs.sort_unstable();
                cs.dedup();
                cs.len() > 1
            };
            if with_a_region && shared() {
                continue;
            }
            // `a conflict in Florida between the United States and the
            // Seminoles`: of the countries that have a place of the name,
            // the one the sentence names, if it names one only.
            let named_one = |cs: &[String]| {
                let mut named = cs.iter().filter(|c| places::text_confirms(g, c, sentence));
                match (named.next(), named.next()) {
                    (Some(c), None) => Some(places::resolve(g, &name, std::slice::from_ref(c))),
                    _ => None,
                }
            };
            let resolved = match places::resolve(g, &name, &[]) {
                Resolved::Ambiguous(cs) => places::city_of_millions(g, &name)
                    .map(|p| Resolved::One(Hit::Place(p)))
                    .or_else(|| named_one(&cs))
                    .unwrap_or(Resolved::Ambiguous(cs)),
                r => r,
            };
            if let (Resolved::One(Hit::Place(p)), false) = (resolved, qualifies) {
                // A town GeoNames alone knows (`Bānk`, India, for `the West
                // Bank`) only where the sentence names its country or the
                // town is written with a region of it (`Ferguson,
                // Missouri`).
                // So is one written with a name several states share, one
                // of them the town's (`near Chungju, Korea`).
                let with_its_region = after_comma.is_some_and(|r| {
                    let folded = crate::gazetteer::fold(r);
                    !g.places_folded(&folded, Some(&p.country)).is_empty()
                        || g.ambiguous_country(&folded)
                            .is_some_and(|states| states.iter().any(|(iso, _)| *iso == p.country))
                });
                // (A name written with letters English does not use, and
                // no other place's, is no English word: `near Przemyśl`.)
                let foreign_name = places::foreign_single_name(g, &name);
                if p.wikidata.is_none()
                    && !with_its_region
                    && !foreign_name
                    && !places::text_confirms(g, &p.country, sentence)
                {
                    continue;
                }
                // `near the hamlet of Buena Vista, ... south of Saltillo`:
                // GeoNames' other name of a town of the Americas, only
                // where the sentence names its country or its own name.
                if places::late_town_by_another_name(g, &name, p)
                    && !with_its_region
                    && !places::text_confirms(g, &p.country, sentence)
                    && !places::holds_words(sentence, &p.title)
                {
                    continue;
                }
                return g.country_by_code(&p.country);
            }
        }
        None
    };
    // `The Mediterranean and Middle East theatre, also known as ..., and
    // described as ... in Germany military history, was`: the subject's
    // other names are not where it happened.
    let subject = crate::extract::classify::subject_of(clause).unwrap_or("");
    // `The Colfax massacre, sometimes referred to as the Colfax riot,
    // occurred on ... in Colfax, Louisiana, where ... were killed`: the
    // subject ends at its own verb, before a later clause's copula.
    let subject = subject
        .match_indices(", ")
        .find(|(at, _)| {
            subject[at + 2..]
                .split_once(' ')
                .is_some_and(|(v, _)| v == "took" || ONLY_EVENTS_DO.contains(&v))
        })
        .map_or(subject, |(at, _)| &subject[..at]);
    let aliased = [" known ", " described ", " called ", " referred "]
        .iter()
        .any(|m| subject.contains(m));
    let first = if aliased {
        subject.split_whitespace().count()
    } else {
        0
    };
    // Where the predicate starts: `was the invasion of Denmark`.
    let predicate_at = subject.split_whitespace().count() + 1;
    for (i, w) in words.iter().enumerate().skip(first) {
        // `known in the United States as`: where a name is used; `an
        // organization based in the United States`: where a party is.
        // `in the Argentine province of Corrientes`, `on the Indonesian
        // island of Bali`, `a siege of the Croatian city of Vukovar`,
        // `east of the Belgian city of Ypres`: the one country of a
        // people's part of it. So too what an attack struck (`Chechen
        // separatists ... attacked the southern Russian city of
        // Budyonnovsk`).
        let struck = matches!(
            *w,
            "attacked" | "besieged" | "stormed" | "raided" | "bombed" | "shelled" | "captured"
        );
        if (struck
            || matches!(
                *w,
                "in" | "on" | "at" | "near" | "of" | "around" | "outside"
            ))
            && words.get(i + 1) == Some(&"the")
        {
            if let Some(c) = demonym_part(g, &words[i + 2..]) {
                return Some(c);
            }
        }
        // `fought near Tournai, Belgium`, `just outside Mexico City`:
        // where it happened, as `in`; `on the island of Okinawa`, `at the
        // village of Legnickie Pole`: at or on a place named after `of`.
        // `on the southern coast of Finland`: a compass word before the
        // kind too.
        let kind_at = match words.get(i + 2) {
            Some(d) if crate::extract::places::DIRECTIONS.contains(d) => i + 3,
            _ => i + 2,
        };
        let at_a_place_of = matches!(*w, "on" | "at")
            && words.get(i + 1) == Some(&"the")
            && words.get(kind_at + 1) == Some(&"of")
            && words.get(kind_at).is_some_and(|k| PLACE_KINDS.contains(k));
        // `roughly 8 km northwest of the walled city of Leipzig, Germany`,
        // `30 km north of Kyiv`: where it happened, as `near`.
        let off = *w == "of"
            && i > 0
            && (INTERCARDINALS.contains(&words[i - 1])
                || matches!(
                    words[i - 1],
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "north-northeast"
                        | "north-northwest"
                        | "south-southeast"
                        | "south-southwest"
                        | "east-northeast"
                        | "east-southeast"
                        | "west-northwest"
                        | "west-southwest"
                ));
        // `about 300 nautical miles west of Ushant, France`: at sea, not
        // near it (`110 km north-northeast of Cairo` is).
        let at_sea_from =
            off && i >= 3 && words[i - 3] == "nautical" && matches!(words[i - 2], "miles" | "mi");
        let off = off && !at_sea_from;
        // `five miles (8 km) from the modern-day city of Brownsville,
        // Texas`: as `near` (not nautical miles, at sea).
        let miles_from = *w == "from"
            && i >= 2
            && matches!(
                words[i - 1].trim_end_matches(')'),
                "miles"
                    | "mile"
                    | "mi"
                    | "km"
                    | "kilometres"
                    | "kilometers"
                    | "kilometre"
                    | "kilometer"
            )
            && !words[i.saturating_sub(4)..i].contains(&"nautical");
        // `began in Guarenas and spread to Caracas`, `later spread to
        // other parts of Bangladesh`: where it went, it happened.
        // (`spread across`, `spread throughout` are read as all over it,
        // below.)
        let spread_to = matches!(*w, "to" | "through")
            && i > 0
            && matches!(words[i - 1], "spread" | "spreading" | "spreads");
        // `was the invasion of Denmark and Norway`, `was the aerial
        // bombardment of Rotterdam`: what the event was done to, as the
        // predicate's own noun says.
        let done_to = *w == "of"
            && i > predicate_at
            && words
                .get(predicate_at - 1)
                .is_some_and(|v| matches!(*v, "was" | "were" | "is" | "are"))
            && i <= predicate_at + 4
            && words[predicate_at..i]
                .iter()
                .all(|p| p.starts_with(char::is_lowercase) && !p.ends_with([',', ';', ':', '.']))
            && matches!(
                words[i - 1],
                "invasion"
                    | "bombing"
                    | "bombardment"
                    | "siege"
                    | "occupation"
                    | "annexation"
                    | "sack"
                    | "shelling"
            );
        // `occurred throughout France`, `an uprising across large parts of
        // England`: all over it, as `in`.
        let all_over = matches!(*w, "throughout" | "across");
        // `fought off the coast of North Holland`, `anchored just off
        // Copenhagen`: at sea beside it.
        let at_sea = *w == "off"
            && words
                .get(i + 1)
                .is_some_and(|n| *n == "the" || n.starts_with(char::is_uppercase));
        // `took place outside of Basra, Iraq`: as `outside`.
        let outside_of = *w == "of" && i > 0 && words[i - 1] == "outside";
        // `in Tanjung Priok, the port district of Jakarta, Indonesia`, `in
        // Pétion-Ville, a suburb of Port-au-Prince`: a
        // place where it happened, told by the part it is of what follows,
        // after its name's comma.
        let apposed = *w == "of"
            && i > 0
            && PLACE_KINDS.contains(&words[i - 1])
            && (1..=3).any(|back| {
                let Some(comma) = i.checked_sub(back + 2) else {
                    return false;
                };
                // The name's first word, after `in` or its like.
                let name_at = name_start(&words, comma);
                matches!(words[i - back - 1], "the" | "a" | "an")
                    && words[comma].ends_with(',')
                    && words[i - back..i]
                        .iter()
                        .all(|k| k.starts_with(char::is_lowercase))
                    && name_at
                        .and_then(|k| k.checked_sub(1))
                        .is_some_and(|k| after_place_word(&words, k))
            });
        // `on the Vítkov Hill, now part of Prague`: a place named after
        // `in`, `at` or `on` that is now part of what follows.
        let now_part_of = *w == "of"
            && i >= 4
            && words[i - 1] == "part"
            && words[i - 2] == "now"
            && words[i - 3].ends_with(',')
            && {
                name_start(&words, i - 3)
                    .and_then(|k| k.checked_sub(1))
                    .is_some_and(|k| {
                        let k = if words[k] == "the" && k > 0 { k - 1 } else { k };
                        matches!(words[k], "in" | "at" | "on" | "near")
                    })
            };
        // `a revolt of the people of Naples`, `a rebellion by the people
        // of Madrid`, `against the Jewish population of Baghdad, Iraq`:
        // where a place's people rose or were struck, it happened.
        let its_people = *w == "of"
            && i > predicate_at
            && i >= 3
            && PEOPLES.contains(&words[i - 1])
            && [i - 2, i.saturating_sub(3)]
                .into_iter()
                .find(|&t| words[t] == "the")
                .is_some_and(|t| {
                    t > 0
                        && words[t + 1..i - 1]
                            .iter()
                            .all(|a| !a.ends_with([',', ';', '.']))
                        && matches!(words[t - 1], "of" | "by" | "against")
                });
        // `a popular revolt in 1450 against the government of England`,
        // `an attempt to overthrow the government of Trinidad and Tobago`,
        // `against the new Meiji government of Japan`: a rising against a
        // land's government happened in the land (not against its
        // President or its rule, which may be a foreign power's).
        let against_its_government = *w == "of"
            && i >= 3
            && matches!(words[i - 1], "government" | "regime")
            && (2..=4).any(|back| {
                i > back
                    && words[i - back] == "the"
                    && words[i - back + 1..i - 1]
                        .iter()
                        .all(|a| !a.ends_with([',', ';', ':', '.']))
                    && matches!(words[i - back - 1], "against" | "overthrow" | "topple")
            });
        // `took place on 28 June 1808 at Valencia, Spain`: at a named
        // place, as `in`.
        let at_a_name = *w == "at"
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        if !(matches!(*w, "in" | "near" | "outside")
            || at_a_name
            || outside_of
            || apposed
            || now_part_of
            || at_sea
            || all_over
            || at_a_place_of
            || its_people
            || against_its_government
            || spread_to
            || done_to
            || off
            || miles_from)
            || i > 0
                && matches!(
                    words[i - 1],
                    "known" | "called" | "referred" | "named" | "based" | "headquartered"
                )
        {
            continue;
        }
        let mut from = i + 1;
        // `in and around the town of Gospić, Croatia`.
        if *w == "in" && words.get(from..from + 2) == Some(&["and", "around"][..]) {
            from += 2;
        }
        if spread_to || all_over {
            for skip in [
                &["other", "parts", "of"][..],
                &["parts", "of"],
                &["large", "parts", "of"],
                &["much", "of"],
                &["most", "of"],
                &["the", "rest", "of"],
                &["the", "whole", "of"],
            ] {
                if words.get(from..from + skip.len()) == Some(skip) {
                    from += skip.len();
                    break;
                }
            }
        }
        if let Some(c) = place_after(g, &words, from, &name_at) {
            return Some(container_after(g, &words, from).unwrap_or(c));
        }
    }
    // `The Engelbrekt rebellion was a Swedish uprising in 1434–1436`:
    // where the sentence names no place, a people's own rising happened in
    // its country (not a people's war, invasion or massacre, fought
    // elsewhere; not `a Serb uprising in the Kumanovo region of the
    // Ottoman Empire`, where a place named and not read may lie elsewhere:
    // Kumanovo is in North Macedonia).
    let names_a_place = || {
        words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "in" | "at" | "near" | "outside")
                && words[i + 1..]
                    .iter()
                    .find(|n| **n != "the")
                    .is_some_and(|n| {
                        n.starts_with(char::is_uppercase)
                            && !crate::values::date::is_month_name(n.trim_end_matches([',', '.']))
                    })
        })
    };
    if !of_the_event && !names_a_place() {
        return peoples_rising(g, &words[predicate_at.min(words.len())..]);
    }
    None
}

/// `a Swedish uprising`, `the first Irish general strike`: the one country
/// of the people a predicate's rising (uprising, revolt, protest, strike,
/// civil war ...) is of, its article and up to three lower-case words
/// before the people, and up to two between the people and the noun.
fn peoples_rising<'g>(
    g: &'g crate::gazetteer::Gazetteer,
    predicate: &[&str],
) -> Option<&'g crate::gazetteer::Country> {
    const RISINGS: &[&str] = &[
        "uprising",
        "uprisings",
        "rebellion",
        "rebellions",
        "revolt",
        "revolts",
        "insurrection",
        "revolution",
        "protest",
        "protests",
        "strike",
        "riot",
        "riots",
        "mutiny",
        "demonstration",
        "demonstrations",
    ];
    let (first, rest) = predicate.split_first()?;
    if !matches!(*first, "a" | "an" | "the") {
        return None;
    }
    let at = rest
        .iter()
        .take(4)
        .position(|w| w.starts_with(char::is_uppercase))?;
    if rest[..at]
        .iter()
        .any(|w| !w.starts_with(char::is_lowercase) || w.ends_with([',', ';']))
    {
        return None;
    }
    let people = rest[at];
    let [one] = g.countries_of_demonym(people)[..] else {
        return None;
    };
    let tail = &rest[at + 1..];
    let bare = |k: usize| tail.get(k).map(|w| w.trim_end_matches([',', '.', ';']));
    let noun_at = (0..tail.len().min(3)).find(|&k| {
        bare(k).is_some_and(|w| RISINGS.contains(&w))
            || bare(k) == Some("civil") && bare(k + 1) == Some("war")
    })?;
    tail[..noun_at]
        .iter()
        .all(|w| w.starts_with(char::is_lowercase) && !w.ends_with([',', ';']))
        .then_some(one)
}

/// `near the town of Uri in the Indian-administered state of Jammu and
/// Kashmir`: what a place phrase from word `from` on is said to lie in,
/// right after it (`in` after its name), where that names its state; the
/// container decides where the place lies (the gazetteer's only Uri is a
/// Swiss canton).
fn container_after<'g>(
    g: &'g crate::gazetteer::Gazetteer,
    words: &[&str],
    from: usize,
) -> Option<&'g crate::gazetteer::Country> {
    let end = words.len().min(from + 8);
    // The place phrase: `the town of Uri`, with no comma or verb in it.
    let j = (from..end).find(|&k| words[k] == "in")?;
    let phrase = &words[from..j];
    let plain = !phrase.is_empty()
        && phrase.iter().any(|w| w.starts_with(char::is_uppercase))
        && phrase.iter().all(|w| {
            !w.ends_with([',', ';', '.', ':', ')'])
                && (w.starts_with(char::is_uppercase)
                    || matches!(*w, "the" | "of")
                    || PLACE_KINDS.contains(w))
        });
    if !plain {
        return None;
    }
    // Only a container that names its state: a people's part of it (`the
    // Indian-administered state of`) or the state itself (`in India`); a
    // name of its own may be as ambiguous as the place.
    match words.get(j + 1) {
        Some(&"the") => {
            demonym_part(g, &words[j + 2..]).or_else(|| country_opening(g, &words[j + 1..]))
        }
        _ => country_opening(g, &words[j + 1..]),
    }
}

/// The first word of the capitalised name that ends at `last` (`Pétion-Ville,`
/// of `in Pétion-Ville, a suburb of`), if `last` is capitalised.
fn name_start(words: &[&str], last: usize) -> Option<usize> {
    (0..=last)
        .rev()
        .take_while(|&k| words[k].starts_with(char::is_uppercase))
        .last()
}

/// Whether the word at `k` opens a place where something happened (`in`,
/// `at`, `near`, `outside`, `around`), or ends `in what is now` (`in what
/// is now Rathmines, a suburb of Dublin`).
fn after_place_word(words: &[&str], k: usize) -> bool {
    let opens = |w: &str| matches!(w, "in" | "at" | "near" | "outside" | "around");
    opens(words[k])
        || words[k] == "now"
            && k >= 3
            && matches!(words[k - 1], "is" | "was")
            && words[k - 2] == "what"
            && opens(words[k - 3])
}
