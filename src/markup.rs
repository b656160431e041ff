//! The wikitext scanner the readers and the value parsers share: balanced
//! templates and links, splitting a template at its top-level bars, template
//! names folded, the dates date templates write, XML entities. It imports
//! nothing of the crate.

/// Replaces the five XML entities (`&amp;` last, so `&amp;lt;` stays `&lt;`).
pub fn unescape_xml(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The folded name of a template from its inner text: `Infobox civil
/// conflict`, `infobox_civil_conflict` and `Infobox  Civil conflict` all
/// give `infobox civil conflict`.
pub fn template_name(inner: &str) -> String {
    let end = memchr::memchr2(b'|', b'\n', inner.as_bytes()).unwrap_or(inner.len());
    // Underscores as spaces, runs of spaces as one, no space at either end:
    // one copy.
    let mut name = String::with_capacity(end);
    let mut space = false;
    for c in inner[..end].chars() {
        if c == '_' || c.is_whitespace() {
            space = !name.is_empty();
        } else {
            if space {
                name.push(' ');
                space = false;
            }
            name.push(c);
        }
    }
    let mut start = 0;
    while let Some(rest) = name[start..]
        .strip_prefix("Template:")
        .or_else(|| name[start..].strip_prefix("template:"))
    {
        start = name.len() - rest.trim_start().len();
    }
    name.drain(..start);
    if name.is_ascii() {
        name.make_ascii_lowercase();
        name
    } else {
        name.to_lowercase()
    }
}

/// How deep templates and links may nest (real pages nest a few levels).
pub const MAX_NESTING: usize = 64;

/// Length of the balanced `{{...}}` at the start of `s`.
pub fn template_len(s: &str) -> Option<usize> {
    balanced_len(s, b'{', b'}', false)
}

/// Length of the balanced `[[...]]` at the start of `s`; a link never
/// spans a blank line.
pub fn link_len(s: &str) -> Option<usize> {
    balanced_len(s, b'[', b']', true)
}

/// Length of the balanced run of doubled `open`/`close` brackets at the start
/// of `s`.
///
/// Brackets nested deeper than [`MAX_NESTING`] are no markup: the scan
/// stops there. So every reader built on it is linear in its input (a scan
/// from one opening passes at most `MAX_NESTING` later openings before it
/// stops) and recurses at most that deep, whatever the page holds.
fn balanced_len(s: &str, open: u8, close: u8, stop_at_blank_line: bool) -> Option<usize> {
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i + 1 < b.len() {
        let next = if stop_at_blank_line {
            memchr::memchr3(open, close, b'\n', &b[i..])
        } else {
            memchr::memchr2(open, close, &b[i..])
        };
        match next {
            Some(p) => i += p,
            None => break,
        }
        if i + 1 >= b.len() {
            break;
        }
        match (b[i], b[i + 1]) {
            (x, y) if x == open && y == open => {
                depth += 1;
                if depth > MAX_NESTING {
                    return None;
                }
                i += 2;
            }
            (x, y) if x == close && y == close => {
                depth = depth.saturating_sub(1);
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            (b'\n', b'\n') if stop_at_blank_line => return None,
            _ => i += 1,
        }
    }
    None
}

/// Splits template text on `|` outside nested templates and links,
/// with each part's byte offset.
pub fn split_top_level(s: &str) -> Vec<(usize, &str)> {
    let b = s.as_bytes();
    let mut parts = Vec::new();
    // The bytes this split looks at; all others are skipped over.
    static SPLIT_BYTES: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < 256 {
            t[i] = matches!(i as u8, b'{' | b'}' | b'[' | b']' | b'|' | b'<');
            i += 1;
        }
        t
    };
    let (mut curly, mut square, mut start) = (0i32, 0i32, 0);
    let mut i = 0;
    while i < b.len() {
        match b[i..].iter().position(|&c| SPLIT_BYTES[c as usize]) {
            Some(p) => i += p,
            None => break,
        }
        if b[i..].starts_with(b"<!--") {
            i = s[i..].find("-->").map_or(b.len(), |p| i + p + 3);
            continue;
        }
        match b[i] {
            b'{' => curly += 1,
            b'}' => curly -= 1,
            b'[' => square += 1,
            b']' => square -= 1,
            b'|' if curly <= 0 && square <= 0 => {
                parts.push((start, &s[start..i]));
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push((start, &s[start..]));
    parts
}

/// Templates whose text is a list of their unnamed parameters.
pub const LIST_TEMPLATES: &[&str] = &[
    "plainlist",
    "plain list",
    "ubl",
    "unbulleted list",
    "ubil",
    "hlist",
    "flatlist",
    "flat list",
    "bulleted list",
    "blist",
    "bull list",
    "collapsible list",
    "cslist",
    "nowrap list",
    "endplainlist",
    "startplainlist",
];

/// The date a date template writes, from its folded name and unnamed
/// parameters; `None` for other templates.
pub fn expand_date_template(name: &str, positional: &[&str]) -> Option<String> {
    let ymd = |p: &[&str]| -> String {
        p.iter()
            .take(3)
            .filter(|x| !x.is_empty())
            .map(|x| {
                if x.len() == 1 {
                    format!("0{x}")
                } else {
                    (*x).to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("-")
    };
    let numeric = |p: &[&str]| {
        p.first()
            .is_some_and(|y| !y.is_empty() && y.chars().all(|c| c.is_ascii_digit() || c == '-'))
    };
    match name {
        "start date" | "end date" | "start date and age" | "end date and age" | "start-date"
        | "end-date" | "dts" | "birth date" | "death date" => Some(if numeric(positional) {
            ymd(positional)
        } else {
            positional.first().copied().unwrap_or("").to_owned()
        }),
        "start and end dates" => {
            let (a, b) = positional.split_at(positional.len().min(3));
            Some(format!("{} – {}", ymd(a), ymd(b)))
        }
        "circa" | "c." | "c" => Some(format!("c. {}", positional.first().copied().unwrap_or(""))),
        // `{{Date|1917-11-07}}`: the date it formats.
        "date" => Some(positional.first().copied().unwrap_or("").to_owned()),
        // `{{OldStyleDate|7 November|1917|25 October}}`: the date in the
        // Gregorian calendar and its year (the Julian date beside it is
        // the same day).
        "oldstyledate" | "oldstyledatedy" | "oldstyledateny" => {
            Some(positional[..positional.len().min(2)].join(" "))
        }
        _ => None,
    }
}
