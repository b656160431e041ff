//! Wikitext rendered to plain text: links kept as their text with their
//! targets recorded, date templates as dates, list templates as one item a
//! line; references, comments, files and layout templates dropped.

use crate::article::Link;
use crate::markup::{link_len, split_top_level, template_len, template_name, LIST_TEMPLATES};

/// Templates that render as the country or entity they name.
const FLAG_TEMPLATES: &[&str] = &["flag", "flagcountry", "flagu", "flag country", "flagdeco2"];

/// Flag templates name countries: where a country's name alone is another
/// page's title, the page its `Country data` template links to.
const FLAG_PAGES: &[(&str, &str)] = &[
    ("Georgia", "Georgia (country)"),
    ("Ireland", "Republic of Ireland"),
];

/// Renders wikitext to plain text; links go to `links`, categories to
/// `categories`.
pub fn render(text: &str, links: &mut Vec<Link>, categories: &mut Vec<String>) -> String {
    let mut out = String::with_capacity(text.len());
    render_into(text, &mut out, links, categories);
    out
}

/// [`render`], appending to `out`.
pub(super) fn render_into(
    text: &str,
    out: &mut String,
    links: &mut Vec<Link>,
    categories: &mut Vec<String>,
) {
    let mut i = 0;
    let b = text.as_bytes();
    while i < b.len() {
        let rest = &text[i..];
        let next = b.get(i + 1).copied();
        // By the byte markup starts with; `None` when it is text after all.
        let used = match b[i] {
            b'<' if rest.starts_with("<!--") => {
                Some(rest.find("-->").map_or(rest.len(), |p| p + 3))
            }
            b'<' => Some(render_tag(rest, out)),
            b'{' if next == Some(b'{') => Some(match template_len(rest) {
                Some(len) => {
                    out.push_str(&render_template(&rest[2..len - 2], links, categories));
                    len
                }
                None => 2,
            }),
            b'[' if next == Some(b'[') => Some(match link_len(rest) {
                Some(len) => {
                    render_link(&rest[2..len - 2], out, links, categories);
                    len
                }
                None => 2,
            }),
            b'[' if rest.starts_with("[http") || rest.starts_with("[//") => {
                Some(render_external_link(rest, out, links, categories))
            }
            // Closing a template or link that never opened (broken markup).
            b'}' | b']' if next == Some(b[i]) => Some(2),
            b'\'' if rest.starts_with("'''") => Some(3),
            b'\'' if next == Some(b'\'') => Some(2),
            b'&' => {
                let (s, n) = entity(rest);
                out.push_str(s);
                Some(n)
            }
            // Behaviour switches: __NOTOC__.
            b'_' if next == Some(b'_') => rest[2..]
                .find("__")
                .filter(|&p| rest[2..2 + p].chars().all(|c| c.is_ascii_uppercase()))
                .map(|p| 2 + p + 2),
            _ => None,
        };
        if let Some(n) = used {
            i += n;
            continue;
        }
        // Plain text up to the next byte that may start markup, copied in
        // one go.
        let run = 1 + b[i + 1..]
            .iter()
            .position(|&c| MAY_START_MARKUP[c as usize])
            .unwrap_or(b.len() - i - 1);
        let mut end = i + run;
        while !text.is_char_boundary(end) {
            end += 1;
        }
        out.push_str(&text[i..end]);
        i = end;
    }
}

/// `[http://x label]`: the label, whose templates are rendered too. Returns
/// the bytes read.
fn render_external_link(
    rest: &str,
    out: &mut String,
    links: &mut Vec<Link>,
    categories: &mut Vec<String>,
) -> usize {
    let mut depth = 0i32;
    let end = rest
        .char_indices()
        .find(|&(j, c)| {
            if rest[j..].starts_with("{{") {
                depth += 1;
            } else if rest[j..].starts_with("}}") {
                depth -= 1;
            }
            c == ']' && depth <= 0 || c == '\n'
        })
        .map_or(rest.len(), |(j, _)| j);
    let inner = &rest[1..end];
    if let Some((_, label)) = inner.split_once(' ') {
        out.push_str(&render(label, links, categories));
    }
    (end + 1).min(rest.len())
}

/// The bytes at which markup may start, for [`render`]'s plain-text runs.
static MAY_START_MARKUP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(
            i as u8,
            b'<' | b'{' | b'[' | b'}' | b']' | b'\'' | b'&' | b'_'
        );
        i += 1;
    }
    t
};

fn render_link(inner: &str, out: &mut String, links: &mut Vec<Link>, categories: &mut Vec<String>) {
    let (target, label) = match inner.split_once('|') {
        Some((t, l)) => (t.trim(), Some(l)),
        None => (inner.trim(), None),
    };
    let bare = target.trim_start_matches(':');
    // Namespaces and languages end in `:`; most targets have none.
    if let Some(colon) = memchr::memchr(b':', target.as_bytes()) {
        let has_prefix = |p: &str| crate::text::starts_with_ascii_ci(bare.as_bytes(), p.as_bytes());
        if !target.starts_with(':') && has_prefix("category:") {
            let name = target["category:".len()..].trim();
            if !name.is_empty() && !categories.iter().any(|c| c == name) {
                categories.push(name.to_owned());
            }
            return;
        }
        if ["file:", "image:", "media:"].iter().any(|p| has_prefix(p)) {
            return;
        }
        // Interlanguage links (`fr:Titre`) are not text.
        let prefix = &target[..colon];
        let language = (2..=12).contains(&prefix.len())
            && prefix.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if language && !target.starts_with(':') {
            return;
        }
    }
    // A target built by a template or parser function (`[[{{#property:p38}}]]`)
    // cannot be resolved here: show what renders, link nothing.
    if target.contains("{{") {
        render_into(label.unwrap_or(target), out, &mut Vec::new(), categories);
        return;
    }
    let start = out.len();
    match label {
        Some(l) => render_into(l, out, links, categories),
        None => out.push_str(bare),
    }
    let target = bare.split('#').next().unwrap_or(bare);
    if !target.trim().is_empty() {
        links.push(Link {
            target: crate::text::page_title(target),
            text: out[start..].to_owned(),
        });
    }
}

fn render_tag(rest: &str, out: &mut String) -> usize {
    let Some(end) = memchr::memchr(b'>', rest.as_bytes()) else {
        out.push('<');
        return 1;
    };
    let tag = &rest[1..end];
    let bare = tag.trim_start_matches('/');
    let len = bare.bytes().take_while(u8::is_ascii_alphanumeric).count();
    if len == 0 {
        out.push('<');
        return 1;
    }
    // The name in lower case; none of the names read below is longer.
    let mut buf = [0u8; 16];
    let name = match buf.get_mut(..len) {
        Some(b) => {
            b.copy_from_slice(&bare.as_bytes()[..len]);
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or_default()
        }
        None => "",
    };
    let self_closing = tag.ends_with('/');
    match name {
        "br" => {
            out.push('\n');
            end + 1
        }
        // Elements whose content is not prose.
        "ref" | "math" | "gallery" | "timeline" | "score" | "syntaxhighlight" | "source"
        | "references" | "imagemap" | "graph" | "mapframe" => {
            if self_closing || tag.starts_with('/') {
                return end + 1;
            }
            // `</ref`, written on the stack (no name here is longer).
            let mut close = [0u8; 18];
            close[..2].copy_from_slice(b"</");
            close[2..2 + name.len()].copy_from_slice(name.as_bytes());
            let close = std::str::from_utf8(&close[..2 + name.len()]).unwrap_or_default();
            match crate::text::find_ascii_ci(&rest[end..], close) {
                Some(p) => {
                    let after = end + p;
                    after
                        + rest[after..]
                            .find('>')
                            .map_or(rest.len() - after, |q| q + 1)
                }
                None => rest.len(),
            }
        }
        "nowiki" | "pre" => {
            if self_closing || tag.starts_with('/') {
                return end + 1;
            }
            let close = format!("</{name}>");
            match rest[end + 1..].find(&close) {
                Some(p) => {
                    out.push_str(&rest[end + 1..end + 1 + p]);
                    end + 1 + p + close.len()
                }
                None => end + 1,
            }
        }
        // Other tags (`small`, `sup`, `span`, `div`): keep the content.
        _ => end + 1,
    }
}

fn entity(rest: &str) -> (&'static str, usize) {
    for (name, s) in [
        ("&nbsp;", " "),
        ("&ndash;", "–"),
        ("&mdash;", "—"),
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&minus;", "−"),
        ("&thinsp;", " "),
        ("&#39;", "'"),
    ] {
        if rest.starts_with(name) {
            return (s, name.len());
        }
    }
    ("&", 1)
}

fn render_template(inner: &str, links: &mut Vec<Link>, categories: &mut Vec<String>) -> String {
    let name = template_name(inner);
    let parts = split_top_level(inner);
    let positional: Vec<&str> = parts
        .iter()
        .skip(1)
        .map(|(_, p)| *p)
        .filter(|p| !is_named(p))
        .collect();
    let named = |key: &str| {
        parts.iter().skip(1).find_map(|(_, p)| {
            let (k, v) = p.split_once('=')?;
            (k.trim() == key).then_some(v.trim())
        })
    };
    if let Some(date) = crate::markup::expand_date_template(
        &name,
        &positional.iter().map(|p| p.trim()).collect::<Vec<_>>(),
    ) {
        return date;
    }
    if LIST_TEMPLATES.contains(&name.as_str()) {
        let mut out = String::from("\n");
        for p in &positional {
            let item = render(p, links, categories);
            for line in item.lines() {
                let line = line.trim().trim_start_matches(['*', '#']).trim();
                if !line.is_empty() {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        return out;
    }
    if FLAG_TEMPLATES.contains(&name.as_str()) {
        let country = positional.first().map_or("", |p| p.trim());
        let shown = named("name").unwrap_or(country);
        if !country.is_empty() {
            let page = FLAG_PAGES
                .iter()
                .find(|(name, _)| *name == country)
                .map_or(country, |(_, page)| page);
            links.push(Link {
                target: crate::text::page_title(page),
                text: shown.to_owned(),
            });
        }
        return shown.to_owned();
    }
    match name.as_str() {
        // `{{coord|36|20|N|43|08|E|...}}` as text `values::coord` reads.
        "coord" => {
            let params: Vec<&str> = parts.iter().skip(1).map(|(_, p)| *p).collect();
            return crate::values::coord::from_template(&params)
                .map_or(String::new(), |p| p.text());
        }
        "ndash" | "snd" | "spaced ndash" | "snds" | "spaced en dash" | "–" => {
            return " – ".to_owned()
        }
        "mdash" | "spaced mdash" => return " — ".to_owned(),
        "nbsp" | "sp" => return " ".to_owned(),
        "br" | "break" => return "\n".to_owned(),
        // Inline templates that show their first unnamed parameter.
        "nowrap" | "nobr" | "big" | "nihongo" | "nihongo2" | "nihongo3" | "em" | "strong"
        | "sc" | "smallcaps" | "small caps" | "nobold" | "noitalic" | "keep together" | "abbr"
        | "ill" | "sortname" | "vanchor" | "linktext" | "nowrap begin" | "i" | "resize"
        | "lang-en" => {
            return positional
                .first()
                .map_or(String::new(), |p| render(p, links, categories));
        }
        // `{{lang|fr|texte}}`, `{{sort|key|shown}}`: the second.
        "lang" | "transl" | "sort" | "transliteration" => {
            return positional
                .get(1)
                .map_or(String::new(), |p| render(p, links, categories));
        }
        // `{{convert|5|km}}`: the quantity as written.
        "convert" | "cvt" => {
            return positional
                .iter()
                .take(2)
                .map(|p| p.trim())
                .collect::<Vec<_>>()
                .join(" ");
        }
        n if n.starts_with("lang-") => {
            return positional
                .first()
                .map_or(String::new(), |p| render(p, links, categories));
        }
        _ => {}
    }
    // Country-code flag templates (`{{USA}}`, `{{CAN}}`) show the country
    // whose ISO 3166-1 alpha-3 code they are.
    let code = inner.trim();
    if parts.len() == 1 && code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        if let Some(c) = crate::gazetteer::Gazetteer::bundled().country_by_code(code) {
            links.push(Link {
                target: c.title.clone(),
                text: c.title.clone(),
            });
            return c.title.clone();
        }
    }
    // Everything else (citations, notes, flag icons, navigation boxes,
    // unknown templates) is not prose: leaving it out never leaks markup.
    String::new()
}

/// `key = value`: a parameter whose name is a plain identifier.
fn is_named(part: &str) -> bool {
    part.split_once('=').is_some_and(|(k, _)| {
        let k = k.trim();
        !k.is_empty()
            && k.len() < 40
            && k.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-'))
    })
}
