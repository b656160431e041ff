//! Mutation fuzzing on stable Rust, with a fixed budget so that it runs in
//! every CI: every article of the corpus (flat, wikitext, seed, and the
//! pages of the smaller dumps) is cut, spliced and sprinkled with markup by
//! a seeded generator, and each mutant goes through the readers, the value
//! parsers, extraction and the RDF writer. Oracles: no panic; every quad
//! written serialises as N-Quads and parses back to the same quads.
//!
//! `EVENTGRAPH_FUZZ_ROUNDS` raises the budget for a longer run (default 20
//! mutants a page; a failure prints the seed and the mutant's source).

use eventgraph::iri::Minter;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};

/// xorshift64*: small, seeded, the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces of markup and text that have broken readers before.
const TOKENS: &[&str] = &[
    "{{",
    "}}",
    "[[",
    "]]",
    "|",
    "=",
    "<ref>",
    "</ref>",
    "<ref name=x/>",
    "<!--",
    "-->",
    "\n==",
    "==\n",
    "'''",
    "''",
    "{|",
    "|}",
    "\n|-",
    "&#xFFFF;",
    "&amp;",
    "&lt;",
    "\u{FFFF}",
    "\u{FDD0}",
    "é",
    "–",
    "—",
    "\n- ",
    "\n* ",
    ": ",
    "\n",
    "\n\n",
    "{{start date|2003|10|15}}",
    "{{circa|",
    "[[File:",
    "[[Category:",
    "{{Infobox civil conflict\n| ",
    "\n- Date: ",
    "\n- Fatalities: ",
    "c. ",
    "–present",
    " BC",
    "1,000–2,000",
    "(",
    ")",
    "\u{0}",
    "\t",
];

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One mutant of `text`: a cut, a deleted or doubled span, or tokens put in.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let a = floor(text, rng.below(text.len() + 1));
    let b = floor(text, a + rng.below(2000));
    match rng.below(4) {
        0 => text[..a].to_owned(),
        1 => format!("{}{}", &text[..a], &text[b..]),
        2 => format!("{}{}{}", &text[..b], &text[a..b], &text[b..]),
        _ => {
            let mut out = text.to_owned();
            for _ in 0..1 + rng.below(8) {
                let at = floor(&out, rng.below(out.len() + 1));
                let t = TOKENS[rng.below(TOKENS.len())];
                out.insert_str(at, &t.repeat(1 + rng.below(3)));
            }
            out
        }
    }
}

fn corpus_texts() -> Vec<(String, String, bool)> {
    let corpus = super::corpus();
    let (files, _) = eventgraph::ingest::collect_files(&[
        corpus.join("flat"),
        corpus.join("seed"),
        corpus.join("wikitext"),
    ]);
    let mut out = Vec::new();
    for f in files {
        if let Ok(text) = std::fs::read_to_string(&f) {
            let flat = text.trim_start().starts_with("= ");
            out.push((f.display().to_string(), text, flat));
        }
    }
    for dump in ["minidump-en-wiki.xml.bz2", "enwiki-table-markup.xml.bz2"] {
        let reader = eventgraph::article::dump::DumpReader::open(
            &corpus.join("dumps").join(dump),
            Default::default(),
        )
        .unwrap();
        for page in reader.flatten().filter(|p| p.redirect.is_none()).take(40) {
            out.push((format!("{dump}#{}", page.title), page.text, false));
        }
    }
    out
}

/// Every step a page goes through, on one text; the oracles inside.
fn run_all(source: &str, text: &str, flat: bool) {
    let doc = if flat {
        match eventgraph::article::flat::parse(source, text) {
            Ok(d) => d,
            Err(e) => {
                assert!(e.file == source, "{e}");
                return;
            }
        }
    } else {
        eventgraph::article::wikitext::parse(source, "Fuzzed page", text)
    };
    for f in &doc.infobox {
        let _ = eventgraph::values::date::parse(&f.value);
        let _ = eventgraph::values::figure::parse(&f.value);
        let _ = eventgraph::values::list::split_items(&f.value);
        let _ = eventgraph::values::list::split_lines(&f.value);
    }
    let x = eventgraph::extract::extract(&doc);
    let quads = eventgraph::rdf::quads(&x, &Minter::default());
    let mut nq = Vec::new();
    let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut nq);
    for q in &quads {
        w.serialize_quad(q).unwrap();
    }
    w.finish().unwrap();
    let back: Vec<_> = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(&nq)
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{source}: our N-Quads do not parse: {e}"));
    let mut a: Vec<String> = quads.iter().map(ToString::to_string).collect();
    let mut b: Vec<String> = back.iter().map(ToString::to_string).collect();
    a.sort();
    a.dedup();
    b.sort();
    b.dedup();
    assert_eq!(a, b, "{source}: N-Quads read back differ");
}

#[test]
fn mutated_corpus_pages_never_panic_and_export_cleanly() {
    let rounds: usize = std::env::var("EVENTGRAPH_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    let texts = corpus_texts();
    assert!(texts.len() > 100, "{}", texts.len());
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut mutants = 0;
    for (source, text, flat) in &texts {
        run_all(source, text, *flat);
        for round in 0..rounds {
            let seed = rng.0;
            let m = mutate(text, &mut rng);
            let outcome = std::panic::catch_unwind(|| run_all(source, &m, *flat));
            if outcome.is_err() {
                let path = std::env::temp_dir().join("eventgraph-fuzz-failure.txt");
                std::fs::write(&path, &m).unwrap();
                panic!(
                    "{source}, mutant {round} (seed {seed:#x}) failed; the mutant is in {}",
                    path.display()
                );
            }
            mutants += 1;
        }
    }
    eprintln!("fuzz: {} pages, {mutants} mutants", texts.len());
}
