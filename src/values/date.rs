//! Dates and intervals as English Wikipedia writes them.
//!
//! A date keeps the precision the text gives (day, month or year); an
//! interval's open start borrows month and year from its end
//! (`15–19 October 2003`). Nothing is invented: text that cannot be read
//! whole is refused with a reason, and the caller keeps it as text.

use std::fmt;

/// A calendar date at the precision the text gave. Years are astronomical
/// (`1 BC` is year 0, `500 BC` is -499), as XSD 1.1 numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// The XSD datatype a [`PartialDate`] is written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
    Year,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The local name of the XSD datatype: `date`, `gYearMonth` or `gYear`.
    pub fn xsd_type(&self) -> &'static str {
        match self.precision() {
            Precision::Day => "date",
            Precision::Month => "gYearMonth",
            Precision::Year => "gYear",
        }
    }
}

impl fmt::Display for PartialDate {
    /// The XSD lexical form: `2003-10-15`, `2003-10`, `2003`, `-0499`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}", -self.year)?;
        } else {
            write!(f, "{:04}", self.year)?;
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// A date or an interval read from text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateRange {
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    /// `– present`, `ongoing`: no end yet.
    pub ongoing: bool,
    /// `c. 1848`, `early 2011`, `Spring 1968`: the date is not exact.
    pub approximate: bool,
    /// Earliest and latest possible start where the text narrows it without
    /// giving it (`early 2011`: January to April; `604 or 609`).
    pub start_bounds: Option<(PartialDate, PartialDate)>,
    /// Earliest and latest possible end, likewise.
    pub end_bounds: Option<(PartialDate, PartialDate)>,
    /// Text after the first date that was not read (`, Peace treaties ...`).
    pub ignored_tail: Option<String>,
}

impl DateRange {
    /// A short canonical form: `2003-10-15..2003-10-19`, `2014-09-22..
    /// ongoing`, `~1848`, `[2011-01,2011-04]` for bounds.
    pub fn canonical(&self) -> String {
        let side = |d: &Option<PartialDate>, b: &Option<(PartialDate, PartialDate)>| {
            let mut s = d.map_or(String::new(), |d| d.to_string());
            if let Some((a, z)) = b {
                s.push_str(&format!("[{a},{z}]"));
            }
            s
        };
        let mut out = String::new();
        if self.approximate {
            out.push('~');
        }
        out.push_str(&side(&self.start, &self.start_bounds));
        if self.end.is_some() || self.end_bounds.is_some() {
            out.push_str("..");
            out.push_str(&side(&self.end, &self.end_bounds));
        } else if self.ongoing {
            out.push_str("..ongoing");
        }
        out
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a word is a month's name, whole (`March`, not `Mar` or `Marchand`).
pub fn is_month_name(word: &str) -> bool {
    MONTHS.iter().any(|m| word.eq_ignore_ascii_case(m))
}

fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)))
        .map(|i| i as u8 + 1)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Reads a date or an interval. On failure the error says why.
pub fn parse(text: &str) -> Result<DateRange, String> {
    if let Some(r) = rounds(text) {
        return Ok(r);
    }
    let result = parse_text(text);
    // A date followed by notes on lines of their own (`April 19, 1775 –
    // September 3, 1783` then `Ratification effective: ...`): the first line.
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    match (result, lines.next(), lines.next()) {
        // `1949-02-19 in Wakefield, England`: the date before ` in `.
        (Err(e), _, _) if text.contains(" in ") => {
            let (head, tail) = text.split_once(" in ").unwrap_or((text, ""));
            match parse_text(head) {
                Ok(mut r) => {
                    r.ignored_tail = Some(format!("in {}", tail.trim()));
                    Ok(r)
                }
                Err(_) => Err(e),
            }
        }
        (Err(e), Some(first), Some(_)) => match parse_text(first) {
            Ok(mut r) => {
                let rest: Vec<&str> = text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .skip(1)
                    .collect();
                r.ignored_tail = Some(rest.join(" "));
                Ok(r)
            }
            Err(_) => Err(e),
        },
        (result, _, _) => result,
    }
}

/// `23 April 2017 (first round)` and `7 May 2017 (second round)` on lines
/// of their own: the rounds of one vote, from the first to the last. Dates
/// on lines with other notes or none (`30 August 1991 (declared)`, `18
/// October 1991 (independence)`) are of different events.
fn rounds(text: &str) -> Option<DateRange> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() < 2 {
        return None;
    }
    let mut dates = Vec::new();
    for line in &lines {
        let at = line.rfind(" (").filter(|_| line.ends_with(')'))?;
        let note = line[at + 2..line.len() - 1].to_lowercase();
        if !["round", "runoff", "run-off"]
            .iter()
            .any(|w| note.contains(w))
        {
            return None;
        }
        let bare = &line[..at];
        let r = parse_text(bare).ok()?;
        if r.end.is_some() || r.ongoing || r.ignored_tail.is_some() {
            return None;
        }
        dates.push(r.start?);
    }
    let (first, last) = (dates[0], *dates.last()?);
    (dates.windows(2).all(|w| w[0] < w[1])).then(|| DateRange {
        start: Some(first),
        end: Some(last),
        ..Default::default()
    })
}

fn parse_text(text: &str) -> Result<DateRange, String> {
    let cleaned = clean(&expand_templates(text));
    if cleaned.is_empty() {
        return Err("no date in the text".to_owned());
    }
    match parse_clean(&cleaned) {
        Ok(r) => Ok(r),
        Err(first_error) => {
            // `28 July 1914 – 11 November 1918, Peace treaties, ...`: read the
            // longest leading run of comma-separated parts that is a date.
            let parts: Vec<&str> = cleaned.split(", ").collect();
            for n in (1..parts.len()).rev() {
                let head = parts[..n].join(", ");
                if let Ok(mut r) = parse_clean(&head) {
                    r.ignored_tail = Some(parts[n..].join(", "));
                    return Ok(r);
                }
            }
            Err(first_error)
        }
    }
}

/// Replaces wikitext date templates by the dates they write:
/// `{{start date|2003|10|15}}` by `2003-10-15`, `{{start and end
/// dates|2003|10|15|2003|10|19}}` by an interval, `{{circa|1848}}` by
/// `c. 1848`; any other template by its first unnamed parameter.
fn expand_templates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let Some(len) = crate::markup::template_len(&rest[open..]) else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &rest[open + 2..open + len - 2];
        out.push_str(&expand_one(inner));
        rest = &rest[open + len..];
    }
    out.push_str(rest);
    out
}

fn expand_one(inner: &str) -> String {
    let inner = expand_templates(inner);
    let mut parts = inner.split('|');
    let name = parts
        .next()
        .unwrap_or("")
        .trim()
        .to_lowercase()
        .replace('_', " ");
    let positional: Vec<&str> = parts.map(str::trim).filter(|p| !p.contains('=')).collect();
    crate::markup::expand_date_template(&name, &positional)
        // Anything else (`{{nowrap|...}}`): its first unnamed parameter.
        .unwrap_or_else(|| positional.first().copied().unwrap_or("").to_owned())
}

/// Drops references, parentheses and day names, and normalises dashes.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth_round = 0usize;
    let mut depth_square = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth_round += 1,
            ')' => depth_round = depth_round.saturating_sub(1),
            '[' => depth_square += 1,
            ']' => depth_square = depth_square.saturating_sub(1),
            _ if depth_round > 0 || depth_square > 0 => {}
            '–' | '—' | '−' | '‒' | '―' => out.push_str(" – "),
            c if c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
    }
    let mut s = out.split_whitespace().collect::<Vec<_>>().join(" ");
    for sep in [" - ", " to ", " until ", " till "] {
        s = s.replace(sep, " – ");
    }
    s.trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .to_owned()
}

fn parse_clean(s: &str) -> Result<DateRange, String> {
    let mut range = DateRange::default();
    let lower = s.to_ascii_lowercase();
    for marker in [
        "c. ",
        "ca. ",
        "circa ",
        "around ",
        "about ",
        "approximately ",
    ] {
        if lower.starts_with(marker) || lower.contains(&format!("– {marker}")) {
            range.approximate = true;
        }
    }
    let parts: Vec<&str> = s.split(" – ").map(str::trim).collect();
    match parts.as_slice() {
        [single] => {
            if let Some((a, b)) = hyphen_year_range(single) {
                range.start = Some(a);
                range.end = Some(b);
                return Ok(range);
            }
            // `6 and 9 August 1945`: two days of one month, the event
            // from the first to the second.
            if let Some((a, b)) = single.split_once(" and ") {
                // `May 12 and 13, 1865`.
                let (a, b) = month_to_the_second(a, b);
                if let (Ok(day), Ok(last)) = (a.trim().parse::<u8>(), parse_date(&b, &mut false)) {
                    if let Some(end) = last
                        .complete()
                        .filter(|e| e.month.is_some() && e.day.is_some_and(|d| d > day) && day >= 1)
                    {
                        range.start = Some(PartialDate {
                            day: Some(day),
                            ..end
                        });
                        range.end = Some(end);
                        return Ok(range);
                    }
                }
            }
            // `604 or 609`: one of two dates, neither given as the date
            // (but for what both share).
            if let Some((a, b)) = single.split_once(" or ") {
                // `June 5 or 6, 1944`.
                let (a, b) = month_to_the_second(a, b);
                let b_loose = parse_date(&b, &mut range.approximate)?;
                // `early summer or September 1259`: a part of a year
                // written with no year, the second's.
                let mut a = parse_date(&a, &mut range.approximate).or_else(|e| {
                    let words: Vec<&str> = b.split_whitespace().collect();
                    let era = words
                        .last()
                        .is_some_and(|w| matches!(*w, "BC" | "BCE" | "AD" | "CE"));
                    let year = &words[words.len().saturating_sub(1 + usize::from(era))..];
                    if year.is_empty() || a.contains(|c: char| c.is_ascii_digit()) {
                        return Err(e);
                    }
                    parse_date(&format!("{a} {}", year.join(" ")), &mut range.approximate)
                        .map_err(|_| e)
                })?;
                let b = b_loose;
                // `18 or 22 December 218 BC`, `190 or 189 BC`: what the
                // first leaves out, the second gives (its month and year,
                // its era).
                if a.year.is_none() {
                    (a.year, a.year_digits, a.era) = (b.year, b.year_digits, b.era);
                    if a.month.is_none() {
                        a.month = b.month;
                    }
                } else if a.era.is_none() && b.era == Some(true) {
                    a.year = a.year.map(|y| 1 - y);
                    a.era = Some(true);
                }
                // A season's months as its bounds (`summer`: June to
                // August).
                let (a_at, b_at) = (complete(&a, single)?, complete(&b, single)?);
                let low = |x: &Loose, at: PartialDate| x.bounds().map_or(at, |(low, _)| low);
                let high = |x: &Loose, at: PartialDate| x.bounds().map_or(at, |(_, high)| high);
                range.approximate = true;
                let (first, last) = (
                    low(&a, a_at).min(low(&b, b_at)),
                    high(&a, a_at).max(high(&b, b_at)),
                );
                range.start_bounds = Some((first, last));
                // What both share is the date as far as it is known (`18
                // or 22 December 218 BC`: December 218 BC; not `604 or
                // 609`).
                if first.year == last.year {
                    range.start = Some(PartialDate {
                        year: first.year,
                        month: first.month.filter(|_| first.month == last.month),
                        day: None,
                    });
                }
                return Ok(range);
            }
            let d = parse_date(single, &mut range.approximate)?;
            range.start_bounds = d.bounds();
            range.start = Some(complete(&d, single)?);
            Ok(range)
        }
        [left, right] => {
            let right_lower = right.to_ascii_lowercase();
            let right_lower = right_lower.trim_end_matches('.');
            let end = if matches!(right_lower, "present" | "ongoing" | "now" | "today") {
                range.ongoing = true;
                None
            } else {
                match parse_date(right, &mut range.approximate) {
                    Ok(r) => Some(r),
                    // `July 1–3, 1863`: the end borrows the start's month.
                    Err(e) => {
                        let month = left.split([' ', ',']).find(|w| month_of(w).is_some());
                        let m = month.ok_or(e.clone())?;
                        Some(
                            parse_date(&format!("{m} {right}"), &mut range.approximate)
                                .map_err(|_| e)?,
                        )
                    }
                }
            };
            // `July or August 717 – 15 August 718`: one of two starts,
            // read as what both share (717) within the two as bounds.
            let mut or_bounds = None;
            let mut start = match left.split_once(" or ") {
                Some((a, b)) => {
                    let b = parse_date(b, &mut range.approximate)?;
                    let mut a = parse_date(a, &mut range.approximate)?;
                    if a.year.is_none() {
                        (a.year, a.year_digits, a.era) = (b.year, b.year_digits, b.era);
                    }
                    range.approximate = true;
                    let (first, last) = (complete(&a, left)?, complete(&b, left)?);
                    or_bounds = Some((first.min(last), first.max(last)));
                    let (first, _) = or_bounds.unwrap();
                    Loose {
                        year: Some(first.year),
                        year_digits: a.year_digits,
                        month: first
                            .month
                            .filter(|_| a.month == b.month && a.year == b.year),
                        era: a.era,
                        ..Loose::default()
                    }
                }
                None => parse_date(left, &mut range.approximate)?,
            };
            if let Some(end) = &end {
                // `431–404 BC`: the era written once, after the end.
                if end.era == Some(true) && start.era.is_none() {
                    start.year = start.year.map(|y| 1 - y);
                    start.era = Some(true);
                }
            }
            // `1803–15`: a bare two-digit end after a year is an abbreviated
            // year, not a day.
            let end = end.map(|mut e| {
                if let (Some(_), None, None, Some(day), None, None) =
                    (start.year, start.month, start.day, e.day, e.month, e.year)
                {
                    if right.trim().len() == 2 {
                        e.year = Some(i32::from(day));
                        e.year_digits = 2;
                        e.day = None;
                    }
                }
                e
            });
            if let Some(end) = end {
                if start.year.is_none() {
                    start.year = end.year;
                    if start.month.is_none() {
                        start.month = end.month;
                    }
                }
                // `1989–91`, `604–11`: an abbreviated end year.
                let mut end = end;
                if let (Some(sy), Some(ey), None, None) =
                    (start.year, end.year, end.month, start.month)
                {
                    if ey < sy && end.year_digits == 2 && sy >= 100 {
                        let century = sy - sy.rem_euclid(100);
                        let full = century + ey;
                        end.year = Some(if full < sy { full + 100 } else { full });
                    }
                }
                let s = start
                    .complete()
                    .ok_or_else(|| format!("{left:?} names no year"))?;
                let e = end
                    .complete()
                    .ok_or_else(|| format!("{right:?} names no year"))?;
                if s > e && !(s.year == e.year && (s.month.is_none() || e.month.is_none())) {
                    return Err(format!("the interval ends ({e}) before it starts ({s})"));
                }
                range.start = Some(s);
                range.end = Some(e);
                range.start_bounds = or_bounds.or(start.bounds());
                range.end_bounds = end.bounds();
            } else {
                range.start_bounds = or_bounds.or(start.bounds());
                range.start = Some(
                    start
                        .complete()
                        .ok_or_else(|| format!("{left:?} names no year"))?,
                );
            }
            Ok(range)
        }
        _ => Err(format!(
            "{} dashes: not one date or interval",
            parts.len() - 1
        )),
    }
}

/// `1989-1991`, `604-11` written with a plain hyphen.
fn hyphen_year_range(s: &str) -> Option<(PartialDate, PartialDate)> {
    let (a, b) = s.split_once('-')?;
    let sy: i32 = a.parse().ok().filter(|_| (3..=4).contains(&a.len()))?;
    if !b.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let ey: i32 = match b.len() {
        4 => b.parse().ok()?,
        // `2003-10` is ISO year-month, not an interval.
        2 if a.len() == 4 => return None,
        2 => {
            let century = sy - sy % 100;
            let e = century + b.parse::<i32>().ok()?;
            if e < sy {
                e + 100
            } else {
                e
            }
        }
        _ => return None,
    };
    (ey > sy).then(|| (PartialDate::year(sy), PartialDate::year(ey)))
}

/// `May 12` and `13, 1865`: two days of one date whose month stands
/// before the first day, moved to the second (`12`, `May 13, 1865`); any
/// other pair as it is. A day is one or two digits, 1 to 31 (`December
/// 190` is a month and a year).
fn month_to_the_second(a: &str, b: &str) -> (String, String) {
    let day = |w: &str| w.len() <= 2 && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    match a.trim().split_once(' ') {
        Some((m, d)) if month_of(m).is_some() && day(d) => {
            (d.to_owned(), format!("{m} {}", b.trim()))
        }
        _ => (a.to_owned(), b.to_owned()),
    }
}

/// A date some of whose parts may be missing (the start of `15–19 October`).
#[derive(Clone, Copy, Debug, Default)]
struct Loose {
    year: Option<i32>,
    year_digits: usize,
    month: Option<u8>,
    day: Option<u8>,
    /// `early`, `mid`, `late` or a season: the part of the period meant.
    part: Option<Part>,
    /// The era as written: `Some(true)` for BC, `Some(false)` for AD.
    era: Option<bool>,
}

/// The part of a year or month a qualifier names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Early,
    Mid,
    Late,
    Spring,
    Summer,
    Autumn,
    Winter,
}

fn complete(d: &Loose, text: &str) -> Result<PartialDate, String> {
    d.complete()
        .ok_or_else(|| format!("{text:?} names no year"))
}

impl Loose {
    /// Earliest and latest dates a qualified date allows: `early 2011` is
    /// January to April 2011, `late October 2003` the 21st to the 31st,
    /// `Spring 1968` March to May (seasons as in the northern hemisphere;
    /// winter runs from the December before to February).
    fn bounds(&self) -> Option<(PartialDate, PartialDate)> {
        let part = self.part?;
        let year = self.year?;
        let ym = |y: i32, m: u8| PartialDate {
            year: y,
            month: Some(m),
            day: None,
        };
        let ymd = |m: u8, d: u8| PartialDate {
            year,
            month: Some(m),
            day: Some(d),
        };
        match (self.month, self.day) {
            (None, None) => Some(match part {
                Part::Early => (ym(year, 1), ym(year, 4)),
                Part::Mid => (ym(year, 5), ym(year, 8)),
                Part::Late => (ym(year, 9), ym(year, 12)),
                Part::Spring => (ym(year, 3), ym(year, 5)),
                Part::Summer => (ym(year, 6), ym(year, 8)),
                Part::Autumn => (ym(year, 9), ym(year, 11)),
                Part::Winter => (ym(year - 1, 12), ym(year, 2)),
            }),
            (Some(m), None) => {
                let last = days_in_month(year, m);
                match part {
                    Part::Early => Some((ymd(m, 1), ymd(m, 10))),
                    Part::Mid => Some((ymd(m, 11), ymd(m, 20))),
                    Part::Late => Some((ymd(m, 21), ymd(m, last))),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn complete(&self) -> Option<PartialDate> {
        let year = self.year?;
        if let (Some(m), Some(d)) = (self.month, self.day) {
            if d == 0 || d > days_in_month(year, m) {
                return None;
            }
        }
        Some(PartialDate {
            year,
            month: self.month,
            day: self.month.and(self.day),
        })
    }
}

fn parse_date(s: &str, approximate: &mut bool) -> Result<Loose, String> {
    let s = s.trim();
    // ISO 8601: 2003-10-15, 2003-10.
    if let Some(d) = iso(s) {
        return Ok(d);
    }
    let mut d = Loose::default();
    let mut numbers: Vec<(u32, usize)> = Vec::new();
    let mut era: Option<bool> = None; // Some(true) = BC
    for raw in s.split([' ', ',']).filter(|w| !w.is_empty()) {
        let w = raw.trim_matches(|c: char| c == '.' || c == ',' || c == ';');
        let lw = w.to_ascii_lowercase();
        if let Some(m) = month_of(w) {
            if d.month.replace(m).is_some() {
                return Err(format!("two months in {s:?}"));
            }
            continue;
        }
        match lw.as_str() {
            "bc" | "bce" | "b.c" => {
                era = Some(true);
                continue;
            }
            "ad" | "ce" | "a.d" => {
                era = Some(false);
                continue;
            }
            "c" | "ca" | "circa" | "around" | "about" | "approximately" | "roughly" => {
                *approximate = true;
                continue;
            }
            "early" | "mid" | "late" | "spring" | "summer" | "autumn" | "fall" | "winter" => {
                *approximate = true;
                d.part = Some(match lw.as_str() {
                    "early" => Part::Early,
                    "mid" => Part::Mid,
                    "late" => Part::Late,
                    "spring" => Part::Spring,
                    "summer" => Part::Summer,
                    "winter" => Part::Winter,
                    _ => Part::Autumn,
                });
                continue;
            }
            "on" | "of" | "the" | "in" | "since" | "from" | "and" | "monday" | "tuesday"
            | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" => continue,
            _ => {}
        }
        let digits = lw
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && digits.len() <= 4 {
            let n: u32 = digits.parse().map_err(|_| format!("bad number {w:?}"))?;
            // `the 117th annual Boston Marathon`: an ordinal is a day or
            // nothing, never a year.
            if digits.len() < lw.len() && n > 31 {
                return Err(format!("the ordinal {w:?} is no date"));
            }
            numbers.push((n, digits.len()));
            continue;
        }
        if let Some(rest) = lw.strip_prefix("mid-") {
            *approximate = true;
            d.part = Some(Part::Mid);
            if let Some(m) = month_of(rest) {
                d.month = Some(m);
                continue;
            }
            if rest.len() == 4 && rest.chars().all(|c| c.is_ascii_digit()) {
                numbers.push((rest.parse().map_err(|_| format!("bad number {w:?}"))?, 4));
                continue;
            }
        }
        return Err(format!("cannot read {w:?} as part of a date"));
    }
    // `September AD 9`: with its era, a month's one number is its year.
    let one_number = numbers.len() == 1;
    for (n, digits) in numbers {
        if digits >= 3
            || n > 31
            || (d.year.is_none() && d.day.is_some())
            || (d.day.is_none() && era.is_some() && (d.month.is_none() || one_number))
        {
            if d.year.replace(n as i32).is_some() {
                return Err(format!("two years in {s:?}"));
            }
            d.year_digits = digits;
        } else if d.day.is_none() && (d.month.is_some() || n <= 31) {
            d.day = Some(n as u8);
        } else {
            return Err(format!("cannot tell day from year in {s:?}"));
        }
    }
    if d.month.is_none() && d.day.is_some() && d.year.is_some() {
        return Err(format!("a day without a month in {s:?}"));
    }
    if d.month.is_none() && d.day.is_some() && d.year.is_none() {
        // `15` on the left of `15–19 October`: a day waiting for its month.
    }
    if era == Some(true) {
        d.year = d.year.map(|y| 1 - y);
    }
    d.era = era;
    if d.year.is_none() && d.month.is_none() && d.day.is_none() {
        return Err(format!("no date in {s:?}"));
    }
    Ok(d)
}

fn iso(s: &str) -> Option<Loose> {
    let parts: Vec<&str> = s.split('-').collect();
    if !(2..=3).contains(&parts.len()) || parts[0].len() != 4 || parts[1].len() != 2 {
        return None;
    }
    let year: i32 = parts[0].parse().ok()?;
    let month: u8 = parts[1].parse().ok().filter(|m| (1..=12).contains(m))?;
    let day = match parts.get(2) {
        Some(p) if p.len() == 2 => Some(p.parse::<u8>().ok()?),
        Some(_) => return None,
        None => None,
    };
    Some(Loose {
        year: Some(year),
        year_digits: 4,
        month: Some(month),
        day,
        part: None,
        era: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Option<PartialDate> {
        Some(PartialDate {
            year: y,
            month: Some(m),
            day: Some(day),
        })
    }
    fn ym(y: i32, m: u8) -> Option<PartialDate> {
        Some(PartialDate {
            year: y,
            month: Some(m),
            day: None,
        })
    }
    fn y(y: i32) -> Option<PartialDate> {
        Some(PartialDate::year(y))
    }
    fn range(text: &str) -> (Option<PartialDate>, Option<PartialDate>) {
        let r = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        (r.start, r.end)
    }

    #[test]
    fn single_dates_keep_their_precision() {
        assert_eq!(range("15 October 2003"), (d(2003, 10, 15), None));
        assert_eq!(range("October 15, 2003"), (d(2003, 10, 15), None));
        assert_eq!(range("2003-10-15"), (d(2003, 10, 15), None));
        assert_eq!(range("October 2003"), (ym(2003, 10), None));
        assert_eq!(range("2003"), (y(2003), None));
        assert_eq!(range("24 March 2022[3]"), (d(2022, 3, 24), None));
    }

    #[test]
    fn dates_of_rounds_on_lines_of_their_own_are_one_span() {
        assert_eq!(
            range("23 April 2017 (first round)\n7 May 2017 (second round)"),
            (d(2017, 4, 23), d(2017, 5, 7))
        );
        // Dates of different events on their own lines: the first.
        assert_eq!(
            range("30 August 1991 (declared)\n18 October 1991 (independence)"),
            (d(1991, 8, 30), None)
        );
        assert_eq!(
            range("7 April 1939\n29 November 1944"),
            (d(1939, 4, 7), None)
        );
    }

    #[test]
    fn an_era_and_an_abbreviated_year_written_once_after_the_end() {
        assert_eq!(range("431–404 BC"), (y(-430), y(-403)));
        assert_eq!(range("58 – 50 BC"), (y(-57), y(-49)));
        assert_eq!(range("1803–15"), (y(1803), y(1815)));
        // A day before a month is still a day.
        assert_eq!(
            range("15–19 October 2003").0.unwrap().to_string(),
            "2003-10-15"
        );
    }

    #[test]
    fn intervals_borrow_month_and_year_from_their_end() {
        assert_eq!(
            range("15–19 October 2003"),
            (d(2003, 10, 15), d(2003, 10, 19))
        );
        assert_eq!(
            range("28 September – 16 October 2016"),
            (d(2016, 9, 28), d(2016, 10, 16))
        );
        assert_eq!(
            range("October 15, 2003 – October 19, 2003"),
            (d(2003, 10, 15), d(2003, 10, 19))
        );
        assert_eq!(
            range("February 9, 2019 – March 23, 2019"),
            (d(2019, 2, 9), d(2019, 3, 23))
        );
        assert_eq!(range("1989–1991"), (y(1989), y(1991)));
        assert_eq!(range("1989–91"), (y(1989), y(1991)));
        assert_eq!(range("604-11"), (y(604), y(611)));
        assert_eq!(range("3–6 March 2013"), (d(2013, 3, 3), d(2013, 3, 6)));
        assert_eq!(range("July 1–3, 1863"), (d(1863, 7, 1), d(1863, 7, 3)));
        assert_eq!(range("6 and 9 August 1945"), (d(1945, 8, 6), d(1945, 8, 9)));
        assert_eq!(
            range("May 12 and 13, 1865"),
            (d(1865, 5, 12), d(1865, 5, 13))
        );
        assert_eq!(
            range("August 11 – 16, 1965"),
            (d(1965, 8, 11), d(1965, 8, 16))
        );
    }

    #[test]
    fn open_intervals_are_ongoing() {
        let r = parse("22 September 2014 – present").unwrap();
        assert_eq!((r.start, r.end, r.ongoing), (d(2014, 9, 22), None, true));
    }

    #[test]
    fn approximate_and_ancient_dates() {
        let r = parse("c. 1848").unwrap();
        assert_eq!((r.start, r.approximate), (y(1848), true));
        let r = parse("early 2011").unwrap();
        assert_eq!((r.start, r.approximate), (y(2011), true));
        assert_eq!(range("500 BC"), (y(-499), None));
        assert_eq!(range("AD 33"), (y(33), None));
        assert_eq!(PartialDate::year(-499).to_string(), "-0499");
        assert_eq!(PartialDate::year(604).to_string(), "0604");
    }

    #[test]
    fn qualified_dates_keep_their_bounds() {
        let r = parse("early 2011").unwrap();
        assert_eq!(
            r.start_bounds,
            Some((ym(2011, 1).unwrap(), ym(2011, 4).unwrap()))
        );
        let r = parse("Spring 1968").unwrap();
        assert_eq!((r.start, r.approximate), (y(1968), true));
        assert_eq!(
            r.start_bounds,
            Some((ym(1968, 3).unwrap(), ym(1968, 5).unwrap()))
        );
        let r = parse("late October 2003").unwrap();
        assert_eq!(r.start, ym(2003, 10));
        assert_eq!(
            r.start_bounds,
            Some((d(2003, 10, 21).unwrap(), d(2003, 10, 31).unwrap()))
        );
        let r = parse("604 or 609").unwrap();
        assert_eq!(
            (r.start, r.start_bounds),
            (None, Some((y(604).unwrap(), y(609).unwrap())))
        );
        // Two days or years, the second written whole: the first borrows
        // its month, year and era; what both share is the date.
        let r = parse("18 or 22 December 218 BC").unwrap();
        assert_eq!(
            (r.start, r.start_bounds),
            (
                ym(-217, 12),
                Some((d(-217, 12, 18).unwrap(), d(-217, 12, 22).unwrap()))
            )
        );
        let r = parse("June 5 or 6, 1944").unwrap();
        assert_eq!(
            (r.start, r.start_bounds),
            (
                ym(1944, 6),
                Some((d(1944, 6, 5).unwrap(), d(1944, 6, 6).unwrap()))
            )
        );
        let r = parse("early summer or September 1259").unwrap();
        assert_eq!(
            (r.start, r.start_bounds),
            (y(1259), Some((ym(1259, 6).unwrap(), ym(1259, 9).unwrap())))
        );
        let r = parse("190 or 189 BC").unwrap();
        assert_eq!(
            (r.start, r.start_bounds),
            (None, Some((y(-189).unwrap(), y(-188).unwrap())))
        );
        let r = parse("December 190 or January 189 BC").unwrap();
        assert_eq!(
            (r.start, r.start_bounds),
            (None, Some((ym(-189, 12).unwrap(), ym(-188, 1).unwrap())))
        );
        assert_eq!(parse("c. 1848").unwrap().start_bounds, None);
        // One of two months starts an interval: the year both share, the
        // months as bounds.
        let r = parse("July or August 717 – 15 August 718").unwrap();
        assert_eq!(
            (r.start, r.start_bounds, r.end),
            (
                y(717),
                Some((ym(717, 7).unwrap(), ym(717, 8).unwrap())),
                d(718, 8, 15)
            )
        );
        assert!(r.approximate);
    }

    #[test]
    fn a_month_with_its_era_has_its_one_number_as_year() {
        let r = parse("September AD 9").unwrap();
        assert_eq!(
            r.start,
            Some(PartialDate {
                year: 9,
                month: Some(9),
                day: None
            })
        );
        // Without its era the number is a day, and no year is read.
        assert!(parse("September 9").map_or(true, |r| r.start.is_none_or(|d| d.year != 9)));
    }

    #[test]
    fn wikitext_date_templates() {
        assert_eq!(range("{{start date|2003|10|15}}"), (d(2003, 10, 15), None));
        assert_eq!(
            range("{{Start date|2003|10|15|df=y}} – {{End date|2003|10|19|df=y}}"),
            (d(2003, 10, 15), d(2003, 10, 19))
        );
        assert_eq!(
            range("{{start and end dates|2003|10|15|2003|10|19}}"),
            (d(2003, 10, 15), d(2003, 10, 19))
        );
        // Two days of one month.
        assert_eq!(range("6 and 9 August 1945"), (d(1945, 8, 6), d(1945, 8, 9)));
        assert!(parse("9 and 6 August 1945").is_err());
        assert!(parse("Hiroshima and Nagasaki").is_err());
        assert_eq!(range("{{start date|1968}}"), (y(1968), None));
        let r = parse("{{circa|1848}}").unwrap();
        assert_eq!((r.start, r.approximate), (y(1848), true));
        assert_eq!(range("{{nowrap|15 October 2003}}"), (d(2003, 10, 15), None));
    }

    #[test]
    fn trailing_text_after_a_date_is_reported() {
        let r = parse("28 July 1914 – 11 November 1918, Peace treaties, Treaty of Versailles, Signed 28 June 1919").unwrap();
        assert_eq!((r.start, r.end), (d(1914, 7, 28), d(1918, 11, 11)));
        assert!(r.ignored_tail.unwrap().starts_with("Peace treaties"));
    }

    #[test]
    fn notes_on_later_lines_are_left() {
        let r = parse(
            "April 19, 1775 – September 3, 1783\n(8 years)\n Ratification effective: May 12, 1784",
        )
        .unwrap();
        assert_eq!((r.start, r.end), (d(1775, 4, 19), d(1783, 9, 3)));
        assert!(r.ignored_tail.unwrap().contains("Ratification"));
    }

    #[test]
    fn ordinals_are_days_not_years() {
        assert_eq!(range("1st June 2001"), (d(2001, 6, 1), None));
        assert!(parse("117th").is_err());
    }

    #[test]
    fn unreadable_dates_are_refused() {
        for bad in [
            "",
            "?",
            "N/A",
            "(8 years, 9 months, 6 days)",
            "c. late 6th century",
            "31 February 2003",
            "2011 – 2003",
            "Tuesday",
            "32 13 2003",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was read as {:?}", parse(bad));
        }
    }
}
