//! What a new user meets first, through the real binary: the event table,
//! and the command line conventions eventgraph shares with oxigraph's.

use super::cli::eventgraph;
use std::path::Path;
use std::process::{Command, Output};

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: Output) -> Output {
    assert!(o.status.success(), "{}", stderr(&o));
    o
}

/// The rows of a CSV text, as maps from column to value.
fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    r.records()
        .map(|rec| {
            header
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

fn count(store: &Path, query: &str) -> usize {
    let o = ok(eventgraph(store, &["query", "--format", "csv", query]));
    stdout(&o).lines().nth(1).unwrap().trim().parse().unwrap()
}

#[test]
fn events_on_the_seed_give_its_one_row() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    ok(eventgraph(
        &store,
        &["ingest", "-q", super::seed_path().to_str().unwrap()],
    ));
    let o = ok(eventgraph(&store, &["events", "--format", "csv"]));
    let text = stdout(&o);
    let header = text.lines().next().unwrap();
    let names: Vec<&str> = eventgraph::events::COLUMNS
        .iter()
        .map(|(c, _)| *c)
        .collect();
    assert_eq!(header, names.join(","), "the documented column order");
    let rows = csv_rows(&text);
    assert_eq!(rows.len(), 1, "{text}");
    let r = &rows[0];
    assert_eq!(
        r["event"],
        "https://w3id.org/eventgraph/resource/2003_Azerbaijani_protests"
    );
    assert_eq!(r["title"], "2003 Azerbaijani protests");
    assert_eq!(r["type"], "Protest");
    assert_eq!(r["start"], "2003-10-15");
    assert_eq!(r["end"], "2003-10-19");
    assert_eq!(r["date_precision"], "day");
    assert_eq!(r["country"], "Azerbaijan");
    assert_eq!(r["country_qid"], "Q227");
    assert_eq!(r["places"], "Baku");
    assert_eq!(r["fatalities"], "2");
    assert_eq!(
        (r["injuries"].as_str(), r["injuries_min"].as_str()),
        ("", "1000"),
        "'Thousands' is a lower bound, never an exact count"
    );
    assert_eq!(
        r["related_election"],
        "2003 Azerbaijani presidential election"
    );
    assert_eq!(
        r["wikipedia"],
        "https://en.wikipedia.org/wiki/2003_Azerbaijani_protests"
    );
    assert_eq!(r["source_file"], "2003_Azerbaijani_protests.txt");
    assert_eq!(r["mentioned_only"], "FALSE");
    // --all adds the events the seed only mentions, marked as such.
    let all = csv_rows(&stdout(&ok(eventgraph(
        &store,
        &["events", "--all", "--format", "csv"],
    ))));
    let mentioned: Vec<&str> = all
        .iter()
        .filter(|r| r["mentioned_only"] == "TRUE")
        .map(|r| r["title"].as_str())
        .collect();
    assert!(
        mentioned.contains(&"1998 Azerbaijani presidential election protests"),
        "{mentioned:?}"
    );
    assert_eq!(all.len(), 1 + mentioned.len());
    // JSON keeps types: numbers, booleans, arrays, null.
    let json: serde_json::Value =
        serde_json::from_slice(&ok(eventgraph(&store, &["events", "--format", "json"])).stdout)
            .unwrap();
    let e = &json[0];
    assert_eq!(e["fatalities"], 2);
    assert_eq!(e["injuries"], serde_json::Value::Null);
    assert_eq!(e["country"], serde_json::json!(["Azerbaijan"]));
    assert_eq!(e["ongoing"], false);
}

#[test]
fn events_of_the_corpus_are_its_article_events() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let o = eventgraph(
        &store,
        &[
            "ingest",
            "-q",
            super::corpus().join("flat").to_str().unwrap(),
            super::corpus().join("wikitext").to_str().unwrap(),
            super::seed_path().to_str().unwrap(),
        ],
    );
    assert!(o.status.code().is_some_and(|c| c <= 1), "{}", stderr(&o));
    let rows = csv_rows(&stdout(&ok(eventgraph(
        &store,
        &["events", "--format", "csv"],
    ))));
    let article_events = count(
        &store,
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?g foaf:primaryTopic ?e . ?e a eg:Event } }",
    );
    assert!(article_events > 40, "{article_events}");
    assert_eq!(rows.len(), article_events);
    let mut iris: Vec<&str> = rows.iter().map(|r| r["event"].as_str()).collect();
    iris.dedup();
    assert_eq!(iris.len(), rows.len(), "one row per event");
    assert!(rows.iter().all(|r| r["mentioned_only"] == "FALSE"));
    // Every row's start date is the one its article's graph holds.
    for r in rows.iter().filter(|r| !r["start"].is_empty()) {
        let q = format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g foaf:primaryTopic <{}> . <{}> eg:startDate ?d FILTER(STR(?d) = \"{}\") }} }}",
            r["event"], r["event"], r["start"]
        );
        assert_eq!(count(&store, &q), 1, "{}", r["event"]);
    }
    let all = csv_rows(&stdout(&ok(eventgraph(
        &store,
        &["events", "--all", "--format", "csv"],
    ))));
    let mentioned = count(
        &store,
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a eg:Event FILTER NOT EXISTS { GRAPH ?g { ?g foaf:primaryTopic ?e } } }",
    );
    assert_eq!(all.len(), article_events + mentioned);
}

/// pandas and R read the table as it is, with its numbers as numbers and
/// its booleans as booleans (both installed by `scripts/setup --tests`).
#[test]
fn the_event_table_loads_in_pandas_and_r_without_options() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    ok(eventgraph(
        &store,
        &[
            "ingest",
            "-q",
            super::root().join("examples/articles").to_str().unwrap(),
        ],
    ));
    let csv = dir.path().join("events.csv");
    ok(eventgraph(&store, &["events", "-o", csv.to_str().unwrap()]));
    let py = Command::new("python3")
        .arg("-c")
        .arg(
            "import sys, pandas as pd\n\
             d = pd.read_csv(sys.argv[1])\n\
             print(len(d), d['fatalities'].dtype.kind, d['ongoing'].dtype.kind, d['mentioned_only'].dtype.kind)\n\
             print(d.loc[d['title'] == '2003 Azerbaijani protests', 'fatalities'].iloc[0])",
        )
        .arg(&csv)
        .output()
        .expect("python3 with pandas (scripts/setup --tests)");
    assert!(py.status.success(), "{}", stderr(&py));
    assert_eq!(stdout(&py), "5 f b b\n2.0\n");
    let r = Command::new("Rscript")
        .arg("-e")
        .arg(
            "d <- read.csv(commandArgs(TRUE)[1]); \
             cat(nrow(d), class(d$fatalities), class(d$ongoing), d$start[d$title == '2003 Azerbaijani protests'], '\\n')",
        )
        .arg(&csv)
        .output()
        .expect("R (scripts/setup --tests)");
    assert!(r.status.success(), "{}", stderr(&r));
    assert_eq!(stdout(&r).trim(), "5 integer logical 2003-10-15");
}

#[test]
fn read_commands_refuse_a_store_that_does_not_exist_and_create_none() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("missing");
    for args in [
        &["query", "ASK {}"][..],
        &["export"],
        &["events"],
        &["void"],
        &["link", "--table", "x.csv"],
    ] {
        let o = eventgraph(&store, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));
        assert!(!store.exists(), "{args:?} created the store");
    }
    // -l and --location name the store too.
    let o = Command::new(env!("CARGO_BIN_EXE_eventgraph"))
        .args(["query", "-l", store.to_str().unwrap(), "ASK {}"])
        .output()
        .unwrap();
    assert!(stderr(&o).contains(&format!("{} does not exist", store.display())));
    let seed = super::seed_path();
    for flag in ["-l", "--location"] {
        let o = Command::new(env!("CARGO_BIN_EXE_eventgraph"))
            .args(["ingest", "-q", flag, store.to_str().unwrap()])
            .arg(&seed)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert!(store.join("CURRENT").is_file());
}

#[test]
fn load_reads_rdf_files_by_extension_into_a_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let ttl = dir.path().join("extra.ttl");
    std::fs::write(
        &ttl,
        "@prefix ex: <http://example.org/> .\nex:a ex:p \"one\" .\nex:a ex:p _:b .\n",
    )
    .unwrap();
    let nq = dir.path().join("extra.nq");
    std::fs::write(
        &nq,
        "<http://example.org/c> <http://example.org/p> \"two\" <http://example.org/g> .\n",
    )
    .unwrap();
    let bad = dir.path().join("bad.nt");
    std::fs::write(
        &bad,
        "<http://example.org/d> <http://example.org/p> \"ok\" .\n<http://example.org/d> <http://example.org/p> broken .\n",
    )
    .unwrap();
    let o = eventgraph(
        &store,
        &[
            "load",
            "--graph",
            "ega:Extra",
            ttl.to_str().unwrap(),
            bad.to_str().unwrap(),
            nq.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "one file failed: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("bad.nt") && err.contains("line 2"), "{err}");
    assert!(
        stdout(&o).contains("files: 2 loaded, 1 failed"),
        "{}",
        stdout(&o)
    );
    let n = |q: &str| count(&store, q);
    assert_eq!(
        n("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ega:Extra { ?s ?p ?o } }"),
        2
    );
    assert_eq!(
        n("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/g> { ?s ?p \"two\" } }"),
        1,
        "quads keep their graph"
    );
    assert_eq!(
        n("SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/d> ?p ?o }"),
        0,
        "nothing of a file that does not parse"
    );
    // A format named by media type; an extension that names none.
    let data = dir.path().join("data.txt");
    std::fs::write(
        &data,
        "<http://example.org/e> <http://example.org/p> \"3\" .\n",
    )
    .unwrap();
    ok(eventgraph(
        &store,
        &[
            "load",
            "--format",
            "application/n-triples",
            data.to_str().unwrap(),
        ],
    ));
    assert_eq!(n("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p \"3\" }"), 1);
    let odd = dir.path().join("data.csv");
    std::fs::write(&odd, "a,b\n").unwrap();
    let o = eventgraph(&store, &["load", odd.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("give --format"), "{}", stderr(&o));
}

#[test]
fn export_and_query_pick_formats_by_extension_and_media_type() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    ok(eventgraph(
        &store,
        &["ingest", "-q", super::seed_path().to_str().unwrap()],
    ));
    let nt = dir.path().join("graph.nt");
    ok(eventgraph(&store, &["export", "-o", nt.to_str().unwrap()]));
    let text = std::fs::read_to_string(&nt).unwrap();
    assert!(
        !text.contains("@prefix")
            && text
                .lines()
                .all(|l| l.starts_with('<') && l.ends_with(" .")),
        "N-Triples from .nt"
    );
    let trig = dir.path().join("graph.trig");
    ok(eventgraph(
        &store,
        &["export", "-o", trig.to_str().unwrap()],
    ));
    let text = std::fs::read_to_string(&trig).unwrap();
    assert!(
        text.contains("ega:2003_Azerbaijani_protests {"),
        "TriG from .trig"
    );
    let by_mime = ok(eventgraph(
        &store,
        &["export", "--format", "application/n-quads"],
    ));
    assert!(stdout(&by_mime)
        .lines()
        .all(|l| l.ends_with("> .") && l.matches(" <").count() >= 2));
    let unknown = eventgraph(&store, &["export", "-o", "graph.xyz"]);
    assert_eq!(unknown.status.code(), Some(2));
    // --graph: a prefixed name, and one the store does not hold.
    let one = ok(eventgraph(
        &store,
        &[
            "export",
            "--format",
            "nquads",
            "--graph",
            "ega:2003_Azerbaijani_protests",
        ],
    ));
    assert!(stdout(&one).lines().count() > 50);
    let none = eventgraph(&store, &["export", "--graph", "ega:Nothing_here"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("holds no graph"),
        "{}",
        stderr(&none)
    );
    // CONSTRUCT in any RDF format; a format that does not fit is an error.
    let construct = "CONSTRUCT { egr:2003_Azerbaijani_protests a ?c } WHERE { egr:2003_Azerbaijani_protests a ?c FILTER(?c = eg:Protest) }";
    let o = ok(eventgraph(
        &store,
        &["query", "--format", "ntriples", construct],
    ));
    assert_eq!(
        stdout(&o),
        "<https://w3id.org/eventgraph/resource/2003_Azerbaijani_protests> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/eventgraph/ontology#Protest> .\n"
    );
    let o = ok(eventgraph(
        &store,
        &["query", "--format", "jsonld", construct],
    ));
    let _: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON-LD");
    let o = eventgraph(&store, &["query", "--format", "csv", construct]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("gives triples"), "{}", stderr(&o));
    let select = "SELECT ?s WHERE { ?s a eg:Protest }";
    let o = eventgraph(&store, &["query", "--format", "turtle", select]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("gives rows"), "{}", stderr(&o));
    let o = ok(eventgraph(
        &store,
        &["query", "--format", "text/tab-separated-values", select],
    ));
    assert!(stdout(&o).starts_with("?s\n"), "{}", stdout(&o));
    let json = dir.path().join("rows.srj");
    ok(eventgraph(
        &store,
        &["query", "-o", json.to_str().unwrap(), select],
    ));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v["head"]["vars"][0], "s");
}

#[test]
fn the_table_marks_cut_values_and_keeps_each_row_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    ok(eventgraph(
        &store,
        &["ingest", "-q", super::seed_path().to_str().unwrap()],
    ));
    let long = "x".repeat(100);
    let q = format!("SELECT ?a ?b WHERE {{ BIND(\"{long}\" AS ?a) BIND(\"one\\ntwo\" AS ?b) }}");
    let out = stdout(&ok(eventgraph(&store, &["query", &q])));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert!(
        lines[2].starts_with(&format!("{}…", "x".repeat(79))),
        "{out}"
    );
    assert!(lines[2].ends_with("one\\ntwo"), "{out}");
    assert!(
        lines[4].contains("1 value longer than 80 characters cut"),
        "{out}"
    );
    // Values that fit are whole, and nothing says they were cut.
    let out = stdout(&ok(eventgraph(
        &store,
        &["query", "SELECT ?d WHERE { ?e eg:startDate ?d }"],
    )));
    assert!(!out.contains('…') && !out.contains("cut"), "{out}");
}

#[test]
fn ingest_names_what_it_skipped_and_tells_article_events_from_mentioned_ones() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::copy(super::seed_path(), input.join("sub/seed.txt")).unwrap();
    std::fs::write(input.join("notes.md"), "# notes\n").unwrap();
    // A link back to its parent: the walk ends.
    std::os::unix::fs::symlink(&input, input.join("sub/loop")).unwrap();
    let store = dir.path().join("db");
    let o = eventgraph(&store, &["ingest", input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("notes.md: skipped: not an article or a dump"),
        "{err}"
    );
    assert!(
        err.contains("loop: skipped: a directory already read"),
        "{err}"
    );
    let out = stdout(&o);
    assert!(out.contains("articles: 1 ingested, 0 failed"), "{out}");
    assert!(
        out.contains("events with an article: 1 (Protest 1); events only mentioned in them: 3;"),
        "{out}"
    );
    assert!(out.contains("files skipped: 2"), "{out}");
}

#[test]
fn the_example_link_table_links_real_wikidata_items() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    ok(eventgraph(
        &store,
        &[
            "ingest",
            "-q",
            super::root().join("examples/articles").to_str().unwrap(),
        ],
    ));
    let table = super::root().join("examples/links/wikidata.csv");
    let o = ok(eventgraph(
        &store,
        &["link", "--table", table.to_str().unwrap()],
    ));
    assert!(stdout(&o).starts_with("6 rows: 6 links"), "{}", stdout(&o));
    let rows = csv_rows(&stdout(&ok(eventgraph(
        &store,
        &["events", "--format", "csv"],
    ))));
    let al_bab = rows
        .iter()
        .find(|r| r["title"] == "Battle of al-Bab")
        .unwrap();
    assert_eq!(al_bab["wikidata"], "Q27915277");
    assert_eq!(al_bab["country_qid"], "Q858");
}
