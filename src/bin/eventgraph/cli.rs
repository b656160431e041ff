//! The command line's shape: clap types only, no side effects. Each
//! subcommand's doc comment is its `--help` text.

use clap::{Parser, Subcommand, ValueEnum};
use eventgraph::vocab;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "eventgraph",
    version,
    about = "Turn encyclopedia articles about events into an RDF knowledge graph"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Args)]
pub struct StoreArgs {
    /// The store directory (RocksDB). Only `ingest` and `load` create it.
    #[arg(
        long,
        short = 'l',
        visible_alias = "location",
        env = "EVENTGRAPH_STORE",
        default_value = "./eventgraph.db"
    )]
    pub store: PathBuf,
    /// Namespace of minted entities.
    #[arg(long, default_value = vocab::EGR)]
    pub base: String,
}

#[derive(Subcommand)]
pub enum Command {
    /// Extract articles into the store, replacing each article's graph.
    ///
    /// Takes files and directories (every `.txt`, `.wiki`, `.wikitext`,
    /// `.xml` and `.xml.bz2` below them; other files are listed as skipped).
    /// MediaWiki XML dumps are streamed, with a progress line on a
    /// terminal; Ctrl-C stops cleanly, keeping all that was read. Prints a
    /// summary; exits with status 1 if any article failed, after ingesting
    /// all the others (130 if interrupted). Creates the store if needed.
    ///
    /// Example: eventgraph ingest --store ./eventgraph.db examples/articles/
    Ingest {
        #[command(flatten)]
        store: StoreArgs,
        /// Article files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print no diagnostics, only the summary.
        #[arg(long, short)]
        quiet: bool,
        /// Article format: auto (by extension and content), flat or wikitext.
        #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
        format: InputFormat,
        /// Threads extracting dump pages (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Also read these namespaces of dumps (articles, 0, always).
        #[arg(long = "namespace", value_name = "NS")]
        namespaces: Vec<i64>,
        /// Read infobox templates also by this mapping (the shape of
        /// ontology/mappings.json): its templates add to or replace ours.
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// Read only shard K of N of each multistream .bz2 dump: its
        /// bzip2 streams K-1, K-1+N, K-1+2N, ... (Wikipedia's hold 100 whole
        /// pages each). N runs, on one machine or N, each into its own
        /// store, together hold the graph of one run; article files are
        /// read by shard 1 alone.
        #[arg(long, value_name = "K/N", value_parser = eventgraph::article::bz2::Shard::parse)]
        shard: Option<eventgraph::article::bz2::Shard>,
        /// The dump's index file (`...-multistream-index.txt[.bz2]`): where
        /// its streams start, instead of scanning the dump for them.
        #[arg(long, requires = "shard")]
        index: Option<PathBuf>,
        /// After a complete run, remove the graphs of dump pages that the
        /// dumps given no longer hold (pages deleted since the last run).
        /// Article files are never removed.
        #[arg(long, conflicts_with = "shard")]
        prune: bool,
        /// Leave out the record of where each fact was read (the
        /// rdf:Statement nodes `explain` reads): over half the quads of a
        /// graph (60% of the corpus'); the facts are the same.
        #[arg(long)]
        no_provenance: bool,
    },
    /// Load RDF files into the store, as `oxigraph load` does.
    ///
    /// The format comes from each file's extension (.ttl, .nt, .nq, .trig,
    /// .rdf, .jsonld, .n3) unless --format names it (a name or a media
    /// type). Triples go to the default graph, or to --graph; quad formats
    /// keep their graphs. Each file is parsed whole before anything is
    /// written: a syntax error (named with its line and column) loads
    /// nothing of that file, and the other files still load. Creates the
    /// store if needed.
    ///
    /// Example: eventgraph load --graph https://example.org/extra extra.ttl
    Load {
        #[command(flatten)]
        store: StoreArgs,
        /// RDF files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The format of every file: turtle, ntriples, nquads, trig,
        /// rdfxml, jsonld, n3, or a media type (text/turtle ...).
        #[arg(long)]
        format: Option<String>,
        /// The named graph triples go to (an IRI or a prefixed name such
        /// as ega:X); the default graph if not given.
        #[arg(long)]
        graph: Option<String>,
    },
    /// Run a SPARQL query over the union of all graphs.
    ///
    /// The prefixes eg:, egr:, ega:, egp:, wd:, dbr:, gn:, rdf:, rdfs:,
    /// owl:, xsd:, foaf:, prov: and void: are predeclared. SELECT and ASK
    /// results are written as a table (the default), csv, tsv, json or xml;
    /// CONSTRUCT and DESCRIBE results in any RDF format (Turtle by
    /// default). With --output the format comes from the file's extension
    /// unless --format names it.
    ///
    /// Example: eventgraph query 'SELECT ?e ?d WHERE { ?e a eg:Protest ; eg:startDate ?d }'
    Query {
        #[command(flatten)]
        store: StoreArgs,
        /// The query text (or use --file).
        #[arg(required_unless_present = "file", conflicts_with = "file")]
        query: Option<String>,
        /// Read the query from a file.
        #[arg(long, short)]
        file: Option<PathBuf>,
        /// Results format: table, csv, tsv, json, xml for SELECT and ASK;
        /// turtle, ntriples, nquads, trig, rdfxml, jsonld, n3 for CONSTRUCT
        /// and DESCRIBE; media types are accepted too.
        #[arg(long)]
        format: Option<String>,
        /// Write the results to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Let SERVICE clauses reach remote SPARQL endpoints (off by
        /// default: no query reaches the network unless asked to).
        #[arg(long)]
        federate: bool,
        /// Seconds allowed for each SERVICE request.
        #[arg(long, default_value_t = 60.0, requires = "federate", value_parser = seconds)]
        timeout: f64,
        /// Stop the query once it has run this many seconds (writing its
        /// results included): an error, exit status 2; no limit by
        /// default.
        #[arg(long, value_parser = seconds)]
        max_time: Option<f64>,
        /// Stop the query once the process holds this many megabytes of
        /// memory (resident; looked at every 20 ms): an error, exit status
        /// 2; no limit by default.
        #[arg(long, value_parser = megabytes)]
        max_memory: Option<u64>,
    },
    /// The event table: one row per event with its own article.
    ///
    /// Columns, in this order: event, title, type, start, end,
    /// date_precision, ongoing, country, country_qid, places, fatalities,
    /// fatalities_min, fatalities_max, injuries, injuries_min,
    /// injuries_max, arrests, arrests_min, arrests_max, participants,
    /// participants_min, participants_max, causes, outcomes,
    /// related_election, wikipedia, wikidata, source_file, mentioned_only
    /// (README.md says what each holds). Several values in one cell are
    /// joined by " | " (JSON keeps them as arrays). csv loads in pandas
    /// (pd.read_csv) and R (read.csv) as it is; table prints one block per
    /// event, for reading on a terminal.
    ///
    /// Example: eventgraph events --format csv -o events.csv
    Events {
        #[command(flatten)]
        store: StoreArgs,
        /// table, csv, tsv or json. Default: from --output's extension,
        /// else table.
        #[arg(long, value_enum)]
        format: Option<EventsFormat>,
        /// Add the events only mentioned in articles, marked mentioned_only.
        #[arg(long)]
        all: bool,
        /// Write to this file instead of standard output (the format from
        /// its extension unless --format is given).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Check the store against SHACL shapes, like a linter.
    ///
    /// Each graph is checked on its own against ontology/shapes.ttl (or
    /// --shapes): events, figures, sides, statements, places, points,
    /// articles and the records of where facts were read. Prints a line per
    /// violation (graph, focus node, property, what is wrong, the value,
    /// the constraint and shape) and a summary; exits with status 1 if any.
    ///
    /// Example: eventgraph validate
    Validate {
        #[command(flatten)]
        store: StoreArgs,
        /// Shapes in Turtle (SHACL Core: targets by class; min/max count,
        /// datatype, or of datatypes, class, node kind, in, minInclusive,
        /// lessThanOrEquals).
        #[arg(long)]
        shapes: Option<PathBuf>,
    },
    /// Show where each fact of an event was read.
    ///
    /// Prints a line per fact of the event (and of its sides): the
    /// predicate, the value, `FILE:LINE` (for a dump page, the dump's file,
    /// the page and revision ids and the line of the page's text), the
    /// infobox field or section, and how it was read (infobox, title, lead,
    /// text, categories; for an entity, whether a wikilink, the gazetteer
    /// or a name read from the text named it). Exits with status 1 when the
    /// store holds no fact of the entity.
    ///
    /// Example: eventgraph explain "2003 Azerbaijani protests"
    Explain {
        #[command(flatten)]
        store: StoreArgs,
        /// The event: its IRI, egr:Local, or its title.
        entity: String,
    },
    /// Link entities to other datasets: by a link table, or by reconciling
    /// them against a SPARQL endpoint with Wikidata's data model.
    ///
    /// With --table, each row maps one of our entities (a title, egr:X or
    /// our IRI) to an external IRI (or a Wikidata Q identifier); the columns
    /// are found by their content unless named. Rows that match no entity
    /// are listed. With --endpoint, events, elections, people and places
    /// without a Wikidata link get candidates by label (batched VALUES
    /// queries), scored by label, type (wdt:P31/wdt:P279), country (wdt:P17)
    /// and dates (wdt:P580/P582/P585); the sure ones become owl:sameAs
    /// links, the near misses go to the review file. Answers are cached on
    /// disk. Either way the links go to a named graph of their own
    /// (https://w3id.org/eventgraph/links/table/NAME or .../endpoint/HOST),
    /// replaced whole by a re-run; a failure writes nothing.
    ///
    /// Example: eventgraph link --endpoint http://127.0.0.1:7878/query
    /// Example: eventgraph link --table examples/links/wikidata.csv
    Link(LinkArgs),
    /// Print the VoID description of the store (Turtle): triple, entity and
    /// class counts, and a void:Linkset per dataset the links reach.
    ///
    /// Example: eventgraph void
    Void {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Write the store (or one graph) as RDF, with the store's VoID
    /// description (in the graph https://w3id.org/eventgraph/void).
    ///
    /// Turtle, N-Triples and RDF/XML carry the union of all graphs; N-Quads,
    /// TriG and JSON-LD keep each article's named graph. With --output the
    /// format comes from the file's extension (.ttl, .nt, .nq, .trig, .rdf,
    /// .jsonld, .n3) unless --format names it.
    ///
    /// Example: eventgraph export -o graph.trig
    Export {
        #[command(flatten)]
        store: StoreArgs,
        /// turtle, ntriples, nquads, trig, rdfxml, jsonld or n3, or a
        /// media type (text/turtle, application/n-quads ...). Default:
        /// from --output's extension, else Turtle.
        #[arg(long)]
        format: Option<String>,
        /// Export only this named graph (an IRI or a prefixed name such as
        /// ega:2003_Azerbaijani_protests).
        #[arg(long)]
        graph: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Leave out the VoID description (for a shard's export, whose
        /// counts are the shard's, not those of the union).
        #[arg(long)]
        no_void: bool,
        /// Also speak another vocabulary: sem (the Simple Event Model),
        /// schema (schema.org) or dbo (the DBpedia ontology). Each triple
        /// whose class or property ontology/eventgraph.ttl aligns with a
        /// term of it gets that triple too (sem:Event,
        /// sem:hasBeginTimeStamp, sem:hasPlace, sem:hasActor;
        /// schema:startDate, schema:location; dbo:MilitaryConflict,
        /// dbo:combatant ...), in the same graph; ours stay.
        #[arg(long, value_parser = parse_profile)]
        profile: Option<eventgraph::align::Profile>,
    },
    /// Send the store's graphs (and its VoID description) to a remote
    /// triple store.
    ///
    /// With the SPARQL 1.1 Graph Store HTTP Protocol (the default), one
    /// `PUT URL?graph=IRI` per graph: pushing again replaces each graph,
    /// never doubles it. With --update, SPARQL 1.1 Update for stores
    /// without it: `DROP SILENT GRAPH` and `INSERT DATA`, several graphs a
    /// request. Failures that may pass are retried with a doubling pause; a
    /// graph that still fails stops the push, named, with exit status 1 (the
    /// graphs before it are in place, whole: push again to finish).
    ///
    /// Example: eventgraph push --endpoint http://127.0.0.1:7878/store
    /// (oxigraph), --endpoint http://127.0.0.1:8890/sparql-graph-crud
    /// (Virtuoso, once its SPARQL user may update)
    Push {
        #[command(flatten)]
        store: StoreArgs,
        /// The Graph Store endpoint (with --update: the update endpoint).
        #[arg(long)]
        endpoint: String,
        /// Use SPARQL 1.1 Update instead of the Graph Store Protocol.
        #[arg(long)]
        update: bool,
        /// A request header, `Name: value` (e.g. Authorization); repeatable.
        #[arg(long = "header", value_name = "HEADER")]
        headers: Vec<String>,
        /// Seconds allowed for each request.
        #[arg(long, default_value_t = 120.0, value_parser = seconds)]
        timeout: f64,
        /// Retries of a request that failed in a way that may pass.
        #[arg(long, default_value_t = 4)]
        retries: u32,
        /// With --update: the most kilobytes of one request.
        #[arg(long, default_value_t = 256)]
        batch_kb: usize,
        /// Print no progress line.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Serve the store over HTTP: the SPARQL 1.1 Protocol at /query, the
    /// Graph Store Protocol (read) at /store, /health.
    ///
    /// /query takes GET ?query=, a form POST or an application/sparql-query
    /// POST, over the same merged default graph and prefixes as `eventgraph
    /// query`, and answers in the format `Accept` (or ?format=) asks for:
    /// SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD, RDF/XML for
    /// CONSTRUCT and DESCRIBE. SERVICE is refused; so are updates and
    /// Graph Store writes unless --writable. Every minted IRI has a page
    /// (/resource/NAME, /article/NAME); / is a query page (YASGUI) and
    /// /events the event table. An ingest cannot run beside a server (the
    /// store has one writer): stop it to ingest. One access log line a
    /// request on standard error; Ctrl-C or SIGTERM stops it.
    ///
    /// Example: eventgraph serve --bind 127.0.0.1:7878
    Serve {
        #[command(flatten)]
        store: StoreArgs,
        /// Address and port to listen on (loopback unless told otherwise).
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: std::net::SocketAddr,
        /// Seconds allowed for a query; over it the answer is 503.
        #[arg(long, default_value_t = 60.0, value_parser = seconds)]
        timeout: f64,
        /// Connections served at once.
        #[arg(long, default_value_t = 64)]
        max_connections: usize,
        /// The most rows (or triples) one query may answer; over it the
        /// answer is 400, asking for a LIMIT.
        #[arg(long, default_value_t = 1_000_000)]
        max_results: usize,
        /// Allow cross-origin requests (Access-Control-Allow-Origin: *).
        #[arg(long)]
        cors: bool,
        /// Take SPARQL updates at /update and Graph Store writes (PUT,
        /// POST, DELETE ?graph=IRI) at /store; the store is then opened for
        /// writing, and no ingest can run beside the server.
        #[arg(long)]
        writable: bool,
        /// Worker processes that evaluate queries (a read-only server): a
        /// query over --timeout is stopped by ending its worker. 0 runs
        /// queries on threads of the server, where a query over its time
        /// is answered 503 but may run on (as with --writable). Default:
        /// the number of cores.
        #[arg(long)]
        workers: Option<usize>,
    },
    /// A query worker of `serve` (started by it): answers queries read
    /// from standard input until it ends.
    #[command(hide = true)]
    ServeWorker {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Extract one article and print its graph as Turtle, without a store.
    ///
    /// Diagnostics go to standard error.
    ///
    /// Example: eventgraph extract examples/articles/2003_Azerbaijani_protests.txt
    Extract {
        file: PathBuf,
        /// Article format: auto (by extension and content), flat or wikitext.
        #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
        format: InputFormat,
        /// Read infobox templates also by this mapping (see ingest --help).
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// Namespace of minted entities.
        #[arg(long, default_value = vocab::EGR)]
        base: String,
    },
    /// Report how well the dates, figures and places of articles are read.
    ///
    /// Reads the articles (no store) and prints, for each kind of value, how
    /// many were read and how many were left as text with a diagnostic.
    /// `--values` lists each value with its reading instead, tab-separated.
    ///
    /// Example: eventgraph stats ../shared/corpus/flat
    Stats {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// List every value: file, line, kind, key, value, reading.
        #[arg(long)]
        values: bool,
    },
    /// Write the gazetteer as a Wikidata-shaped graph (Turtle): the fixture
    /// of the reconciliation tests and of `link --evaluate`.
    #[command(hide = true)]
    WikidataFixture,
    /// Regenerate the bundled gazetteer tables from the corpus' linking tables
    /// (and its English summaries, `LINKING/../plain/`).
    #[command(hide = true)]
    BuildGazetteer { linking: PathBuf, out: PathBuf },
}

#[derive(clap::Args)]
pub struct LinkArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// A CSV or TSV link table.
    #[arg(
        long,
        required_unless_present = "endpoint",
        conflicts_with = "endpoint"
    )]
    pub table: Option<PathBuf>,
    /// The table's column of our entities (header name or 1-based number).
    #[arg(long, requires = "table")]
    pub subject_column: Option<String>,
    /// The table's column of external IRIs (header name or 1-based number).
    #[arg(long, requires = "table")]
    pub target_column: Option<String>,
    /// A SPARQL endpoint URL to reconcile against.
    #[arg(long)]
    pub endpoint: Option<String>,
    /// The least score of a link (0 to 1).
    #[arg(long, default_value_t = 0.85, value_parser = unit)]
    pub threshold: f64,
    /// No link when the best two candidates are closer than this.
    #[arg(long, default_value_t = 0.05, value_parser = unit)]
    pub margin: f64,
    /// Labels asked per query.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub batch: u64,
    /// Seconds allowed for one request.
    #[arg(long, default_value_t = 60.0, value_parser = seconds)]
    pub timeout: f64,
    /// Retries of a request that failed in a way that may pass.
    #[arg(long, default_value_t = 3)]
    pub retries: u32,
    /// The least milliseconds between two requests.
    #[arg(long, default_value_t = 100)]
    pub rate_limit_ms: u64,
    /// The largest answer accepted, in MB.
    #[arg(long, default_value_t = 32)]
    pub max_response_mb: u64,
    /// The directory of cached answers (default: ~/.cache/eventgraph/sparql).
    #[arg(long)]
    pub cache: Option<PathBuf>,
    /// Ask the endpoint again, whatever is cached.
    #[arg(long)]
    pub no_cache: bool,
    /// Where to write the near misses (TSV).
    #[arg(long, default_value = "link-review.tsv")]
    pub review: PathBuf,
    /// Also reconcile entities that already have a Wikidata link.
    #[arg(long)]
    pub all: bool,
    /// Measure precision and recall on the entities whose Wikidata item
    /// the gazetteer gives (countries, regions and cities found in the
    /// articles), writing no link.
    #[arg(long, requires = "endpoint")]
    pub evaluate: bool,
    /// No progress lines.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum InputFormat {
    Auto,
    Flat,
    Wikitext,
}

impl From<InputFormat> for eventgraph::ingest::Format {
    fn from(f: InputFormat) -> Self {
        use eventgraph::ingest::Format;
        match f {
            InputFormat::Auto => Format::Auto,
            InputFormat::Flat => Format::Flat,
            InputFormat::Wikitext => Format::Wikitext,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EventsFormat {
    Table,
    Csv,
    Tsv,
    Json,
}

/// A duration in seconds: a finite number above zero, at most a day.
fn seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 && x <= 86_400.0 => Ok(x),
        _ => Err(format!(
            "{s:?} is not a number of seconds above 0 and at most 86400"
        )),
    }
}

fn megabytes(s: &str) -> Result<u64, String> {
    match s.parse::<u64>() {
        Ok(x) if (16..=1 << 24).contains(&x) => Ok(x),
        _ => Err(format!(
            "{s:?} is not a whole number of megabytes from 16 to 16777216"
        )),
    }
}

/// A score from 0 to 1.
fn unit(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a number from 0 to 1")),
    }
}

fn parse_profile(name: &str) -> Result<eventgraph::align::Profile, String> {
    eventgraph::align::Profile::parse(name)
        .ok_or_else(|| format!("unknown profile {name:?}: give sem, schema or dbo"))
}
