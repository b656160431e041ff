//! `eventgraph serve`: the store over HTTP, on the paths oxigraph's server
//! uses. `/query` answers the SPARQL 1.1 Protocol (GET, form POST and
//! `application/sparql-query` POST) over the same merged default graph and
//! prefixes as `eventgraph query`, in the format the `Accept` header (or a
//! `format` parameter) asks for; `/store` gives graphs by the Graph Store
//! Protocol (`?graph=IRI`; `?default` the union of all graphs; nothing, the
//! whole dataset); `/health` says the server is up. The server is
//! read-only: updates and Graph Store writes are refused. Request handling
//! turns HTTP into a query and back; evaluation is the store's, rendering
//! is `output.rs`, shared with the CLI.

use crate::output::{self, ResultsOutput};
use crate::workers::Answer;
use eventgraph::formats;
use eventgraph::store::GraphStore;
use oxhttp::model::{header, Body, Method, Request, Response, StatusCode};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;
use oxigraph::sparql::QueryResults;
use std::io::Read;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The largest request body read (a query, a form).
const MAX_BODY: u64 = 1 << 20;

pub struct ServeOptions {
    pub bind: SocketAddr,
    /// Time allowed for a query, results written included.
    pub timeout: Duration,
    /// Connections served at once (each on its own thread).
    pub max_connections: usize,
    /// Answer cross-origin requests (`Access-Control-Allow-Origin: *`).
    pub cors: bool,
    /// Take updates at `/update` and Graph Store writes at `/store`.
    pub writable: bool,
    /// The most rows (or triples) a query may answer.
    pub max_results: usize,
    /// Worker processes for queries (a read-only server), else queries run
    /// on threads of this process.
    pub workers: Option<crate::workers::Pool>,
}

/// Serves `store` until the process is stopped (Ctrl-C or SIGTERM: in-flight
/// requests are read-only, so stopping loses nothing).
pub fn serve(store: GraphStore, options: ServeOptions) -> anyhow::Result<()> {
    let store = Arc::new(store);
    let pool = options.workers.map(Arc::new);
    let cors = options.cors;
    let timeout = options.timeout;
    let writable = options.writable;
    let limits = Limits {
        timeout,
        max_results: options.max_results,
    };
    let _ = ctrlc::set_handler(|| {
        eprintln!("serve: stopped");
        std::process::exit(0);
    });
    let server = oxhttp::Server::new(move |request| {
        let start = Instant::now();
        let mut response = handle(&store, pool.as_deref(), request, limits, writable);
        if cors {
            response.headers_mut().insert(
                header::ACCESS_CONTROL_ALLOW_ORIGIN,
                header::HeaderValue::from_static("*"),
            );
        }
        // One access log line a request.
        eprintln!(
            "{} {} {} {} {}ms",
            request.method(),
            request.uri().path(),
            response.status().as_u16(),
            response.body().len().unwrap_or(0),
            start.elapsed().as_millis()
        );
        response
    })
    .bind(options.bind)
    .with_server_name(concat!("eventgraph/", env!("CARGO_PKG_VERSION")))
    .map_err(|e| anyhow::anyhow!("invalid server name: {e}"))?
    .with_global_timeout(options.timeout + Duration::from_secs(30))
    .with_max_concurrent_connections(options.max_connections);
    let running = server
        .spawn()
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", options.bind))?;
    eprintln!(
        "serve: listening on http://{}/ (query: /query, graphs: /store, health: /health)",
        options.bind
    );
    running.join()?;
    Ok(())
}

/// What one query may take.
#[derive(Clone, Copy)]
struct Limits {
    timeout: Duration,
    max_results: usize,
}

fn handle(
    store: &Arc<GraphStore>,
    pool: Option<&crate::workers::Pool>,
    request: &mut Request<Body>,
    limits: Limits,
    writable: bool,
) -> Response<Body> {
    let path = request.uri().path().to_owned();
    match (path.as_str(), request.method()) {
        ("/health", &Method::GET | &Method::HEAD) => text(StatusCode::OK, "ok\n"),
        ("/", &Method::GET | &Method::HEAD) => with_type(
            StatusCode::OK,
            "text/html; charset=utf-8",
            front_page().into_bytes(),
        ),
        ("/assets/yasgui.min.js", &Method::GET | &Method::HEAD) => with_type(
            StatusCode::OK,
            "text/javascript; charset=utf-8",
            YASGUI_JS.to_vec(),
        ),
        ("/assets/yasgui.min.css", &Method::GET | &Method::HEAD) => with_type(
            StatusCode::OK,
            "text/css; charset=utf-8",
            YASGUI_CSS.to_vec(),
        ),
        ("/events", &Method::GET | &Method::HEAD) => events_page(store),
        ("/ontology", &Method::GET | &Method::HEAD) => {
            ontology(header_text(request, header::ACCEPT).as_deref())
        }
        ("/query", &Method::GET | &Method::POST) => match query_of(request) {
            Ok((query, format)) => {
                let accept = header_text(request, header::ACCEPT);
                match pool {
                    Some(pool) => answer_by_worker(pool, query, format, accept, limits),
                    None => answer(store, query, format, accept, limits),
                }
            }
            Err(response) => response,
        },
        ("/query", &Method::OPTIONS) | ("/store", &Method::OPTIONS) => {
            let mut r = text(StatusCode::NO_CONTENT, "");
            r.headers_mut().insert(
                header::ACCESS_CONTROL_ALLOW_METHODS,
                header::HeaderValue::from_static("GET, POST, OPTIONS"),
            );
            r.headers_mut().insert(
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                header::HeaderValue::from_static("Content-Type, Accept"),
            );
            r
        }
        ("/query", _) => not_allowed("GET, POST"),
        ("/store", &Method::GET | &Method::HEAD) => graph_store(store, request),
        (p, &Method::GET | &Method::HEAD)
            if p.starts_with("/resource/") || p.starts_with("/article/") =>
        {
            linked_data(store, p, header_text(request, header::ACCEPT).as_deref())
        }
        ("/update", &Method::POST) if writable => update(store, request),
        ("/store", &Method::PUT | &Method::POST | &Method::DELETE) if writable => {
            graph_write(store, request)
        }
        ("/store", _) | ("/update", _) => text(
            StatusCode::FORBIDDEN,
            "this server is read-only: the store changes through `eventgraph ingest` (stop the server first: the store has one writer)\n",
        ),
        _ => text(
            StatusCode::NOT_FOUND,
            "not found: the routes are /, /events, /query, /store, /resource/NAME, /article/NAME and /health\n",
        ),
    }
}

/// The query and the `format` parameter of a protocol request, or the
/// response that refuses it.
#[allow(clippy::result_large_err)]
fn query_of(request: &mut Request<Body>) -> Result<(String, Option<String>), Response<Body>> {
    let mut params = form(request.uri().query().unwrap_or(""));
    if request.method() == Method::POST {
        let content_type = header_text(request, header::CONTENT_TYPE).unwrap_or_default();
        let body = body_of(request, MAX_BODY)?;
        let Ok(body) = String::from_utf8(body) else {
            return Err(text(StatusCode::BAD_REQUEST, "the request is not UTF-8\n"));
        };
        let media = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match media.as_str() {
            "application/sparql-query" => params.push(("query".to_owned(), body)),
            "application/x-www-form-urlencoded" => params.extend(form(&body)),
            "application/sparql-update" => {
                return Err(text(StatusCode::FORBIDDEN, "this server is read-only: no updates\n"))
            }
            other => {
                return Err(text(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    &format!("content type {other:?}: send application/sparql-query or a form (application/x-www-form-urlencoded)\n"),
                ))
            }
        }
    }
    if params.iter().any(|(k, _)| k == "update") {
        return Err(text(
            StatusCode::FORBIDDEN,
            "this server is read-only: no updates\n",
        ));
    }
    let mut queries = params.iter().filter(|(k, _)| k == "query");
    let (Some((_, query)), None) = (queries.next(), queries.next()) else {
        return Err(text(
            StatusCode::BAD_REQUEST,
            "give exactly one query (the `query` parameter, or an application/sparql-query body)\n",
        ));
    };
    let format = params
        .iter()
        .find(|(k, _)| k == "format")
        .map(|(_, v)| v.clone());
    Ok((query.clone(), format))
}

/// Evaluates and renders a query, within `timeout`.
fn answer(
    store: &Arc<GraphStore>,
    query: String,
    format: Option<String>,
    accept: Option<String>,
    limits: Limits,
) -> Response<Body> {
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    let store = store.clone();
    let token = oxigraph::sparql::CancellationToken::new();
    let cancel = token.clone();
    // Evaluation on its own thread, so that a query over its time gets an
    // answer. It is then cancelled, which oxigraph honours only at some
    // steps: a join or a sort in memory runs on (measured: a cartesian
    // COUNT kept a core busy after its 503), as `query --max-time` found.
    std::thread::spawn(move || {
        let answer = evaluate(
            &store,
            &query,
            (format.as_deref(), accept.as_deref()),
            token,
            limits.max_results,
        );
        let _ = tx.send(answer);
    });
    match rx.recv_timeout(limits.timeout) {
        Ok(a) => with_type(a.status, &a.media, a.body),
        Err(_) => {
            cancel.cancel();
            text(
                StatusCode::SERVICE_UNAVAILABLE,
                &format!(
                    "the query ran over the server's --timeout of {} s\n",
                    limits.timeout.as_secs_f64()
                ),
            )
        }
    }
}

/// Asks a worker process, which is killed if it runs over its time.
fn answer_by_worker(
    pool: &crate::workers::Pool,
    query: String,
    format: Option<String>,
    accept: Option<String>,
    limits: Limits,
) -> Response<Body> {
    let request = crate::workers::Request {
        query,
        format,
        accept,
        max_results: limits.max_results,
    };
    match pool.answer(&request, limits.timeout) {
        Ok(a) => with_type(a.status, &a.media, a.body),
        Err(crate::workers::Failure::Timeout) => text(
            StatusCode::SERVICE_UNAVAILABLE,
            &format!(
                "the query ran over the server's --timeout of {} s and was stopped\n",
                limits.timeout.as_secs_f64()
            ),
        ),
        Err(crate::workers::Failure::Broken(why)) => {
            text(StatusCode::INTERNAL_SERVER_ERROR, &format!("{why}\n"))
        }
    }
}

/// Evaluates a query and renders it in the format asked for (a `format`
/// parameter, else by `Accept`).
pub(crate) fn evaluate(
    store: &GraphStore,
    query: &str,
    (format, accept): (Option<&str>, Option<&str>),
    token: oxigraph::sparql::CancellationToken,
    max_results: usize,
) -> Answer {
    let results = match store.query_cancellable(query, token) {
        Ok(r) => r,
        Err(e) => return Answer::text(StatusCode::BAD_REQUEST, &format!("{e}\n")),
    };
    let results = match within(results, max_results) {
        Ok(r) => r,
        Err(a) => return a,
    };
    let graph = matches!(results, QueryResults::Graph(_));
    let chosen = match format {
        Some(name) => ResultsOutput::parse(name).filter(|f| fits(*f, graph)),
        None => negotiate(accept, graph),
    };
    let Some(chosen) = chosen else {
        return Answer::text(
            StatusCode::NOT_ACCEPTABLE,
            if graph {
                "no acceptable format: CONSTRUCT and DESCRIBE answer in text/turtle, application/n-triples, application/ld+json, application/rdf+xml, application/n-quads or application/trig\n"
            } else {
                "no acceptable format: SELECT and ASK answer in application/sparql-results+json, application/sparql-results+xml, text/csv or text/tab-separated-values\n"
            },
        );
    };
    let mut body = Vec::new();
    if let Err(e) = output::write_results(results, Some(chosen), &mut body, false) {
        let m = format!("{e:#}");
        let m = if m.contains("service") && m.contains("not supported") {
            format!("{m} (this server does not send SERVICE requests to other endpoints)")
        } else {
            m
        };
        return Answer::text(StatusCode::BAD_REQUEST, &format!("{m}\n"));
    }
    let media = media_type(chosen);
    Answer {
        status: StatusCode::OK,
        media: media.into(),
        body,
    }
}

/// The results, held, when there are at most `max` rows or triples; else
/// an answer that says so (the client can add a LIMIT).
fn within(results: QueryResults<'static>, max: usize) -> Result<QueryResults<'static>, Answer> {
    let over = || {
        Answer::text(
            StatusCode::BAD_REQUEST,
            &format!("the answer is over the server's --max-results of {max}: add a LIMIT\n"),
        )
    };
    Ok(match results {
        QueryResults::Solutions(s) => {
            let vars: Arc<[oxigraph::sparql::Variable]> = s.variables().into();
            let rows: Vec<_> = s.take(max.saturating_add(1)).collect();
            if rows.len() > max {
                return Err(over());
            }
            QueryResults::Solutions(oxigraph::sparql::QuerySolutionIter::new(vars, rows))
        }
        QueryResults::Graph(t) => {
            let triples: Vec<_> = t.take(max.saturating_add(1)).collect();
            if triples.len() > max {
                return Err(over());
            }
            QueryResults::Graph(oxigraph::sparql::QueryTripleIter::new(triples.into_iter()))
        }
        b => b,
    })
}

/// The media type a results format is sent as.
fn media_type(format: ResultsOutput) -> &'static str {
    match format {
        ResultsOutput::Results(f) => f.media_type(),
        ResultsOutput::Rdf(f) => f.media_type(),
        ResultsOutput::Table => "text/plain",
    }
}

/// The path of an IRI's page on this server (`/resource/NAME` for the
/// store's entities, `/article/NAME` for article graphs), when we mint it.
fn page_of(store: &GraphStore, iri: &str) -> Option<String> {
    if let Some(local) = iri.strip_prefix(store.minter().base()) {
        Some(format!("/resource/{local}"))
    } else {
        iri.strip_prefix(eventgraph::vocab::EGA)
            .map(|local| format!("/article/{local}"))
    }
}

/// Whether results of this kind can be written in `format`.
fn fits(format: ResultsOutput, graph: bool) -> bool {
    matches!(
        (format, graph),
        (ResultsOutput::Rdf(_), true) | (ResultsOutput::Results(_), false)
    )
}

/// The format of the highest-weighted acceptable media type; the first of
/// ours for `*/*` or no `Accept`.
fn negotiate(accept: Option<&str>, graph: bool) -> Option<ResultsOutput> {
    let ours: Vec<ResultsOutput> = if graph {
        [
            RdfFormat::Turtle,
            RdfFormat::NTriples,
            RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
            RdfFormat::RdfXml,
            RdfFormat::NQuads,
            RdfFormat::TriG,
        ]
        .into_iter()
        .map(ResultsOutput::Rdf)
        .collect()
    } else {
        [
            QueryResultsFormat::Json,
            QueryResultsFormat::Xml,
            QueryResultsFormat::Csv,
            QueryResultsFormat::Tsv,
        ]
        .into_iter()
        .map(ResultsOutput::Results)
        .collect()
    };
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return ours.first().copied();
    };
    let mut best: Option<(f32, usize)> = None;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let range = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        let (kind, sub) = range.split_once('/').unwrap_or((range.as_str(), ""));
        for (i, f) in ours.iter().enumerate() {
            let m = media_type(*f).split(';').next().unwrap_or("").trim();
            let (mk, _) = m.split_once('/').unwrap_or((m, ""));
            let hit = range == m
                || (sub == "*" && (kind == "*" || kind == mk))
                // Clients that ask for JSON or XML for results mean SPARQL's.
                || (!graph && range == "application/json" && m.ends_with("+json"))
                || (!graph && range == "application/xml" && m.ends_with("+xml"));
            if hit && best.is_none_or(|(bq, bi)| q > bq || (q == bq && i < bi)) {
                best = Some((q, i));
            }
        }
    }
    best.map(|(_, i)| ours[i])
}

/// The Graph Store Protocol's GET: `?graph=IRI`, `?default` (the union of
/// all graphs, as queries see it), or nothing (the whole dataset, in a
/// quad format).
fn graph_store(store: &GraphStore, request: &Request<Body>) -> Response<Body> {
    let params = form(request.uri().query().unwrap_or(""));
    let graph = params
        .iter()
        .find(|(k, _)| k == "graph")
        .map(|(_, v)| v.clone());
    let default = params.iter().any(|(k, _)| k == "default");
    let accept = header_text(request, header::ACCEPT);
    let dataset = graph.is_none() && !default;
    let format = if dataset {
        let wanted = negotiate(accept.as_deref(), true);
        match wanted {
            Some(ResultsOutput::Rdf(f)) if f.supports_datasets() => Some(f),
            Some(_) if accept.is_none() => Some(RdfFormat::NQuads),
            _ => [RdfFormat::NQuads, RdfFormat::TriG].into_iter().find(|f| {
                accept
                    .as_deref()
                    .is_some_and(|a| a.contains(f.media_type()))
            }),
        }
    } else {
        match negotiate(accept.as_deref(), true) {
            Some(ResultsOutput::Rdf(f)) => Some(f),
            _ => None,
        }
    };
    let Some(format) = format else {
        return text(
            StatusCode::NOT_ACCEPTABLE,
            "no acceptable RDF format (text/turtle, application/n-triples, application/n-quads, application/trig, application/ld+json, application/rdf+xml)\n",
        );
    };
    let graph = match graph.map(|g| formats::expand_iri(&g).ok_or(g)) {
        Some(Ok(g)) => Some(g),
        Some(Err(g)) => {
            return text(
                StatusCode::BAD_REQUEST,
                &format!("graph {g:?} is not an IRI\n"),
            )
        }
        None => None,
    };
    if let Some(g) = &graph {
        match store.contains_graph(g) {
            Ok(true) => {}
            Ok(false) => {
                return text(
                    StatusCode::NOT_FOUND,
                    &format!("the store holds no graph <{g}>\n"),
                )
            }
            Err(e) => return text(StatusCode::INTERNAL_SERVER_ERROR, &format!("{e}\n")),
        }
    }
    let mut body = Vec::new();
    match store.export(format, graph.as_deref(), None, None, &mut body) {
        Ok(()) => with_type(StatusCode::OK, format.media_type(), body),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, &format!("{e}\n")),
    }
}

/// A page for every IRI we mint: `/resource/NAME` is the store's entity
/// `NAME` (under its base, `egr:` by default), `/article/NAME` the article
/// graph `ega:NAME`. Browsers (`Accept: text/html`) get HTML: the facts by
/// property, each with the article graph it was read from, our IRIs linked
/// to their pages here and the others (Wikidata, DBpedia, Wikipedia) out;
/// other clients get its triples, and those pointing at it, in the RDF
/// format they accept (Turtle by default).
fn linked_data(store: &GraphStore, path: &str, accept: Option<&str>) -> Response<Body> {
    let (base, name) = match path.strip_prefix("/resource/") {
        Some(name) => (store.minter().base().to_owned(), name),
        None => (
            eventgraph::vocab::EGA.to_owned(),
            path.strip_prefix("/article/").unwrap_or(""),
        ),
    };
    let iri = format!("{base}{name}");
    if !eventgraph::iri::is_valid(&iri) || name.is_empty() {
        return text(StatusCode::BAD_REQUEST, &format!("{iri:?} is not an IRI\n"));
    }
    let rows = |q: &str| -> Result<Vec<Vec<Option<oxigraph::model::Term>>>, String> {
        match store.query(q).map_err(|e| e.to_string())? {
            QueryResults::Solutions(s) => {
                let vars: Vec<_> = s.variables().to_vec();
                s.map(|r| {
                    r.map(|r| vars.iter().map(|v| r.get(v).cloned()).collect())
                        .map_err(|e| e.to_string())
                })
                .collect()
            }
            _ => Ok(Vec::new()),
        }
    };
    // Each fact with the graph it is in and, from its record in its
    // article's graph (a links graph's is the article it derives from),
    // the file, line and field it was read from.
    let out = rows(&format!(
        "SELECT ?p ?o ?g ?file ?line ?field WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }}
           OPTIONAL {{ GRAPH ?g {{ ?g prov:wasDerivedFrom ?a }} }}
           BIND(COALESCE(?a, ?g) AS ?rg)
           OPTIONAL {{ GRAPH ?rg {{ ?f rdf:subject <{iri}> ; rdf:predicate ?p ; rdf:object ?o ;
             eg:sourceLine ?line OPTIONAL {{ ?f eg:sourceField ?field }} ?rg eg:sourceFile ?file }} }}
         }} ORDER BY ?p ?o ?g ?line"
    ));
    let inc = rows(&format!(
        "SELECT DISTINCT ?s ?p WHERE {{ GRAPH ?g {{ ?s ?p <{iri}> }} }} ORDER BY ?p ?s LIMIT 500"
    ));
    let (Ok(out), Ok(inc)) = (out, inc) else {
        return text(StatusCode::INTERNAL_SERVER_ERROR, "cannot read the store\n");
    };
    if out.is_empty() && inc.is_empty() {
        return text(
            StatusCode::NOT_FOUND,
            &format!("the store says nothing of <{iri}>\n"),
        );
    }
    let subject = oxigraph::model::NamedNode::new_unchecked(iri.clone());
    if accept.is_some_and(|a| a.contains("text/html")) {
        return with_type(
            StatusCode::OK,
            "text/html; charset=utf-8",
            page(store, &subject, &out, &inc).into_bytes(),
        );
    }
    let Some(ResultsOutput::Rdf(format)) = negotiate(accept, true) else {
        return text(
            StatusCode::NOT_ACCEPTABLE,
            "no acceptable format (text/html or an RDF one)\n",
        );
    };
    let mut triples = Vec::new();
    for r in &out {
        if let (Some(oxigraph::model::Term::NamedNode(p)), Some(o)) = (&r[0], &r[1]) {
            triples.push(oxigraph::model::Triple::new(
                subject.clone(),
                p.clone(),
                o.clone(),
            ));
        }
    }
    for r in &inc {
        if let (
            Some(oxigraph::model::Term::NamedNode(s)),
            Some(oxigraph::model::Term::NamedNode(p)),
        ) = (&r[0], &r[1])
        {
            triples.push(oxigraph::model::Triple::new(
                s.clone(),
                p.clone(),
                subject.clone(),
            ));
        }
    }
    triples.sort_by_cached_key(ToString::to_string);
    triples.dedup();
    let mut body = Vec::new();
    let mut w = formats::rdf_serializer(format).for_writer(&mut body);
    for t in &triples {
        if w.serialize_triple(t).is_err() {
            return text(
                StatusCode::INTERNAL_SERVER_ERROR,
                "cannot write the triples\n",
            );
        }
    }
    if w.finish().is_err() {
        return text(
            StatusCode::INTERNAL_SERVER_ERROR,
            "cannot write the triples\n",
        );
    }
    with_type(StatusCode::OK, format.media_type(), body)
}

/// The HTML page of an IRI: its label, its facts by property with the
/// graph each came from (and the file, line and field its record names),
/// and what points at it.
fn page(
    store: &GraphStore,
    subject: &oxigraph::model::NamedNode,
    out: &[Vec<Option<oxigraph::model::Term>>],
    inc: &[Vec<Option<oxigraph::model::Term>>],
) -> String {
    use oxigraph::model::Term;
    let label = out
        .iter()
        .find(|r| matches!(&r[0], Some(Term::NamedNode(p)) if p.as_str() == eventgraph::vocab::RDFS_LABEL))
        .and_then(|r| match &r[1] {
            Some(Term::Literal(l)) => Some(l.value().to_owned()),
            _ => None,
        })
        .unwrap_or_else(|| output::short(&Term::NamedNode(subject.clone())));
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title>\n\
         <style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}}\
         table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}}\
         .g{{color:#777;font-size:.85em}}</style></head><body>\n<h1>{t}</h1>\n<p><code>{iri}</code> (Turtle, N-Triples, JSON-LD or RDF/XML by \
         <code>Accept</code>)</p>\n<table><tr><th>property</th><th>value</th><th>read from</th></tr>\n",
        t = esc(&label),
        iri = esc(subject.as_str()),
    );
    for r in out {
        let (Some(p), Some(o)) = (&r[0], &r[1]) else {
            continue;
        };
        let mut from = r[2].as_ref().map(|g| cell(store, g)).unwrap_or_default();
        // Where its record says it was read: `file.txt:5, field Date`.
        if let (Some(Term::Literal(file)), Some(Term::Literal(line))) = (&r[3], &r[4]) {
            from.push_str(&format!(" {}:{}", esc(file.value()), esc(line.value())));
            if let Some(Term::Literal(field)) = &r[5] {
                from.push_str(&format!(", field {}", esc(field.value())));
            }
        }
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td class=\"g\">{from}</td></tr>\n",
            cell(store, p),
            cell(store, o)
        ));
    }
    html.push_str("</table>\n");
    if !inc.is_empty() {
        html.push_str("<h2>Pointing here</h2>\n<table><tr><th>from</th><th>property</th></tr>\n");
        for r in inc {
            if let (Some(s), Some(p)) = (&r[0], &r[1]) {
                html.push_str(&format!(
                    "<tr><td>{}</td><td>{}</td></tr>\n",
                    cell(store, s),
                    cell(store, p)
                ));
            }
        }
        html.push_str("</table>\n");
    }
    html.push_str("</body></html>\n");
    html
}

/// A term in a page: our IRIs linked to their pages on this server, other
/// IRIs out, literals as text with their language or datatype.
fn cell(store: &GraphStore, term: &oxigraph::model::Term) -> String {
    use oxigraph::model::Term;
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            let href = page_of(store, iri).unwrap_or_else(|| iri.to_owned());
            format!(
                "<a href=\"{}\">{}</a>",
                esc(&href),
                esc(&output::short(term))
            )
        }
        Term::Literal(l) => {
            let note = match l.language() {
                Some(lang) => format!(" <span class=\"g\">@{}</span>", esc(lang)),
                None if l.datatype().as_str() != "http://www.w3.org/2001/XMLSchema#string" => {
                    let dt = Term::NamedNode(l.datatype().into_owned());
                    format!(" <span class=\"g\">{}</span>", esc(&output::short(&dt)))
                }
                None => String::new(),
            };
            format!("{}{note}", esc(l.value()))
        }
        other => esc(&other.to_string()),
    }
}

/// Text safe in HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// YASGUI's build from npm (`assets/yasgui/`, `scripts/fetch-yasgui`),
/// served from the binary: nothing loads from a CDN.
const YASGUI_JS: &[u8] = include_bytes!("../../../assets/yasgui/yasgui.min.js");
const YASGUI_CSS: &[u8] = include_bytes!("../../../assets/yasgui/yasgui.min.css");

/// The example queries of `examples/queries/`, by name.
const EXAMPLES: &[(&str, &str)] = &[
    (
        "events overview",
        include_str!("../../../examples/queries/events_overview.rq"),
    ),
    (
        "protests by country and year",
        include_str!("../../../examples/queries/protests_by_country_and_year.rq"),
    ),
    (
        "most fatalities",
        include_str!("../../../examples/queries/most_fatalities.rq"),
    ),
    (
        "elections with protests",
        include_str!("../../../examples/queries/elections_with_protests.rq"),
    ),
    (
        "caused by electoral fraud",
        include_str!("../../../examples/queries/caused_by_electoral_fraud.rq"),
    ),
    (
        "links by source",
        include_str!("../../../examples/queries/links_by_source.rq"),
    ),
];

/// The front page: YASGUI on `/query`, a tab per example query (with our
/// prefixes declared, so the editor knows them), and `?query=...` to open
/// a query and run it.
fn front_page() -> String {
    let prefixes: String = eventgraph::vocab::PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect();
    let examples: String = EXAMPLES
        .iter()
        .map(|(name, q)| format!("[{},{}]", json(name), json(&format!("{prefixes}{q}"))))
        .collect::<Vec<_>>()
        .join(",");
    let buttons: String = EXAMPLES
        .iter()
        .enumerate()
        .map(|(i, (name, _))| format!("<button onclick=\"example({i})\">{}</button> ", esc(name)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>eventgraph</title>\n\
<link rel=\"stylesheet\" href=\"/assets/yasgui.min.css\">\n\
<style>body{{font-family:sans-serif;margin:1em}}header p{{margin:.3em 0}}button{{margin:.1em}}</style>\n\
<script src=\"/assets/yasgui.min.js\"></script></head><body>\n\
<header><h1>eventgraph</h1><p>SPARQL over the events of this store (<code>/query</code>; \
the default graph is the union of all graphs) · <a href=\"/events\">the event table</a> · \
entities at <code>/resource/NAME</code></p><p>Examples: {buttons}</p></header>\n\
<div id=\"yasgui\"></div>\n<script>\n\
const examples = [{examples}];\n\
const prefixes = {prefixes_json};\n\
const yasgui = new Yasgui(document.getElementById('yasgui'), {{\n\
  requestConfig: {{ endpoint: '/query', method: 'POST' }},\n\
  copyEndpointOnNewTab: false, persistenceId: null,\n\
}});\n\
function open(name, query, run) {{\n\
  const tab = yasgui.addTab(true, {{ ...Yasgui.Tab.getDefaults(), name: name, requestConfig: {{ endpoint: '/query', method: 'POST' }} }});\n\
  tab.setQuery(query);\n\
  if (run) tab.query();\n\
}}\n\
function example(i) {{ open(examples[i][0], examples[i][1], true); }}\n\
const asked = new URLSearchParams(location.search).get('query');\n\
if (asked) open('query', asked.includes('PREFIX') ? asked : prefixes + asked, true);\n\
else if (yasgui.getTab().getQuery().trim().startsWith('PREFIX rdf:') === false) yasgui.getTab().setQuery(examples[0][1]);\n\
</script></body></html>\n",
        prefixes_json = json(&prefixes),
    )
}

/// The event table as a page: one row per event with an article, each
/// column sortable by a click, titles linked to the events' pages.
fn events_page(store: &GraphStore) -> Response<Body> {
    let rows = match eventgraph::events::event_table(store, eventgraph::events::Scope::Articles) {
        Ok(r) => r,
        Err(e) => return text(StatusCode::INTERNAL_SERVER_ERROR, &format!("{e}\n")),
    };
    let timeline = timeline(store, &rows);
    let shown = [
        "title",
        "type",
        "start",
        "end",
        "country",
        "places",
        "fatalities_min",
        "fatalities_max",
    ];
    let columns: Vec<usize> = shown
        .iter()
        .filter_map(|c| {
            eventgraph::events::COLUMNS
                .iter()
                .position(|(name, _)| name == c)
        })
        .collect();
    let mut html = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Events</title>\n\
<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}th{cursor:pointer;background:#f4f4f4}</style>\n\
</head><body><h1>Events</h1><p><a href=\"/\">query</a> · click a column to sort</p>\n",
    );
    html.push_str(&timeline);
    html.push_str("<table id=\"t\"><thead><tr>");
    for c in &columns {
        html.push_str(&format!(
            "<th>{}</th>",
            esc(eventgraph::events::COLUMNS[*c].0)
        ));
    }
    html.push_str("</tr></thead><tbody>\n");
    for row in &rows {
        let cells = row.cells();
        html.push_str("<tr>");
        for c in &columns {
            let value = cells[*c].text();
            if eventgraph::events::COLUMNS[*c].0 == "title" {
                let href = page_of(store, &row.event).unwrap_or_else(|| row.event.clone());
                html.push_str(&format!(
                    "<td><a href=\"{}\">{}</a></td>",
                    esc(&href),
                    esc(&value)
                ));
            } else {
                html.push_str(&format!("<td>{}</td>", esc(&value)));
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str(
        "</tbody></table>\n<script>\n\
document.querySelectorAll('#t th').forEach((th, i) => th.onclick = () => {\n\
  const body = document.querySelector('#t tbody');\n\
  const up = th.dataset.up !== 'true'; th.dataset.up = up;\n\
  const key = r => r.children[i].textContent;\n\
  const num = v => v !== '' && !isNaN(v);\n\
  [...body.rows].sort((a, b) => { const x = key(a), y = key(b);\n\
    const c = num(x) && num(y) ? x - y : x.localeCompare(y); return up ? c : -c; })\n\
    .forEach(r => body.appendChild(r));\n\
});\n</script></body></html>\n",
    );
    with_type(
        StatusCode::OK,
        "text/html; charset=utf-8",
        html.into_bytes(),
    )
}

/// The ontology (`eg:` terms, `https://w3id.org/eventgraph/ontology#...`):
/// its Turtle, or for a browser a page of it.
fn ontology(accept: Option<&str>) -> Response<Body> {
    const TTL: &str = include_str!("../../../ontology/eventgraph.ttl");
    if accept.is_some_and(|a| a.contains("text/html")) {
        let page = format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>eventgraph ontology</title></head>\
             <body><h1>eventgraph ontology</h1><p><code>https://w3id.org/eventgraph/ontology#</code> \
             (Turtle by <code>Accept: text/turtle</code>)</p><pre>{}</pre></body></html>\n",
            esc(TTL)
        );
        return with_type(
            StatusCode::OK,
            "text/html; charset=utf-8",
            page.into_bytes(),
        );
    }
    with_type(StatusCode::OK, "text/turtle", TTL.as_bytes().to_vec())
}

/// A timeline of the events with a start date: a bar a row from its start
/// year to its end year (or the start), its title beside it, linked.
fn timeline(store: &GraphStore, rows: &[eventgraph::events::EventRow]) -> String {
    let year = |d: &Option<String>| -> Option<i32> {
        let d = d.as_deref()?;
        let (sign, digits) = match d.strip_prefix('-') {
            Some(rest) => (-1, rest),
            None => (1, d),
        };
        Some(sign * digits.get(..4)?.parse::<i32>().ok()?)
    };
    let mut spans: Vec<(i32, i32, &eventgraph::events::EventRow)> = rows
        .iter()
        .filter_map(|r| {
            let start = year(&r.start)?;
            Some((start, year(&r.end).unwrap_or(start).max(start), r))
        })
        .collect();
    if spans.is_empty() {
        return String::new();
    }
    spans.sort_by(|a, b| (a.0, a.1, &a.2.title).cmp(&(b.0, b.1, &b.2.title)));
    let lo = spans.iter().map(|s| s.0).min().unwrap_or(0);
    let hi = spans.iter().map(|s| s.1).max().unwrap_or(0) + 1;
    let (width, bars, row) = (1000.0, 560.0, 16.0);
    let x = |y: i32| f64::from(y - lo) / f64::from((hi - lo).max(1)) * bars;
    let mut svg = format!(
        "<h2>Timeline</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{}\" font-size=\"11\" font-family=\"sans-serif\">\n\
         <text x=\"0\" y=\"11\">{lo}</text><text x=\"{bars}\" y=\"11\" text-anchor=\"end\">{hi}</text>\n",
        row * (spans.len() as f64 + 1.5)
    );
    for (i, (start, end, r)) in spans.iter().enumerate() {
        let y = row * (i as f64 + 1.0);
        let href = page_of(store, &r.event).unwrap_or_else(|| r.event.clone());
        let years = if r.title.contains(&start.to_string()) {
            String::new() // "Battle of Raqqa (2013)" says it already
        } else if end > start {
            format!(" ({start}–{end})")
        } else {
            format!(" ({start})")
        };
        svg.push_str(&format!(
            "<a href=\"{}\"><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#4a7ab5\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}{years}</text></a>\n",
            esc(&href),
            x(*start),
            y + 2.0,
            (x(*end + 1) - x(*start)).max(2.0),
            row - 4.0,
            bars + 8.0,
            y + row - 4.0,
            esc(&r.title),
        ));
    }
    svg.push_str("</svg>\n");
    svg
}

/// A JSON string (for a script in a page; `</` escaped so that it cannot
/// end the script).
fn json(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap_or_default()
        .replace("</", "<\\/")
}

/// The body of a request, at most `limit` bytes, or the response that
/// refuses it.
#[allow(clippy::result_large_err)]
fn body_of(request: &mut Request<Body>, limit: u64) -> Result<Vec<u8>, Response<Body>> {
    let mut body = Vec::new();
    if let Err(e) = request.body_mut().take(limit + 1).read_to_end(&mut body) {
        return Err(text(
            StatusCode::BAD_REQUEST,
            &format!("cannot read the request: {e}\n"),
        ));
    }
    if body.len() as u64 > limit {
        return Err(text(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("the request is over {limit} bytes\n"),
        ));
    }
    Ok(body)
}

/// `POST /update` (with `--writable`): a SPARQL 1.1 Update, as an
/// `application/sparql-update` body or a form's `update`.
fn update(store: &GraphStore, request: &mut Request<Body>) -> Response<Body> {
    let media = header_text(request, header::CONTENT_TYPE).unwrap_or_default();
    let media = media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let body = match body_of(request, MAX_BODY) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(r) => return r,
    };
    let sparql = match media.as_str() {
        "application/sparql-update" => body,
        "application/x-www-form-urlencoded" => {
            match form(&body).into_iter().find(|(k, _)| k == "update") {
                Some((_, u)) => u,
                None => return text(StatusCode::BAD_REQUEST, "the form has no `update`\n"),
            }
        }
        other => {
            return text(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                &format!("content type {other:?}: send application/sparql-update or a form\n"),
            )
        }
    };
    match store.update(&sparql) {
        Ok(()) => text(StatusCode::NO_CONTENT, ""),
        Err(e) => text(StatusCode::BAD_REQUEST, &format!("{e}\n")),
    }
}

/// Graph Store writes (with `--writable`) to `?graph=IRI`: PUT replaces the
/// graph, POST adds to it, DELETE removes it. An article's graph is
/// replaced or removed with its links graphs, as an ingest does.
fn graph_write(store: &GraphStore, request: &mut Request<Body>) -> Response<Body> {
    let params = form(request.uri().query().unwrap_or(""));
    let Some(graph) = params
        .iter()
        .find(|(k, _)| k == "graph")
        .map(|(_, v)| v.clone())
    else {
        return text(
            StatusCode::BAD_REQUEST,
            "give ?graph=IRI (the default graph is the union of all: it is not written)\n",
        );
    };
    let Some(graph) = formats::expand_iri(&graph) else {
        return text(
            StatusCode::BAD_REQUEST,
            &format!("graph {graph:?} is not an IRI\n"),
        );
    };
    let existed = match store.contains_graph(&graph) {
        Ok(b) => b,
        Err(e) => return text(StatusCode::INTERNAL_SERVER_ERROR, &format!("{e}\n")),
    };
    let method = request.method().clone();
    if method == Method::DELETE {
        if !existed {
            return text(
                StatusCode::NOT_FOUND,
                &format!("the store holds no graph <{graph}>\n"),
            );
        }
        let gone = eventgraph::rdf::replacement(graph, Vec::new());
        return match store.replace(&[gone]) {
            Ok(()) => text(StatusCode::NO_CONTENT, ""),
            Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, &format!("{e}\n")),
        };
    }
    let media = header_text(request, header::CONTENT_TYPE).unwrap_or_default();
    let Some(format) = RdfFormat::from_media_type(media.split(';').next().unwrap_or("").trim())
    else {
        return text(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            &format!("content type {media:?} is no RDF format\n"),
        );
    };
    let body = match body_of(request, 64 << 20) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let quads = match eventgraph::store::parse(format, "the request", &body, Some(&graph)) {
        Ok(q) => q,
        Err(e) => return text(StatusCode::BAD_REQUEST, &format!("{e}\n")),
    };
    let written = if method == Method::PUT {
        store.replace(&[eventgraph::rdf::replacement(graph, quads)])
    } else {
        store.insert(&quads)
    };
    match written {
        Ok(()) if existed => text(StatusCode::NO_CONTENT, ""),
        Ok(()) => text(StatusCode::CREATED, ""),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, &format!("{e}\n")),
    }
}

/// The pairs of an `application/x-www-form-urlencoded` text.
fn form(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                match (
                    bytes.get(i + 1).and_then(|&b| hex(b)),
                    bytes.get(i + 2).and_then(|&b| hex(b)),
                ) {
                    (Some(h), Some(l)) => {
                        out.push(h << 4 | l);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn header_text(request: &Request<Body>, name: header::HeaderName) -> Option<String> {
    request
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

fn with_type(status: StatusCode, media: &str, body: Vec<u8>) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, media)
        .body(Body::from(body))
        .expect("a valid response")
}

fn text(status: StatusCode, message: &str) -> Response<Body> {
    with_type(
        status,
        "text/plain; charset=utf-8",
        message.as_bytes().to_vec(),
    )
}

fn not_allowed(allow: &'static str) -> Response<Body> {
    let mut r = text(
        StatusCode::METHOD_NOT_ALLOWED,
        &format!("allowed: {allow}\n"),
    );
    r.headers_mut()
        .insert(header::ALLOW, header::HeaderValue::from_static(allow));
    r
}
