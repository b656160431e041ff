//! Mutation fuzzing on stable Rust, with a fixed budget so that it runs in
//! every CI: every article of the corpus (flat, wikitext, seed, and the
//! pages of the smaller dumps) is cut, spliced and sprinkled with markup by
//! a seeded generator, and each mutant goes through the readers, the value
//! parsers, extraction and the RDF writer. Oracles: no panic; every quad
//! written serialises as N-Quads and parses back to the same quads.
//!
//! The written leads (`tests/data/leads_written.tsv`) are mutated word by
//! word (words deleted, doubled, swapped, or the words the lead reader
//! turns on put in): a byte-level cut rarely makes the phrases it reads,
//! and this found a panic the page fuzzer had not.
//!
//! Beside the pages: link tables, SPARQL text and XML dumps, each with its
//! own tokens and oracles (the bzip2 decoder's oracle is libbz2, in
//! `src/article/bz2/decode.rs`).
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
    mutate_with(text, TOKENS, rng)
}

fn mutate_with(text: &str, tokens: &[&str], rng: &mut Rng) -> String {
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
                let t = tokens[rng.below(tokens.len())];
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
    round_trips(source, &quads);
}

/// Mutants a page in this run (`EVENTGRAPH_FUZZ_ROUNDS`, default 20).
fn rounds() -> usize {
    std::env::var("EVENTGRAPH_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20)
}

/// Runs `check` on `rounds` mutants of each text; a panic names the mutant
/// and keeps it in a file.
fn fuzz(
    name: &str,
    texts: &[(String, String)],
    mutate: impl Fn(&str, &mut Rng) -> String,
    rounds: usize,
    check: impl Fn(&str, &str),
) -> usize {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut mutants = 0;
    for (source, text) in texts {
        check(source, text);
        for round in 0..rounds {
            let seed = rng.0;
            let m = mutate(text, &mut rng);
            let outcome =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(source, &m)));
            if outcome.is_err() {
                let path = std::env::temp_dir().join(format!("eventgraph-fuzz-{name}.txt"));
                std::fs::write(&path, &m).unwrap();
                panic!(
                    "{source}, mutant {round} (seed {seed:#x}) failed; the mutant is in {}",
                    path.display()
                );
            }
            mutants += 1;
        }
    }
    eprintln!("fuzz {name}: {} texts, {mutants} mutants", texts.len());
    mutants
}

/// Every IRI in `quads` is one RDF allows, and the quads serialise as
/// N-Quads and parse back to the same quads.
fn round_trips(source: &str, quads: &[oxigraph::model::Quad]) {
    for q in quads {
        for t in [
            q.subject.to_string(),
            q.predicate.to_string(),
            q.object.to_string(),
            q.graph_name.to_string(),
        ] {
            if let Some(iri) = t.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
                assert!(
                    eventgraph::iri::is_valid(iri),
                    "{source}: invalid IRI {iri:?}"
                );
            }
        }
    }
    let mut nq = Vec::new();
    let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut nq);
    for q in quads {
        w.serialize_quad(q).unwrap();
    }
    w.finish().unwrap();
    let back: Vec<_> = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(&nq)
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{source}: our N-Quads do not parse: {e}"));
    let set = |q: &[oxigraph::model::Quad]| {
        let mut v: Vec<String> = q.iter().map(ToString::to_string).collect();
        v.sort();
        v.dedup();
        v
    };
    assert_eq!(set(quads), set(&back), "{source}: N-Quads read back differ");
}

/// Link tables (`eventgraph link --table`): the example table and a
/// tab-separated copy, mutated with the cells that once broke them
/// (`egr:Heydar Aliyev`, `egr:X> ?p ?o } #`). Oracles: no panic; an error
/// names the table; every link written is a valid IRI and round-trips.
#[test]
fn mutated_link_tables_never_panic_and_write_valid_iris() {
    const TABLE_TOKENS: &[&str] = &[
        ",",
        "\t",
        "\"",
        "\n",
        "\r\n",
        " ",
        "egr:",
        "wd:",
        "dbr:",
        "<",
        ">",
        "{",
        "}",
        "#",
        "?p ?o }",
        "Q",
        "Q0",
        "http://www.wikidata.org/entity/Q",
        "https://",
        "é",
        "\u{0}",
        "\u{FFFF}",
        "%",
        "%zz",
        "Heydar Aliyev",
        "item,article\n",
    ];
    let root = super::root();
    let (store, _) = super::ingested(&[root.join("examples/articles")]);
    let csv = std::fs::read_to_string(root.join("examples/links/wikidata.csv")).unwrap();
    let texts = vec![
        ("wikidata.csv".to_owned(), csv.clone()),
        ("wikidata.tsv".to_owned(), csv.replace(',', "\t")),
    ];
    let read = std::cell::Cell::new(0);
    let check = |name: &str, text: &str| {
        let columns = eventgraph::link::table::Columns::default();
        let table =
            eventgraph::link::table::read_table(&store, name, text.as_bytes(), &columns, name);
        match table {
            Ok((quads, _)) => {
                read.set(read.get() + usize::from(!quads.is_empty()));
                round_trips(name, &quads)
            }
            Err(e) => assert!(e.to_string().starts_with(name), "{e}"),
        }
    };
    let mutants = fuzz(
        "table",
        &texts,
        |t, r| mutate_with(t, TABLE_TOKENS, r),
        rounds() * 25,
        check,
    );
    // Most mutants still link something: the fuzzing reaches the writer.
    assert!(
        read.get() * 2 > mutants,
        "{} of {mutants} linked",
        read.get()
    );
}

/// SPARQL text given to `query`: the example queries mutated with
/// brackets, IRIs, literals, SERVICE and deep nesting, run on the seed's
/// store. Oracles: no panic and no abort (an error is an answer); SERVICE
/// never reaches out without federation; results, when there are any, are
/// read to the end (at most 10,000 rows, so a mutant that drops a join
/// stays quick).
#[test]
fn mutated_queries_never_panic() {
    let root = super::root();
    let (store, _) = super::ingested(&[super::seed_path()]);
    let mut texts = Vec::new();
    for e in std::fs::read_dir(root.join("examples/queries")).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "rq") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            texts.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
    texts.sort();
    assert!(texts.len() >= 5);
    let answered = std::cell::Cell::new(0);
    let mutants = fuzz("query", &texts, mutate_query, rounds() * 10, |_, text| {
        use oxigraph::sparql::QueryResults;
        let results = store.query(text);
        answered.set(answered.get() + usize::from(results.is_ok()));
        match results {
            Ok(QueryResults::Solutions(rows)) => rows.take(10_000).for_each(drop),
            Ok(QueryResults::Graph(triples)) => triples.take(10_000).for_each(drop),
            Ok(QueryResults::Boolean(_)) | Err(_) => {}
        }
    });
    // Enough mutants still parse for evaluation to be fuzzed too.
    assert!(
        answered.get() * 10 > mutants,
        "{} of {mutants} answered",
        answered.get()
    );
}

/// SPARQL that has broken query parsers, or may.
const SPARQL_TOKENS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "<",
    ">",
    "\"",
    "'",
    "\"\"\"",
    ".",
    ";",
    ",",
    "?x",
    "$y",
    "*",
    "eg:",
    "egr:",
    ":",
    "<http://example.org/x>",
    "FILTER(",
    "OPTIONAL {",
    "UNION",
    "MINUS {",
    "GRAPH ?g {",
    "SERVICE <http://127.0.0.1:9/sparql> {",
    "BIND(",
    " AS ?z)",
    "VALUES ?x {",
    "GROUP BY ?x",
    "HAVING(",
    "ORDER BY",
    "LIMIT 0",
    "OFFSET 99999999999999999999",
    "COUNT(*)",
    "REGEX(?x, \"(\")",
    "\"\\u0000\"",
    "\u{0}",
    "é",
    "\n",
    "#",
    "^^xsd:integer",
    "@en",
    "1e999",
    "-0",
    "/",
    "|",
    "^",
    "+",
    "((((((((((",
    "))))))))))",
    "{{{{{{{{",
    "}}}}}}}}",
    "SELECT",
    "ASK",
    "CONSTRUCT",
    "DESCRIBE <x>",
    "PREFIX p: <",
    "BASE <",
    "SUBSTR(",
    "STRLEN(",
    "NOW()",
    "RAND()",
];

/// A query mutant: most change one thing (a token put in, a line dropped
/// or doubled), so that many still parse and evaluation is fuzzed too; one
/// in four is cut and spliced like a page.
fn mutate_query(text: &str, rng: &mut Rng) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let k = rng.below(lines.len());
    match rng.below(4) {
        0 => {
            let at = floor(text, rng.below(text.len() + 1));
            let t = SPARQL_TOKENS[rng.below(SPARQL_TOKENS.len())];
            format!("{}{t}{}", &text[..at], &text[at..])
        }
        1 => [&lines[..k], &lines[(k + 1).min(lines.len())..]]
            .concat()
            .join("\n"),
        2 => [&lines[..=k], &lines[k..]].concat().join("\n"),
        _ => mutate_with(text, SPARQL_TOKENS, rng),
    }
}

/// The XML dump reader on mutated dumps (the corpus' two uncompressed
/// ones, the small one cut to its first 300 KB): broken tags, entities of
/// every kind (a DOCTYPE declaring an external entity among them), CDATA,
/// NUL bytes, surrogate references. Oracles: no panic; the reader ends
/// (each page or an error, then nothing); no entity is expanded and no file
/// is read (the text of /etc/hostname never shows up).
#[test]
fn mutated_xml_dumps_never_panic_and_expand_no_entity() {
    const XML_TOKENS: &[&str] = &[
        "<page>", "</page>", "<title>", "</title>", "<text>", "</text>", "<text xml:space=\"preserve\">",
        "<revision>", "</revision>", "<ns>0</ns>", "<ns>x</ns>", "<id>", "</id>",
        "<redirect title=\"Target\" />", "<redirect/>", "&amp;", "&lt;", "&#0;", "&#xD800;",
        "&#x110000;", "&#65;", "&bogus;", "&", "<", ">", "\"", "<![CDATA[", "]]>", "<!--",
        "-->", "<?xml version=\"1.0\"?>", "\u{0}", "\u{FFFF}", "é", "</mediawiki>",
        "<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM \"file:///etc/hostname\"><!ENTITY a \"&xxe;&xxe;\">]>",
        "&xxe;", "&a;",
    ];
    let dumps = super::corpus().join("dumps");
    let tiny = std::fs::read_to_string(dumps.join("tinywiki-latest-pages-articles.xml")).unwrap();
    let small = std::fs::read_to_string(dumps.join("smallwiki-latest-pages-articles.xml")).unwrap();
    let small = small[..floor(&small, 300_000)].to_owned();
    let hostname = std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_owned())
        .unwrap_or_default();
    let texts = vec![
        ("tinywiki.xml".to_owned(), tiny),
        ("smallwiki.xml".to_owned(), small),
    ];
    let pages = std::cell::Cell::new(0);
    let mutants = fuzz(
        "xml",
        &texts,
        |t, r| mutate_with(t, XML_TOKENS, r),
        rounds() * 10,
        |source, text| {
            let reader = eventgraph::article::dump::DumpReader::from_reader(
                source,
                Box::new(std::io::Cursor::new(text.as_bytes().to_vec())),
            )
            .unwrap();
            for page in reader.take(100_000) {
                match page {
                    Ok(p) => {
                        pages.set(pages.get() + 1);
                        if hostname.len() > 3 && !text.contains(&hostname) {
                            assert!(!p.text.contains(&hostname), "{source}: an entity was read");
                        }
                    }
                    Err(_) => break,
                }
            }
        },
    );
    assert!(
        pages.get() > mutants,
        "{} pages from {mutants} mutants",
        pages.get()
    );
}

#[test]
fn mutated_corpus_pages_never_panic_and_export_cleanly() {
    let rounds = rounds();
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

/// Words the lead reader turns on: prepositions, verbs, joiners, dates.
const LEAD_WORDS: &[&str] = &[
    "of",
    "in",
    "on",
    "the",
    "The",
    "began",
    "was",
    "were",
    "from",
    "to",
    "and",
    "or",
    "between",
    "which",
    "near",
    "1990",
    "March",
    "5",
    "AD",
    "BC",
    "(",
    ")",
    "–",
    ",",
    ".",
    "war",
    "battle",
    "province",
    "Argentine",
    "present-day",
    "what is today",
    "with",
    "until",
    "after",
    "during",
];

/// A lead with words deleted, doubled, swapped or put in (a word-level
/// mutant: the lead reader walks words, and a byte-level cut rarely makes
/// the phrases it reads).
fn mutate_lead(text: &str, rng: &mut Rng) -> String {
    let (head, lead) = text.split_once("\n\n").unwrap_or(("", text));
    let mut words: Vec<&str> = lead.split_whitespace().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(words.len() + 1);
        match rng.below(4) {
            0 if at < words.len() => {
                words.remove(at);
            }
            1 if at < words.len() => words.insert(at, words[at]),
            2 if at + 1 < words.len() => words.swap(at, at + 1),
            _ => words.insert(at, LEAD_WORDS[rng.below(LEAD_WORDS.len())]),
        }
    }
    format!("{head}\n\n{}\n", words.join(" "))
}

/// The written leads (1265 of them, every shape the lead reader was
/// taught), each mutated word by word: extraction never panics.
#[test]
fn mutated_written_leads_never_panic() {
    let data = std::fs::read_to_string(super::root().join("tests/data/leads_written.tsv")).unwrap();
    let texts: Vec<(String, String)> = data
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Some((
                c.first()?.to_string(),
                format!("= {} =\n\n{}\n", c[0], c.get(5)?),
            ))
        })
        .collect();
    assert!(texts.len() > 1000, "{}", texts.len());
    let mutants = fuzz("leads", &texts, mutate_lead, rounds(), |source, text| {
        if let Ok(doc) = eventgraph::article::flat::parse(source, text) {
            let x = eventgraph::extract::extract(&doc);
            let _ = eventgraph::rdf::quads(&x, &Minter::default());
        }
    });
    assert!(mutants >= texts.len() * rounds());
}
