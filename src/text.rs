//! Small text helpers shared by the readers and the extractor.

/// The first sentence of a paragraph: up to the first `. ` that is not
/// part of an abbreviation or an initial.
pub fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(pos) = text[i..].find(". ") {
        let end = i + pos;
        // After the white space or parenthesis before the word, whatever
        // its width (a no-break space is two bytes).
        let word_start = text[..end]
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace() || *c == '(')
            .map_or(0, |(p, c)| p + c.len_utf8());
        let word = &text[word_start..end];
        let is_abbrev = word.contains('.')
            || word.len() <= 2
                && word.chars().next().is_some_and(char::is_uppercase)
                && !is_roman_numeral(word)
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

/// `II`, `IV`: a numeral ends a name (`World War II.`), it abbreviates
/// nothing.
fn is_roman_numeral(word: &str) -> bool {
    word.len() > 1 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
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

/// `f` of the words of `s` (split at whitespace), gathered on the stack
/// when there are few (a title, a link's target: read for every link of
/// every page, where a `Vec` for each cost several per cent of
/// extraction).
pub fn with_words<'a, R>(s: &'a str, f: impl FnOnce(&[&'a str]) -> R) -> R {
    // ASCII text is split without decoding characters (`\x0B` is the one
    // ASCII character `split_whitespace` splits at and this does not).
    if s.is_ascii() && !s.as_bytes().contains(&0x0B) {
        gathered(s.split_ascii_whitespace(), f)
    } else {
        gathered(s.split_whitespace(), f)
    }
}

fn gathered<'a, R>(mut words: impl Iterator<Item = &'a str>, f: impl FnOnce(&[&'a str]) -> R) -> R {
    let mut buf = [""; 24];
    let mut n = 0;
    while let Some(w) = words.next() {
        if n == buf.len() {
            let mut all = buf.to_vec();
            all.push(w);
            all.extend(words);
            return f(&all);
        }
        buf[n] = w;
        n += 1;
    }
    f(&buf[..n])
}

/// Where `needle` first occurs in `hay`, as `str::find` says, found by
/// its first byte that is not a space (` of `, ` by `: spaces are
/// everywhere): quicker for the short texts of titles, where building
/// `find`'s searcher costs more than the search.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    let k = n.iter().position(|&c| c != b' ').unwrap_or(0);
    let mut at = k;
    while at < h.len() {
        let Some(p) = memchr::memchr(n[k], &h[at..]) else {
            break;
        };
        // The needle would start `k` bytes before its anchor.
        let i = at + p - k;
        if h[i..].starts_with(n) {
            return Some(i);
        }
        at += p + 1;
    }
    None
}

/// Where `needle` (ASCII) first occurs in `hay`, in any case of its ASCII
/// letters.
pub fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = n.first()?.to_ascii_lowercase();
    let mut at = 0;
    while let Some(p) = memchr::memchr2(first, first.to_ascii_uppercase(), &h[at..]) {
        let i = at + p;
        if starts_with_ascii_ci(&h[i..], n) {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

/// True when `hay` begins with `prefix` (ASCII), in any case of its ASCII
/// letters.
pub fn starts_with_ascii_ci(hay: &[u8], prefix: &[u8]) -> bool {
    hay.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

/// A page's title as MediaWiki stores it: underscores are spaces, runs
/// of white space one space, the first letter upper case
/// (`[[battles of Lexington_and Concord]]` links to `Battles of Lexington
/// and Concord`).
pub fn page_title(target: &str) -> String {
    let t = target.trim();
    // Most targets are written as stored (ASCII, no `_`, single spaces),
    // at most with a first letter in lower case (`[[protest]]s`): one pass
    // tells, and the first letter is raised.
    let mut prev = 0u8;
    let plain = t.bytes().all(|c| {
        let ok = if c == b' ' {
            prev != b' '
        } else {
            c.is_ascii() && c != b'_' && !c.is_ascii_whitespace()
        };
        prev = c;
        ok
    });
    if plain {
        let mut t = t.to_owned();
        if let Some(first) = t.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return t;
    }
    let t = normalize_spaces(&t.replace('_', " "));
    let mut c = t.chars();
    match c.next() {
        Some(f) if f.is_lowercase() => f.to_uppercase().collect::<String>() + c.as_str(),
        _ => t,
    }
}

/// What follows `title` at the start of `text`, its letters in either
/// case (`fall of the Berlin Wall on ...` for `Fall of the Berlin Wall`,
/// `The Anglo-Aro war (1901–1902)` for `Anglo-Aro War`: a sentence writes
/// a title's nouns in lower case).
pub fn strip_title<'a>(text: &'a str, title: &str) -> Option<&'a str> {
    let mut x = text.chars();
    for tc in title.chars() {
        let xc = x.next()?;
        if xc != tc && !xc.to_lowercase().eq(tc.to_lowercase()) {
            return None;
        }
    }
    Some(x.as_str())
}

/// `s.trim()`, quicker where `s` begins or ends with a long run of spaces
/// (a line whose markup was blanked: an infobox, a table).
pub fn trim_blanked(s: &str) -> &str {
    const SPACES: [u8; 8] = [b' '; 8];
    let b = s.as_bytes();
    let mut start = 0;
    while b.len() - start >= 8 && b[start..start + 8] == SPACES {
        start += 8;
    }
    let mut end = b.len();
    while end - start >= 8 && b[end - 8..end] == SPACES {
        end -= 8;
    }
    s[start..end].trim()
}

/// Trims and folds runs of white space into one space.
pub fn normalize_spaces(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    loop {
        // Text between places that need a look is copied as it is: in
        // prose those are rare (a single ASCII space needs none).
        let j = next_to_check(b, i);
        out.push_str(&text[i..j]);
        let Some(ch) = text[j..].chars().next() else {
            break;
        };
        if !ch.is_whitespace() {
            out.push(ch);
            i = j + ch.len_utf8();
            continue;
        }
        // The end of the run of white space, ASCII read byte by byte.
        let mut k = j;
        while let Some(&c) = b.get(k) {
            if c == b' ' || c.wrapping_sub(b'\t') < 5 {
                k += 1;
            } else if c < 0x80 {
                break;
            } else {
                match text[k..].chars().next() {
                    Some(w) if w.is_whitespace() => k += w.len_utf8(),
                    _ => break,
                }
            }
        }
        if out.ends_with(' ') {
            out.pop(); // a single space copied just before this run
        }
        i = k;
        if !out.is_empty() && i < text.len() {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The first index from `i` on whose byte may start white space other than
/// a lone ASCII space: ASCII control spaces, two spaces in a row, a space
/// at the start or end, and the lead bytes of the non-ASCII spaces (U+0085,
/// U+00A0, U+1680, U+2000 to U+205F, U+3000). Scans 16 bytes at a time.
fn next_to_check(b: &[u8], mut i: usize) -> usize {
    #[inline(always)]
    fn check(c: u8, next: u8) -> bool {
        // Bitwise, not short-circuit, so the chunk loop vectorises.
        (c.wrapping_sub(b'\t') < 5)
            | ((c == b' ') & (next == b' '))
            | (c == 0xC2)
            | (c.wrapping_sub(0xE1) < 3)
    }
    if i == 0 && b.first() == Some(&b' ') {
        return 0;
    }
    while i + 17 <= b.len() {
        let here: &[u8; 16] = b[i..i + 16].try_into().expect("16 bytes");
        let next: &[u8; 16] = b[i + 1..i + 17].try_into().expect("16 bytes");
        let mut lanes = [0u8; 16];
        for k in 0..16 {
            lanes[k] = u8::from(check(here[k], next[k]));
        }
        if lanes.iter().fold(0, |a, &l| a | l) != 0 {
            break;
        }
        i += 16;
    }
    while i < b.len() {
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        if check(b[i], next) {
            return i;
        }
        i += 1;
    }
    i
}

/// The text of every file below `dir` that reads as UTF-8 (tests run over
/// the corpus).
/// `text` with Unicode noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF:
/// `&#xFFFF;` in a page) replaced by U+FFFD: they are not for interchange,
/// and RDF parsers such as rapper refuse them in a literal.
pub fn interchangeable(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        let u = u32::from(c);
        (0xFDD0..=0xFDEF).contains(&u) || (u & 0xFFFE) == 0xFFFE
    };
    if text.chars().any(bad) {
        text.chars()
            .map(|c| if bad(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
pub(crate) fn texts_below(dir: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(dir)];
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
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noncharacters_are_not_interchanged() {
        assert_eq!(
            interchangeable("a\u{FFFF}b\u{FDD0}c\u{1FFFE}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert!(matches!(
            interchangeable("Baku"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn trim_blanked_trims_as_trim_does() {
        for s in [
            "",
            " ",
            "        ",
            "                 x                 ",
            "\u{a0}         text\t        \u{3000}",
            "x",
            "         é",
        ] {
            assert_eq!(trim_blanked(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn find_says_what_str_find_says() {
        let hays = [
            "Annexation of Crimea by the Russian Federation",
            " of of  of ",
            "Battle of",
            "of Battle",
            "",
            "  ",
            "Siège de Québec by ship",
        ];
        let needles = [
            " of ", " by ", "of", " ", "  ", "", "Québec", " of", "of ", "x",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
            }
        }
    }

    #[test]
    fn a_title_may_begin_in_lower_case() {
        assert_eq!(
            strip_title(
                "fall of the Berlin Wall on 9 November 1989",
                "Fall of the Berlin Wall"
            ),
            Some(" on 9 November 1989")
        );
        assert_eq!(
            strip_title("Anglo-Aro war (1901–1902) was", "Anglo-Aro War"),
            Some(" (1901–1902) was")
        );
        assert_eq!(strip_title("Fall of Rome", "Fall of the Berlin Wall"), None);
        assert_eq!(strip_title("", "X"), None);
    }

    #[test]
    fn page_titles_as_mediawiki_stores_them() {
        assert_eq!(
            page_title("battles of Lexington_and  Concord"),
            "Battles of Lexington and Concord"
        );
        assert_eq!(page_title(" éire "), "Éire");
        assert_eq!(page_title("iPhone"), "IPhone");
        assert_eq!(page_title(""), "");
    }

    /// Every text of the corpus: what `split_whitespace` would make of it.
    #[test]
    fn normalize_spaces_is_split_whitespace_joined() {
        let mut texts = vec![
            " a\u{a0}\u{a0}b\tc\u{0b}d\u{3000}é  \u{2009}ü\r\n".to_owned(),
            String::new(),
            "   ".to_owned(),
            "a ".to_owned(),
            " a".to_owned(),
            "a \n b  c \u{a0}d\u{85}".to_owned(),
            "x".repeat(40) + "  " + &"y ".repeat(20) + "\u{2003}",
        ];
        texts.extend(texts_below("../shared/corpus"));
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
            first_sentence("It was fought during World War II. From 1941 on."),
            "It was fought during World War II."
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
