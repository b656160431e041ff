//! Splitting an infobox value into items.

use crate::markup::{split_top_level, template_len, LIST_TEMPLATES};

/// Names that contain a separator word and must not be split.
const KEEP_WHOLE: &[&str] = &[
    "Bosnia and Herzegovina",
    "Trinidad and Tobago",
    "Saint Kitts and Nevis",
    "Antigua and Barbuda",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "São Tomé and Príncipe",
    "Heard Island and McDonald Islands",
    "Turks and Caicos Islands",
    "Wallis and Futuna",
    "Saint Pierre and Miquelon",
    "South Georgia and the South Sandwich Islands",
    "Svalbard and Jan Mayen",
];

/// Splits on commas, semicolons, `<br>`, bullets and line breaks; a final
/// `and` (`A, B and C`, `A and B`) separates items too, except inside the
/// names of [`KEEP_WHOLE`].
pub fn split_items(value: &str) -> Vec<String> {
    split_items_keeping(value, &[])
}

/// [`split_items`], keeping each of `whole` one item wherever it stands
/// (the text of a link, `William, Duke of Normandy`, names one page).
pub fn split_items_keeping(value: &str, whole: &[&str]) -> Vec<String> {
    split(value, whole, false)
}

/// [`split_items_keeping`] for items that are phrases (goals, methods):
/// `Resignation of Daniel Ortega and Rosario Murillo` is one, its `and`
/// inside what `of` governs.
pub fn split_phrases_keeping(value: &str, whole: &[&str]) -> Vec<String> {
    split(value, whole, true)
}

fn split(value: &str, whole: &[&str], phrases: bool) -> Vec<String> {
    let value = unwrap_list_templates(value);
    let mut protected = value
        .replace("<br />", "\n")
        .replace("<br/>", "\n")
        .replace("<br>", "\n");
    let whole: Vec<&str> = whole
        .iter()
        .copied()
        .filter(|w| w.contains([',', ';']) || w.contains(" and "))
        .collect();
    for (i, name) in whole.iter().enumerate() {
        protected = protected.replace(name, &format!("\u{E002}{i}\u{E003}"));
    }
    // Only a value with an `and` can hold a name to keep whole.
    if protected.contains(" and ") {
        for (i, name) in KEEP_WHOLE.iter().enumerate() {
            if protected.contains(name) {
                protected = protected.replace(name, &format!("\u{E000}{i}\u{E001}"));
            }
        }
    }
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in protected.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && matches!(c, ',' | ';' | '\n' | '•' | '·') {
            items.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    items.push(current);
    let mut out = Vec::new();
    for item in items {
        for part in split_and(&item, phrases) {
            let mut restored = part.to_owned();
            if restored.contains('\u{E000}') {
                for (i, name) in KEEP_WHOLE.iter().enumerate() {
                    restored = restored.replace(&format!("\u{E000}{i}\u{E001}"), name);
                }
            }
            if restored.contains('\u{E002}') {
                for (i, name) in whole.iter().enumerate() {
                    restored = restored.replace(&format!("\u{E002}{i}\u{E003}"), name);
                }
            }
            let t = restored.trim().trim_start_matches("and ").trim().to_owned();
            if !t.is_empty() {
                out.push(t);
            }
        }
    }
    out
}

/// The items of a list the flat format joined with commas (`Result:
/// Election results annulled, Resignation of President Jeenbekov, Sadyr
/// Japarov becomes acting president`): parted where each part begins with
/// a capital and has more than one word or is one abstract noun
/// (`Unemployment, Privatisation of state companies, Corruption`);
/// otherwise the line is one item (`Withdrawal from Damascus, Syria`,
/// `Treaty of Paris, 1783`). A semicolon outside brackets ends an item
/// (`Ukrainian victory; Russian forces withdraw`), as in
/// [`split_lines`].
pub fn split_joined_items(value: &str) -> Vec<String> {
    split_top_semicolons(value)
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .flat_map(split_at_commas)
        .collect()
}

/// [`split_joined_items`] of a part between semicolons.
fn split_at_commas(value: &str) -> Vec<String> {
    let parts: Vec<&str> = value.split(", ").map(str::trim).collect();
    let items = parts.len() > 1
        && parts.iter().all(|p| {
            p.starts_with(char::is_uppercase)
                && (p.split_whitespace().nth(1).is_some() || is_abstract_noun(p))
        });
    if items {
        parts.into_iter().map(str::to_owned).collect()
    } else {
        vec![value.trim().to_owned()]
    }
}

/// A word whose ending makes it a noun of a state or an act, never a
/// place's name (`Corruption`, `Unemployment`, `Authoritarianism`,
/// `Poverty`, `Censorship`; not `Syria`, `France`, `Beijing`, `Inverness`).
fn is_abstract_noun(word: &str) -> bool {
    const ENDINGS: &[&str] = &["tion", "sion", "ment", "ism", "ity", "ship", "acy", "erty"];
    word.chars().all(char::is_alphabetic) && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Splits a value of statements (results, causes) into its list items:
/// bullets and list templates when it has them (a line break inside a
/// bulleted item joins its lines), else lines; never commas, which belong
/// to the statements (`Economic stagnation, unemployment and corruption`
/// is one cause).
pub fn split_lines(value: &str) -> Vec<String> {
    let bulleted = value
        .lines()
        .any(|l| l.trim_start().starts_with(['*', '#']))
        || value.contains("{{");
    let value = value
        .replace("<br />", "\n")
        .replace("<br/>", "\n")
        .replace("<br>", "\n");
    let mut items: Vec<String> = Vec::new();
    if bulleted {
        // A line that starts a bullet starts an item; others go on the
        // item before.
        let mut current = String::new();
        for line in value.lines() {
            let t = line.trim();
            if t.starts_with(['*', '#']) || t.starts_with("{{") {
                items.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(t);
        }
        items.push(current);
        items = items
            .iter()
            .flat_map(|i| {
                unwrap_list_templates(i)
                    .lines()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect();
    } else {
        items = value.lines().map(str::to_owned).collect();
    }
    items
        .iter()
        // `Military stalemate; Anglo-Irish Treaty signed`: a semicolon
        // outside brackets ends a statement.
        .flat_map(|i| split_top_semicolons(i))
        .map(|i| {
            i.trim()
                .trim_start_matches(['*', '#'])
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        // `; see Aftermath`: a pointer to the article, no statement.
        .filter(|i| !i.is_empty() && !i.starts_with("see "))
        .collect()
}

/// An item's parts between semicolons outside brackets and templates.
fn split_top_semicolons(item: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in item.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ';' if depth <= 0 => {
                parts.push(&item[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&item[start..]);
    parts
}

/// Rewrites `{{ubl|A|B}}`, `{{hlist|A|B}}` and `{{plainlist|* A * B}}` as
/// `A\nB`, and `* item` bullets as lines.
fn unwrap_list_templates(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let Some(len) = template_len(&rest[open..]) else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let inner = &rest[open + 2..open + len - 2];
        rest = &rest[open + len..];
        let (name, body) = inner.split_once('|').unwrap_or((inner, ""));
        let name = name.trim().to_lowercase().replace('_', " ");
        if LIST_TEMPLATES.contains(&name.as_str()) {
            out.push('\n');
            for (_, part) in split_top_level(body) {
                let part = part.trim();
                // Named parameters (`class=`, `title=`) are layout, not items.
                if part
                    .split_once('=')
                    .is_some_and(|(k, _)| !k.contains(' ') && !k.contains('['))
                {
                    continue;
                }
                out.push_str(&unwrap_list_templates(part));
                out.push('\n');
            }
        } else {
            out.push_str("{{");
            out.push_str(inner);
            out.push_str("}}");
        }
    }
    out.push_str(rest);
    out.lines()
        .map(|l| l.trim().trim_start_matches(['*', '#']).trim())
        .collect::<Vec<_>>()
        .join("\n")
}

fn split_and(item: &str, phrases: bool) -> Vec<&str> {
    match item.find(" and ") {
        Some(p) if !item[..p].contains('(') => {
            let (a, b) = (&item[..p], &item[p + 5..]);
            // A phrase's `of` governs both sides (`Resignation of X and Y`).
            if phrases && a.contains(" of ") && !b.contains(" of ") {
                return vec![item];
            }
            // Split only lists of names (`Hama and Aleppo`), not phrases
            // (`Resignation of X and Y`): both sides start upper-case.
            // A compass word may stand before the second name
            // (`Raqqa Governorate and northern Deir ez-Zor Governorate`),
            // or `the` (`Israel and the Persian Gulf`).
            let upper = |s: &str| {
                let s = s.trim();
                let s = [
                    "northern ",
                    "southern ",
                    "eastern ",
                    "western ",
                    "central ",
                    "the ",
                ]
                .iter()
                .find_map(|d| s.strip_prefix(d))
                .unwrap_or(s);
                // A name kept whole stands as its placeholder (`[[Croatia]]
                // and western [[Bosnia and Herzegovina]]`).
                s.starts_with(['\u{E000}', '\u{E002}'])
                    || s.chars().next().is_some_and(char::is_uppercase)
            };
            if upper(a) && upper(b) && a.split_whitespace().count() <= 4 {
                let mut v = vec![a];
                v.extend(split_and(b, phrases));
                v
            } else {
                vec![item]
            }
        }
        _ => vec![item],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_kept_whole_after_and_is_an_item() {
        assert_eq!(
            split_items("Croatia and western Bosnia and Herzegovina"),
            ["Croatia", "western Bosnia and Herzegovina"]
        );
    }

    #[test]
    fn list_templates() {
        assert_eq!(split_items("{{ubl|Baku|Ganja}}"), ["Baku", "Ganja"]);
        assert_eq!(
            split_items("{{hlist|Demonstrations|Sit-ins|class=x}}"),
            ["Demonstrations", "Sit-ins"]
        );
        assert_eq!(
            split_items("{{plainlist|\n* Hama\n* Aleppo\n}}"),
            ["Hama", "Aleppo"]
        );
        assert_eq!(
            split_items("{{flatlist|\n* Riots\n* Strikes}}"),
            ["Riots", "Strikes"]
        );
        assert_eq!(split_items("* One\n* Two"), ["One", "Two"]);
        assert_eq!(
            split_items("{{Unbulleted list|Trinidad and Tobago|Saint Kitts and Nevis}}"),
            ["Trinidad and Tobago", "Saint Kitts and Nevis"]
        );
    }

    #[test]
    fn statements_split_at_bullets_and_lines_not_commas() {
        assert_eq!(
            split_lines("American victory\n* Peace of Paris\n* British recognition of the <br />United States\n* End of the First British Empire"),
            [
                "American victory",
                "Peace of Paris",
                "British recognition of the United States",
                "End of the First British Empire"
            ]
        );
        assert_eq!(
            split_lines("Economic stagnation, unemployment and corruption"),
            ["Economic stagnation, unemployment and corruption"]
        );
        assert_eq!(
            split_lines("Protests suppressed<br>Curfew"),
            ["Protests suppressed", "Curfew"]
        );
    }

    #[test]
    fn splits_on_separators_but_not_inside_names() {
        assert_eq!(split_items("A, B; C<br>D"), ["A", "B", "C", "D"]);
        assert_eq!(
            split_items("Damascus, Hama, Aleppo, Palmyra and Jisr ash-Shugur"),
            ["Damascus", "Hama", "Aleppo", "Palmyra", "Jisr ash-Shugur"]
        );
        assert_eq!(
            split_items("Bosnia and Herzegovina, Trinidad and Tobago"),
            ["Bosnia and Herzegovina", "Trinidad and Tobago"]
        );
        assert_eq!(
            split_items("Resignation of President Heydar Aliyev, Fresh general elections"),
            [
                "Resignation of President Heydar Aliyev",
                "Fresh general elections"
            ]
        );
        assert_eq!(
            split_items("Lebanon, Turkey (see Islamic terrorism in Europe, France)"),
            [
                "Lebanon",
                "Turkey (see Islamic terrorism in Europe, France)"
            ]
        );
    }
}
