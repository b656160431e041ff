//! The real binary on temporary stores.

use std::path::Path;
use std::process::{Command, Output};

/// Runs the binary on `store`.
pub(super) fn eventgraph(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eventgraph"))
        .args(args)
        .env("EVENTGRAPH_STORE", store)
        .output()
        .expect("the binary runs")
}

/// An on-disk store at `dir/db` of the examples and the corpus' wikitext
/// pages (names in many scripts, quotes and newlines in literals), as
/// `ingest` writes it.
pub(super) fn examples_and_wikitext(dir: &Path) -> std::path::PathBuf {
    let store = dir.join("db");
    for input in [
        super::root().join("examples/articles"),
        super::corpus().join("wikitext"),
    ] {
        let o = eventgraph(&store, &["ingest", "-q", input.to_str().unwrap()]);
        assert!(
            o.status.code() != Some(2),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    store
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The single number a `SELECT (COUNT(..) AS ?n)` query answers.
fn count(store: &Path, query: &str) -> usize {
    let o = eventgraph(store, &["query", "--format", "csv", query]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    stdout(&o).lines().nth(1).unwrap().trim().parse().unwrap()
}

fn quads_in(store: &Path) -> usize {
    count(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    )
}

#[test]
fn ingest_then_ask_every_seed_fact_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let seed = super::seed_path();
    let o = eventgraph(&store, &["ingest", seed.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        stdout(&o).contains("articles: 1 ingested, 0 failed"),
        "{}",
        stdout(&o)
    );
    // Every fact of VOCABULARY.md's list, through the binary.
    assert!(super::seed::ALL_FACTS.len() >= 20);
    for (name, ask) in super::seed::ALL_FACTS {
        let o = eventgraph(&store, &["query", "--format", "json", ask]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["boolean"], serde_json::Value::Bool(true), "{name}: {ask}");
    }
    let o = eventgraph(
        &store,
        &[
            "query",
            "--format",
            "json",
            "ASK { egr:2003_Azerbaijani_protests a eg:Riot }",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["boolean"], serde_json::Value::Bool(false));
}

#[test]
fn reingest_replaces_and_never_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let articles = super::root().join("examples/articles");
    let a = articles.to_str().unwrap();
    assert!(eventgraph(&store, &["ingest", "-q", a]).status.success());
    let first = quads_in(&store);
    assert!(first > 100, "{first}");
    assert!(eventgraph(&store, &["ingest", "-q", a]).status.success());
    assert_eq!(quads_in(&store), first);
    // The Turtle export is byte-stable.
    let t1 = eventgraph(&store, &["export"]).stdout;
    assert!(eventgraph(&store, &["ingest", "-q", a]).status.success());
    assert_eq!(t1, eventgraph(&store, &["export"]).stdout);
}

#[test]
fn a_bad_file_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(super::seed_path(), input.join("a_seed.txt")).unwrap();
    std::fs::write(input.join("b_bad.txt"), "no title line\n").unwrap();
    std::fs::write(input.join("c_latin1.txt"), b"= Caf\xe9 riots =\n").unwrap();
    let o = eventgraph(&store, &["ingest", input.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("b_bad.txt:1: expected a title line"), "{err}");
    assert!(err.contains("c_latin1.txt:1: not UTF-8"), "{err}");
    assert!(
        stdout(&o).contains("articles: 1 ingested, 2 failed"),
        "{}",
        stdout(&o)
    );
    let o = eventgraph(
        &store,
        &[
            "query",
            "--format",
            "json",
            "ASK { egr:2003_Azerbaijani_protests a eg:Protest }",
        ],
    );
    assert!(stdout(&o).contains("true"));
}

#[test]
fn export_reads_back_in_an_independent_parser() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let articles = super::root().join("examples/articles");
    assert!(
        eventgraph(&store, &["ingest", "-q", articles.to_str().unwrap()])
            .status
            .success()
    );
    let ttl = dir.path().join("graph.ttl");
    let o = eventgraph(&store, &["export", "-o", ttl.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let triples = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
    );
    let rapper = Command::new("rapper")
        .args(["-i", "turtle", "-o", "ntriples", ttl.to_str().unwrap()])
        .output()
        .expect("rapper (raptor2-utils) is installed by scripts/setup");
    assert!(
        rapper.status.success(),
        "{}",
        String::from_utf8_lossy(&rapper.stderr)
    );
    let lines = String::from_utf8_lossy(&rapper.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .count();
    // The export is the store's triples and its VoID description.
    let void = dir.path().join("void.ttl");
    let o = eventgraph(&store, &["void"]);
    std::fs::write(&void, &o.stdout).unwrap();
    let described = Command::new("rapper")
        .args(["-i", "turtle", "-c", void.to_str().unwrap()])
        .output()
        .unwrap();
    let void_triples: usize = String::from_utf8_lossy(&described.stderr)
        .split("returned ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("rapper counts the VoID triples");
    assert!(void_triples > 10);
    assert_eq!(lines, triples + void_triples);
    for format in ["ntriples", "nquads", "trig", "rdfxml", "jsonld", "n3"] {
        let o = eventgraph(&store, &["export", "--format", format]);
        assert!(
            o.status.success() && !o.stdout.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = eventgraph(
        &store,
        &[
            "export",
            "--format",
            "nquads",
            "--graph",
            "https://w3id.org/eventgraph/article/2003_Azerbaijani_protests",
        ],
    );
    let text = stdout(&o);
    assert!(
        text.lines().count() > 50
            && text.lines().all(|l| l
                .ends_with("<https://w3id.org/eventgraph/article/2003_Azerbaijani_protests> ."))
    );
}

#[test]
fn extract_prints_turtle_without_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let o = eventgraph(
        &dir.path().join("unused"),
        &["extract", super::seed_path().to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let t = stdout(&o);
    assert!(t.contains("@prefix eg: <https://w3id.org/eventgraph/ontology#> ."));
    assert!(t.contains("egr:2003_Azerbaijani_protests"));
    assert!(!dir.path().join("unused").exists());
}

#[test]
fn query_formats_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    assert!(
        eventgraph(&store, &["ingest", super::seed_path().to_str().unwrap()])
            .status
            .success()
    );
    let q = "SELECT ?d WHERE { egr:2003_Azerbaijani_protests eg:startDate ?d }";
    let csv = stdout(&eventgraph(&store, &["query", "--format", "csv", q]));
    assert_eq!(csv.replace("\r\n", "\n"), "d\n2003-10-15\n");
    let xml = stdout(&eventgraph(&store, &["query", "--format", "xml", q]));
    assert!(
        xml.contains(
            "<literal datatype=\"http://www.w3.org/2001/XMLSchema#date\">2003-10-15</literal>"
        ),
        "{xml}"
    );
    let table = stdout(&eventgraph(&store, &["query", q]));
    assert!(
        table.contains("2003-10-15") && table.contains("(1 row)"),
        "{table}"
    );
    let ttl = stdout(&eventgraph(
        &store,
        &[
            "query",
            "CONSTRUCT { ?s a eg:Protest } WHERE { ?s a eg:Protest }",
        ],
    ));
    assert!(
        ttl.contains("egr:2003_Azerbaijani_protests a eg:Protest"),
        "{ttl}"
    );
    let bad = eventgraph(&store, &["query", "SELECT WHERE {"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("invalid SPARQL query"));
    for sub in ["ingest", "query", "export", "extract"] {
        let help = stdout(&eventgraph(&store, &[sub, "--help"]));
        assert!(
            help.contains("Example: eventgraph"),
            "{sub} --help has an example"
        );
    }
}

#[test]
fn shared_triples_count_once_in_the_on_disk_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let seed = std::fs::read_to_string(super::seed_path()).unwrap();
    let other = dir.path().join("other.txt");
    std::fs::write(
        &other,
        seed.replace("2003 Azerbaijani protests", "2005 Azerbaijani protests"),
    )
    .unwrap();
    let o = eventgraph(
        &store,
        &[
            "ingest",
            "-q",
            super::seed_path().to_str().unwrap(),
            other.to_str().unwrap(),
        ],
    );
    assert!(o.status.success());
    let n = |q: &str| count(&store, q);
    assert_eq!(
        n("SELECT (COUNT(*) AS ?n) WHERE { egr:Azerbaijan rdfs:label ?l }"),
        1
    );
    assert_eq!(
        n("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { egr:Azerbaijan rdfs:label ?l } }"),
        2
    );
    assert_eq!(
        n("SELECT (COUNT(*) AS ?n) WHERE { ?e a eg:Protest ; eg:country egr:Azerbaijan }"),
        3
    );
}

#[test]
fn ctrl_c_stops_a_dump_cleanly_keeping_what_was_read() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let fifo = dir.path().join("stream.xml");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let page = |i: u32| {
        format!("<page><title>{} Testland riots</title><ns>0</ns><id>{i}</id><revision><text>{{{{Infobox civil conflict|date={}}}}}</text></revision></page>\n", 1900 + i, 1900 + i)
    };
    let child = Command::new(env!("CARGO_BIN_EXE_eventgraph"))
        .args([
            "ingest",
            "--store",
            store.to_str().unwrap(),
            fifo.to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut w = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    write!(w, "<mediawiki>").unwrap();
    for i in 1..=10 {
        w.write_all(page(i).as_bytes()).unwrap();
    }
    w.flush().unwrap();
    // Let the ten pages through, then interrupt, then offer more.
    std::thread::sleep(std::time::Duration::from_millis(3000));
    assert!(Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap()
        .success());
    std::thread::sleep(std::time::Duration::from_millis(500));
    for i in 11..=20 {
        let _ = w.write_all(page(i).as_bytes());
    }
    let _ = write!(w, "</mediawiki>");
    drop(w);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("interrupted: everything read before the interruption is stored"));
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a eg:Riot }"
        ),
        10
    );
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { egr:1920_Testland_riots ?p ?o }"
        ),
        0
    );
}

#[test]
fn a_user_mapping_reads_a_template_without_recompiling() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("2019_Kabul_wedding_bombing.wiki");
    std::fs::write(
        &page,
        "{{Infobox civilian attack\n| date = 17 August 2019\n| location = Kabul, Afghanistan\n| victims = 92\n}}\nThe '''2019 Kabul wedding bombing''' was a suicide bombing.\n",
    )
    .unwrap();
    let mapping = dir.path().join("mapping.json");
    std::fs::write(
        &mapping,
        r#"{"default": {}, "templates": {"infobox civilian attack": {"class": "ArmedConflict", "fields": {"fatalities": ["victims"]}}}}"#,
    )
    .unwrap();
    let store = dir.path().join("unused");
    let plain = stdout(&eventgraph(&store, &["extract", page.to_str().unwrap()]));
    assert!(
        plain.contains("a eg:Attack , eg:Event")
            && !plain.contains("eg:ArmedConflict")
            && !plain.contains("eg:fatalities"),
        "{plain}"
    );
    let mapped = stdout(&eventgraph(
        &store,
        &[
            "extract",
            "--mapping",
            mapping.to_str().unwrap(),
            page.to_str().unwrap(),
        ],
    ));
    assert!(
        mapped.contains("eg:ArmedConflict") && mapped.contains("eg:fatalities 92"),
        "{mapped}"
    );
    assert!(
        mapped.contains("eg:startDate \"2019-08-17\"^^xsd:date"),
        "{mapped}"
    );
    // A mapping that names an unknown class is refused, naming the file.
    std::fs::write(
        &mapping,
        r#"{"default": {}, "templates": {"infobox x": {"class": "Parade"}}}"#,
    )
    .unwrap();
    let bad = eventgraph(
        &store,
        &[
            "extract",
            "--mapping",
            mapping.to_str().unwrap(),
            page.to_str().unwrap(),
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("mapping.json") && err.contains("unknown class \"Parade\""),
        "{err}"
    );
}

#[test]
fn stats_reports_coverage_of_the_values() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = super::corpus();
    let o = eventgraph(
        &dir.path().join("unused"),
        &[
            "stats",
            corpus.join("flat").to_str().unwrap(),
            corpus
                .join("dumps/tinywiki-latest-pages-articles.xml")
                .to_str()
                .unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    assert!(out.contains("articles: 68 (44 events), 0 failed"), "{out}");
    assert!(
        out.lines().any(|l| l.starts_with("date ")) && out.lines().any(|l| l.starts_with("all ")),
        "{out}"
    );
    let values = stdout(&eventgraph(
        &dir.path().join("unused"),
        &["stats", "--values", corpus.join("seed").to_str().unwrap()],
    ));
    assert!(
        values.contains("2003_Azerbaijani_protests.txt\t13\tfigure\tInjuries\tThousands\t~1000.."),
        "{values}"
    );
}

/// Export, then parse with a parser that is not ours, gives back the same
/// graph in every format: rapper (raptor2) reads Turtle, N-Triples,
/// N-Quads, TriG, RDF/XML and N3 (our N3 is Turtle), the pip build of
/// oxigraph's CLI reads JSON-LD. Both are compared, as parsed terms, with
/// our N-Quads export (quads for the formats with graphs, triples for the
/// others), over the corpus' wikitext pages (names in many scripts,
/// literals with quotes and newlines) and the example articles.
#[test]
fn every_export_format_reads_back_as_the_same_graph() {
    use oxigraph::io::{RdfFormat, RdfParser};
    use std::collections::BTreeSet;
    let dir = tempfile::tempdir().unwrap();
    let store = examples_and_wikitext(dir.path());
    let parse = |bytes: &[u8], format: RdfFormat| -> BTreeSet<(String, String)> {
        RdfParser::from_format(format)
            .for_slice(bytes)
            .map(|q| {
                let q = q.unwrap();
                let triple = format!("{} {} {}", q.subject, q.predicate, q.object);
                (triple, q.graph_name.to_string())
            })
            .collect()
    };
    let o = eventgraph(&store, &["export", "--format", "nquads"]);
    assert!(o.status.success());
    let quads = parse(&o.stdout, RdfFormat::NQuads);
    let triples: BTreeSet<(String, String)> = quads
        .iter()
        .map(|(t, _)| (t.clone(), "DEFAULT".to_owned()))
        .collect();
    assert!(quads.len() > 2000 && triples.len() < quads.len());
    for (format, reader, has_graphs) in [
        ("turtle", "turtle", false),
        ("ntriples", "ntriples", false),
        ("nquads", "nquads", true),
        ("trig", "trig", true),
        ("rdfxml", "rdfxml", false),
        ("n3", "turtle", false),
        ("jsonld", "oxigraph", true),
    ] {
        let file = dir.path().join(format!("graph.{format}"));
        let o = eventgraph(
            &store,
            &["export", "--format", format, "-o", file.to_str().unwrap()],
        );
        assert!(
            o.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let read = if reader == "oxigraph" {
            Command::new("oxigraph")
                .args([
                    "convert",
                    "--from-format",
                    "jsonld",
                    "--to-format",
                    "nq",
                    "-f",
                ])
                .arg(&file)
                .output()
                .expect("oxigraph (pip) is installed by scripts/setup")
        } else {
            Command::new("rapper")
                .args(["-q", "-i", reader, "-o", "nquads"])
                .arg(&file)
                .output()
                .expect("rapper (raptor2-utils) is installed by scripts/setup")
        };
        assert!(
            read.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&read.stderr)
        );
        let back: BTreeSet<(String, String)> = parse(&read.stdout, RdfFormat::NQuads)
            .into_iter()
            .map(|(t, g)| (t, if has_graphs { g } else { "DEFAULT".to_owned() }))
            .collect();
        let expected = if has_graphs { &quads } else { &triples };
        let missing: Vec<_> = expected.difference(&back).take(3).collect();
        let extra: Vec<_> = back.difference(expected).take(3).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{format}: {} read back against {}; missing {missing:?}, extra {extra:?}",
            back.len(),
            expected.len()
        );
    }
}

/// `export -o graph.nq.gz` (`.bz2`, `.zst`): compressed by the extension,
/// the format read from the name before it; decompressed, the very bytes
/// of the plain export. The event table compresses the same way.
#[test]
fn exports_are_compressed_by_their_extension() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let articles = super::root().join("examples/articles");
    assert!(
        eventgraph(&store, &["ingest", "-q", articles.to_str().unwrap()])
            .status
            .success()
    );
    let plain = eventgraph(&store, &["export", "--format", "nquads"]).stdout;
    assert!(plain.len() > 10_000);
    for ext in ["gz", "bz2", "zst"] {
        let path = dir.path().join(format!("graph.nq.{ext}"));
        let o = eventgraph(&store, &["export", "-o", path.to_str().unwrap()]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let z = std::fs::read(&path).unwrap();
        assert!(z.len() * 3 < plain.len(), "{ext}: not compressed");
        let mut back = Vec::new();
        match ext {
            "gz" => flate2::read::GzDecoder::new(&z[..]).read_to_end(&mut back),
            "bz2" => bzip2::read::BzDecoder::new(&z[..]).read_to_end(&mut back),
            _ => zstd::stream::read::Decoder::new(&z[..])
                .unwrap()
                .read_to_end(&mut back),
        }
        .unwrap();
        assert!(back == plain, "{ext}: other bytes");
    }
    let table = dir.path().join("events.csv.gz");
    let o = eventgraph(&store, &["events", "-o", table.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut csv = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&table).unwrap())
        .read_to_string(&mut csv)
        .unwrap();
    assert!(csv.starts_with("event,title,type,"));
}
