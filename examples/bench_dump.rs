//! Measures the stages of reading a dump: decompression alone, XML pages,
//! the event filter, and wikitext parsing with extraction of the pages it
//! keeps. Prints MB/s of XML for each (see BENCHMARKS.md; `scripts/bench`
//! runs it).
//!
//! cargo run --example bench_dump -- bench-250-multistream.xml.bz2

use std::io::{self, Read};

// The eventgraph binary's allocator, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(file) = std::env::args_os().nth(1) else {
        eprintln!("usage: bench_dump DUMP.xml.bz2");
        std::process::exit(2);
    };
    bench_dump(std::path::Path::new(&file))
}

fn bench_dump(file: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
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
        .filter(|p| p.redirect.is_none() && eventgraph::ingest::may_be_event(p))
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
    // Passes over the kept pages until a second has passed
    // (EVENTGRAPH_BENCH_SECS seconds if set, for a profile of this stage),
    // each timed: the figure is the median pass. This machine's speed
    // drifts (other tenants), and a mean over the second takes in every
    // slow spell; the median pass does not, and the mean is shown beside it.
    let stage_secs: f64 = std::env::var("EVENTGRAPH_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let kept_mb = kept.iter().map(|p| p.text.len()).sum::<usize>() as f64 / 1e6;
    let mut events = 0;
    let passes = timed_passes(stage_secs, || events = extract_pass(&kept));
    println!(
        "parse+extract    {:>8.1} MB/s  per core, median pass (mean {:.1}; {} passes; {events} events from {kept_mb:.1} MB of kept pages)",
        kept_mb / passes.median,
        kept_mb / passes.mean,
        passes.count
    );
    // The wikitext reader alone, on the same pages.
    let passes = timed_passes(1.0, || parse_pass(&kept));
    println!(
        "  of which parse {:>8.1} MB/s  per core, median pass (mean {:.1}; wikitext to plain text, links, infobox)",
        kept_mb / passes.median,
        kept_mb / passes.mean
    );
    Ok(())
}

/// One pass of wikitext and extraction over `pages`: how many are events.
/// A function of its own, so a profiler can count its instructions alone:
/// `valgrind --tool=callgrind --collect-atstart=no
/// --toggle-collect=bench_dump::extract_pass` (divided by the passes
/// printed) gives a figure the machine's noise does not move.
#[inline(never)]
fn extract_pass(pages: &[&eventgraph::article::dump::Page]) -> usize {
    pages
        .iter()
        .map(|p| {
            let doc = eventgraph::article::wikitext::parse("bench", &p.title, &p.text);
            usize::from(eventgraph::extract::extract(&doc).event.is_some())
        })
        .sum()
}

/// One pass of the wikitext reader alone over `pages`.
#[inline(never)]
fn parse_pass(pages: &[&eventgraph::article::dump::Page]) {
    for p in pages {
        std::hint::black_box(eventgraph::article::wikitext::parse(
            "bench", &p.title, &p.text,
        ));
    }
}

/// Seconds per pass: the median and the mean of passes run until `secs`
/// have passed (one at least).
struct Passes {
    median: f64,
    mean: f64,
    count: usize,
}

fn timed_passes(secs: f64, mut pass: impl FnMut()) -> Passes {
    use std::time::Instant;
    let start = Instant::now();
    let mut times = Vec::new();
    while times.is_empty() || start.elapsed().as_secs_f64() < secs {
        let t = Instant::now();
        pass();
        times.push(t.elapsed().as_secs_f64());
    }
    let mean = start.elapsed().as_secs_f64() / times.len() as f64;
    times.sort_by(f64::total_cmp);
    Passes {
        median: times[times.len() / 2],
        mean,
        count: times.len(),
    }
}
