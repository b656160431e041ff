//! Reader of MediaWiki wikitext.
//!
//! Finds the infobox by name in any spelling (`{{Infobox civil conflict`,
//! `{{infobox_election`), reads its named and positional parameters with
//! the line each starts on, and renders values and body text to plain text:
//! references, comments, files, tables and layout templates dropped, links
//! kept as their text with their targets recorded, date templates written as
//! dates, list templates as one item per line. Categories are kept.

mod render;

use super::{norm_key, Block, BlockKind, Document, Field, Link, Section};
use crate::markup::{split_top_level, template_len, template_name, unescape_xml};
pub use render::render;
use render::render_into;
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
            doc.infobox_line = lines.line_of(start);
            doc.infobox = infobox_fields(inner, start + 2, &lines);
            infobox_span = Some((start, start + len));
            break;
        }
        at = start + len;
    }
    body(&mut doc, text, infobox_span, &lines);
    doc
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
    // The last line read, and how many categories there were before it.
    let mut rendered = (0, 0);
    for (offset, raw_line) in logical_lines(&cleaned) {
        let line_no = lines.line_of(offset);
        // The first line whose rendering added a category is where the
        // categories start.
        if doc.category_line == 0 && categories.len() > rendered.1 {
            doc.category_line = rendered.0;
        }
        rendered = (line_no, categories.len());
        let line = crate::text::trim_blanked(&raw_line);
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
    if doc.category_line == 0 && categories.len() > rendered.1 {
        doc.category_line = rendered.0;
    }
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
    // A pair is two equal bytes, so braces and square brackets never share
    // one and each kind is counted on its own (by memchr: brackets are rare
    // in prose).
    (
        pairs(s.as_bytes(), b'{', b'}'),
        pairs(s.as_bytes(), b'[', b']'),
    )
}

/// How many more `open` than `close` pairs `b` holds, read from the left.
fn pairs(b: &[u8], open: u8, close: u8) -> i64 {
    let mut n = 0;
    // Past the second bracket of the last pair counted.
    let mut free = 0;
    for p in memchr::memchr2_iter(open, close, b) {
        if p < free || p + 1 >= b.len() || b[p + 1] != b[p] {
            continue;
        }
        n += if b[p] == open { 1 } else { -1 };
        free = p + 2;
    }
    n
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
        let range = &mut out[a..b.min(text.len())];
        let mut from = 0;
        for nl in memchr::memchr_iter(b'\n', &text.as_bytes()[a..a + range.len()]) {
            range[from..nl].fill(b' ');
            from = nl + 1;
        }
        range[from..].fill(b' ');
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
        // Where the infobox and the categories start: facts read from them
        // are said to be read there.
        assert_eq!((d.infobox_line, d.category_line), (2, 19));
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
