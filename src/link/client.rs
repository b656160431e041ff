//! A SPARQL protocol client for reconciliation and `SERVICE`: queries sent
//! as GET (`?query=`) or, when long, as a form-encoded POST (some servers,
//! Virtuoso among them, never answer a direct `application/sparql-query`
//! POST), with a descriptive User-Agent, timeouts, a bound on the answer's
//! size, a pause between requests, retries with backoff, and a disk cache.

use oxigraph::model::Term;
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The User-Agent of every request: who we are and where to read about us.
pub const USER_AGENT: &str = concat!(
    "eventgraph/",
    env!("CARGO_PKG_VERSION"),
    " (https://w3id.org/eventgraph; reconciliation of event data)"
);

/// Queries longer than this go as a form-encoded POST.
const GET_LIMIT: usize = 2000;

/// How to talk to an endpoint.
#[derive(Clone, Debug)]
pub struct ClientOptions {
    /// Time allowed for one request, answer included.
    pub timeout: Duration,
    /// Retries after a failure that may pass (timeouts, refused or reset
    /// connections, 429 and 5xx answers).
    pub retries: u32,
    /// The first pause before a retry; doubled at each further one.
    pub backoff: Duration,
    /// The least time between two requests (a rate limit).
    pub min_interval: Duration,
    /// The largest answer accepted, in bytes.
    pub max_bytes: u64,
    /// Where answers are cached (by endpoint and query); none when `None`.
    pub cache: Option<PathBuf>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            timeout: Duration::from_secs(60),
            retries: 3,
            backoff: Duration::from_millis(500),
            min_interval: Duration::from_millis(100),
            max_bytes: 32 << 20,
            cache: None,
        }
    }
}

/// Why a SPARQL endpoint gave no answer, naming the endpoint.
#[derive(Debug, thiserror::Error)]
pub enum EndpointError {
    /// The endpoint's address is not an HTTP URL that is also an IRI.
    #[error("endpoint {0:?}: not an http:// or https:// URL (an IRI: no spaces, braces, bars or carets)")]
    NotHttp(String),
    /// The request failed and will not succeed if repeated.
    #[error("endpoint {url}: {message}")]
    Failed { url: String, message: String },
    /// The request failed each of `attempts` times.
    #[error("endpoint {url}: {message} (gave up after {attempts} attempts)")]
    GaveUp {
        url: String,
        message: String,
        attempts: u32,
    },
    /// The answer is not SPARQL JSON results.
    #[error("endpoint {url}: the answer is not valid SPARQL JSON results: {message}")]
    BadAnswer { url: String, message: String },
}

/// One solution: variable name → term.
pub type Row = HashMap<String, Term>;

/// A SPARQL endpoint.
pub struct Client {
    url: String,
    agent: ureq::Agent,
    options: ClientOptions,
    last: Mutex<Option<Instant>>,
}

/// What one attempt gave.
enum Attempt {
    Body(Vec<u8>),
    /// May pass on a retry; with the server's Retry-After, if any.
    Transient(String, Option<Duration>),
    Fatal(String),
}

impl Client {
    pub fn new(url: &str, options: ClientOptions) -> Result<Self, EndpointError> {
        // The URL also names the links graph and its `eg:endpoint`: it must
        // be an IRI, not only something an HTTP client accepts.
        if !(url.starts_with("http://") || url.starts_with("https://"))
            || !crate::iri::is_valid(url)
        {
            return Err(EndpointError::NotHttp(url.to_owned()));
        }
        let agent = agent(options.timeout);
        Ok(Client {
            url: url.to_owned(),
            agent,
            options,
            last: Mutex::new(None),
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Runs a SELECT query; every solution, or an error (never a part).
    pub fn select(&self, query: &str) -> Result<Vec<Row>, EndpointError> {
        let body = self.fetch(query)?;
        let parsed = parse_solutions(&body).map_err(|e| EndpointError::BadAnswer {
            url: self.url.clone(),
            message: e.to_string(),
        });
        if parsed.is_err() {
            self.uncache(query);
        }
        parsed
    }

    /// The raw JSON results of a query, from the cache or the endpoint.
    pub fn fetch(&self, query: &str) -> Result<Vec<u8>, EndpointError> {
        if let Some(body) = self.cached(query) {
            return Ok(body);
        }
        let mut pause = self.options.backoff;
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.wait_turn();
            match self.attempt(query) {
                Attempt::Body(body) => {
                    self.store_cache(query, &body);
                    return Ok(body);
                }
                Attempt::Fatal(e) => {
                    return Err(EndpointError::Failed {
                        url: self.url.clone(),
                        message: e,
                    })
                }
                Attempt::Transient(e, retry_after) => {
                    if attempt > self.options.retries {
                        return Err(EndpointError::GaveUp {
                            url: self.url.clone(),
                            message: e,
                            attempts: attempt,
                        });
                    }
                    std::thread::sleep(retry_after.unwrap_or(pause).min(Duration::from_secs(60)));
                    pause *= 2;
                }
            }
        }
    }

    fn attempt(&self, query: &str) -> Attempt {
        const ACCEPT: &str = "application/sparql-results+json";
        let result = if query.len() <= GET_LIMIT {
            self.agent
                .get(&self.url)
                .query("query", query)
                .header("Accept", ACCEPT)
                .call()
        } else {
            self.agent
                .post(&self.url)
                .header("Accept", ACCEPT)
                .send_form([("query", query)])
        };
        let mut response = match result {
            Ok(r) => r,
            Err(e) => return classify(e, self.options.timeout),
        };
        let status = response.status().as_u16();
        if status != 200 {
            let retry_after = response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse().ok())
                .map(Duration::from_secs);
            let text = response
                .body_mut()
                .with_config()
                .limit(2000)
                .read_to_string()
                .unwrap_or_default();
            let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let text: String = text.chars().take(300).collect();
            let message = format!("HTTP {status} {text}").trim_end().to_owned();
            return if status == 429 || status >= 500 {
                Attempt::Transient(message, retry_after)
            } else {
                Attempt::Fatal(message)
            };
        }
        match response
            .body_mut()
            .with_config()
            .limit(self.options.max_bytes)
            .read_to_vec()
        {
            Ok(body) => Attempt::Body(body),
            Err(ureq::Error::BodyExceedsLimit(n)) => Attempt::Fatal(format!(
                "the answer exceeds the limit of {} bytes (--max-response-mb): {n}",
                self.options.max_bytes
            )),
            Err(e) => classify(e, self.options.timeout),
        }
    }

    /// Keeps requests at least `min_interval` apart.
    fn wait_turn(&self) {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = *last {
            let since = t.elapsed();
            if since < self.options.min_interval {
                std::thread::sleep(self.options.min_interval - since);
            }
        }
        *last = Some(Instant::now());
    }

    fn cache_path(&self, query: &str) -> Option<PathBuf> {
        let dir = self.options.cache.as_ref()?;
        let key = crate::iri::fnv1a(format!("{}\n{query}", self.url).as_bytes());
        Some(dir.join(format!("{key:016x}.json")))
    }

    fn cached(&self, query: &str) -> Option<Vec<u8>> {
        std::fs::read(self.cache_path(query)?).ok()
    }

    fn uncache(&self, query: &str) {
        if let Some(p) = self.cache_path(query) {
            let _ = std::fs::remove_file(p);
        }
    }

    /// Writes an answer to the cache (through a temporary file, so that an
    /// interrupted write never leaves half an answer). A cache that cannot
    /// be written only costs a request next time.
    fn store_cache(&self, query: &str, body: &[u8]) {
        let Some(path) = self.cache_path(query) else {
            return;
        };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, body).is_ok() {
            let _ = std::fs::rename(&tmp, &path);
        }
    }
}

/// An HTTP agent with our User-Agent and `timeout` for each request, that
/// gives every status as a response (the caller tells errors apart).
pub fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .user_agent(USER_AGENT)
        .build()
        .into()
}

fn classify(e: ureq::Error, timeout: Duration) -> Attempt {
    match e {
        ureq::Error::Timeout(_) => {
            Attempt::Transient(format!("no answer within {timeout:?} (--timeout)"), None)
        }
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => {
                Attempt::Transient("connection refused".to_owned(), None)
            }
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                Attempt::Transient(format!("no answer within {timeout:?} (--timeout)"), None)
            }
            _ => Attempt::Transient(format!("connection failed: {io}"), None),
        },
        ureq::Error::ConnectionFailed => Attempt::Transient("connection failed".to_owned(), None),
        ureq::Error::HostNotFound => Attempt::Fatal("host not found".to_owned()),
        ureq::Error::BadUri(u) => Attempt::Fatal(format!("bad URL: {u}")),
        e => Attempt::Transient(e.to_string(), None),
    }
}

/// Parses SPARQL JSON results into rows.
pub fn parse_solutions(body: &[u8]) -> Result<Vec<Row>, String> {
    let parser = QueryResultsParser::from_format(QueryResultsFormat::Json);
    match parser.for_slice(body).map_err(|e| e.to_string())? {
        SliceQueryResultsParserOutput::Solutions(solutions) => rows(solutions),
        SliceQueryResultsParserOutput::Boolean(_) => Err("a boolean, not solutions".to_owned()),
    }
}

/// Solutions (of an endpoint's answer or of the local store) as rows.
pub fn rows<E: std::fmt::Display>(
    solutions: impl Iterator<Item = Result<oxigraph::sparql::QuerySolution, E>>,
) -> Result<Vec<Row>, String> {
    solutions
        .map(|s| {
            let s = s.map_err(|e| e.to_string())?;
            Ok(s.iter()
                .map(|(v, t)| (v.as_str().to_owned(), t.clone()))
                .collect())
        })
        .collect()
}

/// `SERVICE` for `query --federate`: each service IRI is an endpoint asked
/// through [`Client`], with the same timeouts, retries and limits.
pub struct FederatedServices {
    pub options: ClientOptions,
}

impl oxigraph::sparql::DefaultServiceHandler for FederatedServices {
    type Error = EndpointError;

    fn handle(
        &self,
        service_name: &oxigraph::model::NamedNode,
        pattern: &spargebra::algebra::GraphPattern,
        base_iri: Option<&oxiri::Iri<String>>,
    ) -> Result<oxigraph::sparql::QuerySolutionIter<'static>, EndpointError> {
        let query = spargebra::Query::Select {
            dataset: None,
            pattern: pattern.clone(),
            base_iri: base_iri.cloned(),
        }
        .to_string();
        let client = Client::new(service_name.as_str(), self.options.clone())?;
        let body = client.fetch(&query)?;
        let parser = QueryResultsParser::from_format(QueryResultsFormat::Json);
        let bad = |e: &dyn std::fmt::Display| EndpointError::BadAnswer {
            url: service_name.as_str().to_owned(),
            message: e.to_string(),
        };
        match parser.for_slice(&body).map_err(|e| bad(&e))? {
            SliceQueryResultsParserOutput::Solutions(solutions) => {
                let variables: std::sync::Arc<[oxigraph::sparql::Variable]> =
                    solutions.variables().into();
                let rows: Vec<_> = solutions
                    .map(|s| {
                        s.map_err(|e| {
                            oxigraph::sparql::QueryEvaluationError::Service(Box::new(bad(&e)))
                        })
                    })
                    .collect();
                Ok(oxigraph::sparql::QuerySolutionIter::new(variables, rows))
            }
            SliceQueryResultsParserOutput::Boolean(_) => Err(bad(&"a boolean")),
        }
    }
}
