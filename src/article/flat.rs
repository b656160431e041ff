//! Reader of the flat article format:
//!
//! ```text
//! = Title =
//!
//! Infobox
//! - Key: Value
//!
//! Lead paragraph, one per line.
//!
//! ==Section==
//! - list item
//! ```

use crate::article::{norm_key, Block, BlockKind, Document, Field, Section};

/// `:LINE`, or nothing when the fault is the whole file's.
fn line_part(line: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(":{line}")
    }
}

/// Why a file could not be read as a flat article at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {message}", line_part(*.line))]
pub struct ReadError {
    /// The file (or `dump#Title`) read.
    pub file: String,
    /// 1-based; 0 when the fault is the file's as a whole.
    pub line: usize,
    /// What was wrong, quoting the value.
    pub message: String,
}

/// Parses a flat article. Fails only when there is no title line; anything
/// else odd is kept as text for the extractor to judge.
pub fn parse(source: &str, text: &str) -> Result<Document, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut doc = Document {
        source: source.to_owned(),
        ..Document::default()
    };
    let mut in_infobox = false;
    let mut section = None;
    for (idx, raw) in text.lines().enumerate() {
        let line_no = idx + 1;
        let line = raw.trim_end_matches('\r').trim();
        if doc.title.is_empty() {
            if line.is_empty() {
                continue;
            }
            match title_of(line) {
                Some(t) => {
                    doc.title = t.to_owned();
                    doc.title_line = line_no;
                    continue;
                }
                None => {
                    return Err(ReadError {
                        file: source.to_owned(),
                        line: line_no,
                        message: format!(
                            "expected a title line `= Title =`, found {:?}",
                            truncate(line, 80)
                        ),
                    })
                }
            }
        }
        if line.is_empty() {
            in_infobox = false;
            continue;
        }
        if line.eq_ignore_ascii_case("infobox") && doc.infobox.is_empty() && section.is_none() {
            in_infobox = true;
            doc.infobox_line = line_no;
            continue;
        }
        if in_infobox {
            if let Some((key, value)) = line.strip_prefix("- ").and_then(|l| l.split_once(':')) {
                let key = key.trim();
                if !key.is_empty() && key.len() <= 60 {
                    doc.infobox.push(Field {
                        key: key.to_owned(),
                        norm_key: norm_key(key),
                        value: value.trim().to_owned(),
                        line: line_no,
                        links: Vec::new(),
                    });
                    continue;
                }
            }
            in_infobox = false;
        }
        if let Some((level, heading)) = heading_of(line) {
            doc.sections.push(Section {
                heading: heading.to_owned(),
                level,
                line: line_no,
            });
            section = Some(doc.sections.len() - 1);
            continue;
        }
        if doc.infobox_template.is_none() {
            doc.infobox_template = template_name(line);
        }
        let (kind, text) = match line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            Some(item) => (BlockKind::ListItem, item.trim()),
            None => (BlockKind::Paragraph, line),
        };
        if !text.is_empty() {
            doc.blocks.push(Block {
                kind,
                text: text.to_owned(),
                line: line_no,
                section,
                links: Vec::new(),
            });
        }
    }
    if doc.title.is_empty() {
        return Err(ReadError {
            file: source.to_owned(),
            line: 1,
            message: "empty article: no title line `= Title =`".to_owned(),
        });
    }
    Ok(doc)
}

fn title_of(line: &str) -> Option<&str> {
    let inner = line.strip_prefix('=')?.strip_suffix('=')?;
    if inner.starts_with('=') {
        return None;
    }
    let t = inner.trim();
    (!t.is_empty()).then_some(t)
}

fn heading_of(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '=').count();
    if level < 2 || !line.ends_with(&"=".repeat(level)) || line.len() <= 2 * level {
        return None;
    }
    let h = line[level..line.len() - level].trim();
    (!h.is_empty()).then_some((level, h))
}

/// `{{Infobox military conflict ...` left in the text names the template:
/// `Infobox` and the lower-case words that follow it.
fn template_name(line: &str) -> Option<String> {
    let at = line.to_ascii_lowercase().find("{{infobox")?;
    let rest = &line[at + 2..];
    let rest = &rest[..rest.find(['|', '}']).unwrap_or(rest.len())];
    let mut words = rest
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty());
    let mut name = words.next()?.to_ascii_lowercase();
    for w in words.take_while(|w| w.chars().next().is_some_and(char::is_lowercase)) {
        name.push(' ');
        name.push_str(w);
    }
    Some(name)
}

fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "= The Title =\n\nInfobox\n- Title: The Title\n- Casualties Label: Deaths\n\nLead one.\n- lead item\n==Background==\nText.\n===Sub===\n- item one\n- item two\n";

    #[test]
    fn reads_every_piece_with_its_line() {
        let d = parse("x.txt", SAMPLE).unwrap();
        assert_eq!(d.title, "The Title");
        assert_eq!(d.infobox.len(), 2);
        assert_eq!(d.infobox[1].norm_key, "casualtieslabel");
        assert_eq!(d.infobox[1].line, 5);
        assert_eq!(d.field(&["casualties_label"]).unwrap().value, "Deaths");
        assert_eq!(d.sections.len(), 2);
        assert_eq!((d.sections[1].level, d.sections[1].line), (3, 11));
        assert_eq!(d.blocks[0].text, "Lead one.");
        assert_eq!(d.blocks[1].kind, BlockKind::ListItem);
        assert_eq!(d.blocks.last().unwrap().line, 13);
        assert_eq!(d.blocks.last().unwrap().section, Some(1));
    }

    #[test]
    fn missing_title_is_an_error_naming_the_line() {
        let e = parse("bad.txt", "\n\nno title here\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.to_string().starts_with("bad.txt:3:"), "{e}");
        assert!(parse("empty.txt", "").is_err());
    }

    #[test]
    fn template_names_are_found() {
        assert_eq!(
            template_name("{{Infobox military conflict For the current").as_deref(),
            Some("infobox military conflict")
        );
        assert_eq!(
            template_name("{{Infobox civil conflict|x=1").as_deref(),
            Some("infobox civil conflict")
        );
    }
}
