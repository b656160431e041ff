//! Small text helpers shared by the readers and the extractor.

/// The first sentence of a paragraph: up to the first `. ` that is not
/// part of an abbreviation or an initial.
pub fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(pos) = text[i..].find(". ") {
        let end = i + pos;
        let word_start = text[..end]
            .rfind(|c: char| c.is_whitespace() || c == '(')
            .map_or(0, |p| p + 1);
        let word = &text[word_start..end];
        let is_abbrev = word.contains('.')
            || word.len() <= 2 && word.chars().next().is_some_and(char::is_uppercase)
            || matches!(
                word,
                "c" | "ca"
                    | "St"
                    | "Mr"
                    | "Dr"
                    | "Gen"
                    | "Lt"
                    | "Col"
                    | "Jr"
                    | "vs"
                    | "est"
                    | "approx"
                    | "No"
            );
        let next_upper = bytes
            .get(end + 2)
            .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'"');
        if !is_abbrev && next_upper {
            return &text[..=end];
        }
        i = end + 2;
    }
    text
}

/// True when `text` contains `word` as a whole word (ASCII case-insensitive).
pub fn contains_word(text: &str, word: &str) -> bool {
    find_word(text, word, 0).is_some()
}

/// The byte offset of the first whole-word, ASCII case-insensitive occurrence
/// of `word` in `text` at or after `from`.
pub fn find_word(text: &str, word: &str, from: usize) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let needle = word.to_ascii_lowercase();
    let mut start = from;
    while let Some(p) = lower.get(start..)?.find(&needle) {
        let at = start + p;
        let end = at + needle.len();
        let before_ok = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = lower[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(at);
        }
        start = at + needle.len().max(1);
    }
    None
}

/// Trims and folds runs of white space into one space.
pub fn normalize_spaces(text: &str) -> String {
    // By first byte: 0 not a space, 1 an ASCII space, 2 a character that
    // must be decoded to tell.
    static CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 0x80;
        while i < 256 {
            t[i] = 2;
            i += 1;
        }
        let spaces = [b'\t', b'\n', 0x0B, 0x0C, b'\r', b' '];
        let mut k = 0;
        while k < spaces.len() {
            t[spaces[k] as usize] = 1;
            k += 1;
        }
        t
    };
    let b = text.as_bytes();
    // ASCII is copied without branches: a space is written as one, and the
    // write position only moves past it when the byte before was no space.
    // The output is never longer than the input.
    let mut out = vec![0u8; b.len()];
    let (mut i, mut w) = (0, 0);
    let mut after_space = true; // so leading spaces are dropped
    while i < b.len() {
        let c = b[i];
        let class = CLASS[c as usize];
        if class < 2 {
            let is_space = class == 1;
            out[w] = if is_space { b' ' } else { c };
            w += usize::from(!(is_space && after_space));
            after_space = is_space;
            i += 1;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        let n = ch.len_utf8();
        if ch.is_whitespace() {
            out[w] = b' ';
            w += usize::from(!after_space);
            after_space = true;
        } else {
            out[w..w + n].copy_from_slice(&b[i..i + n]);
            w += n;
            after_space = false;
        }
        i += n;
    }
    if after_space && w > 0 {
        w -= 1; // a trailing space
    }
    out.truncate(w);
    String::from_utf8(out).expect("whole characters were copied")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of the corpus: what `split_whitespace` would make of it.
    #[test]
    fn normalize_spaces_is_split_whitespace_joined() {
        let mut texts = vec![
            " a\u{a0}\u{a0}b\tc\u{0b}d\u{3000}é  \u{2009}ü\r\n".to_owned(),
            String::new(),
            "   ".to_owned(),
        ];
        let mut dirs = vec![std::path::PathBuf::from("../shared/corpus")];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else if let Ok(t) = std::fs::read_to_string(&p) {
                    texts.push(t);
                }
            }
        }
        assert!(texts.len() > 50);
        for t in &texts {
            assert_eq!(
                normalize_spaces(t),
                t.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }

    #[test]
    fn first_sentence_skips_abbreviations() {
        assert_eq!(
            first_sentence("The U.S. Army won. Then it lost."),
            "The U.S. Army won."
        );
        assert_eq!(
            first_sentence("It began c. 1848. Then."),
            "It began c. 1848."
        );
        assert_eq!(first_sentence("No full stop here"), "No full stop here");
    }

    #[test]
    fn words_match_whole() {
        assert!(contains_word("Mass protests erupted", "protests"));
        assert!(!contains_word("protestsss", "protests"));
        assert_eq!(find_word("war, war", "war", 1), Some(5));
    }
}
