//! Sending the store's graphs to a remote triple store: with the SPARQL 1.1
//! Graph Store HTTP Protocol, one `PUT ?graph=IRI` per graph (so a second
//! push replaces each graph, never doubles it), or, for stores without it,
//! with SPARQL 1.1 Update (`DROP SILENT GRAPH` then `INSERT DATA`, several
//! graphs a request). The VoID description goes as its own graph, as in an
//! export. Failures that may pass (no connection, timeouts, 429 and 5xx
//! answers) are retried with a doubling pause; a graph that still fails
//! stops the push and is named. Every request replaces whole graphs, so
//! the remote store is consistent graph by graph, and pushing again
//! finishes the work.

use crate::store::{GraphStore, StoreError};
use oxigraph::model::{GraphName, Quad};
use std::time::{Duration, Instant};

/// How graphs reach the remote store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    /// SPARQL 1.1 Graph Store HTTP Protocol: `PUT URL?graph=IRI`.
    GraphStore,
    /// SPARQL 1.1 Update: `POST URL` with `application/sparql-update`.
    Update,
}

/// How to push.
#[derive(Clone, Debug)]
pub struct PushOptions {
    pub protocol: Protocol,
    /// Extra request headers (`Authorization`, ...).
    pub headers: Vec<(String, String)>,
    /// Time allowed for one request.
    pub timeout: Duration,
    /// Retries after a failure that may pass.
    pub retries: u32,
    /// The first pause before a retry; doubled at each further one.
    pub backoff: Duration,
    /// Update: the most bytes of one request (graphs are not split).
    pub batch_bytes: usize,
}

impl Default for PushOptions {
    fn default() -> Self {
        PushOptions {
            protocol: Protocol::GraphStore,
            headers: Vec::new(),
            timeout: Duration::from_secs(120),
            retries: 4,
            backoff: Duration::from_millis(500),
            // Virtuoso 7 answers 500 to a 1 MiB update; 256 KiB pass.
            batch_bytes: 256 << 10,
        }
    }
}

/// What a push sent.
#[derive(Clone, Debug, Default)]
pub struct PushReport {
    pub graphs: u64,
    pub quads: u64,
    pub bytes: u64,
    pub requests: u64,
    pub retries: u64,
}

/// Why a push stopped.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("endpoint {0:?}: not an http:// or https:// URL that is an IRI")]
    NotHttp(String),
    #[error("{0}")]
    Store(#[from] StoreError),
    /// The remote store refused or never answered a request; the graphs
    /// before it are there, whole.
    #[error("endpoint {url}: graph {graph}: {message} ({pushed} graphs pushed before it; push again to finish)")]
    Graph {
        url: String,
        graph: String,
        message: String,
        pushed: u64,
    },
}

/// Sends every graph of `store` (and its VoID description) to `url`;
/// `progress` sees the report after every request.
pub fn push(
    store: &GraphStore,
    url: &str,
    options: &PushOptions,
    mut progress: impl FnMut(&PushReport),
) -> Result<PushReport, PushError> {
    if !(url.starts_with("http://") || url.starts_with("https://")) || !crate::iri::is_valid(url) {
        return Err(PushError::NotHttp(url.to_owned()));
    }
    let mut sender = Sender {
        agent: crate::link::client::agent(options.timeout),
        url,
        options,
        report: PushReport::default(),
        pending: String::new(),
        pending_graphs: Vec::new(),
        pending_quads: 0,
    };
    let void_graph = GraphName::NamedNode(oxigraph::model::NamedNode::new_unchecked(
        crate::iri::VOID_GRAPH,
    ));
    let void: Vec<Quad> = crate::void::describe(store)?
        .into_iter()
        .map(|t| t.in_graph(void_graph.clone()))
        .collect();
    let mut result = store.for_each_graph(|graph, quads| {
        if graph == void_graph {
            return Ok(()); // replaced by the description of now
        }
        sender.graph(graph, quads)?;
        progress(&sender.report);
        Ok(())
    });
    if result.is_ok() {
        result = sender
            .graph(void_graph, &void)
            .and_then(|()| sender.flush());
        progress(&sender.report);
    }
    result.map(|()| sender.report)
}

struct Sender<'a> {
    agent: ureq::Agent,
    url: &'a str,
    options: &'a PushOptions,
    report: PushReport,
    /// Update: the request being gathered, the graphs in it and their
    /// quads.
    pending: String,
    pending_graphs: Vec<String>,
    pending_quads: u64,
}

/// What one request gave.
enum Outcome {
    Done,
    /// May pass on a retry.
    Transient(String),
    Fatal(String),
}

impl Sender<'_> {
    fn graph(&mut self, graph: GraphName, quads: &[Quad]) -> Result<(), PushError> {
        let mut body = String::new();
        for q in quads {
            body.push_str(&oxigraph::model::TripleRef::from(q.as_ref()).to_string());
            body.push_str(" .\n");
        }
        let name = match &graph {
            GraphName::NamedNode(n) => format!("<{}>", n.as_str()),
            GraphName::BlankNode(b) => b.to_string(),
            GraphName::DefaultGraph => "the default graph".to_owned(),
        };
        match self.options.protocol {
            Protocol::GraphStore => {
                let len = body.len();
                let target = graph_url(self.url, &graph);
                let headers = &self.options.headers;
                send(
                    &self.agent,
                    self.options,
                    self.url,
                    &mut self.report,
                    &name,
                    |agent| {
                        let mut request = agent.put(&target);
                        for (k, v) in headers {
                            request = request.header(k, v);
                        }
                        request
                            .header("Content-Type", "text/turtle")
                            .send(body.as_bytes())
                    },
                )?;
                self.report.bytes += len as u64;
                self.report.graphs += 1;
                self.report.quads += quads.len() as u64;
            }
            Protocol::Update => {
                let update = match &graph {
                    GraphName::DefaultGraph => format!("DROP SILENT DEFAULT ;\nINSERT DATA {{\n{body}}} ;\n"),
                    _ => format!(
                        "DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}}} }} ;\n"
                    ),
                };
                if !self.pending.is_empty()
                    && self.pending.len() + update.len() > self.options.batch_bytes
                {
                    self.flush()?;
                }
                self.pending.push_str(&update);
                self.pending_graphs.push(name);
                self.pending_quads += quads.len() as u64;
            }
        }
        Ok(())
    }

    /// Sends the gathered updates.
    fn flush(&mut self) -> Result<(), PushError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let body = std::mem::take(&mut self.pending);
        let graphs = std::mem::take(&mut self.pending_graphs);
        let name = match graphs.as_slice() {
            [one] => one.clone(),
            [first, .., last] => {
                format!("{first} .. {last} ({} graphs in one update)", graphs.len())
            }
            [] => String::new(),
        };
        let (url, headers) = (self.url, &self.options.headers);
        send(
            &self.agent,
            self.options,
            url,
            &mut self.report,
            &name,
            |agent| {
                let mut request = agent.post(url);
                for (k, v) in headers {
                    request = request.header(k, v);
                }
                request
                    .header("Content-Type", "application/sparql-update")
                    .send(body.as_bytes())
            },
        )?;
        self.report.bytes += body.len() as u64;
        self.report.graphs += graphs.len() as u64;
        self.report.quads += std::mem::take(&mut self.pending_quads);
        Ok(())
    }
}

/// One request for `graph`, retried while it may pass.
fn send(
    agent: &ureq::Agent,
    options: &PushOptions,
    url: &str,
    report: &mut PushReport,
    graph: &str,
    request: impl Fn(&ureq::Agent) -> Result<ureq::http::Response<ureq::Body>, ureq::Error>,
) -> Result<(), PushError> {
    let mut pause = options.backoff;
    let mut attempt = 0;
    loop {
        attempt += 1;
        report.requests += 1;
        let outcome = match request(agent) {
            Ok(mut response) => {
                let status = response.status().as_u16();
                if (200..300).contains(&status) {
                    Outcome::Done
                } else {
                    let text = response
                        .body_mut()
                        .with_config()
                        .limit(4000)
                        .read_to_string()
                        .unwrap_or_default();
                    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let text: String = text.chars().take(300).collect();
                    let message = format!("HTTP {status} {text}").trim_end().to_owned();
                    if status == 429 || status >= 500 {
                        Outcome::Transient(message)
                    } else {
                        Outcome::Fatal(message)
                    }
                }
            }
            Err(ureq::Error::HostNotFound) => Outcome::Fatal("host not found".to_owned()),
            Err(ureq::Error::BadUri(u)) => Outcome::Fatal(format!("bad URL: {u}")),
            Err(e) => Outcome::Transient(e.to_string()),
        };
        let message = match outcome {
            Outcome::Done => return Ok(()),
            Outcome::Transient(_) if attempt <= options.retries => {
                report.retries += 1;
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_secs(30));
                continue;
            }
            Outcome::Transient(m) => format!("{m} (gave up after {attempt} attempts)"),
            Outcome::Fatal(m) => m,
        };
        return Err(PushError::Graph {
            url: url.to_owned(),
            graph: graph.to_owned(),
            message,
            pushed: report.graphs,
        });
    }
}

/// `url?graph=IRI` (percent-encoded), or `url?default`.
fn graph_url(url: &str, graph: &GraphName) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    match graph {
        GraphName::NamedNode(n) => format!("{url}{sep}graph={}", encode(n.as_str())),
        _ => format!("{url}{sep}default"),
    }
}

/// Percent-encodes everything but unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Time since `start`, for progress lines.
pub fn rate(report: &PushReport, start: Instant) -> String {
    let secs = start.elapsed().as_secs_f64().max(1e-3);
    format!(
        "graphs {}  quads {}  ({:.0} quads/s)  requests {}  retries {}",
        report.graphs,
        report.quads,
        report.quads as f64 / secs,
        report.requests,
        report.retries
    )
}
