//! Load for SPARQL servers: CLIENTS threads send a mix of queries over
//! keep-alive connections until REQUESTS have been answered, then print
//! throughput, latency percentiles, errors, and a digest of the answers (so
//! that two servers can be shown to answer the same).
//!
//!     cargo run --example bench_serve -- URL CLIENTS REQUESTS
//!
//! The queries carry their own prefixes and ask only for what reads the
//! same on a server whose default graph is the union of the graphs
//! (`eventgraph serve`, `oxigraph serve-read-only --union-default-graph`):
//! point lookups, joins, a GROUP BY and the event table's core.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PREFIXES: &str = "PREFIX eg: <https://w3id.org/eventgraph/ontology#>\n\
PREFIX egr: <https://w3id.org/eventgraph/resource/>\n\
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

const QUERIES: &[(&str, &str)] = &[
    (
        "point lookup",
        "SELECT DISTINCT ?p ?o WHERE { egr:2003_Azerbaijani_protests ?p ?o } ORDER BY ?p ?o",
    ),
    (
        "join",
        "SELECT DISTINCT ?e ?c ?l WHERE { ?e a eg:Protest ; eg:country ?c . ?c rdfs:label ?l } ORDER BY ?e ?c ?l",
    ),
    (
        "group by",
        "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type . ?e eg:startDate ?d } GROUP BY ?type ORDER BY ?type",
    ),
    (
        "event table",
        "SELECT DISTINCT ?e ?label ?start ?end WHERE { ?e a eg:Event ; rdfs:label ?label . OPTIONAL { ?e eg:startDate ?start } OPTIONAL { ?e eg:endDate ?end } } ORDER BY ?e ?label ?start ?end",
    ),
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, url, clients, requests] = &args[..] else {
        eprintln!("usage: bench_serve URL CLIENTS REQUESTS");
        std::process::exit(2);
    };
    let clients: usize = clients.parse().expect("CLIENTS");
    let total: usize = requests.parse().expect("REQUESTS");
    let next = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(AtomicUsize::new(0));
    let latencies = Arc::new(Mutex::new(Vec::with_capacity(total)));
    // The answer of each query, as first seen; a different one later is an
    // error.
    let answers: Arc<Mutex<Vec<Option<String>>>> = Arc::new(Mutex::new(vec![None; QUERIES.len()]));
    let start = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|_| {
            let (url, next, errors, latencies, answers) = (
                url.clone(),
                next.clone(),
                errors.clone(),
                latencies.clone(),
                answers.clone(),
            );
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .timeout_global(Some(Duration::from_secs(60)))
                    .http_status_as_error(false)
                    .build()
                    .into();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        return;
                    }
                    let k = i % QUERIES.len();
                    let query = format!("{PREFIXES}{}", QUERIES[k].1);
                    let t = Instant::now();
                    let answer = agent
                        .post(&url)
                        .header("Accept", "text/csv")
                        .send_form([("query", query.as_str())])
                        .ok()
                        .filter(|r| r.status() == 200)
                        .and_then(|mut r| r.body_mut().read_to_string().ok());
                    let elapsed = t.elapsed();
                    match answer {
                        Some(body) => {
                            let body = body.replace("\r\n", "\n");
                            let mut seen = answers.lock().unwrap();
                            match &seen[k] {
                                Some(first) if *first != body => {
                                    errors.fetch_add(1, Ordering::Relaxed);
                                }
                                Some(_) => {}
                                None => seen[k] = Some(body),
                            }
                        }
                        None => {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    latencies.lock().unwrap().push(elapsed);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let secs = start.elapsed().as_secs_f64();
    let mut l = latencies.lock().unwrap().clone();
    l.sort();
    let pct = |p: f64| l[((l.len() as f64 * p) as usize).min(l.len() - 1)].as_secs_f64() * 1000.0;
    let digest: u64 = answers
        .lock()
        .unwrap()
        .iter()
        .map(|a| fnv(a.as_deref().unwrap_or("")))
        .fold(0, |d, h| d.rotate_left(7) ^ h);
    println!(
        "{url}: {total} requests, {clients} clients: {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms, errors {}, answers {digest:016x}",
        total as f64 / secs,
        pct(0.5),
        pct(0.99),
        errors.load(Ordering::Relaxed)
    );
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
