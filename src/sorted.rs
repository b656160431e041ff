//! Sorting more lines than memory holds: lines are gathered up to a budget,
//! sorted, and spilled to temporary files (unlinked at once, so nothing is
//! left behind even after a kill); reading merges the runs. Exports and the
//! VoID statistics use it to give the store's quads in one deterministic
//! order (bytewise, which for N-Quads terms is the order of their text) in
//! bounded memory, whatever the store's size.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};

/// Bytes of lines held in memory before a run is spilled.
pub const DEFAULT_BUDGET: usize = 128 << 20;

/// Lines (without their newline; they must hold none) to be read back in
/// bytewise order.
pub struct Sorter {
    budget: usize,
    arena: Vec<u8>,
    /// (start, length) of each line in `arena`.
    spans: Vec<(usize, usize)>,
    runs: Vec<File>,
    dedup: bool,
}

impl Sorter {
    /// A sorter that holds at most about `budget` bytes of lines; `dedup`
    /// gives each distinct line once.
    pub fn new(budget: usize, dedup: bool) -> Sorter {
        Sorter {
            budget: budget.max(1 << 10),
            arena: Vec::new(),
            spans: Vec::new(),
            runs: Vec::new(),
            dedup,
        }
    }

    pub fn push(&mut self, line: &[u8]) -> io::Result<()> {
        debug_assert!(!line.contains(&b'\n'));
        if !self.arena.is_empty() && self.arena.len() + line.len() > self.budget {
            self.spill()?;
        }
        self.spans.push((self.arena.len(), line.len()));
        self.arena.extend_from_slice(line);
        Ok(())
    }

    fn sort_spans(&mut self) {
        let arena = &self.arena;
        self.spans
            .sort_unstable_by(|a, b| arena[a.0..a.0 + a.1].cmp(&arena[b.0..b.0 + b.1]));
        if self.dedup {
            self.spans
                .dedup_by(|a, b| arena[a.0..a.0 + a.1] == arena[b.0..b.0 + b.1]);
        }
    }

    fn spill(&mut self) -> io::Result<()> {
        self.sort_spans();
        let mut w = BufWriter::with_capacity(1 << 20, tempfile::tempfile()?);
        for &(start, len) in &self.spans {
            w.write_all(&self.arena[start..start + len])?;
            w.write_all(b"\n")?;
        }
        let mut file = w.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.rewind()?;
        self.runs.push(file);
        self.arena.clear();
        self.spans.clear();
        Ok(())
    }

    /// The lines, sorted: to be merged from every run, once or more.
    pub fn finish(mut self) -> io::Result<Sorted> {
        self.sort_spans();
        Ok(Sorted {
            runs: self.runs,
            arena: self.arena,
            spans: self.spans,
            dedup: self.dedup,
        })
    }
}

/// The sorted runs of a [`Sorter`].
pub struct Sorted {
    runs: Vec<File>,
    arena: Vec<u8>,
    spans: Vec<(usize, usize)>,
    dedup: bool,
}

impl Sorted {
    /// The lines, merged from every run, in order (each run is read again
    /// from its start).
    pub fn merge(&self) -> io::Result<Merged<'_>> {
        let mut sources = Vec::with_capacity(self.runs.len() + 1);
        for run in &self.runs {
            let mut f = run.try_clone()?;
            f.rewind()?;
            sources.push(Source::Run(BufReader::with_capacity(1 << 20, f)));
        }
        sources.push(Source::Memory {
            arena: &self.arena,
            spans: self.spans.iter(),
        });
        let mut merged = Merged {
            heap: BinaryHeap::with_capacity(sources.len()),
            sources,
            dedup: self.dedup,
            last: Vec::new(),
            started: false,
        };
        for i in 0..merged.sources.len() {
            let mut line = Vec::new();
            if merged.sources[i].next(&mut line)? {
                merged.heap.push(Reverse((line, i)));
            }
        }
        Ok(merged)
    }
}

enum Source<'a> {
    Run(BufReader<File>),
    Memory {
        arena: &'a [u8],
        spans: std::slice::Iter<'a, (usize, usize)>,
    },
}

impl Source<'_> {
    /// The next line into `line` (cleared first); false at the end.
    fn next(&mut self, line: &mut Vec<u8>) -> io::Result<bool> {
        line.clear();
        match self {
            Source::Run(r) => {
                if r.read_until(b'\n', line)? == 0 {
                    return Ok(false);
                }
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                Ok(true)
            }
            Source::Memory { arena, spans } => match spans.next() {
                Some(&(start, len)) => {
                    line.extend_from_slice(&arena[start..start + len]);
                    Ok(true)
                }
                None => Ok(false),
            },
        }
    }
}

/// The sorted lines of a [`Sorted`], being merged.
pub struct Merged<'a> {
    heap: BinaryHeap<Reverse<(Vec<u8>, usize)>>,
    sources: Vec<Source<'a>>,
    dedup: bool,
    /// The line given last (dedup compares with it).
    last: Vec<u8>,
    started: bool,
}

impl Merged<'_> {
    /// The next line, or `None` at the end.
    pub fn next_line(&mut self) -> io::Result<Option<&[u8]>> {
        loop {
            let Some(Reverse((mut line, i))) = self.heap.pop() else {
                return Ok(None);
            };
            if self.dedup && self.started && line == self.last {
                // A repeat (lines come in order, so it repeats the last).
                if self.sources[i].next(&mut line)? {
                    self.heap.push(Reverse((line, i)));
                }
                continue;
            }
            std::mem::swap(&mut self.last, &mut line);
            // `line` now holds the buffer of the line given before.
            if self.sources[i].next(&mut line)? {
                self.heap.push(Reverse((line, i)));
            }
            self.started = true;
            return Ok(Some(&self.last));
        }
    }

    /// Calls `each` on every line, in order.
    pub fn for_each(mut self, mut each: impl FnMut(&[u8]) -> io::Result<()>) -> io::Result<()> {
        while let Some(line) = self.next_line()? {
            each(line)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines over many spilled runs come back in order, each once when
    /// asked, as an in-memory sort gives them.
    #[test]
    fn runs_merge_to_the_sorted_lines() {
        let mut x: u64 = 7;
        let lines: Vec<Vec<u8>> = (0..20_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                format!("<s{}> <p> \"{}\"", x % 500, x % 7).into_bytes()
            })
            .collect();
        for dedup in [false, true] {
            for budget in [1 << 10, 1 << 14, 1 << 30] {
                let mut s = Sorter::new(budget, dedup);
                for l in &lines {
                    s.push(l).unwrap();
                }
                let mut got = Vec::new();
                let sorted = s.finish().unwrap();
                for _ in 0..2 {
                    got.clear();
                    sorted
                        .merge()
                        .unwrap()
                        .for_each(|l| {
                            got.push(l.to_vec());
                            Ok(())
                        })
                        .unwrap();
                }
                let mut want = lines.clone();
                want.sort();
                if dedup {
                    want.dedup();
                }
                assert!(got == want, "dedup {dedup}, budget {budget}");
            }
        }
    }
}
