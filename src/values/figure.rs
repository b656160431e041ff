//! Casualty and other counts as articles state them.
//!
//! One shape for every figure: an exact count when the text gives one plain
//! number, otherwise lower and upper bounds (either may be open), an
//! approximate flag and the original text. A reference mark (`[3]`), a year
//! or a page number in brackets is never fused into the number.

/// A count read from text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// Set only when the text states one exact number.
    pub exact: Option<u64>,
    pub lower: Option<u64>,
    pub upper: Option<u64>,
    pub approximate: bool,
    /// The text as written.
    pub text: String,
}

impl Figure {
    /// A short canonical form: `exact 2`, `1000..` (at least 1000),
    /// `~300..300`, `12..15`.
    pub fn canonical(&self) -> String {
        if let Some(n) = self.exact {
            return format!("exact {n}");
        }
        let b = |v: Option<u64>| v.map_or(String::new(), |v| v.to_string());
        format!(
            "{}{}..{}",
            if self.approximate { "~" } else { "" },
            b(self.lower),
            b(self.upper)
        )
    }
}

/// Vague quantity words and the least they mean.
const WORDS: &[(&str, u64, Option<u64>)] = &[
    ("tens of thousands", 10_000, Some(99_999)),
    ("hundreds of thousands", 100_000, Some(999_999)),
    ("millions", 1_000_000, None),
    ("thousands", 1_000, None),
    ("hundreds", 100, None),
    ("dozens", 24, None),
    ("scores", 40, None),
    ("several", 2, None),
    ("a few", 2, None),
    ("few", 2, None),
    ("many", 2, None),
    ("numerous", 2, None),
];

const SCALES: &[(&str, u64)] = &[
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
];

/// Reads a figure. Fails, with a reason, when the text holds no count.
pub fn parse(text: &str) -> Result<Figure, String> {
    let original = text.trim().to_owned();
    let lines: Vec<&str> = original
        .lines()
        .map(str::trim)
        .filter(|l| !strip_brackets(l).trim().is_empty())
        .collect();
    // `149 (including 132 schoolchildren)` over `+ 6 attackers`: the
    // victims, and the attackers added on a line of their own (as `86
    // (+1 perpetrator)` adds them in brackets); the figure is the victims'.
    if let [victims, plus] = lines[..] {
        if plus.starts_with('+') && counts_perpetrators(plus) {
            let mut f = parse_one(victims)?;
            f.text = original;
            return Ok(f);
        }
    }
    if lines.len() > 1 {
        return parse_lines(&original, &lines);
    }
    parse_one(&original)
}

/// `+ 6 attackers`, `+1 perpetrator`: the ones who did it, counted apart.
fn counts_perpetrators(line: &str) -> bool {
    const PERPETRATORS: &[&str] = &[
        "perpetrator",
        "perpetrators",
        "attacker",
        "attackers",
        "gunman",
        "gunmen",
        "assailant",
        "assailants",
        "hijacker",
        "hijackers",
        "bomber",
        "bombers",
    ];
    let words: Vec<String> = strip_brackets(line)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| PERPETRATORS.contains(&w.as_str()) || w == "the" || w == "including")
}

/// Several lines: competing counts of one thing (`846 (per X)` and `384
/// (per Y)` on their own lines) give bounds; a `Total` line is the figure;
/// counts of different things (`40,000 soldiers`, `5,000 sailors`) are no
/// one figure.
fn parse_lines(original: &str, lines: &[&str]) -> Result<Figure, String> {
    // `Total: 23,049`, `23,049 total`.
    // `467,000 (total)`.
    let total = lines.iter().find_map(|l| {
        let lower = l.to_ascii_lowercase();
        if lower.starts_with("total") {
            return Some(l.trim_start_matches(|c: char| c.is_alphabetic() || c == ':'));
        }
        [" total casualties", " in total", " total", " (total)"]
            .iter()
            .find_map(|s| lower.strip_suffix(s))
            .map(|head| &l[..head.len()])
    });
    if let Some(total) = total {
        let mut f = parse_one(total.trim())?;
        f.text = original.to_owned();
        return Ok(f);
    }
    // `160,000 (initial landing)` over `250,000 (peak)`: counts at
    // different moments, not competing counts of one.
    const MOMENTS: &[&str] = &["initial", "initially", "final", "peak", "maximum", "later"];
    let at_moments = lines.iter().any(|l| {
        l.split_once('(').is_some_and(|(_, inside)| {
            inside
                .split(|c: char| !c.is_alphabetic())
                .any(|w| MOMENTS.contains(&w.to_ascii_lowercase().as_str()))
        })
    });
    if at_moments {
        return Err(format!(
            "{} lines count at different moments: no one figure",
            lines.len()
        ));
    }
    // `23,000` over `12 guns`: the one bare count is of people, the
    // other lines count guns, ships or formations.
    let bare: Vec<&&str> = lines
        .iter()
        .filter(|l| residual_words(&strip_brackets(l)) == 0)
        .collect();
    if let [people] = bare[..] {
        if lines
            .iter()
            .all(|l| l == people || counted_unit(&strip_brackets(l).to_ascii_lowercase()).is_some())
        {
            let mut f = parse_one(people)?;
            f.text = original.to_owned();
            return Ok(f);
        }
    }
    if bare.len() == lines.len() {
        let mut f = parse_one(&lines.join(" "))?;
        f.text = original.to_owned();
        return Ok(f);
    }
    Err(format!(
        "{} lines count different things: no one figure",
        lines.len()
    ))
}

/// Words that qualify a count without saying what is counted.
const QUALIFIERS: &[&str] = &[
    "at",
    "least",
    "about",
    "over",
    "more",
    "than",
    "est",
    "estimated",
    "approximately",
    "approx",
    "around",
    "some",
    "up",
    "to",
    "nearly",
    "almost",
    "c",
    "ca",
    "and",
    "or",
    "per",
    "according",
    "total",
    "reported",
    "roughly",
    "under",
    "fewer",
    "less",
    "in",
    "excess",
    "of",
    "minimum",
    "maximum",
    "above",
    "thousand",
    "million",
    "billion",
    "between",
];

/// How many words of a text say what is counted (not numbers, not
/// qualifiers).
fn residual_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .filter(|w| !QUALIFIERS.contains(&w.to_lowercase().as_str()))
        .count()
}

fn parse_one(original: &str) -> Result<Figure, String> {
    let original = original.trim().to_owned();
    let cleaned = strip_brackets(&original);
    let lower_text = cleaned.to_ascii_lowercase();
    if cleaned.trim().is_empty() {
        return Err(format!("no figure in {original:?}"));
    }
    let mut fig = Figure {
        exact: None,
        lower: None,
        upper: None,
        approximate: false,
        text: original.clone(),
    };
    // English Wikipedia states counts in English: words in another script
    // beside a number (`Москва 1991 年`) say something else.
    if cleaned
        .chars()
        .any(|c| c.is_alphabetic() && c as u32 > 0x024F)
    {
        return Err(format!(
            "words in another script in {original:?}: not an English count"
        ));
    }
    // `15–` or `– 2003`: a range with an end missing is no figure.
    let t = cleaned.trim();
    if t.ends_with(['–', '-', '—'])
        || t.starts_with(['–', '—'])
        || (t.starts_with('-') && !t[1..].starts_with(char::is_numeric))
    {
        return Err(format!("a range with an end missing in {original:?}"));
    }
    // `2 brigades`, `212 ships`: units or machines counted, not people.
    if let Some(unit) = counted_unit(&lower_text) {
        return Err(format!("{original:?} counts {unit}, not people: no figure"));
    }
    let numbers = numbers_in(&cleaned);
    if numbers.is_empty() {
        // Each vague quantity the text says (`several hundred`, `hundreds
        // of thousands`, `thousands`), the longest first, each word read
        // once; the least of them bounds the figure from below, and one
        // alone may bound it from above.
        let mut rest = lower_text.clone();
        let mut found: Vec<(u64, Option<u64>)> = Vec::new();
        let mut take = |rest: &mut String, phrase: &str, lo: u64, hi: Option<u64>| {
            while let Some(at) = crate::text::find_word(rest, phrase, 0) {
                rest.replace_range(at..at + phrase.len(), &" ".repeat(phrase.len()));
                found.push((lo, hi));
            }
        };
        for few in ["several", "a few", "few", "many", "some"] {
            for (scale, n) in [
                ("hundred", 100),
                ("thousand", 1_000),
                ("million", 1_000_000),
            ] {
                take(&mut rest, &format!("{few} {scale}"), 2 * n, None);
            }
        }
        for (word, lo, hi) in WORDS {
            take(&mut rest, word, *lo, *hi);
        }
        let Some(lower) = found.iter().map(|f| f.0).min() else {
            return Err(format!("no figure in {original:?}"));
        };
        fig.lower = Some(lower);
        fig.upper = match found[..] {
            [(_, hi)] => hi,
            _ => None,
        };
        fig.approximate = true;
        return Ok(fig);
    }
    let has = |w: &str| crate::text::contains_word(&lower_text, w);
    let at_least = has("at least")
        || has("over")
        || has("more than")
        || has("above")
        || has("in excess of")
        || has("minimum")
        || cleaned.contains('+')
        || cleaned.contains('>');
    let at_most = has("up to")
        || has("fewer than")
        || has("less than")
        || has("under")
        || has("at most")
        || has("maximum")
        || cleaned.contains('<');
    let about = has("about")
        || has("around")
        || has("approximately")
        || has("approx")
        || has("roughly")
        || has("nearly")
        || has("almost")
        || has("some")
        || has("est")
        || has("estimated")
        || has("c")
        || has("ca")
        || cleaned.contains('~')
        || cleaned.contains('≈');
    let range = numbers.len() == 2 && numbers[0].end_in_range;
    if numbers.len() == 1 {
        let n = numbers[0].value;
        if at_least {
            fig.lower = Some(n);
            fig.approximate = true;
        } else if at_most {
            fig.upper = Some(n);
            fig.approximate = true;
        } else if about || numbers[0].scaled {
            fig.lower = Some(n);
            fig.upper = Some(n);
            fig.approximate = true;
        } else {
            fig.exact = Some(n);
            fig.lower = Some(n);
            fig.upper = Some(n);
        }
        return Ok(fig);
    }
    // `2 killed, 5 wounded`: counts of different things are no one figure.
    let groups = numbers.len() - numbers.iter().filter(|n| n.end_in_range).count();
    if groups > 1 && residual_words(&cleaned) > 0 {
        return Err(format!(
            "{groups} counts of different things in {original:?}: no one figure"
        ));
    }
    if numbers.len() == 2 && numbers[0].end_in_range && numbers[0].value > numbers[1].value {
        return Err(format!("the range in {original:?} ends below its start"));
    }
    // Ranges (`12–15`) and competing counts (`846 (per X) 384 (per Y)`).
    let lo = numbers.iter().map(|n| n.value).min().unwrap_or(0);
    let hi = numbers.iter().map(|n| n.value).max().unwrap_or(0);
    fig.approximate = true;
    fig.lower = Some(lo);
    // `817–1,000+`: a range whose upper end is itself a least bound is
    // open above.
    let open_end = cleaned
        .rfind(|c: char| c.is_ascii_digit())
        .is_some_and(|at| cleaned[at + 1..].starts_with('+'));
    fig.upper = if at_least && (!range || open_end) {
        None
    } else {
        Some(hi)
    };
    Ok(fig)
}

/// Formations and machines a strength or a loss may count instead of
/// people.
const UNITS: &[&str] = &[
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "division",
    "divisions",
    "regiment",
    "regiments",
    "company",
    "companies",
    "corps",
    "squadron",
    "squadrons",
    "platoon",
    "platoons",
    "armies",
    "fleet",
    "fleets",
    "ship",
    "ships",
    "warship",
    "warships",
    "vessel",
    "vessels",
    "battleship",
    "battleships",
    "cruiser",
    "cruisers",
    "destroyer",
    "destroyers",
    "frigate",
    "frigates",
    "corvette",
    "corvettes",
    "submarine",
    "submarines",
    "carrier",
    "carriers",
    "gunboat",
    "gunboats",
    "tank",
    "tanks",
    "aircraft",
    "plane",
    "planes",
    "helicopter",
    "helicopters",
    "gun",
    "guns",
    "cannon",
    "cannons",
];

/// Whether `word` (lower case) names a formation or machine a strength or
/// loss may count instead of people (`brigade`, `cruiser`).
pub fn is_unit(word: &str) -> bool {
    UNITS.contains(&word)
}

/// The unit a number before it counts (`2 brigades`, `10½ divisions`, `1
/// heavy cruiser`: past up to two words that qualify it), if any.
fn counted_unit(lower: &str) -> Option<&'static str> {
    let words: Vec<&str> = lower.split_whitespace().collect();
    (0..words.len()).find_map(|i| {
        if !words[i].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let mut next = words[i + 1..].iter().take(3);
        next.find_map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            let unit = UNITS.iter().find(|u| **u == bare).copied();
            // A word that ends the phrase (`killed`, `by`, `of`, a
            // comma) before any unit: what the number counts is told.
            let ends = unit.is_none()
                && (w.ends_with([',', ';', '.'])
                    || matches!(
                        bare,
                        "of" | "by" | "in" | "and" | "or" | "with" | "killed" | "dead" | "wounded"
                    ));
            if ends {
                Some(None)
            } else {
                unit.map(Some)
            }
        })
        .flatten()
    })
}

/// Removes `[...]` reference marks and `(...)` asides such as years and
/// sources, keeping the text between them.
fn strip_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '[' | '(' => {
                depth += 1;
                out.push(' ');
            }
            ']' | ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out
}

struct Number {
    value: u64,
    /// Followed by a dash and another number: a range.
    end_in_range: bool,
    /// `1.5 million`: rounded by the writer.
    scaled: bool,
}

fn numbers_in(s: &str) -> Vec<Number> {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<Number> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_alphabetic()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || matches!(chars[i], ',' | '.')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            i += 1;
        }
        let token: String = chars[start..i].iter().collect();
        let Some((mut value, fraction)) = read_number(&token) else {
            continue;
        };
        let rest: String = chars[i..].iter().collect::<String>().to_ascii_lowercase();
        let rest = rest.trim_start();
        let mut scaled = false;
        for (word, mult) in SCALES {
            if rest.starts_with(word) {
                value = ((value as f64 + fraction) * *mult as f64).round() as u64;
                scaled = true;
            }
        }
        if !scaled && fraction != 0.0 {
            // `2.5` people is not a count.
            continue;
        }
        let after = rest.trim_start();
        let end_in_range = after.starts_with(['–', '-', '—'])
            && after
                .get(3.min(after.len())..)
                .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            || after.starts_with("to ")
                && after[3..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit());
        out.push(Number {
            value,
            end_in_range,
            scaled,
        });
    }
    out
}

/// `1,234` and `1.234` (thousands grouping) are 1234; `1.5` is 1 and a half.
fn read_number(token: &str) -> Option<(u64, f64)> {
    let groups: Vec<&str> = token.split([',', '.']).collect();
    if groups.len() == 1 {
        return token.parse().ok().map(|v| (v, 0.0));
    }
    let grouped =
        groups[0].len() <= 3 && !groups[0].is_empty() && groups[1..].iter().all(|g| g.len() == 3);
    let same_separator = !(token.contains(',') && token.contains('.'));
    if grouped && same_separator {
        return groups.concat().parse().ok().map(|v| (v, 0.0));
    }
    // A decimal: `1.5` (million), or `1,234.5`.
    let (int, frac) = token.rsplit_once('.')?;
    let int: u64 = int.replace(',', "").parse().ok()?;
    let frac: f64 = format!("0.{frac}").parse().ok()?;
    Some((int, frac))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds(text: &str) -> (Option<u64>, Option<u64>, Option<u64>, bool) {
        let f = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        (f.exact, f.lower, f.upper, f.approximate)
    }

    #[test]
    fn exact_numbers() {
        assert_eq!(bounds("2"), (Some(2), Some(2), Some(2), false));
        assert_eq!(bounds("1,234"), (Some(1234), Some(1234), Some(1234), false));
        assert_eq!(bounds("1.234"), (Some(1234), Some(1234), Some(1234), false));
        assert_eq!(bounds("384[12]"), (Some(384), Some(384), Some(384), false));
        assert_eq!(bounds("2 (2003)"), (Some(2), Some(2), Some(2), false));
    }

    #[test]
    fn units_and_machines_are_no_count_of_people() {
        assert!(parse("2 brigades").is_err());
        assert!(parse("212 ships").is_err());
        assert!(parse("10½ divisions (initial)").is_err());
        // Ships by their class, past the words that qualify them; a count
        // of people told before any unit stays one.
        assert!(parse("1 battleship").is_err());
        assert!(parse("1 heavy cruiser").is_err());
        assert!(parse("6 heavy cruisers").is_err());
        assert_eq!(
            bounds("3,000 killed by tanks"),
            (Some(3000), Some(3000), Some(3000), false)
        );
        // People are counted, whatever unit they serve in.
        assert_eq!(
            bounds("1,200 men (one brigade)"),
            (Some(1200), Some(1200), Some(1200), false)
        );
    }

    #[test]
    fn bounded_and_approximate_numbers() {
        assert_eq!(bounds("at least 384"), (None, Some(384), None, true));
        assert_eq!(bounds("~300"), (None, Some(300), Some(300), true));
        assert_eq!(bounds("300+"), (None, Some(300), None, true));
        assert_eq!(bounds("12–15"), (None, Some(12), Some(15), true));
        // A range whose upper end has a `+` is open above.
        assert_eq!(bounds("817–1,000+"), (None, Some(817), None, true));
        assert_eq!(
            bounds("at least 12–15 killed"),
            (None, Some(12), Some(15), true)
        );
        assert_eq!(
            bounds("15–21 rebels dead"),
            (None, Some(15), Some(21), true)
        );
        assert_eq!(bounds("est. 5,000"), (None, Some(5000), Some(5000), true));
        assert_eq!(
            bounds("846 (per X) 384 (per Y)"),
            (None, Some(384), Some(846), true)
        );
        assert_eq!(
            bounds("1.5 million"),
            (None, Some(1_500_000), Some(1_500_000), true)
        );
    }

    #[test]
    fn vague_words() {
        assert_eq!(bounds("Thousands"), (None, Some(1000), None, true));
        assert_eq!(bounds("Hundreds"), (None, Some(100), None, true));
        assert_eq!(bounds("dozens"), (None, Some(24), None, true));
        assert_eq!(bounds("several"), (None, Some(2), None, true));
        assert_eq!(
            bounds("Several hundred to several thousand"),
            (None, Some(200), None, true)
        );
        assert_eq!(
            bounds("hundreds to thousands"),
            (None, Some(100), None, true)
        );
        assert_eq!(
            bounds("hundreds of thousands"),
            (None, Some(100_000), Some(999_999), true)
        );
    }

    #[test]
    fn several_lines_and_several_things() {
        assert_eq!(
            bounds("846 (per Amnesty)\n384 (per government)"),
            (None, Some(384), Some(846), true)
        );
        assert_eq!(
            bounds("Soldiers: 12\nCivilians: 30\nTotal: 42"),
            (Some(42), Some(42), Some(42), false)
        );
        assert_eq!(
            bounds("23,049 total\n(3,155 killed;\n14,531 wounded;\n5,369 captured/missing)"),
            (Some(23049), Some(23049), Some(23049), false)
        );
        assert!(parse("40,000 (Average)\n5,000 Continental Navy sailors").is_err());
        // Counts at two moments are no one figure; one labelled the total
        // is the figure.
        assert!(parse("160,000 (initial landing)\n250,000 (peak)").is_err());
        assert_eq!(
            bounds("160,000 (initial landing)\n467,000 (total)"),
            (Some(467_000), Some(467_000), Some(467_000), false)
        );
        // The attackers on a line of their own, added: the victims' count
        // (`86 (+1 perpetrator)` in brackets reads so already).
        assert_eq!(
            bounds("149 (including 132 schoolchildren)\n+ 6 attackers"),
            (Some(149), Some(149), Some(149), false)
        );
        assert_eq!(bounds("86 (+1 perpetrator)"), bounds("86\n+1 perpetrator"));
        assert!(parse("149 students\n+ 6 soldiers").is_err());
        assert!(parse("149\n6 attackers").is_err());
        assert!(parse("2 killed, 5 wounded").is_err());
        // Men over guns or ships: the men are the figure.
        assert_eq!(
            bounds("23,000\n12 guns"),
            (Some(23_000), Some(23_000), Some(23_000), false)
        );
        assert_eq!(bounds("c. 9,000\n3 frigates\n40 cannon").2, Some(9_000));
        assert!(parse("12 guns\n18 guns").is_err());
        assert!(parse("23,000\n12 guns\n5,000").is_err());
        assert_eq!(
            bounds("15–21 rebels dead"),
            (None, Some(15), Some(21), true)
        );
    }

    #[test]
    fn no_figure() {
        for bad in [
            "",
            "?",
            "N/A",
            "unknown",
            "[1]",
            "(2003)",
            "15–",
            "– 2003",
            "2003 – 2002",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}: {:?}", parse(bad));
        }
    }
}
