//! bzip2 decompression off the parsing thread, and on every core for
//! multistream files.
//!
//! A multistream dump (as Wikipedia publishes `pages-articles-multistream`)
//! is a series of independent bzip2 streams, each starting at a byte
//! boundary with `BZh1`..`BZh9` and a block or end-of-stream magic number:
//! the streams are found by scanning, decompressed in parallel and delivered
//! in order. A single-stream file is decompressed by one thread while the
//! caller parses. Either way the caller reads plain bytes, and memory is
//! bounded by the channel capacities times the stream size.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

mod decode;

/// Streams are decompressed in jobs of at least this many compressed
/// bytes, so that a job holds several blocks to invert side by side.
const JOB_BYTES: u64 = 1 << 20;

/// Byte offsets at which bzip2 streams start in `path`.
pub fn stream_offsets(path: &Path) -> io::Result<Vec<u64>> {
    let mut f = BufReader::with_capacity(8 << 20, File::open(path)?);
    let mut offsets = Vec::new();
    let mut buf = vec![0u8; 8 << 20];
    let mut carry: Vec<u8> = Vec::new();
    let mut base: u64 = 0; // file offset of carry[0]
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        let mut window = std::mem::take(&mut carry);
        window.extend_from_slice(&buf[..n]);
        let limit = window.len().saturating_sub(9);
        let mut i = 0;
        while i < limit {
            match memchr_b(&window[i..limit]) {
                Some(p) => {
                    let at = i + p;
                    let w = &window[at..at + 10];
                    if decode::stream_header(w).is_some()
                        && [decode::BLOCK_MAGIC, decode::EOS_MAGIC]
                            .iter()
                            .any(|m| w[4..10] == m.to_be_bytes()[2..])
                    {
                        offsets.push(base + at as u64);
                    }
                    i = at + 1;
                }
                None => break,
            }
        }
        let keep = window.len().min(9);
        carry = window[window.len() - keep..].to_vec();
        base += (window.len() - keep) as u64;
    }
    Ok(offsets)
}

fn memchr_b(hay: &[u8]) -> Option<usize> {
    memchr::memchr(b'B', hay)
}

/// Reads the chunks a producer sends, in order, as one byte stream.
struct ChunkReader {
    rx: Receiver<io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    pos: usize,
}

impl ChunkReader {
    /// The unread part of the current chunk, the next chunk when it is
    /// used up (empty at the end).
    fn current(&mut self) -> io::Result<&[u8]> {
        while self.pos >= self.chunk.len() {
            match self.rx.recv() {
                Ok(Ok(c)) => {
                    self.chunk = c;
                    self.pos = 0;
                }
                Ok(Err(e)) => return Err(e),
                Err(_) => return Ok(&[]),
            }
        }
        Ok(&self.chunk[self.pos..])
    }
}

impl Read for ChunkReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let rest = self.current()?;
        let n = buf.len().min(rest.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.pos += n;
        Ok(n)
    }
}

/// The chunks are the buffer: a caller that reads through `BufRead` gets
/// them without a copy.
impl BufRead for ChunkReader {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.current()
    }

    fn consume(&mut self, n: usize) {
        self.pos += n;
    }
}

/// Counts the bytes read from a file (for progress figures).
pub(super) struct Counted<R> {
    pub(super) inner: R,
    pub(super) count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// One of `count` runs that split a multistream dump among them with no
/// coordination: run `index` (from 1) reads streams `index - 1`,
/// `index - 1 + count`, ... Wikipedia's multistream dumps hold whole pages
/// in each stream (100 a stream; the first holds the site's header), so the
/// runs together read every page once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
    /// Where the streams start, from the dump's index file; found by
    /// scanning the dump when not given.
    pub offsets: Option<Vec<u64>>,
}

impl Shard {
    /// `K/N`, with 1 <= K <= N.
    pub fn parse(text: &str) -> Result<Shard, String> {
        let parsed = text.split_once('/').and_then(|(k, n)| {
            Some((
                k.trim().parse::<usize>().ok()?,
                n.trim().parse::<usize>().ok()?,
            ))
        });
        match parsed {
            Some((index, count)) if index >= 1 && index <= count => Ok(Shard {
                index,
                count,
                offsets: None,
            }),
            _ => Err(format!("{text:?} is not a shard K/N with 1 <= K <= N")),
        }
    }

    /// Whether this run reads stream `stream` (from 0).
    pub fn takes(&self, stream: usize) -> bool {
        stream % self.count == self.index - 1
    }

    /// The stream starts of a dump's index file (`offset:page id:title`
    /// lines, as Wikipedia publishes `...-multistream-index.txt[.bz2]`),
    /// with the header stream at 0.
    pub fn read_index(path: &Path) -> io::Result<Vec<u64>> {
        let mut head = BufReader::new(File::open(path)?);
        let text: Box<dyn BufRead> = if head.fill_buf()?.starts_with(b"BZh") {
            drop(head);
            open(path, Arc::default(), 1)?
        } else {
            Box::new(head)
        };
        let mut offsets = vec![0];
        for (n, line) in text.lines().enumerate() {
            let line = line?;
            let offset = line.split(':').next().and_then(|o| o.parse::<u64>().ok());
            match offset {
                Some(o) => offsets.push(o),
                None if line.is_empty() => {}
                None => {
                    return Err(io::Error::other(format!(
                        "{}:{}: not an index line (offset:page id:title): {line:?}",
                        path.display(),
                        n + 1
                    )))
                }
            }
        }
        offsets.sort_unstable();
        offsets.dedup();
        Ok(offsets)
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// Opens a bzip2 file for reading its decompressed bytes; `threads`
/// decompress a multistream file in parallel.
pub fn open(
    path: &Path,
    read_bytes: Arc<AtomicU64>,
    threads: usize,
) -> io::Result<Box<dyn BufRead + Send>> {
    open_shard(path, read_bytes, threads, None)
}

/// [`open`], reading only the streams of `shard` when given.
pub fn open_shard(
    path: &Path,
    read_bytes: Arc<AtomicU64>,
    threads: usize,
    shard: Option<&Shard>,
) -> io::Result<Box<dyn BufRead + Send>> {
    let offsets = match shard.and_then(|s| s.offsets.clone()) {
        Some(o) => o,
        None => stream_offsets(path)?,
    };
    let len = std::fs::metadata(path)?.len();
    if let Some(shard) = shard {
        if offsets.len() < 2 {
            return Err(io::Error::other(format!(
                "--shard {shard} splits a multistream dump by its bzip2 streams; this file holds {}",
                offsets.len()
            )));
        }
    }
    let (tx, rx) = sync_channel::<io::Result<Vec<u8>>>(4);
    if shard.is_none() && (offsets.len() <= 1 || threads <= 1) {
        let file = Counted {
            inner: BufReader::with_capacity(1 << 20, File::open(path)?),
            count: read_bytes,
        };
        std::thread::spawn(move || {
            let mut dec = decode::Streaming::new(file);
            loop {
                let mut chunk = Vec::with_capacity(1 << 20);
                let more = loop {
                    match dec.next_block(&mut chunk) {
                        Ok(true) if chunk.len() < 1 << 20 => {}
                        Ok(more) => break more,
                        Err(e) => {
                            let _ = tx.send(Err(e));
                            return;
                        }
                    }
                };
                if !chunk.is_empty() && tx.send(Ok(chunk)).is_err() {
                    return;
                }
                if !more {
                    return;
                }
            }
        });
    } else {
        let ends = offsets.iter().skip(1).copied().chain([len]);
        let ranges: Vec<(u64, u64)> = match shard {
            // A shard's streams, each a job.
            Some(shard) => offsets
                .iter()
                .copied()
                .zip(ends)
                .enumerate()
                .filter(|(i, _)| shard.takes(*i))
                .map(|(_, r)| r)
                .collect(),
            // Jobs of whole streams, at least JOB_BYTES each.
            None => {
                let mut ranges = Vec::new();
                let mut start = offsets[0];
                for &o in &offsets[1..] {
                    if o - start >= JOB_BYTES {
                        ranges.push((start, o));
                        start = o;
                    }
                }
                ranges.push((start, len));
                ranges
            }
        };
        let threads = threads.max(1);
        // Jobs: (sequence, file offset, compressed bytes), read in order by one
        // thread.
        let (job_tx, job_rx) = sync_channel::<(usize, u64, Vec<u8>)>(threads * 2);
        let job_rx = Arc::new(Mutex::new(job_rx));
        let (done_tx, done_rx) = sync_channel::<(usize, io::Result<Vec<u8>>)>(threads * 2);
        let path = path.to_owned();
        let reader_done_tx = done_tx.clone();
        std::thread::spawn(move || {
            let done_tx = reader_done_tx;
            let mut f = match File::open(&path) {
                Ok(f) => f,
                Err(e) => {
                    let _ = done_tx.send((0, Err(e)));
                    return;
                }
            };
            for (seq, (a, b)) in ranges.into_iter().enumerate() {
                let mut bytes = vec![0u8; (b - a) as usize];
                if let Err(e) = f
                    .seek(SeekFrom::Start(a))
                    .and_then(|_| f.read_exact(&mut bytes))
                {
                    let _ = done_tx.send((seq, Err(e)));
                    return;
                }
                read_bytes.fetch_add(b - a, Ordering::Relaxed);
                if job_tx.send((seq, a, bytes)).is_err() {
                    return;
                }
            }
        });
        for _ in 0..threads {
            let job_rx = job_rx.clone();
            let done_tx = done_tx.clone();
            std::thread::spawn(move || {
                let mut decoder = decode::Decoder::default();
                loop {
                    let job = job_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, base, bytes))) = job else {
                        return;
                    };
                    let mut out = Vec::with_capacity(bytes.len() * 5);
                    let result = decoder
                        .decode(&bytes, base, &mut out)
                        .map(|_| out)
                        .map_err(io::Error::from);
                    if done_tx.send((seq, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        // Deliver in order.
        std::thread::spawn(move || {
            let mut pending: BTreeMap<usize, io::Result<Vec<u8>>> = BTreeMap::new();
            let mut next = 0;
            for (seq, r) in done_rx.iter() {
                pending.insert(seq, r);
                while let Some(r) = pending.remove(&next) {
                    next += 1;
                    let failed = r.is_err();
                    if tx.send(r).is_err() || failed {
                        return;
                    }
                }
            }
        });
    }
    Ok(Box::new(ChunkReader {
        rx,
        chunk: Vec::new(),
        pos: 0,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn compress(data: &[u8]) -> Vec<u8> {
        let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn multistream_is_read_in_order_on_several_threads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.xml.bz2");
        let mut file = Vec::new();
        let mut expected = Vec::new();
        for i in 0..40 {
            let part = format!("<page><title>Page {i}</title></page>\n").repeat(50 + i);
            expected.extend_from_slice(part.as_bytes());
            file.extend(compress(part.as_bytes()));
        }
        std::fs::write(&path, &file).unwrap();
        assert_eq!(stream_offsets(&path).unwrap().len(), 40);
        for threads in [1, 3] {
            let mut out = Vec::new();
            open(&path, Arc::default(), threads)
                .unwrap()
                .read_to_end(&mut out)
                .unwrap();
            assert!(out == expected, "threads {threads}");
        }
    }

    #[test]
    fn a_corrupt_stream_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.bz2");
        let mut file = compress(b"one");
        let mut second = compress(b"two two two");
        let n = second.len();
        second[n / 2] ^= 0xFF;
        file.extend(second);
        std::fs::write(&path, &file).unwrap();
        let mut out = Vec::new();
        assert!(open(&path, Arc::default(), 2)
            .unwrap()
            .read_to_end(&mut out)
            .is_err());
    }
}
