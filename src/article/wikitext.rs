//! Reader of MediaWiki wikitext.
//!
//! Finds the infobox by name in any spelling (`{{Infobox civil conflict`,
//! `{{infobox_election`), reads its named and positional parameters with
//! the line each starts on, and renders values and body text to plain text:
//! references, comments, files, tables and layout templates dropped, links
//! kept as their text with their targets recorded, date templates written as
//! dates, list templates as one item per line. Categories are kept.

use super::{norm_key, Block, BlockKind, Document, Field, Link, Section};
use std::borrow::Cow;

/// Parses a page. Never fails: markup it does not understand is dropped
/// from the text, never copied into it.
pub fn parse(source: &str, title: &str, text: &str) -> Document {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A page copied out of an XML dump still escaped (`&lt;ref&gt;`, and no
    // `<` anywhere) is unescaped first.
    let unescaped;
    let text = if !text.contains('<') && text.contains("&lt;") {
        unescaped = unescape_xml(text);
        unescaped.as_str()
    } else {
        text
    };
    let lines = LineIndex::new(text);
    let mut doc = Document {
        source: source.to_owned(),
        title: title.to_owned(),
        title_line: 1,
        ..Document::default()
    };
    // The first infobox template, wherever it stands.
    let mut infobox_span = None;
    let mut at = 0;
    while let Some(p) = text[at..].find("{{") {
        let start = at + p;
        let Some(len) = template_len(&text[start..]) else {
            break;
        };
        let inner = &text[start + 2..start + len - 2];
        let name = template_name(inner);
        if name.starts_with("infobox") {
            doc.infobox_template = Some(name);
            doc.infobox = infobox_fields(inner, start + 2, &lines);
            infobox_span = Some((start, start + len));
            break;
        }
        at = start + len;
    }
    body(&mut doc, text, infobox_span, &lines);
    doc
}

/// Replaces the five XML entities (`&amp;` last, so `&amp;lt;` stays `&lt;`).
pub fn unescape_xml(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The first bold phrase of the lead (`'''2003 Azerbaijani protests'''`),
/// rendered: how the page names its subject.
pub fn lead_bold(text: &str) -> Option<String> {
    let lead_end = text.find("\n==").unwrap_or(text.len());
    let lead = blank_blocks(&text[..lead_end], None);
    let start = lead.find("'''")? + 3;
    let len = lead[start..].find("'''")?;
    let bold = render(&lead[start..start + len], &mut Vec::new(), &mut Vec::new());
    let bold = crate::text::normalize_spaces(&bold);
    (!bold.is_empty() && bold.len() < 200).then_some(bold)
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

fn infobox_fields(inner: &str, offset: usize, lines: &LineIndex) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut positional = 0;
    for (i, (start, part)) in split_top_level(inner).into_iter().enumerate() {
        if i == 0 {
            continue; // the template name
        }
        let (key, raw) = match part.split_once('=') {
            Some((k, v)) if !k.contains(['[', '{', '<']) => (k.trim().to_owned(), v),
            _ => {
                positional += 1;
                (positional.to_string(), part)
            }
        };
        let mut links = Vec::new();
        let value = render(raw, &mut links, &mut Vec::new());
        let value = value.trim().to_owned();
        if key.is_empty() || value.is_empty() {
            continue;
        }
        fields.push(Field {
            norm_key: norm_key(&key),
            key,
            value,
            line: lines.line_of(offset + start + leading_ws(part)),
            links,
        });
    }
    fields
}

fn leading_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// The paragraph being gathered from consecutive lines.
#[derive(Default)]
struct Paragraph {
    text: String,
    line: usize,
    links: Vec<Link>,
}

impl Paragraph {
    fn push(&mut self, line: usize, text: &str, categories: &mut Vec<String>) {
        if self.text.is_empty() {
            self.line = line;
        } else {
            self.text.push(' ');
        }
        render_into(text, &mut self.text, &mut self.links, categories);
    }

    /// Ends the paragraph, adding it to `doc` unless it is empty.
    fn flush(&mut self, doc: &mut Document, section: Option<usize>) {
        let t = crate::text::normalize_spaces(&self.text);
        let links = std::mem::take(&mut self.links);
        if !t.is_empty() {
            doc.blocks.push(Block {
                kind: BlockKind::Paragraph,
                text: t,
                line: self.line,
                section,
                links,
            });
        }
        self.text.clear();
    }
}

fn body(doc: &mut Document, text: &str, skip: Option<(usize, usize)>, lines: &LineIndex) {
    let mut section = None;
    let mut paragraph = Paragraph::default();
    let mut categories = Vec::new();
    // Remove the infobox and other block-level constructs first, keeping
    // offsets (so line numbers stay true): templates that stand alone on
    // their lines, tables, and comments become blank.
    let cleaned = blank_blocks(text, skip);
    for (offset, raw_line) in logical_lines(&cleaned) {
        let line_no = lines.line_of(offset);
        let line = raw_line.trim();
        if line.is_empty() {
            paragraph.flush(doc, section);
            continue;
        }
        if let Some((level, heading)) = heading(line) {
            paragraph.flush(doc, section);
            let heading = render(heading, &mut Vec::new(), &mut categories);
            doc.sections.push(Section {
                heading: crate::text::normalize_spaces(&heading),
                level,
                line: line_no,
            });
            section = Some(doc.sections.len() - 1);
            continue;
        }
        if line.starts_with(['*', '#', ';', ':']) {
            paragraph.flush(doc, section);
            let item = line.trim_start_matches(['*', '#', ';', ':']);
            let mut links = Vec::new();
            let t = crate::text::normalize_spaces(&render(item, &mut links, &mut categories));
            if !t.is_empty() {
                doc.blocks.push(Block {
                    kind: BlockKind::ListItem,
                    text: t,
                    line: line_no,
                    section,
                    links,
                });
            }
            continue;
        }
        paragraph.push(line_no, line, &mut categories);
    }
    paragraph.flush(doc, section);
    doc.categories = categories;
}

/// Lines, except that a template or link left open at a line's end goes on
/// to the lines that close it (at most 200), with each line's offset.
fn logical_lines(text: &str) -> Vec<(usize, Cow<'_, str>)> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut current: Option<Gathered<'_>> = None;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in ends {
        let (start, raw) = (offset, &text[offset..end]);
        offset = end + 1;
        let (curly, square) = bracket_balance(raw);
        let line = match current.take() {
            Some(g) => {
                let mut text = g.text.into_owned();
                text.push(' ');
                text.push_str(raw);
                Gathered {
                    offset: g.offset,
                    text: Cow::Owned(text),
                    lines: g.lines + 1,
                    open: (g.open.0 + curly, g.open.1 + square),
                }
            }
            None => Gathered {
                offset: start,
                text: Cow::Borrowed(raw),
                lines: 1,
                open: (curly, square),
            },
        };
        if (line.open.0 > 0 || line.open.1 > 0) && line.lines < 200 {
            current = Some(line);
        } else {
            out.push((line.offset, line.text));
        }
    }
    if let Some(g) = current {
        out.push((g.offset, g.text));
    }
    out
}

/// A logical line being gathered: its offset, text, how many lines it has
/// taken, and the `{{` and `[[` it leaves open (lines are joined by a
/// space, so no bracket pair spans two lines and the counts add up).
struct Gathered<'a> {
    offset: usize,
    text: Cow<'a, str>,
    lines: usize,
    open: (i64, i64),
}

/// How many more `{{` than `}}`, and `[[` than `]]`, `s` holds: pairs are
/// read from the left, so `{{{` is one pair and a lone brace.
fn bracket_balance(s: &str) -> (i64, i64) {
    let b = s.as_bytes();
    let (mut curly, mut square) = (0i64, 0i64);
    // Past the second bracket of the last pair counted.
    let mut free = 0;
    let mut count = |p: usize| {
        if p < free || p + 1 >= b.len() || b[p + 1] != b[p] {
            return;
        }
        match b[p] {
            b'{' => curly += 1,
            b'}' => curly -= 1,
            b'[' => square += 1,
            _ => square -= 1,
        }
        free = p + 2;
    };
    // `{` `}` `[` `]` are the only bytes that OR 0x20 makes 0x7B or 0x7D.
    let is_bracket = |c: u8| ((c | 0x20) == b'{') | ((c | 0x20) == b'}');
    let mut i = 0;
    while i + 16 <= b.len() {
        let chunk: &[u8; 16] = b[i..i + 16].try_into().expect("16 bytes");
        let mut mask = 0u16;
        for (k, &c) in chunk.iter().enumerate() {
            mask |= u16::from(is_bracket(c)) << k;
        }
        while mask != 0 {
            count(i + mask.trailing_zeros() as usize);
            mask &= mask - 1;
        }
        i += 16;
    }
    for (p, &c) in b.iter().enumerate().skip(i) {
        if is_bracket(c) {
            count(p);
        }
    }
    (curly, square)
}

fn heading(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '=').count();
    let close = line.chars().rev().take_while(|&c| c == '=').count();
    if level < 2 || close < 2 || line.len() <= level + close {
        return None;
    }
    let level = level.min(close);
    Some((level, line[level..line.len() - level].trim()))
}

/// Blanks (with spaces, keeping newlines) the infobox, comments, tables and
/// templates that begin a line and end one (navigation boxes, notes).
fn blank_blocks(text: &str, skip: Option<(usize, usize)>) -> String {
    let mut out: Vec<u8> = text.as_bytes().to_vec();
    let blank = |out: &mut Vec<u8>, a: usize, b: usize| {
        for c in &mut out[a..b.min(text.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    if let Some((a, b)) = skip {
        blank(&mut out, a, b);
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    let at_line_start = |i: usize| {
        i == 0
            || text[..i].ends_with('\n')
            || text[..i].trim_end_matches([' ', '\t']).ends_with('\n')
    };
    while i < bytes.len() {
        if skip.is_some_and(|(a, b)| i >= a && i < b) {
            i = skip.map_or(i + 1, |(_, b)| b);
            continue;
        }
        if text[i..].starts_with("<!--") {
            let end = text[i..].find("-->").map_or(text.len(), |p| i + p + 3);
            blank(&mut out, i, end);
            i = end;
        } else if text[i..].starts_with("{|") && at_line_start(i) {
            let end = table_end(text, i);
            blank(&mut out, i, end);
            i = end;
        } else if text[i..].starts_with("{{") && at_line_start(i) {
            match template_len(&text[i..]) {
                Some(len) => {
                    let end = i + len;
                    // A template alone on its lines is layout or metadata.
                    let rest_of_line = text[end..].split('\n').next().unwrap_or("");
                    if rest_of_line.trim().is_empty() {
                        blank(&mut out, i, end);
                    }
                    i = end;
                }
                None => i += 2,
            }
        } else {
            // Only `<` and `{` start what is blanked here.
            i = memchr::memchr2(b'<', b'{', &bytes[i + 1..]).map_or(bytes.len(), |p| i + 1 + p);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

fn table_end(text: &str, start: usize) -> usize {
    let mut depth = 0;
    let mut pos = start;
    for line in text[start..].split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with("{|") {
            depth += 1;
        } else if t.starts_with("|}") {
            depth -= 1;
            if depth == 0 {
                return pos + line.len();
            }
        }
        pos += line.len();
    }
    text.len()
}

/// Length of the balanced `{{...}}` at the start of `s`.
pub fn template_len(s: &str) -> Option<usize> {
    balanced_len(s, b'{', b'}', false)
}

/// Length of the balanced `[[...]]` at the start of `s`; a link never
/// spans a blank line.
fn link_len(s: &str) -> Option<usize> {
    balanced_len(s, b'[', b']', true)
}

/// Length of the balanced run of doubled `open`/`close` brackets at the start
/// of `s`.
fn balanced_len(s: &str, open: u8, close: u8, stop_at_blank_line: bool) -> Option<usize> {
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let wanted = |c: u8| c == open || c == close || (stop_at_blank_line && c == b'\n');
    while i + 1 < b.len() {
        match b[i..].iter().position(|&c| wanted(c)) {
            Some(p) => i += p,
            None => break,
        }
        if i + 1 >= b.len() {
            break;
        }
        match (b[i], b[i + 1]) {
            (x, y) if x == open && y == open => {
                depth += 1;
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

/// Templates that render as the country or entity they name.
const FLAG_TEMPLATES: &[&str] = &["flag", "flagcountry", "flagu", "flag country", "flagdeco2"];

/// Renders wikitext to plain text; links go to `links`, categories to
/// `categories`.
pub fn render(text: &str, links: &mut Vec<Link>, categories: &mut Vec<String>) -> String {
    let mut out = String::with_capacity(text.len());
    render_into(text, &mut out, links, categories);
    out
}

/// [`render`], appending to `out`.
fn render_into(text: &str, out: &mut String, links: &mut Vec<Link>, categories: &mut Vec<String>) {
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
    if let Some((prefix, _)) = target.split_once(':') {
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
    if !target.is_empty() {
        let target = if target.contains('_') {
            target.replace('_', " ").trim().to_owned()
        } else {
            target.trim().to_owned()
        };
        links.push(Link {
            target,
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
            let close = format!("</{name}");
            match crate::text::find_ascii_ci(&rest[end..], &close) {
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
    if let Some(date) = crate::values::date::expand_date_template(
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
            links.push(Link {
                target: country.to_owned(),
                text: shown.to_owned(),
            });
        }
        return shown.to_owned();
    }
    match name.as_str() {
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

/// Maps byte offsets to 1-based line numbers.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_fold() {
        for (inner, name) in [
            ("Infobox civil conflict\n| a = b", "infobox civil conflict"),
            ("infobox_election|x", "infobox election"),
            ("  Infobox  Civil_conflict ", "infobox civil conflict"),
            ("Template:Cite web|url=x", "cite web"),
            ("Template: Template:Sfn|x", "sfn"),
            ("Ébauche|x", "ébauche"),
            ("", ""),
        ] {
            assert_eq!(template_name(inner), name, "{inner:?}");
        }
    }

    #[test]
    fn country_code_templates_show_their_country() {
        let mut links = Vec::new();
        let text = render(
            "{{USA}} and {{IRN}}, not {{PDF}}",
            &mut links,
            &mut Vec::new(),
        );
        assert_eq!(text, "United States and Iran, not ");
        let targets: Vec<&str> = links.iter().map(|l| l.target.as_str()).collect();
        assert_eq!(targets, ["United States", "Iran"]);
    }

    /// The balance found 16 bytes at a time is the one a byte-by-byte scan
    /// finds, on every line of the corpus's wikitext and dumps.
    #[test]
    fn bracket_balance_matches_a_plain_scan() {
        fn plain(s: &str) -> (i64, i64) {
            let b = s.as_bytes();
            let (mut curly, mut square, mut i) = (0, 0, 0);
            while i + 1 < b.len() {
                match (b[i], b[i + 1]) {
                    (b'{', b'{') => curly += 1,
                    (b'}', b'}') => curly -= 1,
                    (b'[', b'[') => square += 1,
                    (b']', b']') => square -= 1,
                    _ => {
                        i += 1;
                        continue;
                    }
                }
                i += 2;
            }
            (curly, square)
        }
        let mut lines: Vec<String> = vec![
            "{{{".into(),
            "a{{{{b}}}".into(),
            "]]]".into(),
            "x".repeat(15) + "{{",
            "{".into(),
        ];
        for dir in ["../shared/corpus/wikitext", "../shared/corpus/dumps"] {
            for t in crate::text::texts_below(dir) {
                lines.extend(t.lines().map(str::to_owned));
            }
        }
        assert!(lines.len() > 10_000);
        for l in &lines {
            assert_eq!(bracket_balance(l), plain(l), "{l}");
        }
    }

    const PAGE: &str = "{{Short description|Protests}}
{{Infobox civil conflict
| title = 2003 Azerbaijani protests
| date = {{start date|2003|10|15}} – {{end date|2003|10|19}}
| place = [[Azerbaijan]]<ref>{{cite web|url=x}}</ref>
| causes = Alleged electoral fraud during the [[2003 Azerbaijani presidential election]]
| goals = {{ubl|Resignation of [[Heydar Aliyev|President Heydar Aliyev]]|Fresh general elections}}
| fatalities = 2<!-- sources differ -->
}}
The '''2003 Azerbaijani protests''' were a series of [[demonstration (protest)|demonstrations]].<ref name=a/>
They followed the [[2003 Azerbaijani presidential election|election]].

== Background ==
{| class=\"wikitable\"
| a || b
|}
* [[Baku]] was the centre
[[File:Baku.jpg|thumb|The city]]
[[Category:Protests in Azerbaijan]]
[[fr:Manifestations]]
";

    #[test]
    fn reads_the_infobox_with_lines_and_links() {
        let d = parse("p.wiki", "2003 Azerbaijani protests", PAGE);
        assert_eq!(
            d.infobox_template.as_deref(),
            Some("infobox civil conflict")
        );
        let date = d.field(&["date"]).unwrap();
        assert_eq!(
            (date.value.as_str(), date.line),
            ("2003-10-15 – 2003-10-19", 4)
        );
        let place = d.field(&["place"]).unwrap();
        assert_eq!(place.value, "Azerbaijan");
        assert_eq!(place.links[0].target, "Azerbaijan");
        let causes = d.field(&["causes"]).unwrap();
        assert_eq!(
            causes.links[0].target,
            "2003 Azerbaijani presidential election"
        );
        let goals = d.field(&["goals"]).unwrap();
        assert_eq!(
            goals.value,
            "Resignation of President Heydar Aliyev\nFresh general elections"
        );
        assert_eq!(goals.links[0].target, "Heydar Aliyev");
        assert_eq!(d.field(&["fatalities"]).unwrap().value, "2");
    }

    #[test]
    fn body_is_plain_text_with_positions() {
        let d = parse("p.wiki", "T", PAGE);
        assert_eq!(d.blocks[0].text, "The 2003 Azerbaijani protests were a series of demonstrations. They followed the election.");
        assert_eq!(d.blocks[0].line, 10);
        assert_eq!(
            d.blocks[0].links[1].target,
            "2003 Azerbaijani presidential election"
        );
        assert_eq!(d.sections[0].heading, "Background");
        let item = d
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::ListItem)
            .unwrap();
        assert_eq!(
            (item.text.as_str(), item.section),
            ("Baku was the centre", Some(0))
        );
        assert_eq!(d.categories, ["Protests in Azerbaijan"]);
        for b in &d.blocks {
            for bad in ["[[", "{{", "<ref", "|", "wikitable"] {
                assert!(!b.text.contains(bad), "{bad} in {:?}", b.text);
            }
        }
    }

    #[test]
    fn infobox_names_in_any_spelling() {
        for (t, name) in [
            ("{{infobox_election\n|x=1}}", "infobox election"),
            (
                "{{Infobox  military conflict|x=1}}",
                "infobox military conflict",
            ),
            ("{{Template:Infobox event\n}}", "infobox event"),
        ] {
            assert_eq!(parse("x", "x", t).infobox_template.as_deref(), Some(name));
        }
    }

    #[test]
    fn broken_markup_never_panics() {
        for t in [
            "{{Infobox x|a=[[b",
            "{{{{",
            "[[[[",
            "<ref>",
            "<!--",
            "{|\n|a",
            "&",
            "''",
            "]]}}",
            "{{Infobox|date={{start date|",
        ] {
            let _ = parse("x", "x", t);
        }
    }
}
