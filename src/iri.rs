//! The one place where IRIs are minted.
//!
//! Titles are encoded as DBpedia encodes them, so that `egr:X` and `dbr:X`
//! share their local name: white space becomes `_`, the first letter is
//! upper-cased, and only characters that cannot stand in an IRI path (or
//! would change its meaning, such as `?` and `#`) are percent-encoded. Every
//! IRI built here is validated with `iri-string` before it leaves the module.

use crate::vocab;
use iri_string::types::IriStr;

/// The named graph of the VoID description in exports.
pub const VOID_GRAPH: &str = "https://w3id.org/eventgraph/void";

/// The VoID description's dataset: the store.
pub const VOID_DATASET: &str = "https://w3id.org/eventgraph/void#dataset";

/// The VoID partition of the entities of one class (`prefix:Local`).
pub fn void_class_partition(prefix: &str, local: &str) -> String {
    checked(format!("{VOID_GRAPH}#class-{prefix}-{}", slug(local)))
}

/// The VoID linkset of our links into one dataset.
pub fn void_linkset(name: &str) -> String {
    checked(format!("{VOID_GRAPH}#links-{}", slug(name)))
}

/// `local` in `namespace` as written (`dbr:Local`), when that is an IRI.
pub fn in_namespace(namespace: &str, local: &str) -> Option<String> {
    let iri = format!("{namespace}{local}");
    is_valid(&iri).then_some(iri)
}

/// Whether `iri` is an absolute IRI.
pub fn is_valid(iri: &str) -> bool {
    IriStr::new(iri).is_ok()
}

/// Mints IRIs for entities, articles and the nodes an article owns.
#[derive(Clone, Debug)]
pub struct Minter {
    base: String,
}

impl Default for Minter {
    fn default() -> Self {
        Minter {
            base: vocab::EGR.to_owned(),
        }
    }
}

/// Why a base IRI was refused.
#[derive(Debug, thiserror::Error)]
#[error("invalid base IRI {0:?}: it must be an absolute IRI ending in '/' or '#'")]
pub struct BaseIriError(pub String);

impl Minter {
    /// A minter whose entities live under `base` (which ends in `/` or `#`).
    pub fn with_base(base: &str) -> Result<Self, BaseIriError> {
        if IriStr::new(base).is_err() || !(base.ends_with('/') || base.ends_with('#')) {
            return Err(BaseIriError(base.to_owned()));
        }
        Ok(Minter {
            base: base.to_owned(),
        })
    }

    /// The namespace of minted entities.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The entity named by a Wikipedia-style title.
    pub fn entity(&self, title: &str) -> String {
        checked(format!("{}{}", self.base, encode_title(title)))
    }

    /// A node owned by an entity: `{entity}__{kind}__{slug of text}`, after
    /// DBpedia's `Title__N` intermediate nodes (`__` never occurs in an
    /// encoded title, whose runs of white space and `_` fold into one `_`).
    pub fn owned(&self, owner_title: &str, kind: &str, text: &str) -> String {
        checked(format!(
            "{}{}__{}__{}",
            self.base,
            encode_title(owner_title),
            kind,
            slug(text)
        ))
    }

    /// The source article, which is also the named graph of its triples.
    /// `egr:local` as written (no encoding), when that is an IRI.
    /// The record of one fact an article states (an `rdf:Statement`), a
    /// part of the article: `ega:Title#fact-{predicate's local name}-{hash
    /// of the triple}`, the triple written as N-Triples terms (`<s> <p>
    /// "o"`).
    pub fn fact(&self, article_title: &str, predicate: &str, triple: &str) -> String {
        let local: String = predicate
            .rsplit(['#', '/'])
            .next()
            .unwrap_or("")
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        checked(format!(
            "{}#fact-{local}-{:016x}",
            self.article(article_title),
            fnv1a(triple.as_bytes())
        ))
    }

    /// A Wikidata-shaped statement of an article's event, or its value
    /// node: `ega:Title#claim-P580-{hash}`, `ega:Title#value-P580-{hash}`,
    /// the hash of `claim` (subject, property and value as written).
    pub fn claim(&self, article_title: &str, pid: &str, claim: &str, value: bool) -> String {
        let pid: String = pid.chars().filter(char::is_ascii_alphanumeric).collect();
        checked(format!(
            "{}#{}-{pid}-{:016x}",
            self.article(article_title),
            if value { "value" } else { "claim" },
            fnv1a(claim.as_bytes())
        ))
    }

    /// Our entity as a user names it: our IRI as given, `egr:X`, or a
    /// title. `egr:Local` is taken as written when that is an IRI, else
    /// `Local` is read as a title (`egr:Heydar Aliyev`): what a user types
    /// never becomes query text.
    pub fn our_entity(&self, name: &str) -> String {
        let name = name.trim();
        let name = name
            .strip_prefix('<')
            .and_then(|n| n.strip_suffix('>'))
            .unwrap_or(name);
        if name.starts_with(&self.base) && is_valid(name) {
            return name.to_owned();
        }
        match name.strip_prefix("egr:") {
            Some(local) => self.local(local).unwrap_or_else(|| self.entity(local)),
            None => self.entity(name),
        }
    }

    pub fn local(&self, local: &str) -> Option<String> {
        in_namespace(&self.base, local)
    }

    pub fn article(&self, title: &str) -> String {
        checked(format!("{}{}", vocab::EGA, encode_title(title)))
    }
}

/// The base of the named graphs of an article's offline links, replaced
/// with it: `links/article/X` for `ega:X`.
pub fn links_of_article(article: &str) -> Option<String> {
    article
        .strip_prefix(vocab::EGA)
        .map(|local| format!("{}article/{local}", vocab::LINKS))
}

/// The named graph of the links of one source and one score under a base
/// (`links/article/X`, `links/table/NAME`, `links/endpoint/HOST`):
/// `{base}#{source}-{score}`, as `links/article/Baku#gazetteer-0.9`. The
/// graph describes itself (`eg:LinkGraph`, `eg:linkSource`,
/// `eg:linkScore`), so every link in it has that source and score. `#`
/// never occurs in a base: titles and names encode it.
pub fn link_graph(base: &str, source: &str, score: f64) -> String {
    let short = source.strip_suffix("Link").unwrap_or(source);
    checked(format!("{base}#{short}-{}", score_text(score)))
}

/// A score from 0 to 1 with at most two decimals, as oxigraph writes an
/// `xsd:decimal` back: `1`, `0.95`, `0.7`, `0`.
pub fn score_text(score: f64) -> String {
    let s = format!("{:.2}", score.clamp(0.0, 1.0));
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() { "0" } else { s }.to_owned()
}

/// The named graph of the links a table adds (by the table's file name).
pub fn table_links(name: &str) -> String {
    checked(format!("{}table/{}", vocab::LINKS, encode(name, false)))
}

/// The named graph of the links reconciliation with an endpoint adds.
pub fn endpoint_links(endpoint: &str) -> String {
    let host = endpoint
        .split("://")
        .nth(1)
        .unwrap_or(endpoint)
        .trim_end_matches('/');
    checked(format!("{}endpoint/{}", vocab::LINKS, slug(host)))
}

/// The generic property of an infobox field name (`egp:casualties_label`):
/// lower case, white space as `_`, encoded as titles are.
pub fn generic_property(key: &str) -> String {
    let key = key.trim().to_lowercase();
    checked(format!(
        "{}{}",
        vocab::EGP,
        encode_title(&key).to_lowercase()
    ))
}

/// The DBpedia resource of a title.
pub fn dbpedia(title: &str) -> String {
    checked(format!("{}{}", vocab::DBR, encode_title(title)))
}

/// The English Wikipedia page of a title.
pub fn wikipedia(title: &str) -> String {
    checked(format!("{}{}", vocab::WIKIPEDIA, encode_title(title)))
}

/// The Wikidata item of a `Q` identifier.
pub fn wikidata(qid: &str) -> String {
    checked(format!("{}{}", vocab::WD, qid))
}

/// The GeoNames feature of a numeric identifier.
pub fn geonames(id: u64) -> String {
    checked(format!("{}{}/", vocab::GN, id))
}

/// Encodes a title as DBpedia does.
pub fn encode_title(title: &str) -> String {
    encode(title, true)
}

/// Encodes a title, with its first letter upper-cased or as it is.
fn encode(title: &str, capitalise: bool) -> String {
    let mut out = String::with_capacity(title.len());
    let mut pending_underscore = false;
    for c in title.trim().chars() {
        if c.is_whitespace() || c == '_' {
            pending_underscore = !out.is_empty();
            continue;
        }
        if pending_underscore {
            out.push('_');
            pending_underscore = false;
        }
        if capitalise && out.is_empty() && c.is_lowercase() {
            out.extend(c.to_uppercase());
            continue;
        }
        match c {
            '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' | '%' | '?' | '#' | '[' | ']' => {
                percent_encode(c, &mut out)
            }
            c if c.is_control() || !(c.is_ascii() || is_ucschar(c)) => percent_encode(c, &mut out),
            c => out.push(c),
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    // `..` and `.` segments would be resolved away (`resource/..` is the
    // base's parent), and an empty one (`/`, `a//b`) makes a path no title
    // has: then the title is one segment, its slashes and dots encoded.
    if out
        .split('/')
        .any(|seg| seg.is_empty() || seg == "." || seg == "..")
    {
        out = out.replace('/', "%2F");
        if out == "." || out == ".." {
            out = out.replace('.', "%2E");
        }
    }
    out
}

/// The characters beyond ASCII an IRI path may hold as they are (RFC
/// 3987's `ucschar`): not noncharacters (U+FDD0..U+FDEF, U+xFFFE/F), not
/// the specials (U+FFF0..U+FFFF, U+FFFD among them), not private use.
fn is_ucschar(c: char) -> bool {
    let c = u32::from(c);
    matches!(c, 0xA0..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFEF)
        || (0x10000..=0xEFFFD).contains(&c)
            && (c & 0xFFFF) <= 0xFFFD
            && !(0xE0000..=0xE0FFF).contains(&c)
}

fn percent_encode(c: char, out: &mut String) {
    let mut buf = [0u8; 4];
    for b in c.encode_utf8(&mut buf).bytes() {
        out.push_str(&format!("%{b:02X}"));
    }
}

/// A short, readable and deterministic path segment for a piece of text:
/// lower-cased ASCII words joined by `-`, at most 60 characters, with a hash
/// of the whole text appended when it was cut or had no ASCII word.
pub fn slug(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    // `Keïta`, `Áñez`, `Kušnírová`: their letters without marks.
    let unmarked: String = text.nfd().filter(|c| !is_combining_mark(*c)).collect();
    let mut s = String::new();
    for word in unmarked
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !s.is_empty() {
            s.push('-');
        }
        s.push_str(&word.to_ascii_lowercase());
    }
    if s.len() > 60 || s.is_empty() {
        s.truncate(s.char_indices().take_while(|(i, _)| *i < 48).count());
        let s = s.trim_end_matches('-').to_owned();
        return format!("{s}-{:08x}", fnv1a(text.as_bytes()) as u32);
    }
    s
}

/// FNV-1a: a stable hash (unlike std's, which may change between releases).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn checked(iri: String) -> String {
    debug_assert!(IriStr::new(&iri).is_ok(), "minted an invalid IRI: {iri}");
    if IriStr::new(&iri).is_ok() {
        iri
    } else {
        // Unreachable with the encoding above; kept so that a bug yields a
        // valid (if ugly) IRI instead of corrupting the store.
        let mut out = String::new();
        for c in iri.chars() {
            if c.is_ascii_graphic() && !"\"<>\\^`{|}".contains(c) {
                out.push(c);
            } else {
                percent_encode(c, &mut out);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_graphs_by_source_and_score() {
        let base = links_of_article("https://w3id.org/eventgraph/article/Baku").unwrap();
        assert_eq!(
            link_graph(&base, "gazetteerLink", 0.9),
            "https://w3id.org/eventgraph/links/article/Baku#gazetteer-0.9"
        );
        assert_eq!(
            link_graph(&base, "titleLink", 1.0),
            "https://w3id.org/eventgraph/links/article/Baku#title-1"
        );
        let scores: Vec<String> = [0.0, 0.05, 0.5, 0.874, 0.875, 1.0, 1.5, -1.0]
            .iter()
            .map(|s| score_text(*s))
            .collect();
        assert_eq!(scores, ["0", "0.05", "0.5", "0.87", "0.88", "1", "1", "0"]);
    }

    #[test]
    fn titles_encode_like_dbpedia() {
        assert_eq!(
            encode_title("2003 Azerbaijani protests"),
            "2003_Azerbaijani_protests"
        );
        assert_eq!(encode_title("battle of al-Bab"), "Battle_of_al-Bab");
        assert_eq!(
            encode_title("Battle of Aleppo (2012–2016)"),
            "Battle_of_Aleppo_(2012–2016)"
        );
        assert_eq!(encode_title("Israel's role"), "Israel's_role");
        assert_eq!(encode_title("  a  b_ c "), "A_b_c");
        assert_eq!(encode_title("What? 100%"), "What%3F_100%25");
        assert_eq!(encode_title("Côte d'Ivoire"), "Côte_d'Ivoire");
    }

    #[test]
    fn dot_segments_and_empty_segments_are_encoded() {
        let m = Minter::default();
        let base = m.base().to_owned();
        assert_eq!(m.entity(".."), format!("{base}%2E%2E"));
        assert_eq!(m.entity("."), format!("{base}%2E"));
        assert_eq!(m.entity("/"), format!("{base}%2F"));
        assert_eq!(m.entity("AC/DC"), format!("{base}AC/DC"));
        assert_eq!(m.entity("a//b"), format!("{base}A%2F%2Fb"));
        assert_eq!(m.entity("Mr. Smith"), format!("{base}Mr._Smith"));
    }

    #[test]
    fn titles_with_noncharacters_mint_valid_iris() {
        let m = Minter::default();
        for t in [
            "A\u{FDD0}B",
            "A\u{FFFF}",
            "\u{E000} private",
            "bad \u{FFFD} byte",
            "\u{E0001}tag",
        ] {
            assert!(IriStr::new(&m.entity(t)).is_ok(), "{t:?}");
            assert!(IriStr::new(&m.article(t)).is_ok(), "{t:?}");
        }
        assert_eq!(
            m.entity("Baku\u{FFFD}"),
            format!("{}Baku%EF%BF%BD", m.base())
        );
    }

    #[test]
    fn minted_iris_are_valid() {
        let m = Minter::default();
        for t in ["a|b", "x{y}", "\"q\"", "tab\there", "ünïcode ✓", ""] {
            assert!(IriStr::new(&m.entity(t)).is_ok(), "{t}");
            assert!(IriStr::new(&m.owned(t, "cause", t)).is_ok(), "{t}");
        }
    }

    #[test]
    fn slugs_are_short_and_stable() {
        assert_eq!(
            slug("Protests suppressed by force"),
            "protests-suppressed-by-force"
        );
        let long = "Alleged electoral fraud during the 2003 Azerbaijani presidential election";
        let s = slug(long);
        assert!(s.len() <= 60, "{s}");
        assert_eq!(s, slug(long));
        assert_ne!(slug("Смерть"), slug("Жизнь"));
        // Latin letters keep their place without their marks.
        assert_eq!(
            slug("Resignation of President Ibrahim Boubacar Keïta"),
            "resignation-of-president-ibrahim-boubacar-keita"
        );
        assert_eq!(slug("Jeanine Áñez"), "jeanine-anez");
    }

    #[test]
    fn bad_base_is_refused() {
        assert!(Minter::with_base("not an iri").is_err());
        assert!(Minter::with_base("http://example.org/r").is_err());
        assert!(Minter::with_base("http://example.org/r/").is_ok());
    }
}
