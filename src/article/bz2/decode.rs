//! A bzip2 decoder made for dumps.
//!
//! The format, block by block: a 48-bit magic number, the block's CRC, the
//! BWT origin, the bytes in use, up to six Huffman tables and the table
//! chosen for each group of 50 symbols; the symbols are move-to-front
//! positions with runs of the front byte in bijective base 2 (RUNA, RUNB).
//! Undoing them gives the last column of the sorted rotations; following
//! the inverse permutation gives the block, whose runs of four equal bytes
//! are followed by a count of further repeats.
//!
//! Where the time goes, and what is done about it:
//! - Huffman symbols are read through a 10-bit lookup table per coding
//!   table, so most symbols cost one load (long codes fall back to the
//!   canonical limits).
//! - Inverting the BWT is a chain of dependent loads over a 3.6 MB array:
//!   a [`Decoder`] keeps that array from block to block, so it stays in
//!   cache and in the page tables.
//! - Runs are expanded and CRCs computed during the walk, which waits on
//!   memory anyway.
//!
//! Errors name the byte offset (in the input given) where the fault was
//! found.

pub(super) const BLOCK_MAGIC: u64 = 0x3141_5926_5359;
pub(super) const EOS_MAGIC: u64 = 0x1772_4538_5090;
/// Symbols 0 (RUNA) and 1 (RUNB) are digits of a run length.
const RUN_B: u16 = 1;
const GROUP_SIZE: usize = 50;
const MAX_CODE_LEN: u32 = 20;
const MAX_SELECTORS: usize = 18_002;
/// Bits of a code resolved by one table load.
const LOOKUP_BITS: u32 = 10;

/// A fault in bzip2 data, with the byte offset where it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bzip2 data error at byte {offset}: {message}")]
pub struct Error {
    pub offset: u64,
    pub message: String,
}

impl From<Error> for std::io::Error {
    fn from(e: Error) -> Self {
        std::io::Error::new(std::io::ErrorKind::InvalidData, e)
    }
}

type Result<T> = std::result::Result<T, Error>;

const NOT_BZIP2: &str = "not a bzip2 stream (no BZh1..9 header)";

/// The longest block (in bytes) of the stream whose header `head` starts
/// with (`BZh1` to `BZh9`), `None` when it is no such header.
pub(super) fn stream_header(head: &[u8]) -> Option<usize> {
    match head {
        [b'B', b'Z', b'h', level @ b'1'..=b'9', ..] => Some((level - b'0') as usize * 100_000),
        _ => None,
    }
}

/// Reads bits most significant first from a byte slice. Past the end it
/// reads zeros and remembers that it did.
struct Bits<'a> {
    data: &'a [u8],
    /// Next byte to load into `buf`.
    pos: usize,
    /// Loaded bits, left-aligned; bits below `count` are zero or the true
    /// bits that follow.
    buf: u64,
    count: u32,
}

impl<'a> Bits<'a> {
    fn at(data: &'a [u8], bit: u64) -> Bits<'a> {
        let mut b = Bits {
            data,
            pos: (bit / 8) as usize,
            buf: 0,
            count: 0,
        };
        b.refill();
        b.consume((bit % 8) as u32);
        b
    }

    /// Bits consumed since the start of `data`.
    fn position(&self) -> u64 {
        self.pos as u64 * 8 - self.count as u64
    }

    /// True when bits past the end of the data were consumed.
    fn overrun(&self) -> bool {
        self.position() > self.data.len() as u64 * 8
    }

    #[inline]
    fn refill(&mut self) {
        if let Some(w) = self.data.get(self.pos..self.pos + 8) {
            let w = u64::from_be_bytes(w.try_into().unwrap());
            self.buf |= w >> self.count;
            let n = (63 - self.count) >> 3;
            self.pos += n as usize;
            self.count += n * 8;
        } else {
            while self.count <= 56 {
                let b = self.data.get(self.pos).copied().unwrap_or(0);
                self.pos += 1;
                self.buf |= (b as u64) << (56 - self.count);
                self.count += 8;
            }
        }
    }

    #[inline]
    fn peek(&self, n: u32) -> u32 {
        (self.buf >> (64 - n)) as u32
    }

    #[inline]
    fn consume(&mut self, n: u32) {
        self.buf <<= n;
        self.count -= n;
    }

    /// The next `n` bits (1 to 32).
    #[inline]
    fn get(&mut self, n: u32) -> u32 {
        if self.count < n {
            self.refill();
        }
        let v = self.peek(n);
        self.consume(n);
        v
    }

    fn bit(&mut self) -> bool {
        self.get(1) == 1
    }

    fn get48(&mut self) -> u64 {
        let hi = self.get(24) as u64;
        (hi << 24) | self.get(24) as u64
    }
}

/// One Huffman table, read as libbz2 reads it: codes are assigned by
/// length, and a code of length `n` is taken as soon as its value is at most
/// `limit[n]`. For a complete code this is canonical decoding; for an
/// over-subscribed one (more codes than bits, which `bzip2 -dc` accepts)
/// the longer codes are never reached, exactly as in libbz2, so every
/// stream libbz2 decodes decodes here to the same bytes.
struct Table {
    /// `symbol << 5 | length` for codes of up to `LOOKUP_BITS` bits,
    /// indexed by the next `LOOKUP_BITS` bits; 0 when the code is longer.
    fast: [u16; 1 << LOOKUP_BITS],
    /// For each length: the largest code value taken at that length.
    limit: [i32; MAX_CODE_LEN as usize + 1],
    /// For each length: subtracted from a code to index `perm`.
    base: [i32; MAX_CODE_LEN as usize + 2],
    /// Symbols by (length, symbol).
    perm: [u16; 258],
    symbols: usize,
    min_len: u32,
}

impl Table {
    fn new(lengths: &[u8]) -> Option<Table> {
        let mut t = Table {
            fast: [0; 1 << LOOKUP_BITS],
            limit: [-1; MAX_CODE_LEN as usize + 1],
            base: [0; MAX_CODE_LEN as usize + 2],
            perm: [0; 258],
            symbols: lengths.len(),
            min_len: *lengths.iter().min()? as u32,
        };
        let max_len = *lengths.iter().max()? as u32;
        let mut n = 0;
        for len in t.min_len..=max_len {
            for (sym, &l) in lengths.iter().enumerate() {
                if l as u32 == len {
                    t.perm[n] = sym as u16;
                    n += 1;
                }
            }
        }
        // base[len]: how many codes are shorter than len.
        let mut count = [0i32; MAX_CODE_LEN as usize + 2];
        for &l in lengths {
            count[l as usize] += 1;
        }
        let mut shorter = 0;
        for (base, n) in t.base.iter_mut().zip(count) {
            *base = shorter;
            shorter += n;
        }
        let mut code = 0;
        for len in t.min_len..=max_len {
            let l = len as usize;
            code += count[l];
            t.limit[l] = code - 1;
            // The first code of this length, less the symbols before it.
            if len > t.min_len {
                t.base[l] = ((t.limit[l - 1] + 1) << 1) - t.base[l];
            }
            code <<= 1;
        }
        for i in 0..t.fast.len() {
            if let Some((sym, len)) = t.decode((i as u32) << (MAX_CODE_LEN - LOOKUP_BITS)) {
                if len <= LOOKUP_BITS {
                    t.fast[i] = sym << 5 | len as u16;
                }
            }
        }
        Some(t)
    }

    /// The symbol whose code starts `v` (the next 20 bits), and its length.
    fn decode(&self, v: u32) -> Option<(u16, u32)> {
        for len in self.min_len..=MAX_CODE_LEN {
            let c = (v >> (MAX_CODE_LEN - len)) as i32;
            if c <= self.limit[len as usize] {
                let i = c - self.base[len as usize];
                return (0..self.symbols as i32)
                    .contains(&i)
                    .then(|| (self.perm[i as usize], len));
            }
        }
        None
    }

    /// [`Table::decode`] for a code the lookup table does not resolve.
    #[cold]
    fn decode_long(&self, v: u32) -> Option<(u16, u32)> {
        self.decode(v)
    }
}

/// Parses the block whose magic number was just read into `tt`: for
/// every position, its byte in the low eight bits and the next position of
/// the inverse BWT above them. Returns the BWT origin and the block's CRC.
fn read_block(
    bits: &mut Bits,
    max_len: usize,
    tt: &mut Vec<u32>,
    offset: u64,
) -> Result<(u32, u32)> {
    let fail = |message: &str| Error {
        offset,
        message: message.to_owned(),
    };
    let crc = bits.get(32);
    let randomised = bits.bit();
    let origin = bits.get(24);
    // Bytes in use.
    let ranges = bits.get(16);
    let mut used = Vec::with_capacity(256);
    for i in 0..16 {
        if ranges & (0x8000 >> i) != 0 {
            let b = bits.get(16);
            for j in 0..16 {
                if b & (0x8000 >> j) != 0 {
                    used.push((i * 16 + j) as u8);
                }
            }
        }
    }
    if used.is_empty() {
        return Err(fail("a block uses no bytes"));
    }
    let alpha_size = used.len() + 2;
    let n_groups = bits.get(3) as usize;
    if !(2..=6).contains(&n_groups) {
        return Err(fail(&format!("{n_groups} Huffman tables (2 to 6 allowed)")));
    }
    let n_selectors = bits.get(15) as usize;
    if n_selectors == 0 {
        return Err(fail("no selectors"));
    }
    // Selectors, move-to-front coded in unary.
    let mut order: Vec<u8> = (0..n_groups as u8).collect();
    let mut selectors = Vec::with_capacity(n_selectors.min(MAX_SELECTORS));
    for _ in 0..n_selectors {
        let mut j = 0;
        while bits.bit() {
            j += 1;
            if j >= n_groups {
                return Err(fail("selector out of range"));
            }
        }
        let t = order[j];
        order.copy_within(0..j, 1);
        order[0] = t;
        // bzip2 1.0.8 reads and ignores selectors past the limit.
        if selectors.len() < MAX_SELECTORS {
            selectors.push(t);
        }
    }
    // Code lengths, delta coded.
    let mut tables = Vec::with_capacity(n_groups);
    let mut lengths = vec![0u8; alpha_size];
    for _ in 0..n_groups {
        let mut curr = bits.get(5) as i32;
        for len in lengths.iter_mut() {
            loop {
                if !(1..=MAX_CODE_LEN as i32).contains(&curr) {
                    return Err(fail(&format!("Huffman code length {curr}")));
                }
                if !bits.bit() {
                    break;
                }
                curr += if bits.bit() { -1 } else { 1 };
            }
            *len = curr as u8;
        }
        tables.push(Table::new(&lengths).ok_or_else(|| fail("an empty Huffman table"))?);
    }

    let counts = read_symbols(bits, &tables, &selectors, &used, max_len, tt).map_err(fail)?;
    let n = tt.len();
    if bits.overrun() {
        return Err(fail("unexpected end of data"));
    }
    if origin as usize >= n {
        return Err(fail(&format!(
            "BWT origin {origin} outside a block of {n} bytes"
        )));
    }
    // Link every position to the next one of the inverse BWT.
    let mut next = [0u32; 256];
    let mut sum = 0;
    for (c, &k) in next.iter_mut().zip(counts.iter()) {
        *c = sum;
        sum += k;
    }
    for i in 0..n {
        let b = (tt[i] & 0xff) as usize;
        tt[next[b] as usize] |= (i as u32) << 8;
        next[b] += 1;
    }
    if randomised {
        derandomise(tt, origin);
    }
    Ok((origin, crc))
}

/// Undoes the randomisation bzip2 0.9.0 applied to repetitive blocks: the
/// bytes the walk of the inverse BWT meets at the positions
/// [`RANDOM_GAPS`] spells out had their lowest bit flipped. Flipping them in
/// `tt` before the walk gives the bytes libbz2 gives.
fn derandomise(tt: &mut [u32], origin: u32) {
    let mut p = tt[origin as usize] >> 8;
    let mut to_go = 0;
    let mut gap = 0;
    for _ in 0..tt.len() {
        if to_go == 0 {
            to_go = RANDOM_GAPS[gap];
            gap = (gap + 1) % RANDOM_GAPS.len();
        }
        to_go -= 1;
        if to_go == 1 {
            tt[p as usize] ^= 1;
        }
        p = tt[p as usize] >> 8;
    }
}

/// The table of libbz2's `randtable.c` (a fixed part of the format).
#[rustfmt::skip]
const RANDOM_GAPS: [u16; 512] = [
    619, 720, 127, 481, 931, 816, 813, 233, 566, 247, 985, 724, 205, 454, 863, 491,
    741, 242, 949, 214, 733, 859, 335, 708, 621, 574, 73, 654, 730, 472, 419, 436,
    278, 496, 867, 210, 399, 680, 480, 51, 878, 465, 811, 169, 869, 675, 611, 697,
    867, 561, 862, 687, 507, 283, 482, 129, 807, 591, 733, 623, 150, 238, 59, 379,
    684, 877, 625, 169, 643, 105, 170, 607, 520, 932, 727, 476, 693, 425, 174, 647,
    73, 122, 335, 530, 442, 853, 695, 249, 445, 515, 909, 545, 703, 919, 874, 474,
    882, 500, 594, 612, 641, 801, 220, 162, 819, 984, 589, 513, 495, 799, 161, 604,
    958, 533, 221, 400, 386, 867, 600, 782, 382, 596, 414, 171, 516, 375, 682, 485,
    911, 276, 98, 553, 163, 354, 666, 933, 424, 341, 533, 870, 227, 730, 475, 186,
    263, 647, 537, 686, 600, 224, 469, 68, 770, 919, 190, 373, 294, 822, 808, 206,
    184, 943, 795, 384, 383, 461, 404, 758, 839, 887, 715, 67, 618, 276, 204, 918,
    873, 777, 604, 560, 951, 160, 578, 722, 79, 804, 96, 409, 713, 940, 652, 934,
    970, 447, 318, 353, 859, 672, 112, 785, 645, 863, 803, 350, 139, 93, 354, 99,
    820, 908, 609, 772, 154, 274, 580, 184, 79, 626, 630, 742, 653, 282, 762, 623,
    680, 81, 927, 626, 789, 125, 411, 521, 938, 300, 821, 78, 343, 175, 128, 250,
    170, 774, 972, 275, 999, 639, 495, 78, 352, 126, 857, 956, 358, 619, 580, 124,
    737, 594, 701, 612, 669, 112, 134, 694, 363, 992, 809, 743, 168, 974, 944, 375,
    748, 52, 600, 747, 642, 182, 862, 81, 344, 805, 988, 739, 511, 655, 814, 334,
    249, 515, 897, 955, 664, 981, 649, 113, 974, 459, 893, 228, 433, 837, 553, 268,
    926, 240, 102, 654, 459, 51, 686, 754, 806, 760, 493, 403, 415, 394, 687, 700,
    946, 670, 656, 610, 738, 392, 760, 799, 887, 653, 978, 321, 576, 617, 626, 502,
    894, 679, 243, 440, 680, 879, 194, 572, 640, 724, 926, 56, 204, 700, 707, 151,
    457, 449, 797, 195, 791, 558, 945, 679, 297, 59, 87, 824, 713, 663, 412, 693,
    342, 606, 134, 108, 571, 364, 631, 212, 174, 643, 304, 329, 343, 97, 430, 751,
    497, 314, 983, 374, 822, 928, 140, 206, 73, 263, 980, 736, 876, 478, 430, 305,
    170, 514, 364, 692, 829, 82, 855, 953, 676, 246, 369, 970, 294, 750, 807, 827,
    150, 790, 288, 923, 804, 378, 215, 828, 592, 281, 565, 555, 710, 82, 896, 831,
    547, 261, 524, 462, 293, 465, 502, 56, 661, 821, 976, 991, 658, 869, 905, 758,
    745, 193, 768, 550, 608, 933, 378, 286, 215, 979, 792, 961, 61, 688, 793, 644,
    986, 403, 106, 366, 905, 644, 372, 567, 466, 434, 645, 210, 389, 550, 919, 135,
    780, 773, 635, 389, 707, 100, 626, 958, 165, 504, 920, 176, 193, 713, 857, 265,
    203, 50, 668, 108, 645, 990, 626, 197, 510, 357, 358, 850, 858, 364, 936, 638,
];

/// Reads the symbols of a block (move-to-front positions and runs of the
/// front byte) into `tt`, one byte per entry; returns how often each byte
/// occurs.
fn read_symbols(
    bits: &mut Bits,
    tables: &[Table],
    selectors: &[u8],
    used: &[u8],
    max_len: usize,
    tt: &mut Vec<u32>,
) -> std::result::Result<[u32; 256], &'static str> {
    let eob = (used.len() + 1) as u16;
    // The first 16 bytes of the move-to-front list live in `front` (most
    // positions are small), the rest in `list[16..]`; `list` is brought up
    // to date only for a position past 15.
    let mut list = [0u8; 256];
    list[..used.len()].copy_from_slice(used);
    let mut front = u128::from_le_bytes(list[..16].try_into().unwrap());
    let mut counts = [0u32; 256];
    tt.clear();
    tt.resize(max_len, 0);
    let mut n = 0usize;
    let mut run = 0usize;
    let mut run_weight = 1usize;
    // The bit reader in locals, so that it stays in registers.
    let mut r = Bits { ..*bits };
    'groups: {
        for &s in selectors {
            let table = &tables[s as usize];
            for _ in 0..GROUP_SIZE {
                if r.count < MAX_CODE_LEN {
                    r.refill();
                }
                let v = r.peek(MAX_CODE_LEN);
                let e = table.fast[(v >> (MAX_CODE_LEN - LOOKUP_BITS)) as usize];
                let (sym, len) = if e != 0 {
                    (e >> 5, (e & 31) as u32)
                } else {
                    table.decode_long(v).ok_or("invalid Huffman code")?
                };
                r.consume(len);
                if sym <= RUN_B {
                    run += (sym as usize + 1) * run_weight;
                    run_weight <<= 1;
                    if run_weight > max_len * 2 {
                        return Err("run too long");
                    }
                    continue;
                }
                if run > 0 {
                    let b = front as u8;
                    let out = tt
                        .get_mut(n..n + run)
                        .ok_or("block longer than its level allows")?;
                    out.fill(b as u32);
                    counts[b as usize] += run as u32;
                    n += run;
                    run = 0;
                    run_weight = 1;
                }
                if sym == eob {
                    break 'groups;
                }
                let p = sym as usize - 1;
                let b = if p < 15 {
                    // Shift bytes 0..p up by one, put byte p in front.
                    let b = (front >> (8 * p)) as u8;
                    let mask = (1u128 << (8 * (p + 1))) - 1;
                    front = (front & !mask) | (((front << 8) | b as u128) & mask);
                    b
                } else {
                    list[..16].copy_from_slice(&front.to_le_bytes());
                    let b = list[p];
                    list.copy_within(0..p, 1);
                    list[0] = b;
                    front = u128::from_le_bytes(list[..16].try_into().unwrap());
                    b
                };
                *tt.get_mut(n).ok_or("block longer than its level allows")? = b as u32;
                counts[b as usize] += 1;
                n += 1;
            }
        }
        return Err("more symbols than selectors");
    }
    tt.truncate(n);
    *bits = r;
    Ok(counts)
}

/// Blocks inverted side by side.
const CHAINS: usize = 2;

/// The walk of one block through its inverse BWT, with the expansion of
/// its runs (four equal bytes, then a count of further repeats) and its
/// CRC done on the way: the walk waits on memory, so the rest is free.
struct Walk {
    /// The next position.
    p: u32,
    /// The last byte (256 before the first and after a count) and how
    /// many times in a row it came.
    last: u32,
    run: u32,
    crc: u32,
}

impl Walk {
    fn new(tt: &[u32], origin: u32) -> Walk {
        Walk {
            p: tt[origin as usize] >> 8,
            last: 256,
            run: 0,
            crc: !0,
        }
    }

    #[inline(always)]
    fn step(&mut self, tt: &[u32], out: &mut Vec<u8>) {
        let e = tt[self.p as usize];
        self.p = e >> 8;
        let b = e as u8;
        if self.run == 4 {
            let last = self.last as u8;
            for _ in 0..b {
                out.push(last);
                self.crc = crc::byte(self.crc, last);
            }
            self.run = 0;
            self.last = 256;
        } else {
            out.push(b);
            self.crc = crc::byte(self.crc, b);
            if b as u32 == self.last {
                self.run += 1;
            } else {
                self.run = 1;
                self.last = b as u32;
            }
        }
    }
}

/// Follows the inverse BWT of up to [`CHAINS`] blocks (`tt`, origin) into
/// `out`, runs expanded; returns the CRC of each. The chains are walked
/// side by side: every step is a load that misses the cache, and the
/// misses of several chains overlap.
fn invert(blocks: &[(&[u32], u32)], out: &mut [Vec<u8>]) -> [u32; CHAINS] {
    let mut walks: Vec<Walk> = blocks
        .iter()
        .map(|&(tt, origin)| Walk::new(tt, origin))
        .collect();
    for (o, &(tt, _)) in out.iter_mut().zip(blocks) {
        o.clear();
        o.reserve(tt.len() + tt.len() / 8);
    }
    let mut done = 0;
    if let ([a, b], [wa, wb], [oa, ob]) = (blocks, &mut walks[..], &mut *out) {
        done = a.0.len().min(b.0.len());
        for _ in 0..done {
            wa.step(a.0, oa);
            wb.step(b.0, ob);
        }
    }
    let mut crcs = [0; CHAINS];
    for (k, (w, &(tt, _))) in walks.iter_mut().zip(blocks).enumerate() {
        for _ in done..tt.len() {
            w.step(tt, &mut out[k]);
        }
        crcs[k] = !w.crc;
    }
    crcs
}

/// Decompresses block after block, two at a time (see [`invert`]),
/// reusing its buffers: one decoder per thread keeps its tables in cache.
#[derive(Default)]
pub struct Decoder {
    tt: [Vec<u32>; CHAINS],
    inverted: [Vec<u8>; CHAINS],
    /// Parsed blocks (in `tt`, in order) and stream ends not written yet.
    steps: Vec<Step>,
    /// CRC of the stream being written, so far.
    combined: u32,
}

enum Step {
    Block { origin: u32, crc: u32, offset: u64 },
    End { crc: u32, offset: u64 },
}

impl Decoder {
    fn pending_blocks(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| matches!(s, Step::Block { .. }))
            .count()
    }

    /// Parses the block whose magic number was just read, first writing
    /// the pending ones onto `out` when both tables are taken.
    fn push_block(
        &mut self,
        bits: &mut Bits,
        max_len: usize,
        offset: u64,
        out: &mut Vec<u8>,
    ) -> Result<()> {
        if self.pending_blocks() == CHAINS {
            self.flush(out)?;
        }
        let slot = self.pending_blocks();
        let (origin, crc) = read_block(bits, max_len, &mut self.tt[slot], offset)?;
        self.steps.push(Step::Block {
            origin,
            crc,
            offset,
        });
        Ok(())
    }

    /// Writes the pending blocks onto `out`, checking every CRC.
    fn flush(&mut self, out: &mut Vec<u8>) -> Result<()> {
        let blocks: Vec<(&[u32], u32)> = self
            .steps
            .iter()
            .filter_map(|s| match *s {
                Step::Block { origin, .. } => Some(origin),
                Step::End { .. } => None,
            })
            .enumerate()
            .map(|(k, origin)| (&self.tt[k][..], origin))
            .collect();
        let crcs = invert(&blocks, &mut self.inverted);
        let mut slot = 0;
        for step in self.steps.drain(..) {
            match step {
                Step::Block {
                    crc: expected,
                    offset,
                    ..
                } => {
                    out.extend_from_slice(&self.inverted[slot]);
                    let crc = crcs[slot];
                    slot += 1;
                    if crc != expected {
                        return Err(Error {
                            offset,
                            message: format!("block CRC {crc:08x}, expected {expected:08x}"),
                        });
                    }
                    self.combined = self.combined.rotate_left(1) ^ crc;
                }
                Step::End { crc, offset } => {
                    let combined = std::mem::take(&mut self.combined);
                    if crc != combined {
                        return Err(Error {
                            offset,
                            message: format!("stream CRC {combined:08x}, expected {crc:08x}"),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    /// Decompresses `data`, one or more whole bzip2 streams, appending to
    /// `out`. `base` is the offset of `data` in its file, for errors.
    pub fn decode(&mut self, data: &[u8], base: u64, out: &mut Vec<u8>) -> Result<()> {
        self.steps.clear();
        self.combined = 0;
        let mut bits = Bits::at(data, 0);
        let at = |bits: &Bits| base + bits.position() / 8;
        let mut streams = 0;
        loop {
            let rest = &data[(bits.position() / 8) as usize..];
            if streams > 0 && rest.iter().all(|&b| b == 0) {
                // The end, or zero padding after the last stream.
                return self.flush(out);
            }
            let Some(max_len) = stream_header(rest) else {
                if streams > 0 {
                    // Bytes after the last stream that start no other:
                    // libbz2 (`bzip2 -dc`) ignores such trailing garbage.
                    return self.flush(out);
                }
                return Err(Error {
                    offset: at(&bits),
                    message: NOT_BZIP2.into(),
                });
            };
            streams += 1;
            bits.get(32);
            loop {
                let offset = at(&bits);
                let magic = bits.get48();
                let end_crc = (magic == EOS_MAGIC).then(|| bits.get(32));
                if bits.overrun() {
                    return Err(Error {
                        offset,
                        message: "unexpected end of data".into(),
                    });
                }
                if let Some(crc) = end_crc {
                    self.steps.push(Step::End { crc, offset });
                    // The next stream starts on a byte boundary.
                    bits = Bits::at(data, bits.position().div_ceil(8) * 8);
                    break;
                } else if magic == BLOCK_MAGIC {
                    self.push_block(&mut bits, max_len, offset, out)?;
                } else {
                    return Err(Error {
                        offset,
                        message: format!("bad block magic number {magic:012x}"),
                    });
                }
            }
        }
    }
}

/// Decompresses a bzip2 file of any length block by block, reading the
/// compressed bytes from a reader.
pub struct Streaming<R> {
    input: R,
    /// Compressed bytes from `window_start` on.
    window: Vec<u8>,
    window_start: u64,
    /// Bit position in `window` of the next thing to read.
    bit: u64,
    eof: bool,
    max_len: usize,
    /// Streams begun.
    streams: u64,
    state: State,
    decoder: Decoder,
}

#[derive(PartialEq)]
enum State {
    Header,
    Blocks,
    Done,
}

/// Compressed bytes kept ahead of the block being parsed (a block can be
/// longer; it is then parsed again with more).
const LOOKAHEAD: usize = 2 << 20;

impl<R: std::io::Read> Streaming<R> {
    pub fn new(input: R) -> Self {
        Streaming {
            input,
            window: Vec::new(),
            window_start: 0,
            bit: 0,
            eof: false,
            max_len: 0,
            streams: 0,
            state: State::Header,
            decoder: Decoder::default(),
        }
    }

    /// Keeps at least `want` bytes after the current position in the window.
    fn fill(&mut self, want: usize) -> std::io::Result<()> {
        let consumed = (self.bit / 8) as usize;
        if consumed > 0 {
            self.window.drain(..consumed);
            self.window_start += consumed as u64;
            self.bit -= consumed as u64 * 8;
        }
        while !self.eof && self.window.len() < want {
            let have = self.window.len();
            self.window.resize(want.max(have + (1 << 16)), 0);
            let n = self.input.read(&mut self.window[have..]);
            let n = match n {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => 0,
                Err(e) => {
                    self.window.truncate(have);
                    return Err(e);
                }
            };
            self.window.truncate(have + n);
            if n == 0 {
                self.eof = true;
            }
        }
        Ok(())
    }

    fn error(&self, offset: u64, message: &str) -> std::io::Error {
        Error {
            offset,
            message: message.to_owned(),
        }
        .into()
    }

    /// Reads the next block, writing decoded ones onto `out` (blocks are
    /// inverted two at a time); false at the end of the input, when all
    /// has been written.
    pub fn next_block(&mut self, out: &mut Vec<u8>) -> std::io::Result<bool> {
        loop {
            match self.state {
                State::Done => return Ok(false),
                State::Header => {
                    self.fill(4)?;
                    let at = (self.bit / 8) as usize;
                    let head = &self.window[at..];
                    if head.is_empty() && self.streams > 0 {
                        self.state = State::Done;
                        self.decoder.flush(out)?;
                        return Ok(false);
                    }
                    if self.streams > 0 && head[0] == 0 {
                        // Zero padding after the last stream, to the end.
                        self.bit += 8;
                        continue;
                    }
                    let Some(max_len) = stream_header(head) else {
                        if self.streams > 0 {
                            // Trailing garbage after the last stream: ignored,
                            // as libbz2 ignores it.
                            self.state = State::Done;
                            self.decoder.flush(out)?;
                            return Ok(false);
                        }
                        return Err(self.error(self.window_start + at as u64, NOT_BZIP2));
                    };
                    self.max_len = max_len;
                    self.bit += 32;
                    self.streams += 1;
                    self.state = State::Blocks;
                }
                State::Blocks => {
                    let mut want = LOOKAHEAD;
                    loop {
                        self.fill(want)?;
                        let mut bits = Bits::at(&self.window, self.bit);
                        let offset = self.window_start + self.bit / 8;
                        let magic = bits.get48();
                        let end_crc = (magic == EOS_MAGIC).then(|| bits.get(32));
                        if bits.overrun() {
                            if self.eof {
                                return Err(self.error(offset, "unexpected end of data"));
                            }
                            want *= 2;
                            continue;
                        }
                        if let Some(crc) = end_crc {
                            self.decoder.steps.push(Step::End { crc, offset });
                            // The next stream starts on a byte boundary.
                            self.bit = bits.position().div_ceil(8) * 8;
                            self.state = State::Header;
                            break;
                        }
                        if magic != BLOCK_MAGIC {
                            return Err(
                                self.error(offset, &format!("bad block magic number {magic:012x}"))
                            );
                        }
                        match self
                            .decoder
                            .push_block(&mut bits, self.max_len, offset, out)
                        {
                            Ok(()) => {}
                            Err(_) if bits.overrun() && !self.eof => {
                                want *= 2;
                                continue;
                            }
                            Err(e) => return Err(e.into()),
                        }
                        self.bit = bits.position();
                        return Ok(true);
                    }
                }
            }
        }
    }
}

/// CRC-32 as bzip2 computes it (polynomial 0x04C11DB7, most significant
/// bit first), a byte at a time by table.
mod crc {
    const fn table() -> [u32; 256] {
        let mut t = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = (i as u32) << 24;
            let mut k = 0;
            while k < 8 {
                c = if c & 0x8000_0000 != 0 {
                    (c << 1) ^ 0x04C1_1DB7
                } else {
                    c << 1
                };
                k += 1;
            }
            t[i] = c;
            i += 1;
        }
        t
    }

    static T: [u32; 256] = table();

    #[inline(always)]
    pub fn byte(crc: u32, b: u8) -> u32 {
        (crc << 8) ^ T[((crc >> 24) as u8 ^ b) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn compress(data: &[u8], level: u32) -> Vec<u8> {
        let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::new(level));
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    /// Deterministic pseudo-random bytes (xorshift), with a given alphabet
    /// size and runs, so every path of the decoder is taken.
    fn sample(len: usize, seed: u64, alphabet: u8, runs: bool) -> Vec<u8> {
        let mut x = seed | 1;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut v = Vec::with_capacity(len);
        while v.len() < len {
            let r = next();
            let b = (r % alphabet as u64) as u8;
            let n = if runs && r % 7 == 0 {
                (r >> 20) as usize % 600
            } else {
                1
            };
            v.extend(std::iter::repeat_n(b, n.min(len - v.len())));
        }
        v
    }

    fn inputs() -> Vec<Vec<u8>> {
        let mut v = vec![
            Vec::new(),
            b"a".to_vec(),
            b"aaaa".to_vec(),
            b"aaaaa".to_vec(),
            vec![b'x'; 1_000_000],
            (0..=255u8).cycle().take(300_000).collect(),
        ];
        for (i, &(len, alphabet, runs)) in [
            (1000, 2, false),
            (200_000, 4, true),
            (950_000, 26, true),
            (400_000, 255, false),
            (2_500_000, 200, true),
        ]
        .iter()
        .enumerate()
        {
            v.push(sample(len, i as u64 + 7, alphabet, runs));
        }
        v.push(
            std::fs::read("tests/golden/2003_Azerbaijani_protests.nq")
                .unwrap()
                .repeat(30),
        );
        v
    }

    #[test]
    fn decodes_what_libbz2_encodes() {
        for (i, data) in inputs().iter().enumerate() {
            for level in [1, 9] {
                let z = compress(data, level);
                let mut out = Vec::new();
                Decoder::default()
                    .decode(&z, 0, &mut out)
                    .unwrap_or_else(|e| panic!("input {i}: {e}"));
                assert!(
                    out == *data,
                    "input {i}, level {level}: whole-input decoder"
                );
                let mut s = Streaming::new(&z[..]);
                let mut out = Vec::new();
                while s.next_block(&mut out).unwrap() {}
                assert!(out == *data, "input {i}, level {level}: streaming decoder");
            }
        }
    }

    #[test]
    fn decodes_the_corpus_dumps_as_libbz2_does() {
        use std::io::Read;
        let dir = std::path::Path::new("../shared/corpus/dumps");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let z = std::fs::read(&path).unwrap();
            if !z.starts_with(b"BZh") {
                continue;
            }
            seen += 1;
            let mut expected = Vec::new();
            bzip2::read::MultiBzDecoder::new(&z[..])
                .read_to_end(&mut expected)
                .unwrap();
            let mut out = Vec::new();
            Decoder::default().decode(&z, 0, &mut out).unwrap();
            assert!(out == expected, "{}", path.display());
            let mut s = Streaming::new(&z[..]);
            let mut out = Vec::new();
            while s.next_block(&mut out).unwrap() {}
            assert!(out == expected, "{} (streaming)", path.display());
        }
        assert!(seen >= 4, "the corpus' .bz2 dumps were not found");
    }

    /// `bzip2 -dc` ignores bytes after the last stream that start no other
    /// ("trailing garbage after EOF ignored"); so do we, in both decoders.
    /// Bytes before the first stream are still an error.
    #[test]
    fn trailing_garbage_after_the_last_stream_is_ignored_as_libbz2_does() {
        let expected = &inputs()[6];
        let z = &compress(expected, 9);
        for garbage in [&b"hello, world"[..], b"\x01\x02\x03", b"BZ", b"\n"] {
            let mut with = z.clone();
            with.extend_from_slice(garbage);
            let mut out = Vec::new();
            Decoder::default().decode(&with, 0, &mut out).unwrap();
            assert!(out == *expected);
            let mut s = Streaming::new(&with[..]);
            let mut out = Vec::new();
            while s.next_block(&mut out).unwrap() {}
            assert!(out == *expected);
        }
        let mut front = b"junk".to_vec();
        front.extend_from_slice(z);
        assert!(Decoder::default()
            .decode(&front, 0, &mut Vec::new())
            .is_err());
    }

    #[test]
    fn concatenated_streams_decode_as_one() {
        let parts = inputs();
        let mut z = Vec::new();
        let mut expected = Vec::new();
        for p in &parts {
            z.extend(compress(p, 3));
            expected.extend_from_slice(p);
        }
        let mut out = Vec::new();
        Decoder::default().decode(&z, 0, &mut out).unwrap();
        assert!(out == expected);
        // Through a reader that gives a few bytes at a time.
        struct Trickle<'a>(&'a [u8]);
        impl std::io::Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = buf.len().min(self.0.len()).min(777);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut s = Streaming::new(Trickle(&z));
        let mut out = Vec::new();
        while s.next_block(&mut out).unwrap() {}
        assert!(out == expected);
    }

    #[test]
    fn damage_is_an_error_with_its_offset() {
        let data = sample(300_000, 3, 40, true);
        let z = compress(&data, 9);
        // Truncated anywhere: an error, never a panic or a short success.
        for cut in [3, 4, 10, 40, z.len() / 2, z.len() - 5, z.len() - 1] {
            let mut out = Vec::new();
            assert!(
                Decoder::default().decode(&z[..cut], 0, &mut out).is_err(),
                "cut at {cut}"
            );
            let mut s = Streaming::new(&z[..cut]);
            let mut out = Vec::new();
            let r = (|| {
                while s.next_block(&mut out)? {}
                Ok::<_, std::io::Error>(())
            })();
            assert!(r.is_err(), "streaming, cut at {cut}");
        }
        // Flipped bits: an error (a CRC or a structure fault).
        for at in [20, 100, z.len() / 3, z.len() - 12] {
            let mut bad = z.clone();
            bad[at] ^= 0x10;
            let mut out = Vec::new();
            let e = Decoder::default().decode(&bad, 1000, &mut out).unwrap_err();
            assert!(e.offset >= 1000 && e.offset <= 1000 + z.len() as u64, "{e}");
        }
        let e = Decoder::default()
            .decode(b"PK\x03\x04 not bzip2", 0, &mut Vec::new())
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "bzip2 data error at byte 0: not a bzip2 stream (no BZh1..9 header)"
        );
    }

    /// Both of our decoders on `z`: the bytes, or the first error.
    fn ours(z: &[u8]) -> [std::result::Result<Vec<u8>, String>; 2] {
        let mut out = Vec::new();
        let whole = Decoder::default()
            .decode(z, 0, &mut out)
            .map(|()| out)
            .map_err(|e| e.to_string());
        let mut s = Streaming::new(z);
        let mut out = Vec::new();
        let streaming = (|| {
            while s.next_block(&mut out)? {}
            Ok::<_, std::io::Error>(out)
        })()
        .map_err(|e| e.to_string());
        [whole, streaming]
    }

    fn libbz2(z: &[u8]) -> Option<Vec<u8>> {
        use std::io::Read;
        let mut out = Vec::new();
        bzip2::read::MultiBzDecoder::new(z)
            .read_to_end(&mut out)
            .ok()
            .map(|_| out)
    }

    /// The fuzz oracle for the decoder: every single-bit flip in the head
    /// of a stream (block header, bytes in use, selectors, code lengths,
    /// the first symbols) and in its tail (end of stream, CRCs), decoded
    /// by libbz2 and by us. What libbz2 decodes we decode to the same
    /// bytes, and what it rejects we reject. Among the mutants libbz2
    /// accepts are over-subscribed Huffman tables, which we once refused
    /// (58 of 141 found by the same flips with Python's bz2), and blocks
    /// marked randomised.
    #[test]
    fn every_bit_flip_decodes_as_libbz2_decodes_it() {
        let inputs: Vec<Vec<u8>> = vec![
            std::fs::read("../shared/corpus/dumps/tinywiki-latest-pages-articles.xml").unwrap(),
            b"hello world\n".repeat(10),
            b"abcabcabd".repeat(50),
            (0..=255u8).cycle().take(768).collect(),
            sample(3000, 11, 5, true),
        ];
        let (mut mutants, mut accepted) = (0, 0);
        for data in &inputs {
            let z = compress(data, 1);
            let head = 4..z.len().min(400);
            let tail = z.len().saturating_sub(12).max(head.end)..z.len();
            for at in head.chain(tail) {
                for bit in 0..8 {
                    let mut m = z.clone();
                    m[at] ^= 1 << bit;
                    mutants += 1;
                    let expected = libbz2(&m);
                    accepted += expected.is_some() as usize;
                    for got in ours(&m) {
                        match (&expected, got) {
                            (Some(e), Ok(g)) => {
                                assert!(*e == g, "byte {at} bit {bit}: other bytes")
                            }
                            (None, Err(_)) => {}
                            (e, g) => panic!(
                                "byte {at} bit {bit}: libbz2 {}, we {:?}",
                                if e.is_some() { "decodes" } else { "fails" },
                                g.map(|g| g.len())
                            ),
                        }
                    }
                }
            }
        }
        assert!(
            mutants > 8_000 && accepted > 50,
            "{mutants} mutants, {accepted} accepted"
        );
    }

    /// A randomised block (written by bzip2 0.9.0) as libbz2 reads it: the
    /// randomised bit is set on a stream of 300,000 bytes without runs (so
    /// the walk's bytes are the output's), the bytes the table marks are
    /// flipped, and the CRCs are rewritten for them; libbz2 must then
    /// decode it to those bytes, and so must we. Every entry of the table
    /// is used (the gaps sum to 278,212).
    #[test]
    fn randomised_blocks_decode_as_libbz2_decodes_them() {
        let mut data = sample(300_000, 13, 255, false);
        for i in 3..data.len() {
            if data[i - 3..=i].iter().all(|&b| b == data[i]) {
                data[i] ^= 0x80;
            }
        }
        let mut expected = data.clone();
        let (mut to_go, mut gap) = (0, 0);
        for b in expected.iter_mut() {
            if to_go == 0 {
                to_go = RANDOM_GAPS[gap];
                gap = (gap + 1) % 512;
            }
            to_go -= 1;
            if to_go == 1 {
                *b ^= 1;
            }
        }
        let cycle: usize = RANDOM_GAPS.iter().map(|&g| g as usize).sum();
        assert!(cycle < data.len(), "the table was not used whole");
        let crc = !expected.iter().fold(!0, |c, &b| crc::byte(c, b));
        let mut z = compress(&data, 9);
        // One block: its CRC at bytes 10..14, the randomised bit after it;
        // the stream's CRC (equal to the block's) after the end magic.
        z[10..14].copy_from_slice(&crc.to_be_bytes());
        z[14] |= 0x80;
        let bit = |z: &[u8], i: usize| z[i / 8] >> (7 - i % 8) & 1;
        let total = z.len() * 8;
        let end = (total - 87..=total - 80)
            .find(|&b| (0..48).all(|k| bit(&z, b + k) as u64 == EOS_MAGIC >> (47 - k) & 1))
            .expect("end-of-stream magic");
        for k in 0..32 {
            let i = end + 48 + k;
            z[i / 8] &= !(1 << (7 - i % 8));
            z[i / 8] |= ((crc >> (31 - k) & 1) as u8) << (7 - i % 8);
        }
        assert!(
            libbz2(&z) == Some(expected.clone()),
            "libbz2 reads it otherwise"
        );
        for got in ours(&z) {
            assert!(got.as_ref().ok() == Some(&expected), "{:?}", got.err());
        }
    }

    #[test]
    fn crc_matches_the_bitwise_definition() {
        let data = sample(10_001, 5, 255, false);
        let mut slow: u32 = !0;
        for &b in &data {
            slow ^= (b as u32) << 24;
            for _ in 0..8 {
                slow = if slow & 0x8000_0000 != 0 {
                    (slow << 1) ^ 0x04C1_1DB7
                } else {
                    slow << 1
                };
            }
        }
        assert_eq!(data.iter().fold(!0, |c, &b| crc::byte(c, b)), slow);
    }
}
