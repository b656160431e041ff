//! One function per subcommand: open what it needs, call the library, write
//! through `output`, and say which exit status the run earned.

use crate::cli::{Command, EventsFormat, LinkArgs, StoreArgs};
use crate::output::{self, ResultsOutput};
use anyhow::{bail, Context};
use eventgraph::extract::mapping::Mappings;
use eventgraph::iri::Minter;
use eventgraph::link::client::{ClientOptions, FederatedServices};
use eventgraph::store::GraphStore;
use eventgraph::{events, formats, ingest, link, rdf, vocab};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

type Result<T> = anyhow::Result<T>;

pub fn run(command: Command) -> Result<ExitCode> {
    match command {
        Command::Ingest {
            store,
            paths,
            quiet,
            format,
            threads,
            namespaces,
            mapping,
            shard,
            index,
            prune,
            no_provenance,
        } => {
            let mut shard = shard;
            if let (Some(shard), Some(index)) = (&mut shard, &index) {
                shard.offsets = Some(
                    eventgraph::article::bz2::Shard::read_index(index)
                        .with_context(|| format!("cannot read the index {}", index.display()))?,
                );
            }
            let s = open(&store, Access::Create)?;
            let mut options = ingest::IngestOptions {
                format: format.into(),
                ..Default::default()
            };
            if let Some(t) = threads {
                options.dump.workers = t.max(1);
            }
            options.dump.namespaces.extend(namespaces);
            options.dump.shard = shard;
            options.dump.prune = prune;
            options.dump.records = !no_provenance;
            if let Some(path) = mapping {
                options.dump.mapping =
                    std::sync::Arc::new(Mappings::with_file(&path).map_err(anyhow::Error::msg)?);
            }
            options.dump.progress = io::stderr().is_terminal();
            ingest(&s, &paths, &options, quiet)
        }
        Command::Load {
            store,
            files,
            format,
            graph,
        } => load(&store, &files, format.as_deref(), graph.as_deref()),
        Command::Query {
            store,
            query,
            file,
            format,
            output,
            federate,
            timeout,
            max_time,
            max_memory,
        } => {
            let text = match (query, file) {
                (Some(q), _) => q,
                (None, Some(f)) => std::fs::read_to_string(&f)
                    .with_context(|| format!("cannot read the query file {}", f.display()))?,
                (None, None) => unreachable!("clap requires one"),
            };
            let format = match (&format, &output) {
                (Some(f), _) => Some(ResultsOutput::parse(f).with_context(|| {
                    format!("unknown format {f:?}: give table, csv, tsv, json, xml, or an RDF format (turtle, ntriples, nquads, trig, rdfxml, jsonld, n3)")
                })?),
                (None, Some(path)) => Some(results_of_path(path)?),
                (None, None) => None,
            };
            let s = open(&store, Access::Read)?;
            let services = federate.then(|| FederatedServices {
                options: ClientOptions {
                    timeout: Duration::from_secs_f64(timeout),
                    retries: 1,
                    ..Default::default()
                },
            });
            // SERVICE fails when its solutions are read, not when parsed.
            watch_query(max_time, max_memory)?;
            let done = match services {
                Some(services) => s.query_with(&text, services),
                None => s.query(&text),
            }
            .map_err(anyhow::Error::from);
            let done = done.and_then(|results| {
                write_to(output.as_deref(), |out| {
                    output::write_results(results, format, out, bold(&output))
                })
            });
            if let Err(e) = done {
                let m = format!("{e:#}");
                if !federate && m.contains("service") && m.contains("not supported") {
                    bail!("{m} (SERVICE reaches remote endpoints only with --federate)");
                }
                return Err(e);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Events {
            store,
            format,
            all,
            output,
        } => {
            let format = match (format, &output) {
                (Some(f), _) => f,
                (None, Some(path)) => events_format_of_path(path)?,
                (None, None) => EventsFormat::Table,
            };
            let s = open(&store, Access::Read)?;
            let scope = if all {
                events::Scope::All
            } else {
                events::Scope::Articles
            };
            let rows = events::event_table(&s, scope)?;
            write_to(output.as_deref(), |out| match format {
                EventsFormat::Table => Ok(output::events_records(&rows, out, bold(&output))?),
                EventsFormat::Csv => output::events_csv(&rows, out, false),
                EventsFormat::Tsv => output::events_csv(&rows, out, true),
                EventsFormat::Json => output::events_json(&rows, out),
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { store, shapes } => {
            let owned;
            let shapes = match &shapes {
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    owned = eventgraph::shacl::Shapes::parse(&text)
                        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                    &owned
                }
                None => eventgraph::shacl::Shapes::bundled(),
            };
            let s = open(&store, Access::Read)?;
            let (mut graphs, mut violations) = (0usize, 0usize);
            let stdout = io::stdout();
            let mut out = stdout.lock();
            s.for_each_graph(|g, quads| -> Result<()> {
                let name = match &g {
                    oxigraph::model::GraphName::NamedNode(n) => n.as_str().to_owned(),
                    other => other.to_string(),
                };
                graphs += 1;
                for v in shapes.validate(&name, quads) {
                    violations += 1;
                    writeln!(out, "{v}")?;
                }
                Ok(())
            })?;
            writeln!(
                out,
                "{violations} violation{} in {graphs} graph{}",
                if violations == 1 { "" } else { "s" },
                if graphs == 1 { "" } else { "s" }
            )?;
            Ok(if violations == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Explain { store, entity } => {
            let s = open(&store, Access::Read)?;
            let iri = s.minter().our_entity(&entity);
            let facts = eventgraph::explain::explain(&s, &iri)?;
            if facts.is_empty() {
                eprintln!("no record of a fact of <{iri}> in the store: name an event the store holds (a title, egr:Local or its IRI), ingested without --no-provenance");
                return Ok(ExitCode::from(1));
            }
            write_to(None, |out| output::explained(&iri, &facts, out))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Link(args) => link(args),
        Command::Void { store } => {
            let s = open(&store, Access::Read)?;
            write_to(None, |out| {
                let mut w =
                    formats::rdf_serializer(oxigraph::io::RdfFormat::Turtle).for_writer(out);
                for t in eventgraph::void::describe(&s)? {
                    w.serialize_triple(&t)?;
                }
                w.finish()?;
                Ok(())
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            store,
            format,
            graph,
            output,
            no_void,
            profile,
        } => {
            let f = match (&format, &output) {
                (Some(name), _) => formats::rdf_format(name).with_context(|| {
                    format!("unknown format {name:?}: give turtle, ntriples, nquads, trig, rdfxml, jsonld, n3 or a media type")
                })?,
                (None, Some(path)) => formats::rdf_format_of_path(path).with_context(|| {
                    format!(
                        "{}: the extension names no RDF format (.ttl, .nt, .nq, .trig, .rdf, .jsonld, .n3); give --format",
                        path.display()
                    )
                })?,
                (None, None) => oxigraph::io::RdfFormat::Turtle,
            };
            let graph = graph.as_deref().map(graph_iri).transpose()?;
            let s = open(&store, Access::Read)?;
            if let Some(g) = &graph {
                if !s.contains_graph(g)? {
                    bail!("the store holds no graph <{g}> (`eventgraph query 'SELECT DISTINCT ?g {{ GRAPH ?g {{}} }}'` lists them)");
                }
            }
            let aligned = eventgraph::align::Alignments::bundled();
            let view = profile.map(|p| {
                move |q: &oxigraph::model::Quad, out: &mut Vec<oxigraph::model::Quad>| {
                    p.add(aligned, q, out)
                }
            });
            let view = view.as_ref().map(|v| v as &eventgraph::store::View<'_>);
            write_to(output.as_deref(), |out| {
                if no_void {
                    s.export(f, graph.as_deref(), None, view, out)?;
                } else {
                    eventgraph::void::export(&s, f, graph.as_deref(), view, out)?;
                }
                Ok(())
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Push {
            store,
            endpoint,
            update,
            headers,
            timeout,
            retries,
            batch_kb,
            quiet,
        } => {
            let mut options = eventgraph::push::PushOptions {
                protocol: if update {
                    eventgraph::push::Protocol::Update
                } else {
                    eventgraph::push::Protocol::GraphStore
                },
                timeout: Duration::from_secs_f64(timeout),
                retries,
                batch_bytes: batch_kb.max(1) << 10,
                ..Default::default()
            };
            for h in headers {
                let Some((name, value)) = h.split_once(':') else {
                    bail!("--header {h:?}: give `Name: value`");
                };
                options
                    .headers
                    .push((name.trim().to_owned(), value.trim().to_owned()));
            }
            let s = open(&store, Access::Read)?;
            let start = std::time::Instant::now();
            let show = !quiet && io::stderr().is_terminal();
            let mut last = start;
            let report = eventgraph::push::push(&s, &endpoint, &options, |r| {
                if show && last.elapsed() > Duration::from_millis(500) {
                    last = std::time::Instant::now();
                    eprint!("\r{:<100}", eventgraph::push::rate(r, start));
                }
            });
            if show {
                eprintln!();
            }
            let report = match report {
                Ok(r) => r,
                Err(e @ eventgraph::push::PushError::Graph { .. }) => {
                    eprintln!("error: {e}");
                    return Ok(ExitCode::from(1));
                }
                Err(e) => return Err(e.into()),
            };
            println!(
                "pushed to {endpoint}: {} in {:.1} s",
                eventgraph::push::rate(&report, start),
                start.elapsed().as_secs_f64()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            store,
            bind,
            timeout,
            max_connections,
            max_results,
            cors,
            writable,
            workers,
        } => {
            let access = if writable {
                Access::Write
            } else {
                Access::Read
            };
            let s = open(&store, access)?;
            // Workers read the store beside the server: only when it is
            // read-only (a writer beside readers is not allowed).
            let count = workers
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
            let workers = if writable || count == 0 {
                None
            } else {
                let program = std::env::current_exe().context("cannot find this program")?;
                let args = vec![
                    "serve-worker".into(),
                    "--store".into(),
                    store.store.clone().into_os_string(),
                    "--base".into(),
                    store.base.clone().into(),
                ];
                Some(
                    crate::workers::Pool::start(program, args, count)
                        .context("cannot start the query workers")?,
                )
            };
            crate::serve::serve(
                s,
                crate::serve::ServeOptions {
                    bind,
                    timeout: Duration::from_secs_f64(timeout),
                    max_connections: max_connections.max(1),
                    cors,
                    writable,
                    max_results,
                    workers,
                },
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::ServeWorker { store } => {
            let s = open(&store, Access::Read)?;
            crate::workers::work(|r| {
                crate::serve::evaluate(
                    &s,
                    &r.query,
                    (r.format.as_deref(), r.accept.as_deref()),
                    oxigraph::sparql::CancellationToken::new(),
                    r.max_results,
                )
            })
            .context("query worker")?;
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
                Some(path) => Mappings::with_file(&path).map_err(anyhow::Error::msg)?,
                None => Mappings::bundled().clone(),
            };
            let x = eventgraph::extract::extract_with(
                &ingest::read_article_as(&file, format.into())?,
                &m,
            );
            for d in &x.diagnostics {
                eprintln!("{d}");
            }
            let mut triples: Vec<_> = rdf::quads(&x, &minter)
                .into_iter()
                .map(oxigraph::model::Triple::from)
                .collect();
            triples.sort_by_cached_key(|t| t.to_string());
            triples.dedup();
            write_to(None, |out| {
                let mut w =
                    formats::rdf_serializer(oxigraph::io::RdfFormat::Turtle).for_writer(out);
                for t in &triples {
                    w.serialize_triple(t)?;
                }
                w.finish()?;
                Ok(())
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { paths, values } => stats(&paths, values),
        Command::WikidataFixture => {
            let g = eventgraph::gazetteer::Gazetteer::bundled();
            io::stdout()
                .lock()
                .write_all(eventgraph::gazetteer::fixture::wikidata_fixture(g).as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::BuildGazetteer { linking, out } => {
            eventgraph::gazetteer::build::write(&linking, &out).map_err(|e| anyhow::anyhow!(e))?;
            println!("wrote {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// What a command does with the store.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Reads it; it must exist.
    Read,
    /// Writes it; it must exist.
    Write,
    /// Writes it, creating it when missing.
    Create,
}

fn open(args: &StoreArgs, access: Access) -> Result<GraphStore> {
    let minter = Minter::with_base(&args.base)?;
    Ok(match access {
        Access::Read => GraphStore::open_read_only(&args.store, minter)?,
        Access::Write => GraphStore::open_existing(&args.store, minter)?,
        Access::Create => GraphStore::open(&args.store, minter)?,
    })
}

/// Runs `write` on the file at `path` (created), or on standard output.
fn write_to(path: Option<&Path>, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    match path {
        Some(p) => {
            let file = std::fs::File::create(p)
                .with_context(|| format!("cannot create {}", p.display()))?;
            let cannot = || format!("cannot write {}", p.display());
            let mut w = io::BufWriter::new(file);
            // Compressed by its extension (`.gz`, `.bz2`, `.zst`).
            match formats::Compression::of_path(p) {
                Some(c) => {
                    let mut z = c.writer(&mut w).with_context(cannot)?;
                    write(&mut z)?;
                    z.finish().with_context(cannot)?;
                }
                None => write(&mut w)?,
            }
            w.flush().with_context(cannot)?;
        }
        None => {
            let mut w = io::BufWriter::new(io::stdout().lock());
            write(&mut w)?;
            w.flush()?;
        }
    }
    Ok(())
}

/// Bold headers only on a terminal.
fn bold(output: &Option<PathBuf>) -> bool {
    output.is_none() && io::stdout().is_terminal()
}

/// A graph given as an IRI or a prefixed name (`ega:X`).
fn graph_iri(text: &str) -> Result<String> {
    formats::expand_iri(text).with_context(|| {
        format!("--graph {text:?} is neither an IRI nor a prefixed name of a known prefix (ega:, egr:, ...)")
    })
}

fn results_of_path(path: &Path) -> Result<ResultsOutput> {
    formats::results_format_of_path(path)
        .map(ResultsOutput::Results)
        .or_else(|| formats::rdf_format_of_path(path).map(ResultsOutput::Rdf))
        .with_context(|| {
            format!(
                "{}: the extension names no results format (.csv, .tsv, .json, .xml, or an RDF one); give --format",
                path.display()
            )
        })
}

fn events_format_of_path(path: &Path) -> Result<EventsFormat> {
    let ext = formats::uncompressed_name(path)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("");
    Ok(match ext.to_ascii_lowercase().as_str() {
        "csv" => EventsFormat::Csv,
        "tsv" | "tab" => EventsFormat::Tsv,
        "json" => EventsFormat::Json,
        "txt" => EventsFormat::Table,
        _ => bail!(
            "{}: the extension names no table format (.csv, .tsv, .json, .txt); give --format",
            path.display()
        ),
    })
}

fn ingest(
    s: &GraphStore,
    paths: &[PathBuf],
    options: &ingest::IngestOptions,
    quiet: bool,
) -> Result<ExitCode> {
    static STOP: AtomicBool = AtomicBool::new(false);
    // A second Ctrl-C ends the process at once; the store stays
    // consistent either way (each batch is one transaction).
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        eprintln!("\ninterrupted: finishing the current batch...");
    });
    let summary = ingest::ingest(s, paths, options, &STOP, |d: &str| {
        if !quiet || d.starts_with("error") {
            eprintln!("{d}");
        }
    });
    s.flush()?;
    summary
        .print(s, &mut io::stdout().lock())
        .map_err(|e| anyhow::anyhow!(e))?;
    Ok(if summary.interrupted {
        ExitCode::from(130)
    } else if summary.store_failed {
        ExitCode::from(2)
    } else if summary.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn load(
    store: &StoreArgs,
    files: &[PathBuf],
    format: Option<&str>,
    graph: Option<&str>,
) -> Result<ExitCode> {
    let format = format
        .map(|f| {
            formats::rdf_format(f).with_context(|| {
                format!("unknown format {f:?}: give turtle, ntriples, nquads, trig, rdfxml, jsonld, n3 or a media type")
            })
        })
        .transpose()?;
    let graph = graph.map(graph_iri).transpose()?;
    // Every file's format is known before the store is touched.
    let mut plan = Vec::new();
    for f in files {
        let fmt = match format {
            Some(x) => x,
            None => formats::rdf_format_of_path(f).with_context(|| {
                format!(
                    "{}: the extension names no RDF format (.ttl, .nt, .nq, .trig, .rdf, .jsonld, .n3); give --format",
                    f.display()
                )
            })?,
        };
        plan.push((f, fmt));
    }
    let s = open(store, Access::Create)?;
    let (mut loaded, mut failed, mut quads) = (0, 0, 0);
    for (f, fmt) in plan {
        let done = std::fs::read(f)
            .with_context(|| format!("cannot read {}", f.display()))
            .and_then(|data| Ok(s.load(fmt, &f.display().to_string(), &data, graph.as_deref())?));
        match done {
            Ok(n) => {
                loaded += 1;
                quads += n;
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {e:#}");
            }
        }
    }
    s.flush()?;
    println!(
        "files: {loaded} loaded, {failed} failed; quads read: {quads}; store now holds {} quads",
        s.len()?
    );
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `$XDG_CACHE_HOME/eventgraph/sparql`, or `~/.cache/eventgraph/sparql`.
fn default_cache() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("eventgraph").join("sparql"))
}

fn link(a: LinkArgs) -> Result<ExitCode> {
    let s = open(&a.store, Access::Write)?;
    let mut out = io::stdout().lock();
    if let Some(path) = a.table {
        let columns = link::table::Columns {
            subject: a.subject_column,
            target: a.target_column,
        };
        let r = link::table::link_table(&s, &path, &columns)?;
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
    let url = a.endpoint.expect("clap requires --table or --endpoint");
    let cache = if a.no_cache {
        None
    } else {
        a.cache.or_else(default_cache)
    };
    let client = link::client::Client::new(
        &url,
        ClientOptions {
            timeout: Duration::from_secs_f64(a.timeout),
            retries: a.retries,
            min_interval: Duration::from_millis(a.rate_limit_ms),
            max_bytes: a.max_response_mb << 20,
            cache,
            ..Default::default()
        },
    )?;
    let options = link::reconcile::Options {
        threshold: a.threshold,
        margin: a.margin,
        batch: a.batch as usize,
        all: a.all || a.evaluate,
    };
    let mut subjects = link::reconcile::subjects(&s, options.all).map_err(anyhow::Error::msg)?;
    if a.evaluate {
        use link::reconcile::Kind;
        subjects.retain(|x| {
            x.known.is_some() && matches!(x.kind, Kind::Country | Kind::City | Kind::Region)
        });
    }
    let started = std::time::Instant::now();
    let n = subjects.len();
    let quiet = a.quiet;
    let decisions = link::reconcile::reconcile(&client, subjects, &options, |i, k, found| {
        if !quiet {
            eprintln!(
                "{url}: query {i}/{k}, {n} entities, {found} labels with candidates, {:.1} s",
                started.elapsed().as_secs_f64()
            );
        }
    })
    .map_err(|e| anyhow::anyhow!("{e}; nothing was written"))?;
    if a.evaluate {
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
            "precision: {:.4}; recall: {:.4} (threshold {}, margin {})",
            e.precision(),
            e.recall(),
            a.threshold,
            a.margin
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let (graph, quads) = link::reconcile::link_quads(&url, &decisions);
    std::fs::write(&a.review, link::reconcile::review(&decisions))
        .with_context(|| format!("cannot write {}", a.review.display()))?;
    s.replace(&[rdf::replacement(graph.clone(), quads)])?;
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
        a.review.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn stats(paths: &[PathBuf], values: bool) -> Result<ExitCode> {
    let c = ingest::coverage(paths);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if values {
        writeln!(out, "file\tline\tkind\tkey\tvalue\treading")?;
        for (file, r) in &c.readings {
            writeln!(out, "{}", ingest::reading_line(file, r))?;
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

/// Stops the process once a query runs over `max_time` seconds or
/// `max_memory` megabytes. The evaluator looks at no clock and no budget
/// while it sorts or joins in memory (oxigraph's cancellation token was
/// measured to be ineffective there), so the watch ends the process itself,
/// with what is already written flushed as far as it got.
fn watch_query(max_time: Option<f64>, max_memory: Option<u64>) -> anyhow::Result<()> {
    if max_time.is_none() && max_memory.is_none() {
        return Ok(());
    }
    if max_memory.is_some() && resident_megabytes().is_none() {
        bail!(
            "--max-memory reads the process' size from /proc/self/status, which this system lacks"
        );
    }
    let started = std::time::Instant::now();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(20));
        if let Some(t) = max_time {
            if started.elapsed().as_secs_f64() >= t {
                eprintln!("error: the query ran over its --max-time of {t} s and was stopped");
                std::process::exit(2);
            }
        }
        if let (Some(limit), Some(now)) = (max_memory, resident_megabytes()) {
            if now > limit {
                eprintln!(
                    "error: the query grew to {now} MB, over its --max-memory of {limit} MB, and was stopped"
                );
                std::process::exit(2);
            }
        }
    });
    Ok(())
}

/// The process' resident size in megabytes (Linux).
fn resident_megabytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
