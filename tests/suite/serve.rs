//! `eventgraph serve` over real HTTP: a spawned server on 127.0.0.1 and a
//! store of the examples and the corpus' wikitext pages. Its answers equal
//! `eventgraph query`'s; every route, method and content type is tried;
//! SERVICE, updates and writes are refused; SPARQLWrapper (PyPI), a client
//! users have, queries it.

use super::cli::eventgraph;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Served {
    url: String,
    store: PathBuf,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve() -> Served {
    serve_with(&[])
}

fn serve_with(extra: &[&str]) -> Served {
    let dir = tempfile::tempdir().unwrap();
    let store = super::cli::examples_and_wikitext(dir.path());
    let port = super::servers::free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_eventgraph"))
        .args(["serve", "--bind", &format!("127.0.0.1:{port}"), "--store"])
        .arg(&store)
        .args(extra)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}");
    let served = Served {
        url,
        store,
        child,
        _dir: dir,
    };
    let start = Instant::now();
    while get(&served, "/health", "*/*").0 != 200 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    served
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

/// (status, content type, body) of a GET.
fn get(s: &Served, path: &str, accept: &str) -> (u16, String, String) {
    match agent()
        .get(&format!("{}{path}", s.url))
        .header("Accept", accept)
        .call()
    {
        Ok(mut r) => reply(&mut r),
        Err(_) => (0, String::new(), String::new()),
    }
}

fn reply(r: &mut ureq::http::Response<ureq::Body>) -> (u16, String, String) {
    let media = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    (
        r.status().as_u16(),
        media,
        r.body_mut().read_to_string().unwrap_or_default(),
    )
}

fn query_get(s: &Served, query: &str, accept: &str) -> (u16, String, String) {
    let mut r = agent()
        .get(&format!("{}/query", s.url))
        .query("query", query)
        .header("Accept", accept)
        .call()
        .unwrap();
    reply(&mut r)
}

fn cli_csv(store: &Path, query: &str) -> String {
    let o = eventgraph(store, &["query", "--format", "csv", query]);
    assert!(o.status.success());
    String::from_utf8(o.stdout).unwrap()
}

const QUERIES: &[&str] = &[
    "SELECT (COUNT(*) AS ?n) WHERE { ?e a eg:Protest }",
    "SELECT ?e ?d WHERE { ?e eg:startDate ?d } ORDER BY ?e ?d",
    "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e eg:country ?c } GROUP BY ?c ORDER BY DESC(?n) ?c",
    "SELECT ?label WHERE { egr:2003_Azerbaijani_protests rdfs:label ?label }",
];

#[test]
fn the_protocol_answers_as_the_cli_does_in_every_format() {
    let s = serve();
    for q in QUERIES {
        let (status, media, body) = query_get(&s, q, "text/csv");
        assert_eq!(
            (status, media.as_str()),
            (200, "text/csv; charset=utf-8"),
            "{q}"
        );
        assert_eq!(
            body.replace("\r\n", "\n"),
            cli_csv(&s.store, q).replace("\r\n", "\n"),
            "{q}"
        );
    }
    let q = QUERIES[0];
    let want: usize = cli_csv(&s.store, q)
        .lines()
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(want > 0);
    // POST as a form and as application/sparql-query; every results type.
    for (accept, media) in [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
        ),
        ("application/json", "application/sparql-results+json"),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        (
            "text/tab-separated-values",
            "text/tab-separated-values; charset=utf-8",
        ),
        ("*/*", "application/sparql-results+json"),
    ] {
        let mut r = agent()
            .post(&format!("{}/query", s.url))
            .header("Accept", accept)
            .send_form([("query", q)])
            .unwrap();
        let (status, m, body) = reply(&mut r);
        assert_eq!((status, m.as_str()), (200, media), "{accept}");
        assert!(body.contains(&want.to_string()), "{accept}: {body}");
        let mut r = agent()
            .post(&format!("{}/query", s.url))
            .header("Accept", accept)
            .header("Content-Type", "application/sparql-query")
            .send(q)
            .unwrap();
        assert_eq!(reply(&mut r).2, body, "{accept}: the two POSTs differ");
    }
    let (status, _, body) = query_get(
        &s,
        "ASK { ?e a eg:Protest }",
        "application/sparql-results+json",
    );
    assert_eq!(status, 200);
    assert!(body.contains("\"boolean\":true"), "{body}");
    // CONSTRUCT in every RDF format, read back: as many triples as the CLI.
    let construct =
        "CONSTRUCT { ?e a eg:Protest ; rdfs:label ?l } WHERE { ?e a eg:Protest ; rdfs:label ?l }";
    let o = eventgraph(&s.store, &["query", "--format", "ntriples", construct]);
    let triples = String::from_utf8(o.stdout).unwrap().lines().count();
    assert!(triples > 0);
    for (accept, format) in [
        ("text/turtle", oxigraph::io::RdfFormat::Turtle),
        ("application/n-triples", oxigraph::io::RdfFormat::NTriples),
        ("application/rdf+xml", oxigraph::io::RdfFormat::RdfXml),
        (
            "application/ld+json",
            oxigraph::io::RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let (status, media, body) = query_get(&s, construct, accept);
        assert_eq!(status, 200, "{accept}: {body}");
        assert!(media.starts_with(accept), "{accept}: {media}");
        let n = oxigraph::io::RdfParser::from_format(format)
            .for_slice(body.as_bytes())
            .map(Result::unwrap)
            .count();
        assert_eq!(n, triples, "{accept}");
    }
    // Graph Store Protocol: one graph, as `export --graph` gives it.
    let graph = "https://w3id.org/eventgraph/article/2003_Azerbaijani_protests";
    let (status, media, body) = get(
        &s,
        &format!("/store?graph={graph}"),
        "application/n-triples",
    );
    assert_eq!((status, media.as_str()), (200, "application/n-triples"));
    let o = eventgraph(
        &s.store,
        &["export", "--format", "ntriples", "--graph", graph],
    );
    assert_eq!(body, String::from_utf8(o.stdout).unwrap());
    let (status, _, _) = get(&s, "/store?graph=https://example.org/none", "text/turtle");
    assert_eq!(status, 404);
    let (status, media, _) = get(&s, "/store", "application/n-quads");
    assert_eq!((status, media.as_str()), (200, "application/n-quads"));
}

#[test]
fn the_server_refuses_what_it_must_with_a_status_and_a_message() {
    let s = serve();
    let (status, _, body) = query_get(
        &s,
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "*/*",
    );
    assert_eq!(status, 400);
    assert!(body.contains("SERVICE"), "{body}");
    let (status, _, body) = query_get(&s, "SELECT WHERE {", "*/*");
    assert_eq!(status, 400);
    assert!(!body.is_empty());
    let (status, _, _) = query_get(&s, "ASK {}", "image/png");
    assert_eq!(status, 406);
    for (path, media, body) in [
        ("/update", "application/sparql-update", "DROP ALL"),
        ("/query", "application/sparql-update", "DROP ALL"),
        (
            "/query",
            "application/x-www-form-urlencoded",
            "update=DROP%20ALL",
        ),
    ] {
        let mut r = agent()
            .post(&format!("{}{path}", s.url))
            .header("Content-Type", media)
            .send(body)
            .unwrap();
        assert_eq!(reply(&mut r).0, 403, "{path} {media}");
    }
    let mut r = agent()
        .put(&format!("{}/store?graph=https://example.org/g", s.url))
        .header("Content-Type", "text/turtle")
        .send("<a:a> <a:b> <a:c> .")
        .unwrap();
    assert_eq!(reply(&mut r).0, 403);
    let mut r = agent()
        .post(&format!("{}/query", s.url))
        .header("Content-Type", "application/sparql-query")
        .send(&vec![b'#'; 2 << 20][..])
        .unwrap();
    assert_eq!(reply(&mut r).0, 413);
    assert_eq!(get(&s, "/nowhere", "*/*").0, 404);
    assert_eq!(get(&s, "/query", "*/*").0, 400, "no query");
    // Still there, and nothing changed.
    assert_eq!(query_get(&s, "ASK { ?e a eg:Protest }", "*/*").0, 200);
}

/// SPARQLWrapper (PyPI), the client of many notebooks, queries the server.
#[test]
fn sparqlwrapper_queries_the_server() {
    let s = serve();
    let q = QUERIES[0];
    let script = format!(
        "from SPARQLWrapper import SPARQLWrapper, JSON\n\
         w = SPARQLWrapper('{}/query')\n\
         w.setQuery('''{q}''')\n\
         w.setReturnFormat(JSON)\n\
         print(w.query().convert()['results']['bindings'][0]['n']['value'])\n",
        s.url
    );
    let o = Command::new("python3")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "SPARQLWrapper (scripts/setup --tests installs it): {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let want = cli_csv(&s.store, q)
        .lines()
        .nth(1)
        .unwrap()
        .trim()
        .to_owned();
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), want);
}

/// Every IRI we mint has a page: HTML for a browser (its facts by
/// property, each with the article graph it came from, our IRIs linked
/// here, others out), its triples in RDF for other clients, 404 for an IRI
/// the store knows nothing of.
#[test]
fn minted_iris_dereference_as_html_and_rdf() {
    let s = serve();
    let (status, media, html) = get(
        &s,
        "/resource/2003_Azerbaijani_protests",
        "text/html,*/*;q=0.8",
    );
    assert_eq!((status, media.as_str()), (200, "text/html; charset=utf-8"));
    assert!(
        html.contains("<h1>2003 Azerbaijani protests</h1>"),
        "{html}"
    );
    assert!(html.contains("<a href=\"/resource/Azerbaijan\">egr:Azerbaijan</a>"));
    assert!(html.contains("<a href=\"/article/2003_Azerbaijani_protests\">"));
    // Each fact with the file, line and field its record names.
    assert!(
        html.contains(" 2003_Azerbaijani_protests.txt:5, field Date</td>")
            && html.contains(" 2003_Azerbaijani_protests.txt:12, field Fatalities</td>"),
        "{html}"
    );
    assert!(html.contains("href=\"http://dbpedia.org/resource/2003_Azerbaijani_protests\""));
    let (status, media, ttl) = get(&s, "/resource/2003_Azerbaijani_protests", "text/turtle");
    assert_eq!((status, media.as_str()), (200, "text/turtle"));
    let triples: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(ttl.as_bytes())
        .map(Result::unwrap)
        .collect();
    let iri = "https://w3id.org/eventgraph/resource/2003_Azerbaijani_protests";
    assert!(triples
        .iter()
        .any(|q| q.subject.to_string() == format!("<{iri}>")
            && q.predicate.as_str() == "http://www.w3.org/2000/01/rdf-schema#label"));
    // What points at it comes too.
    assert!(triples
        .iter()
        .any(|q| q.object.to_string() == format!("<{iri}>")));
    let (status, _, html) = get(&s, "/article/2003_Azerbaijani_protests", "text/html");
    assert_eq!(status, 200);
    assert!(html.contains("eg:sourceFile"), "{html}");
    assert_eq!(get(&s, "/resource/No_such_thing", "text/html").0, 404);
}

/// A real browser (headless Chromium, `scripts/setup --tests` installs it)
/// loads the front page with a query: YASGUI, served from the binary (no
/// CDN), runs it on `/query` and the results table is in the DOM. The
/// screenshot is kept in the target directory (`tmp/serve-front-page.png`)
/// and shown in the README. The event table page links every event to its
/// page.
#[test]
fn a_browser_runs_a_query_on_the_front_page() {
    let s = serve();
    let need = Command::new("sh")
        .args(["-c", "command -v chromium"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(need, "chromium is not installed: run scripts/setup --tests");
    let query = "SELECT ?e ?l WHERE { ?e a eg:Protest ; rdfs:label ?l }";
    let mut url = format!("{}/?query=", s.url);
    for b in query.bytes() {
        url.push_str(&format!("%{b:02X}"));
    }
    let browser = |args: &[&str]| {
        let profile = tempfile::tempdir().unwrap();
        Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(["--virtual-time-budget=20000", "--window-size=1280,900"])
            .args(args)
            .arg(&url)
            .stderr(Stdio::null())
            .output()
            .unwrap()
    };
    let dom = String::from_utf8_lossy(&browser(&["--dump-dom"]).stdout).into_owned();
    assert!(
        dom.contains("class=\"dataTable"),
        "no results table in the DOM: {}",
        &dom[..dom.len().min(2000)]
    );
    assert!(dom.contains("2003 Azerbaijani protests"));
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-front-page.png");
    let _ = std::fs::remove_file(&shot);
    browser(&[&format!("--screenshot={}", shot.display())]);
    assert!(
        std::fs::metadata(&shot).is_ok_and(|m| m.len() > 10_000),
        "no screenshot"
    );
    let (status, _, html) = get(&s, "/events", "text/html");
    assert_eq!(status, 200);
    assert!(html
        .contains("<a href=\"/resource/2003_Azerbaijani_protests\">2003 Azerbaijani protests</a>"));
    let timeline =
        &html[html.find("<h2>Timeline</h2>").expect("a timeline")..html.find("<table").unwrap()];
    assert!(timeline.matches("<rect").count() >= 3, "{timeline}");
    assert!(
        timeline.contains(">2003 Azerbaijani protests</text>"),
        "{timeline}"
    );
    let (status, media, ttl) = get(&s, "/ontology", "text/turtle");
    assert_eq!((status, media.as_str()), (200, "text/turtle"));
    assert!(
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
            .for_slice(ttl.as_bytes())
            .map(Result::unwrap)
            .any(|q| q.subject.to_string() == "<https://w3id.org/eventgraph/ontology#Event>")
    );
    let (status, media, js) = get(&s, "/assets/yasgui.min.js", "*/*");
    assert_eq!(
        (status, media.as_str()),
        (200, "text/javascript; charset=utf-8")
    );
    assert!(js.len() > 500_000);
}

/// With `--writable`: SPARQL Update at /update and Graph Store writes at
/// /store (PUT replaces a graph, with an article's links graphs as an
/// ingest does; POST adds; DELETE removes), each seen by the next query.
#[test]
fn a_writable_server_takes_updates_and_graph_writes() {
    let s = serve_with(&["--writable"]);
    let ask = |q: &str| {
        query_get(
            &s,
            &format!("ASK {{ {q} }}"),
            "application/sparql-results+json",
        )
        .2
        .contains("true")
    };
    let send = |method: &str, path: &str, media: &str, body: &str| {
        let url = format!("{}{path}", s.url);
        let a = agent();
        let r = match method {
            "PUT" => a.put(&url).header("Content-Type", media).send(body),
            "POST" => a.post(&url).header("Content-Type", media).send(body),
            _ => a.delete(&url).call(),
        };
        reply(&mut r.unwrap()).0
    };
    let g = "https://example.org/notes";
    assert_eq!(
        send(
            "PUT",
            &format!("/store?graph={g}"),
            "text/turtle",
            "<https://example.org/a> <https://example.org/says> \"one\" ."
        ),
        201
    );
    assert_eq!(
        send(
            "POST",
            &format!("/store?graph={g}"),
            "application/n-triples",
            "<https://example.org/a> <https://example.org/says> \"two\" .\n"
        ),
        204
    );
    let (status, _, nt) = get(&s, &format!("/store?graph={g}"), "application/n-triples");
    assert_eq!((status, nt.lines().count()), (200, 2), "{nt}");
    assert_eq!(
        send(
            "PUT",
            &format!("/store?graph={g}"),
            "text/turtle",
            "<https://example.org/a> <https://example.org/says> \"three\" ."
        ),
        204
    );
    assert_eq!(
        get(&s, &format!("/store?graph={g}"), "application/n-triples")
            .2
            .lines()
            .count(),
        1
    );
    assert_eq!(
        send(
            "POST",
            "/update",
            "application/sparql-update",
            "INSERT DATA { GRAPH <https://example.org/u> { egr:X rdfs:label \"x\" } }"
        ),
        204
    );
    assert!(ask("egr:X rdfs:label \"x\""));
    // An article replaced over the protocol loses its links graphs too.
    let links = "<https://w3id.org/eventgraph/links/article/2003_Azerbaijani_protests#title-1>";
    assert!(ask(&format!("GRAPH {links} {{ ?s ?p ?o }}")));
    let article = "https://w3id.org/eventgraph/article/2003_Azerbaijani_protests";
    assert_eq!(
        send(
            "PUT",
            &format!("/store?graph={article}"),
            "text/turtle",
            "<https://example.org/a> <https://example.org/says> \"replaced\" ."
        ),
        204
    );
    assert!(!ask(&format!("GRAPH {links} {{ ?s ?p ?o }}")));
    assert!(!ask("egr:2003_Azerbaijani_protests a eg:Protest"));
    assert_eq!(send("DELETE", &format!("/store?graph={g}"), "", ""), 204);
    assert_eq!(get(&s, &format!("/store?graph={g}"), "text/turtle").0, 404);
    assert_eq!(send("DELETE", &format!("/store?graph={g}"), "", ""), 404);
    assert_eq!(
        send(
            "PUT",
            &format!("/store?graph={g}"),
            "text/turtle",
            "not turtle <"
        ),
        400
    );
    assert_eq!(send("PUT", "/store?default", "text/turtle", ""), 400);
}

/// Limits: an answer over `--max-results` is refused (400, asking for a
/// LIMIT) while the same query with a LIMIT answers; a query over
/// `--timeout` gets 503 in about that time and is stopped (its worker
/// process ended), and the server goes on answering.
#[test]
fn answers_over_the_limits_are_refused_and_the_server_goes_on() {
    let s = serve_with(&["--max-results", "3", "--timeout", "1"]);
    let q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
    let (status, _, body) = query_get(&s, q, "text/csv");
    assert_eq!(status, 400);
    assert!(
        body.contains("over the server's --max-results of 3: add a LIMIT"),
        "{body}"
    );
    let (status, _, body) = query_get(&s, &format!("{q} LIMIT 3"), "text/csv");
    assert_eq!((status, body.lines().count()), (200, 4), "{body}");
    let t = Instant::now();
    let (status, _, body) = query_get(
        &s,
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }",
        "text/csv",
    );
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("--timeout of 1 s"), "{body}");
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    assert_eq!(get(&s, "/health", "*/*").0, 200);
    assert_eq!(query_get(&s, "ASK { ?e a eg:Protest }", "*/*").0, 200);
    // The query was stopped, not only answered: over the next second the
    // server and its workers use almost no processor time (the runaway
    // count would use a whole core: 100 ticks with `--workers 0`).
    let before = cpu_ticks_of_tree(s.child.id());
    std::thread::sleep(Duration::from_secs(1));
    let used = cpu_ticks_of_tree(s.child.id()) - before;
    assert!(used < 30, "{used} ticks of processor time in one second");
}

/// Processor time (user and system, in clock ticks) of a process and its
/// children, read from /proc.
fn cpu_ticks_of_tree(pid: u32) -> i64 {
    let stat = |p: &str| -> Option<(u32, u32, i64)> {
        let s = std::fs::read_to_string(format!("/proc/{p}/stat")).ok()?;
        // After the command in parentheses: state, ppid, ... utime (14th
        // field), stime (15th).
        let rest = &s[s.rfind(')')? + 2..];
        let f: Vec<&str> = rest.split(' ').collect();
        let me: u32 = p.parse().ok()?;
        Some((
            me,
            f[1].parse().ok()?,
            f[11].parse::<i64>().ok()? + f[12].parse::<i64>().ok()?,
        ))
    };
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| stat(e.file_name().to_str()?))
        .filter(|(me, parent, _)| *me == pid || *parent == pid)
        .map(|(_, _, ticks)| ticks)
        .sum()
}

/// A query worker killed from outside (the kernel's OOM killer, an
/// operator) is replaced before the next query is given to it: that query
/// is answered.
#[test]
fn a_killed_query_worker_is_replaced() {
    let s = serve_with(&["--workers", "1"]);
    let workers = || -> Vec<u32> {
        std::fs::read_dir("/proc")
            .unwrap()
            .flatten()
            .filter_map(|e| {
                let pid: u32 = e.file_name().to_str()?.parse().ok()?;
                let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
                let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
                let parent: u32 = stat[stat.rfind(')')? + 2..]
                    .split(' ')
                    .nth(1)?
                    .parse()
                    .ok()?;
                (parent == s.child.id() && cmd.windows(12).any(|w| w == b"serve-worker"))
                    .then_some(pid)
            })
            .collect()
    };
    let before = workers();
    assert_eq!(before.len(), 1, "{before:?}");
    let killed = Command::new("kill")
        .args(["-KILL", &before[0].to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(query_get(&s, "ASK { ?e a eg:Protest }", "*/*").0, 200);
    let after = workers();
    assert_eq!(after.len(), 1, "{after:?}");
    assert_ne!(after, before);
}
