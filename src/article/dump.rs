//! Reader of MediaWiki XML dumps (`pages-articles`), streamed page by page,
//! never loaded whole: `.xml`, `.xml.bz2` (single or multistream), export
//! schemas 0.8 to 0.11, with or without `<siteinfo>`, in UTF-8 or in UTF-16
//! with a byte-order mark.

use super::bz2::Counted;
use quick_xml::events::Event;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

/// One page of a dump (its latest revision in the file).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub title: String,
    pub ns: i64,
    pub id: u64,
    /// The id of the page's (last) revision, when the dump gives it.
    pub revision: Option<u64>,
    /// When that revision was made (`2019-03-01T12:00:00Z`), when given.
    pub timestamp: Option<String>,
    /// The title this page redirects to, if it is a redirect.
    pub redirect: Option<String>,
    pub text: String,
    /// The page's text was longer than [`MAX_PAGE_BYTES`]: `text` holds its
    /// first bytes only, and the page is not to be read as an article.
    pub oversize: bool,
    /// The language of the wiki, as the dump's root element gives it
    /// (`xml:lang`), if it came before the page.
    pub language: Option<Arc<str>>,
}

/// The most bytes of one page's text read (MediaWiki caps articles at
/// 2 MiB by default; a page over this is no article and is skipped).
pub const MAX_PAGE_BYTES: u64 = 8 << 20;

/// The entity [`TextLimit`] puts where it cut a text (no dump holds it: a
/// dump writes `&` as `&amp;`).
const OVERSIZE_ENTITY: &[u8] = b"eventgraph-oversize";

/// The most bytes passed between two `<` or `>` outside a page's text (a
/// title holds at most 255; whitespace between pages a few). Past it the
/// run is cut (on a character boundary): a bzip2 bomb of a gigabyte of
/// spaces between pages, or in a title or a comment, took 1.3 to 2.2 GB.
const MARKUP_RUN_BYTES: u64 = 1 << 20;

/// Passes an XML dump through, cutting the content of every `<text>`
/// element after `limit` bytes (and marking the cut with
/// [`OVERSIZE_ENTITY`]), and any other run of bytes without `<` or `>`
/// after [`MARKUP_RUN_BYTES`]. A text's content holds no `<`, so it ends at
/// the next one. Linear, and constant memory.
struct TextLimit<R> {
    inner: R,
    limit: u64,
    state: LimitState,
    /// Bytes of the current text's content passed so far.
    count: u64,
    /// Bytes outside text content since the last `<` or `>`, whether the
    /// rest of that run is being dropped, and its last two bytes (a
    /// comment's `--` or a CDATA's `]]` before the `>` are kept).
    run: u64,
    cutting: bool,
    tail: [u8; 2],
    /// Bytes to hand out before reading more (the marker).
    pending: Vec<u8>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LimitState {
    /// Outside any text content.
    Markup,
    /// After `<`: how many bytes of `text` matched so far.
    Name(usize),
    /// Inside the `<text ...>` tag, until its `>`; the previous byte was `/`.
    Tag(bool),
    /// In a text's content.
    Content,
    /// In a text's content, past the limit: dropping until `<`.
    Dropping,
}

impl<R: BufRead> TextLimit<R> {
    fn new(inner: R, limit: u64) -> Self {
        TextLimit {
            inner,
            limit,
            state: LimitState::Markup,
            count: 0,
            run: 0,
            cutting: false,
            tail: [0; 2],
            pending: Vec::new(),
        }
    }
}

impl<R: BufRead> Read for TextLimit<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if !self.pending.is_empty() {
            let n = self.pending.len().min(out.len());
            out[..n].copy_from_slice(&self.pending[..n]);
            self.pending.drain(..n);
            return Ok(n);
        }
        loop {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                return Ok(0);
            }
            let (mut taken, mut written) = (0, 0);
            while taken < buf.len() && written < out.len() {
                match self.state {
                    LimitState::Content | LimitState::Dropping => {
                        let rest = &buf[taken..];
                        let run = memchr::memchr(b'<', rest).unwrap_or(rest.len());
                        let dropping = self.state == LimitState::Dropping;
                        let room = if dropping {
                            0
                        } else {
                            (self.limit - self.count).min((out.len() - written) as u64) as usize
                        };
                        let pass = run.min(room);
                        out[written..written + pass].copy_from_slice(&rest[..pass]);
                        written += pass;
                        self.count += pass as u64;
                        if dropping {
                            taken += run;
                        } else {
                            taken += pass;
                            if pass < run && self.count >= self.limit {
                                self.state = LimitState::Dropping;
                                self.pending = [b"&", OVERSIZE_ENTITY, b";"].concat();
                                break;
                            }
                        }
                        if taken < buf.len() && buf[taken] == b'<' && written < out.len() {
                            self.state = LimitState::Name(0);
                            out[written] = b'<';
                            written += 1;
                            taken += 1;
                        } else if written == out.len() {
                            break;
                        }
                    }
                    state => {
                        let b = buf[taken];
                        if b == b'<' || b == b'>' {
                            self.run = 0;
                            if self.cutting {
                                // The run's last ASCII bytes go out first; `b`
                                // is read again after them.
                                self.cutting = false;
                                let ascii = self.tail.iter().rev().take_while(|t| t.is_ascii());
                                let n = ascii.count();
                                self.pending = self.tail[2 - n..].to_vec();
                                break;
                            }
                        } else {
                            self.run += 1;
                            // Past the limit, a character's last bytes still
                            // pass; then the run is dropped.
                            if self.run > MARKUP_RUN_BYTES && (self.cutting || b & 0xC0 != 0x80) {
                                self.cutting = true;
                                self.tail = [self.tail[1], b];
                                taken += 1;
                                continue;
                            }
                        }
                        self.state = match (state, b) {
                            (_, b'<') => LimitState::Name(0),
                            (LimitState::Name(i), _) if i < 4 && b == b"text"[i] => {
                                LimitState::Name(i + 1)
                            }
                            (LimitState::Name(4), b'>') => {
                                self.count = 0;
                                LimitState::Content
                            }
                            (LimitState::Name(4), b' ' | b'\t' | b'\n' | b'\r' | b'/') => {
                                LimitState::Tag(b == b'/')
                            }
                            (LimitState::Tag(slash), b'>') => {
                                if slash {
                                    LimitState::Markup
                                } else {
                                    self.count = 0;
                                    LimitState::Content
                                }
                            }
                            (LimitState::Tag(_), _) => LimitState::Tag(b == b'/'),
                            _ => LimitState::Markup,
                        };
                        out[written] = b;
                        written += 1;
                        taken += 1;
                    }
                }
            }
            self.inner.consume(taken);
            if written > 0 {
                return Ok(written);
            }
            if !self.pending.is_empty() {
                return self.read(out);
            }
        }
    }
}

/// A dump that cannot be read further.
#[derive(Debug, thiserror::Error)]
#[error("{file}: at byte {position}: {message}")]
pub struct DumpError {
    pub file: String,
    /// The byte offset in the (decompressed) XML where reading stopped.
    pub position: u64,
    pub message: String,
}

/// The language of the wiki a dump file exports, as its root element's
/// `xml:lang` says (`en`, `bg`, `ltg`), read from the head of the file:
/// for a shard of a multistream dump, whose streams past the first hold no
/// root (a shard is read from a file, never a pipe, so it can be opened
/// twice). `None` where the file gives none, or one that is no language
/// tag.
pub fn wiki_language(path: &Path) -> Option<String> {
    let mut reader = DumpReader::open_with(path, Arc::default(), 1).ok()?;
    // The root comes before the first page, after at most a declaration
    // and a comment or two.
    for _ in 0..16 {
        reader.buf.clear();
        match reader.xml.read_event_into(&mut reader.buf).ok()? {
            Event::Start(e) if e.local_name().as_ref() == b"mediawiki" => {
                return root_language(&e);
            }
            Event::Start(_) | Event::Eof => return None,
            _ => {}
        }
    }
    None
}

/// The root element's `xml:lang`, if it is a language tag.
fn root_language(root: &quick_xml::events::BytesStart) -> Option<String> {
    let lang = root.try_get_attribute("xml:lang").ok()??;
    let tag = String::from_utf8(lang.value.into_owned()).ok()?;
    is_language_tag(&tag).then_some(tag)
}

/// A BCP 47 language tag in the simple form wikis use (`en`, `zh-yue`,
/// `be-tarask`): letters, then parts of letters and digits.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// True when the file's name marks a dump (`.xml`, `.xml.bz2`, `.bz2`).
pub fn is_dump_path(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".xml") || name.ends_with(".xml.bz2") || name.ends_with(".bz2")
}

/// Streams the pages of a dump.
pub struct DumpReader {
    xml: quick_xml::Reader<Box<dyn BufRead + Send>>,
    buf: Vec<u8>,
    source: String,
    done: bool,
    /// The root element's `xml:lang`, once read.
    language: Option<Arc<str>>,
}

impl DumpReader {
    /// Opens a dump file; `.bz2` is decompressed on the fly (all streams of
    /// a multistream file, in order), UTF-16 is transcoded. `read_bytes`
    /// counts the bytes read from the file.
    pub fn open(path: &Path, read_bytes: Arc<AtomicU64>) -> Result<DumpReader, DumpError> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        Self::open_with(path, read_bytes, threads)
    }

    /// Like [`DumpReader::open`], decompressing a multistream file on
    /// `threads` threads.
    pub fn open_with(
        path: &Path,
        read_bytes: Arc<AtomicU64>,
        threads: usize,
    ) -> Result<DumpReader, DumpError> {
        Self::open_shard(path, read_bytes, threads, None)
    }

    /// [`DumpReader::open_with`], reading only the pages of the streams of
    /// `shard` (a multistream `.bz2` dump).
    pub fn open_shard(
        path: &Path,
        read_bytes: Arc<AtomicU64>,
        threads: usize,
        shard: Option<&super::bz2::Shard>,
    ) -> Result<DumpReader, DumpError> {
        let source = path.display().to_string();
        let err = |e: io::Error| DumpError {
            file: source.clone(),
            position: 0,
            message: e.to_string(),
        };
        // Peek at the magic number without consuming it: the input may be
        // a pipe, which cannot be read twice.
        let file = File::open(path).map_err(err)?;
        let mut raw = BufReader::with_capacity(
            1 << 20,
            Counted {
                inner: file,
                count: read_bytes.clone(),
            },
        );
        let is_bz2 = raw.fill_buf().map_err(err)?.starts_with(b"BZh");
        let decompressed: Box<dyn BufRead + Send> = if is_bz2 {
            drop(raw);
            super::bz2::open_shard(path, read_bytes, threads, shard).map_err(err)?
        } else if let Some(shard) = shard {
            return Err(err(io::Error::other(format!(
                "--shard {shard} splits a multistream .bz2 dump by its streams; this file is not bzip2"
            ))));
        } else {
            Box::new(raw)
        };
        Self::from_buf_reader(&source, decompressed).map_err(err)
    }

    /// Reads a dump from any reader (already decompressed).
    pub fn from_reader(source: &str, inner: Box<dyn Read + Send>) -> io::Result<DumpReader> {
        Self::from_buf_reader(source, Box::new(BufReader::with_capacity(1 << 20, inner)))
    }

    /// Reads a dump from a buffered reader (already decompressed), whose
    /// buffer the XML parser reads in place.
    pub fn from_buf_reader(
        source: &str,
        mut inner: Box<dyn BufRead + Send>,
    ) -> io::Result<DumpReader> {
        let head = inner.fill_buf()?;
        let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
        let reader: Box<dyn BufRead + Send> = if utf16 {
            Box::new(BufReader::with_capacity(1 << 20, Utf16Reader::new(inner)))
        } else {
            Box::new(inner)
        };
        // A page's text beyond the limit never reaches the XML parser, so
        // memory stays bounded by the limit whatever one page holds.
        let reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(
            1 << 20,
            TextLimit::new(reader, MAX_PAGE_BYTES),
        ));
        let mut xml = quick_xml::Reader::from_reader(reader);
        xml.config_mut().trim_text(false);
        // A shard's streams hold pages without the root element around
        // them (or with its end alone): pages are read wherever they are.
        xml.config_mut().check_end_names = false;
        xml.config_mut().allow_unmatched_ends = true;
        Ok(DumpReader {
            xml,
            buf: Vec::with_capacity(1 << 16),
            source: source.to_owned(),
            done: false,
            language: None,
        })
    }

    fn error(&self, message: impl Into<String>) -> DumpError {
        DumpError {
            file: self.source.clone(),
            position: self.xml.buffer_position(),
            message: message.into(),
        }
    }

    /// The next page, `None` at the end of the dump.
    fn next_page(&mut self) -> Result<Option<Page>, DumpError> {
        let mut page: Option<Page> = None;
        // The element whose text we are collecting.
        let mut field: Option<&'static str> = None;
        let mut text = String::new();
        let mut depth_in_revision = false;
        let mut seen_page_id = false;
        let mut seen_revision_id = false;
        loop {
            self.buf.clear();
            let event = self
                .xml
                .read_event_into(&mut self.buf)
                .map_err(|e| DumpError {
                    file: self.source.clone(),
                    position: self.xml.buffer_position(),
                    message: format!("malformed XML: {e}"),
                })?;
            match event {
                Event::Start(e) => match e.local_name().as_ref() {
                    b"mediawiki" => self.language = root_language(&e).map(Arc::from),
                    b"page" => {
                        page = Some(Page {
                            language: self.language.clone(),
                            ..Page::default()
                        });
                        seen_page_id = false;
                    }
                    b"revision" => {
                        depth_in_revision = true;
                        seen_revision_id = false;
                    }
                    b"title" if page.is_some() => field = Some("title"),
                    b"ns" if page.is_some() => field = Some("ns"),
                    b"id" if page.is_some() && !depth_in_revision && !seen_page_id => {
                        field = Some("id")
                    }
                    // A revision's own id comes before its contributor's.
                    b"id" if page.is_some() && depth_in_revision && !seen_revision_id => {
                        field = Some("id")
                    }
                    b"text" if page.is_some() => field = Some("text"),
                    b"timestamp" if page.is_some() && depth_in_revision => {
                        field = Some("timestamp")
                    }
                    _ => {}
                },
                Event::Empty(e) if e.local_name().as_ref() == b"redirect" => {
                    if let Some(p) = page.as_mut() {
                        let target = e
                            .try_get_attribute("title")
                            .ok()
                            .flatten()
                            .and_then(|a| {
                                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                    .ok()
                                    .map(|v| v.into_owned())
                            })
                            .unwrap_or_default();
                        p.redirect = Some(target);
                    }
                }
                // The dump is UTF-8 (or transcoded to it); invalid bytes
                // become U+FFFD rather than stopping the dump.
                Event::Text(t) if field.is_some() => push_utf8(&mut text, &t),
                Event::CData(t) if field.is_some() => push_utf8(&mut text, &t),
                Event::GeneralRef(r) if field.is_some() => match r.resolve_char_ref() {
                    Ok(Some(c)) => text.push(c),
                    _ => match r.as_ref() {
                        b"amp" => text.push('&'),
                        b"lt" => text.push('<'),
                        b"gt" => text.push('>'),
                        b"quot" => text.push('"'),
                        b"apos" => text.push('\''),
                        OVERSIZE_ENTITY => {
                            if let Some(p) = page.as_mut() {
                                p.oversize = true;
                            }
                        }
                        other => {
                            text.push('&');
                            text.push_str(&String::from_utf8_lossy(other));
                            text.push(';');
                        }
                    },
                },
                Event::End(e) => {
                    let name = e.local_name();
                    let name = name.as_ref();
                    if let (Some(f), Some(p)) = (field, page.as_mut()) {
                        if name == f.as_bytes() {
                            let value = std::mem::take(&mut text);
                            match f {
                                "title" => p.title = value,
                                "ns" => p.ns = value.trim().parse().unwrap_or(0),
                                "id" if depth_in_revision => {
                                    p.revision = value.trim().parse().ok();
                                    seen_revision_id = true;
                                }
                                "id" => {
                                    p.id = value.trim().parse().unwrap_or(0);
                                    seen_page_id = true;
                                }
                                "timestamp" => p.timestamp = Some(value.trim().to_owned()),
                                _ => p.text = value,
                            }
                            field = None;
                        }
                    }
                    match name {
                        b"revision" => depth_in_revision = false,
                        b"page" => {
                            if let Some(mut p) = page.take() {
                                // Exports without `<redirect>` still say so
                                // in the text: `#REDIRECT [[Target]]`.
                                if p.redirect.is_none() {
                                    p.redirect = redirect_in_text(&p.text);
                                }
                                return Ok(Some(p));
                            }
                        }
                        _ => {}
                    }
                }
                Event::Eof => {
                    if page.is_some() {
                        return Err(self.error("the dump ends inside a <page>"));
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
    }
}

impl Iterator for DumpReader {
    type Item = Result<Page, DumpError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_page() {
            Ok(Some(p)) => Some(Ok(p)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                // Malformed XML cannot be resynchronised reliably: stop here,
                // having yielded every page before the fault.
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// Appends UTF-8 bytes to `text`: checked by the standard library's fast
/// path (a word at a time over ASCII), invalid bytes as U+FFFD.
fn push_utf8(text: &mut String, bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(s) => text.push_str(s),
        Err(_) => text.push_str(&String::from_utf8_lossy(bytes)),
    }
}

/// The target of `#REDIRECT [[Target]]` at the start of a page's text.
pub fn redirect_in_text(text: &str) -> Option<String> {
    let t = text.trim_start();
    if !t
        .get(..9)
        .is_some_and(|h| h.eq_ignore_ascii_case("#redirect"))
    {
        return None;
    }
    let open = t.find("[[")? + 2;
    let close = open + t[open..].find("]]")?;
    let target = t[open..close].split(['|', '#']).next()?.trim();
    (!target.is_empty()).then(|| target.to_owned())
}

/// Transcodes UTF-16 (either byte order, told by the BOM) to UTF-8.
struct Utf16Reader<R> {
    inner: R,
    big_endian: Option<bool>,
    pending: Vec<u8>,
    out: Vec<u8>,
    out_pos: usize,
}

impl<R: Read> Utf16Reader<R> {
    fn new(inner: R) -> Self {
        Utf16Reader {
            inner,
            big_endian: None,
            pending: Vec::new(),
            out: Vec::new(),
            out_pos: 0,
        }
    }

    fn refill(&mut self) -> io::Result<bool> {
        let mut chunk = vec![0u8; 1 << 16];
        let n = self.inner.read(&mut chunk)?;
        if n == 0 {
            return Ok(false);
        }
        self.pending.extend_from_slice(&chunk[..n]);
        if self.big_endian.is_none() && self.pending.len() >= 2 {
            let be = self.pending[0] == 0xFE && self.pending[1] == 0xFF;
            let le = self.pending[0] == 0xFF && self.pending[1] == 0xFE;
            self.big_endian = Some(be);
            if be || le {
                self.pending.drain(..2);
            }
        }
        let be = self.big_endian.unwrap_or(false);
        let usable = self.pending.len() / 2 * 2;
        let units: Vec<u16> = self.pending[..usable]
            .chunks_exact(2)
            .map(|c| {
                if be {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                }
            })
            .collect();
        // Keep a trailing high surrogate for the next chunk.
        let keep = usize::from(units.last().is_some_and(|u| (0xD800..0xDC00).contains(u)));
        let take = units.len() - keep;
        self.out.clear();
        self.out_pos = 0;
        for c in char::decode_utf16(units[..take].iter().copied()) {
            let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
            let mut b = [0u8; 4];
            self.out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
        self.pending.drain(..take * 2);
        Ok(true)
    }
}

impl<R: Read> Read for Utf16Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_pos >= self.out.len() {
            if !self.refill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for tag in ["en", "bg", "ltg", "zh-yue", "be-tarask", "zh-min-nan"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "e", "en_GB", "en-", "1en", "toolongtag"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }

    /// The text filter cuts a text after the limit and marks it, passes
    /// everything else byte for byte, whatever the sizes of the reads.
    #[test]
    fn text_limit_cuts_only_long_texts() {
        let read_all = |input: &str, limit: u64, chunk: usize| {
            let mut r = TextLimit::new(io::BufReader::with_capacity(3, input.as_bytes()), limit);
            let mut out = Vec::new();
            let mut buf = vec![0u8; chunk];
            loop {
                let n = r.read(&mut buf).unwrap();
                if n == 0 {
                    break;
                }
                out.extend_from_slice(&buf[..n]);
            }
            String::from_utf8(out).unwrap()
        };
        let xml = "<page><title>t</title><text xml:space=\"preserve\">0123456789abcdef</text><text/><textual>0123456789abcdef</textual><text>short</text></page>";
        for chunk in [1, 2, 5, 64] {
            assert_eq!(read_all(xml, 1000, chunk), xml);
            assert_eq!(
                read_all(xml, 10, chunk),
                xml.replacen(
                    "0123456789abcdef</text>",
                    "0123456789&eventgraph-oversize;</text>",
                    1
                )
            );
        }
        let p = pages(&format!(
            "<mediawiki><page><title>Big</title><ns>0</ns><id>1</id><revision><text>{}</text></revision></page></mediawiki>",
            "x".repeat((MAX_PAGE_BYTES + 10) as usize)
        ));
        let big = p[0].as_ref().unwrap();
        assert!(big.oversize);
        assert_eq!(big.text.len() as u64, MAX_PAGE_BYTES);
    }

    /// A bzip2 bomb of spaces between pages, or of one character in a
    /// comment or a title, took memory in proportion (1.3 to 2.2 GB for a
    /// gigabyte): such runs are cut after [`MARKUP_RUN_BYTES`], on a
    /// character boundary, keeping a comment's closing `--`, and the pages
    /// around them read as before.
    #[test]
    fn long_runs_outside_texts_are_cut_and_the_pages_still_read() {
        let run = MARKUP_RUN_BYTES as usize;
        let page = |title: &str| {
            format!("<page><title>{title}</title><ns>0</ns><id>1</id><revision><text>War.</text></revision></page>")
        };
        let xml = format!(
            "<mediawiki>{}{}<!--{}-->{}{}</mediawiki>",
            page("Before"),
            " ".repeat(3 * run),
            "é".repeat(run),
            page(&"ü".repeat(run)),
            page("After")
        );
        let mut cut = String::new();
        TextLimit::new(
            io::BufReader::with_capacity(1000, xml.as_bytes()),
            MAX_PAGE_BYTES,
        )
        .read_to_string(&mut cut)
        .unwrap();
        assert!(cut.len() < 4 * run, "{}", cut.len());
        assert!(cut.contains(&format!("{}--><page>", "é".repeat(run / 2 - 1))));
        let p = pages(&xml);
        assert_eq!(p.len(), 3);
        let titles: Vec<usize> = p.iter().map(|p| p.as_ref().unwrap().title.len()).collect();
        assert_eq!(p[0].as_ref().unwrap().title, "Before");
        assert_eq!(p[2].as_ref().unwrap().title, "After");
        assert!(titles[1] <= run + 1 && titles[1] >= run - 1, "{titles:?}");
    }

    fn pages(xml: &str) -> Vec<Result<Page, DumpError>> {
        DumpReader::from_reader("t.xml", Box::new(io::Cursor::new(xml.as_bytes().to_vec())))
            .unwrap()
            .collect()
    }

    #[test]
    fn reads_pages_redirects_and_entities() {
        let xml = r#"<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/"><page><title>A &amp; B</title><ns>0</ns><id>7</id><revision><id>99</id><text xml:space="preserve">{{Infobox x}} &lt;ref&gt; &#233;</text></revision></page>
<page><title>R</title><ns>0</ns><id>8</id><redirect title="A &amp; B" /><revision><id>100</id><text>#REDIRECT [[A &amp; B]]</text></revision></page></mediawiki>"#;
        let p: Vec<Page> = pages(xml).into_iter().map(Result::unwrap).collect();
        assert_eq!(p.len(), 2);
        assert_eq!((p[0].title.as_str(), p[0].id, p[0].ns), ("A & B", 7, 0));
        assert_eq!(p[0].text, "{{Infobox x}} <ref> é");
        assert_eq!(p[1].redirect.as_deref(), Some("A & B"));
    }

    #[test]
    fn truncated_dump_yields_pages_then_an_error() {
        let xml = "<mediawiki><page><title>A</title><ns>0</ns><id>1</id><revision><text>x</text></revision></page><page><title>B</title>";
        let p = pages(xml);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].as_ref().unwrap().title, "A");
        assert!(p[1]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("ends inside a <page>"));
    }

    #[test]
    fn utf16_with_bom() {
        let xml = "<mediawiki><page><title>Григориански</title><ns>0</ns><id>1</id><revision><text>текст</text></revision></page></mediawiki>";
        let mut bytes = vec![0xFF, 0xFE];
        for u in xml.encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let p: Vec<Page> = DumpReader::from_reader("t", Box::new(io::Cursor::new(bytes)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(p[0].title, "Григориански");
        assert_eq!(p[0].text, "текст");
    }
}
