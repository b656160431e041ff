//! The `eventgraph` command line.

use clap::{Parser, Subcommand, ValueEnum};
use eventgraph::extract::mapping::Mappings;
use eventgraph::iri::Minter;
use eventgraph::link::client::{ClientOptions, FederatedServices};
use eventgraph::store::{rdf_format, GraphStore, QueryResultsFormat};
use eventgraph::{link, pipeline, rdf, vocab};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::QueryResults;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "eventgraph",
    version,
    about = "Turn encyclopedia articles about events into an RDF knowledge graph"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct StoreArgs {
    /// The store directory (RocksDB); created when missing.
    #[arg(long, env = "EVENTGRAPH_STORE", default_value = "./eventgraph.db")]
    store: PathBuf,
    /// Namespace of minted entities.
    #[arg(long, default_value = vocab::EGR)]
    base: String,
}

#[derive(Subcommand)]
enum Command {
    /// Extract articles into the store, replacing each article's graph.
    ///
    /// Takes files and directories (every `.txt`, `.wiki`, `.wikitext`,
    /// `.xml` and `.xml.bz2` below them). MediaWiki XML dumps are streamed,
    /// with a progress line on a terminal; Ctrl-C stops cleanly, keeping all
    /// that was read. Prints a summary; exits with status 1 if any article
    /// failed, after ingesting all the others (130 if interrupted).
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
    },
    /// Run a SPARQL query over the union of all article graphs.
    ///
    /// The prefixes eg:, egr:, ega:, wd:, dbr:, gn:, rdf:, rdfs:, owl:, xsd:,
    /// foaf: and prov: are predeclared. SELECT and ASK results are written in
    /// the chosen format; CONSTRUCT and DESCRIBE as Turtle.
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
        /// Output format of SELECT and ASK results.
        #[arg(long, value_enum, default_value_t = ResultFormat::Table)]
        format: ResultFormat,
        /// Let SERVICE clauses reach remote SPARQL endpoints (off by
        /// default: no query reaches the network unless asked to).
        #[arg(long)]
        federate: bool,
        /// Seconds allowed for each SERVICE request.
        #[arg(long, default_value_t = 60.0, requires = "federate")]
        timeout: f64,
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
    /// Example: eventgraph link --table wikidata-export.csv
    Link {
        #[command(flatten)]
        store: StoreArgs,
        /// A CSV or TSV link table.
        #[arg(
            long,
            required_unless_present = "endpoint",
            conflicts_with = "endpoint"
        )]
        table: Option<PathBuf>,
        /// The table's column of our entities (header name or 1-based number).
        #[arg(long, requires = "table")]
        subject_column: Option<String>,
        /// The table's column of external IRIs (header name or 1-based number).
        #[arg(long, requires = "table")]
        target_column: Option<String>,
        /// A SPARQL endpoint URL to reconcile against.
        #[arg(long)]
        endpoint: Option<String>,
        /// The least score of a link (0 to 1).
        #[arg(long, default_value_t = 0.85)]
        threshold: f64,
        /// No link when the best two candidates are closer than this.
        #[arg(long, default_value_t = 0.05)]
        margin: f64,
        /// Labels asked per query.
        #[arg(long, default_value_t = 50)]
        batch: usize,
        /// Seconds allowed for one request.
        #[arg(long, default_value_t = 60.0)]
        timeout: f64,
        /// Retries of a request that failed in a way that may pass.
        #[arg(long, default_value_t = 3)]
        retries: u32,
        /// The least milliseconds between two requests.
        #[arg(long, default_value_t = 100)]
        rate_limit_ms: u64,
        /// The largest answer accepted, in MB.
        #[arg(long, default_value_t = 32)]
        max_response_mb: u64,
        /// The directory of cached answers (default: ~/.cache/eventgraph/sparql).
        #[arg(long)]
        cache: Option<PathBuf>,
        /// Ask the endpoint again, whatever is cached.
        #[arg(long)]
        no_cache: bool,
        /// Where to write the near misses (TSV).
        #[arg(long, default_value = "link-review.tsv")]
        review: PathBuf,
        /// Also reconcile entities that already have a Wikidata link.
        #[arg(long)]
        all: bool,
        /// Measure precision and recall on the entities whose Wikidata item
        /// the gazetteer gives (countries, regions and cities found in the
        /// articles), writing no link.
        #[arg(long, requires = "endpoint")]
        evaluate: bool,
        /// No progress lines.
        #[arg(long, short)]
        quiet: bool,
    },
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
    /// TriG and JSON-LD keep each article's named graph.
    ///
    /// Example: eventgraph export --format trig -o graph.trig
    Export {
        #[command(flatten)]
        store: StoreArgs,
        /// turtle, ntriples, nquads, trig, rdfxml, jsonld or n3.
        #[arg(long, default_value = "turtle")]
        format: String,
        /// Export only this named graph (an article IRI).
        #[arg(long)]
        graph: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
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
    /// `--values` lists every value with its reading instead, tab-separated.
    ///
    /// Example: eventgraph stats ../shared/corpus/flat
    Stats {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// List every value: file, line, kind, key, value, reading.
        #[arg(long)]
        values: bool,
    },
    /// Measure the stages of reading a dump: decompression alone, XML pages,
    /// the event filter, and wikitext parsing with extraction of the pages
    /// it keeps. Prints MB/s of XML for each (see BENCHMARKS.md).
    #[command(hide = true)]
    BenchDump { file: PathBuf },
    /// Write the gazetteer as a Wikidata-shaped graph (Turtle): the fixture
    /// of the reconciliation tests and of `link --evaluate`.
    #[command(hide = true)]
    WikidataFixture,
    /// Regenerate the bundled gazetteer tables from the corpus' linking tables.
    #[command(hide = true)]
    BuildGazetteer { linking: PathBuf, out: PathBuf },
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormat {
    Auto,
    Flat,
    Wikitext,
}

impl From<InputFormat> for pipeline::Format {
    fn from(f: InputFormat) -> Self {
        match f {
            InputFormat::Auto => pipeline::Format::Auto,
            InputFormat::Flat => pipeline::Format::Flat,
            InputFormat::Wikitext => pipeline::Format::Wikitext,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ResultFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        // `eventgraph export | head`: the reader left, nothing failed.
        Err(e) if broken_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let pipe = Some(io::ErrorKind::BrokenPipe);
    e.downcast_ref::<io::Error>().map(io::Error::kind) == pipe
        || e.downcast_ref::<eventgraph::store::StoreError>()
            .and_then(|s| s.io_kind)
            == pipe
}

/// `$XDG_CACHE_HOME/eventgraph/sparql`, or `~/.cache/eventgraph/sparql`.
fn default_cache() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("eventgraph").join("sparql"))
}

fn open(args: &StoreArgs) -> Result<GraphStore> {
    Ok(GraphStore::open(
        &args.store,
        Minter::with_base(&args.base)?,
    )?)
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest {
            store,
            paths,
            quiet,
            format,
            threads,
            namespaces,
            mapping,
        } => {
            let s = open(&store)?;
            static STOP: AtomicBool = AtomicBool::new(false);
            // A second Ctrl-C ends the process at once; the store stays
            // consistent either way (each batch is one transaction).
            let _ = ctrlc::set_handler(|| {
                if STOP.swap(true, Ordering::SeqCst) {
                    std::process::exit(130);
                }
                eprintln!("\ninterrupted: finishing the current batch...");
            });
            let mut options = pipeline::IngestOptions {
                format: format.into(),
                ..Default::default()
            };
            if let Some(t) = threads {
                options.dump.workers = t.max(1);
            }
            options.dump.namespaces.extend(namespaces);
            if let Some(path) = mapping {
                options.dump.mapping = std::sync::Arc::new(Mappings::with_file(&path)?);
            }
            options.dump.progress = io::stderr().is_terminal();
            let summary = pipeline::ingest(&s, &paths, &options, &STOP, |d: &str| {
                if !quiet || d.starts_with("error") {
                    eprintln!("{d}");
                }
            });
            s.flush()?;
            summary.print(&s, &mut io::stdout().lock())?;
            Ok(if summary.interrupted {
                ExitCode::from(130)
            } else if summary.failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Query {
            store,
            query,
            file,
            format,
            federate,
            timeout,
        } => {
            let text = match (query, file) {
                (Some(q), _) => q,
                (None, Some(f)) => {
                    std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?
                }
                (None, None) => unreachable!("clap requires one"),
            };
            let s = open(&store)?;
            let services = federate.then(|| FederatedServices {
                options: ClientOptions {
                    timeout: Duration::from_secs_f64(timeout),
                    retries: 1,
                    ..Default::default()
                },
            });
            // SERVICE fails when its solutions are read, not when parsed.
            let done = s
                .query_with(&text, services)
                .map_err(Into::into)
                .and_then(|results| print_results(results, format));
            if let Err(e) = done {
                let m = e.to_string();
                if !federate && m.contains("service") && m.contains("not supported") {
                    return Err(format!(
                        "{m} (SERVICE reaches remote endpoints only with --federate)"
                    )
                    .into());
                }
                return Err(e);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Link {
            store,
            table,
            subject_column,
            target_column,
            endpoint,
            threshold,
            margin,
            batch,
            timeout,
            retries,
            rate_limit_ms,
            max_response_mb,
            cache,
            no_cache,
            review,
            all,
            evaluate,
            quiet,
        } => {
            let s = open(&store)?;
            if let Some(path) = table {
                let columns = link::table::Columns {
                    subject: subject_column,
                    target: target_column,
                };
                let r = link::table::link_table(&s, &path, &columns)?;
                let mut out = io::stdout().lock();
                for x in &r.invalid {
                    writeln!(
                        out,
                        "{}:{}: invalid row: {}: {:?}",
                        path.display(),
                        x.line,
                        x.why,
                        x.value
                    )?;
                }
                for x in &r.unmatched {
                    writeln!(
                        out,
                        "{}:{}: matches nothing: {:?} ({})",
                        path.display(),
                        x.line,
                        x.value,
                        x.why
                    )?;
                }
                writeln!(
                    out,
                    "{} rows: {} links written in the graphs under <{}>; {} rows match nothing; {} invalid",
                    r.rows,
                    r.links,
                    r.graph,
                    r.unmatched.len(),
                    r.invalid.len()
                )?;
                return Ok(if r.unmatched.is_empty() && r.invalid.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                });
            }
            let url = endpoint.expect("clap requires --table or --endpoint");
            if !(0.0..=1.0).contains(&threshold) {
                return Err(format!("--threshold {threshold}: give a score from 0 to 1").into());
            }
            let cache = if no_cache {
                None
            } else {
                cache.or_else(default_cache)
            };
            let client = link::client::Client::new(
                &url,
                ClientOptions {
                    timeout: Duration::from_secs_f64(timeout),
                    retries,
                    min_interval: Duration::from_millis(rate_limit_ms),
                    max_bytes: max_response_mb << 20,
                    cache,
                    ..Default::default()
                },
            )?;
            let options = link::reconcile::Options {
                threshold,
                margin,
                batch,
                all: all || evaluate,
            };
            let mut subjects = link::reconcile::subjects(&s, options.all)?;
            if evaluate {
                use link::reconcile::Kind;
                subjects.retain(|x| {
                    x.known.is_some() && matches!(x.kind, Kind::Country | Kind::City | Kind::Region)
                });
            }
            let started = std::time::Instant::now();
            let n = subjects.len();
            let decisions = link::reconcile::reconcile(&client, subjects, &options, |i, k, found| {
                if !quiet {
                    eprintln!(
                        "{url}: query {i}/{k}, {n} entities, {found} labels with candidates, {:.1} s",
                        started.elapsed().as_secs_f64()
                    );
                }
            })
            .map_err(|e| format!("{e}; nothing was written"))?;
            let mut out = io::stdout().lock();
            if evaluate {
                let e = link::reconcile::evaluate(&decisions);
                for (label, truth, got) in &e.wrong {
                    writeln!(
                        out,
                        "wrong: {label}: linked {got}, expected {}{truth}",
                        vocab::WD
                    )?;
                }
                writeln!(
                    out,
                    "labelled entities: {} ({} with several candidates); linked correctly: {}; linked wrongly: {}; not linked: {}",
                    e.labelled,
                    e.contested,
                    e.correct,
                    e.wrong.len(),
                    e.unlinked
                )?;
                writeln!(
                    out,
                    "precision: {:.4}; recall: {:.4} (threshold {threshold}, margin {margin})",
                    e.precision(),
                    e.recall()
                )?;
                return Ok(ExitCode::SUCCESS);
            }
            let (graph, quads) = link::reconcile::link_quads(&url, &decisions);
            std::fs::write(&review, link::reconcile::review(&decisions))
                .map_err(|e| format!("{}: {e}", review.display()))?;
            s.replace_graph(&graph, &quads)?;
            use link::reconcile::Verdict;
            let count = |v: Verdict| decisions.iter().filter(|d| d.verdict == v).count();
            writeln!(
                out,
                "{} entities: {} linked, {} ambiguous, {} under the threshold, {} without candidates",
                decisions.len(),
                count(Verdict::Linked),
                count(Verdict::Ambiguous),
                count(Verdict::Unsure),
                count(Verdict::NoCandidate)
            )?;
            writeln!(
                out,
                "links written in the graphs under <{graph}>; near misses in {}",
                review.display()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Void { store } => {
            let s = open(&store)?;
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, iri) in vocab::PREFIXES {
                ser = ser.with_prefix(*p, *iri)?;
            }
            let mut w = ser.for_writer(io::BufWriter::new(io::stdout().lock()));
            for t in eventgraph::void::describe(&s)? {
                w.serialize_triple(&t)?;
            }
            w.finish()?.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            store,
            format,
            graph,
            output,
        } => {
            let f = rdf_format(&format).ok_or_else(|| format!("unknown format {format:?}: use turtle, ntriples, nquads, trig, rdfxml, jsonld or n3"))?;
            let s = open(&store)?;
            match output {
                Some(path) => {
                    let file = std::fs::File::create(&path)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    let mut w = io::BufWriter::new(file);
                    s.export(f, graph.as_deref(), &mut w)?;
                    w.flush()?;
                }
                None => {
                    let mut w = io::BufWriter::new(io::stdout().lock());
                    s.export(f, graph.as_deref(), &mut w)?;
                    w.flush()?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract {
            file,
            format,
            mapping,
            base,
        } => {
            let minter = Minter::with_base(&base)?;
            let m = match mapping {
                Some(path) => Mappings::with_file(&path)?,
                None => Mappings::bundled().clone(),
            };
            let x = eventgraph::extract::extract_with(
                &pipeline::read_article_as(&file, format.into())?,
                &m,
            );
            for d in &x.diagnostics {
                eprintln!("{d}");
            }
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, iri) in vocab::PREFIXES {
                ser = ser.with_prefix(*p, *iri)?;
            }
            let mut w = ser.for_writer(io::BufWriter::new(io::stdout().lock()));
            let mut triples: Vec<_> = rdf::quads(&x, &minter)
                .into_iter()
                .map(oxigraph::model::Triple::from)
                .collect();
            triples.sort_by_cached_key(|t| t.to_string());
            for t in &triples {
                w.serialize_triple(t)?;
            }
            w.finish()?.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { paths, values } => {
            let c = pipeline::coverage(&paths);
            let mut out = io::BufWriter::new(io::stdout().lock());
            if values {
                writeln!(out, "file\tline\tkind\tkey\tvalue\treading")?;
                for (file, r) in &c.readings {
                    writeln!(out, "{}", pipeline::reading_line(file, r))?;
                }
            } else {
                writeln!(
                    out,
                    "articles: {} ({} events), {} failed",
                    c.articles,
                    c.events,
                    c.failures.len()
                )?;
                writeln!(
                    out,
                    "{:<8} {:>6} {:>8} {:>6} {:>7}",
                    "values", "read", "as text", "total", "read %"
                )?;
                let (mut tr, mut tt) = (0, 0);
                for (kind, (read, text)) in &c.by_kind {
                    let total = read + text;
                    (tr, tt) = (tr + read, tt + text);
                    writeln!(
                        out,
                        "{:<8} {read:>6} {text:>8} {total:>6} {:>6.1}%",
                        kind.name(),
                        100.0 * *read as f64 / total.max(1) as f64
                    )?;
                }
                writeln!(
                    out,
                    "{:<8} {tr:>6} {tt:>8} {:>6} {:>6.1}%",
                    "all",
                    tr + tt,
                    100.0 * tr as f64 / (tr + tt).max(1) as f64
                )?;
                writeln!(
                    out,
                    "every value is either read or left as text with a diagnostic (none dropped)"
                )?;
            }
            out.flush()?;
            for f in &c.failures {
                eprintln!("error: {f}");
            }
            Ok(if c.failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::BenchDump { file } => {
            bench_dump(&file)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::WikidataFixture => {
            let g = eventgraph::gazetteer::Gazetteer::bundled();
            io::stdout()
                .lock()
                .write_all(eventgraph::gazetteer::fixture::wikidata_fixture(g).as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::BuildGazetteer { linking, out } => {
            eventgraph::gazetteer::build::write(&linking, &out)?;
            println!("wrote {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_results(results: QueryResults<'static>, format: ResultFormat) -> Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let sparql_format = match format {
        ResultFormat::Table => None,
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
    };
    match results {
        QueryResults::Boolean(b) => match sparql_format {
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
            }
            None => writeln!(out, "{b}")?,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match sparql_format {
                Some(f) => {
                    let mut w = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut out, vars)?;
                    for s in solutions {
                        w.serialize(&s?)?;
                    }
                    w.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(short).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_owned()).collect();
                    write_table(&mut out, &header, &rows, io::stdout().is_terminal())?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, iri) in vocab::PREFIXES {
                ser = ser.with_prefix(*p, *iri)?;
            }
            let mut w = ser.for_writer(&mut out);
            for t in triples {
                w.serialize_triple(&t?)?;
            }
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(())
}

/// A term as a person reads it: prefixed names, bare literal values.
fn short(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            vocab::PREFIXES
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns) && iri.len() > ns.len())
                .max_by_key(|(_, ns)| ns.len())
                .map(|(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
                .unwrap_or_else(|| format!("<{iri}>"))
        }
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

fn write_table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
    color: bool,
) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count()).min(80);
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let c: String = c.chars().take(*w).collect();
                format!("{c:<w$}", w = *w)
            })
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let head = line(header);
    if color {
        writeln!(out, "\x1b[1m{}\x1b[0m", head.trim_end())?;
    } else {
        writeln!(out, "{}", head.trim_end())?;
    }
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for r in rows {
        writeln!(out, "{}", line(r).trim_end())?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

fn bench_dump(file: &std::path::Path) -> Result<()> {
    use eventgraph::article::dump::DumpReader;
    use std::time::Instant;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    // 1. Decompression alone.
    let t = Instant::now();
    let mut r = eventgraph::article::bz2::open(file, Default::default(), threads)?;
    let xml_bytes = io::copy(&mut r, &mut io::sink())?;
    let mb = xml_bytes as f64 / 1e6;
    println!(
        "decompress       {:>8.1} MB/s  ({mb:.0} MB of XML in {:.2} s)",
        mb / t.elapsed().as_secs_f64(),
        t.elapsed().as_secs_f64()
    );
    // 2. Pages out of the XML.
    let t = Instant::now();
    let (mut pages, mut text_bytes) = (0u64, 0u64);
    for p in DumpReader::open_with(file, Default::default(), threads)? {
        let p = p?;
        pages += 1;
        text_bytes += p.text.len() as u64;
    }
    println!(
        "+ xml pages      {:>8.1} MB/s  ({pages} pages, {:.2} s)",
        mb / t.elapsed().as_secs_f64(),
        t.elapsed().as_secs_f64()
    );
    // 2b. The XML reader alone, on one core, from the XML in memory.
    let mut xml = Vec::with_capacity(xml_bytes as usize);
    eventgraph::article::bz2::open(file, Default::default(), threads)?.read_to_end(&mut xml)?;
    let t = Instant::now();
    let n = DumpReader::from_reader("bench", Box::new(io::Cursor::new(xml)))?.count();
    println!(
        "xml alone (1 core) {:>6.1} MB/s  ({n} pages)",
        mb / t.elapsed().as_secs_f64(),
    );
    // 3. The event filter, on pages in memory (single thread).
    let all: Vec<_> = DumpReader::open_with(file, Default::default(), threads)?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let t = Instant::now();
    let kept: Vec<_> = all
        .iter()
        .filter(|p| p.redirect.is_none() && eventgraph::dumps::may_be_event(p))
        .collect();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "filter (1 core)  {:>8.1} MB/s  ({} of {pages} pages kept)",
        text_bytes as f64 / 1e6 / secs,
        kept.len()
    );
    // 4. Wikitext and extraction of the kept pages (single thread), the
    // gazetteer loaded beforehand (once per process, not per page).
    let _ = eventgraph::gazetteer::Gazetteer::bundled();
    // Repeated until a second has passed, for a stable figure.
    let t = Instant::now();
    let kept_bytes: usize = kept.iter().map(|p| p.text.len()).sum();
    let (mut events, mut rounds) = (0, 0);
    while rounds == 0 || t.elapsed().as_secs_f64() < 1.0 {
        events = 0;
        for p in &kept {
            let doc = eventgraph::article::wikitext::parse("bench", &p.title, &p.text);
            events += usize::from(eventgraph::extract::extract(&doc).event.is_some());
        }
        rounds += 1;
    }
    let secs = t.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "parse+extract    {:>8.1} MB/s  per core ({events} events from {:.1} MB of kept pages)",
        kept_bytes as f64 / 1e6 / secs,
        kept_bytes as f64 / 1e6
    );
    // The wikitext reader alone, on the same pages.
    let t = Instant::now();
    let mut rounds = 0;
    while rounds == 0 || t.elapsed().as_secs_f64() < 1.0 {
        for p in &kept {
            std::hint::black_box(eventgraph::article::wikitext::parse(
                "bench", &p.title, &p.text,
            ));
        }
        rounds += 1;
    }
    let secs = t.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "  of which parse {:>8.1} MB/s  per core (wikitext to plain text, links, infobox)",
        kept_bytes as f64 / 1e6 / secs
    );
    Ok(())
}
