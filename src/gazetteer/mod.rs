//! The bundled gazetteer: countries (names, codes, demonyms, Wikidata and
//! GeoNames identifiers), first-level regions and cities, compiled into the
//! binary so that places resolve offline.
//!
//! The tables in `data/gazetteer/` are generated from the linking tables of
//! the corpus by [`build`] (`eventgraph build-gazetteer`), which also reads
//! the corpus' English summaries beside them (`plain/`) for the words of
//! the language, no town's other name; a test checks that the committed
//! tables are what the generator makes.

pub mod build;
pub mod fixture;

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A sovereign state or territory with an ISO 3166-1 code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    pub iso2: String,
    pub iso3: String,
    /// The English Wikipedia title.
    pub title: String,
    pub wikidata: Option<String>,
    pub geonames: Option<u64>,
    pub names: Vec<String>,
    pub demonyms: Vec<String>,
    /// A sovereign state (not a territory of another).
    pub independent: bool,
    /// A representative point, `lon lat` in degrees (WGS 84).
    pub point: Option<String>,
}

/// What kind of populated place or area a [`Place`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    City,
    Region,
}

/// A city or a first-level region, always inside one country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub kind: PlaceKind,
    pub title: String,
    /// The title its entity is minted from: the title, unless other places
    /// bear it too (see [`namesake_keys`]): `Segovia, Colombia`.
    pub key: String,
    pub country: String,
    pub wikidata: Option<String>,
    pub geonames: Option<u64>,
    pub population: u64,
    pub names: Vec<String>,
    /// The first-level division a city lies in, as Natural Earth names it.
    pub admin1: Option<String>,
    /// Where it lies, `lon lat` in degrees (WGS 84): Natural Earth's point
    /// of a city, dr5hn's of a region.
    pub point: Option<String>,
}

/// Gives places that share a title keys of their own, so that one IRI is
/// never minted for two places (`Segovia` of Spain and of Colombia). A
/// title stays the key of one of them only: a region among cities
/// (`Wales`), or a place ten times the size of each other (`London`);
/// the others, and all where none stands out (`Birmingham`), are
/// qualified as Wikipedia's titles qualify namesakes: by their state in the United
/// States, Canada and Australia (`Kent, Ohio`), else by their country
/// (`Segovia, Colombia`), by their first-level division where the country
/// is shared (`Yono, Ōsaka`), and by their Wikidata or GeoNames identifier
/// where nothing else tells them apart. Places with
/// one Wikidata item (one territory filed under two codes) are one.
fn namesake_keys(places: &mut [Place], countries: &[Country]) {
    let keys = {
        let places: &[Place] = places;
        let mut by_title: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, p) in places.iter().enumerate() {
            by_title.entry(p.title.as_str()).or_default().push(i);
        }
        let mut keys: Vec<(usize, String)> = Vec::new();
        for group in by_title.values().filter(|g| g.len() > 1) {
            keys.extend(group_keys(places, group, countries));
        }
        keys
    };
    for (i, k) in keys {
        places[i].key = k;
    }
}

/// The keys of the namesakes `group` (indexes into `places`) that are
/// not their title.
fn group_keys(places: &[Place], group: &[usize], countries: &[Country]) -> Vec<(usize, String)> {
    let same = |a: &Place, b: &Place| a.wikidata.is_some() && a.wikidata == b.wikidata;
    // The other places of the group, one item's codes apart.
    let others = |i: usize| {
        group
            .iter()
            .map(|&j| &places[j])
            .filter(move |q| !std::ptr::eq(*q, &places[i]) && !same(q, &places[i]))
    };
    if group.iter().all(|&i| others(i).next().is_none()) {
        return Vec::new();
    }
    let regions: Vec<usize> = group
        .iter()
        .copied()
        .filter(|&i| places[i].kind == PlaceKind::Region)
        .collect();
    let keeper = match regions[..] {
        [r] => Some(r),
        _ => group
            .iter()
            .copied()
            .find(|&i| others(i).all(|q| q.population.saturating_mul(10) <= places[i].population)),
    };
    let country = |p: &Place| {
        countries
            .iter()
            .find(|c| c.iso2 == p.country)
            .map_or(p.country.clone(), |c| c.title.clone())
    };
    let mut qualified: Vec<(usize, String)> = Vec::new();
    for &i in group {
        let p = &places[i];
        if keeper.is_some_and(|k| k == i || same(&places[k], p)) {
            continue;
        }
        let admin1 = p.admin1.as_deref().filter(|a| *a != p.title);
        let country_shared = others(i).any(|q| q.country == p.country);
        let by = match admin1 {
            Some(a) if matches!(p.country.as_str(), "US" | "CA" | "AU") => a.to_owned(),
            _ if !country_shared => country(p),
            Some(a) => a.to_owned(),
            None => String::new(),
        };
        qualified.push((i, by));
    }
    qualified
        .iter()
        .map(|(i, by)| {
            let p = &places[*i];
            let clash = by.is_empty()
                || qualified
                    .iter()
                    .any(|(j, b)| j != i && b == by && !same(&places[*j], p));
            let key = match (clash, &p.wikidata, p.geonames) {
                (false, ..) => format!("{}, {by}", p.title),
                (true, Some(q), _) => format!("{} ({q})", p.title),
                (true, None, Some(id)) => format!("{} (GeoNames {id})", p.title),
                (true, None, None) => format!("{}, {}", p.title, country(p)),
            };
            (*i, key)
        })
        .collect()
}

/// What a name resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit<'a> {
    Country(&'a Country),
    Place(&'a Place),
}

/// The whole gazetteer with its name indexes.
pub struct Gazetteer {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    country_by_name: HashMap<String, Vec<usize>>,
    country_by_demonym: HashMap<String, Vec<usize>>,
    country_by_code: HashMap<String, usize>,
    place_by_name: HashMap<String, Vec<usize>>,
    /// Names of several states (`Congo`), folded: each state with its cues.
    ambiguous: HashMap<String, Vec<(String, Vec<String>)>>,
    /// Every cue of `ambiguous` in one automaton (a text is read once for
    /// all of them), and the name and state each pattern is a cue of.
    cues: aho_corasick::AhoCorasick,
    cue_of: Vec<(String, usize)>,
    /// The first word of every country name, folded (`republic`, `china`).
    country_first_words: rustc_hash::FxHashSet<String>,
    /// Each country and folded division some city is filed under.
    divisions_filed: rustc_hash::FxHashSet<(String, String)>,
}

const COUNTRIES_TSV: &str = include_str!("../../data/gazetteer/countries.tsv");
const REGIONS_TSV: &str = include_str!("../../data/gazetteer/regions.tsv");
const CITIES_TSV: &str = include_str!("../../data/gazetteer/cities.tsv");
const AMBIGUOUS_TSV: &str = include_str!("../../data/gazetteer/ambiguous.tsv");

/// Folds a name for lookup: lower case, without accents (`Burkinabé` =
/// `Burkinabe`), `-`/`_` as spaces, a leading `the` dropped.
pub fn fold(name: &str) -> String {
    let out = if name.is_ascii() {
        // What `fold_chars` does, byte by byte (this is read for every word
        // that may name a place, and decoding characters cost more).
        let mut bytes = Vec::with_capacity(name.len());
        for &b in name.as_bytes() {
            match b {
                b'.' => {}
                b'_' | b'-' | b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => {
                    if bytes.last().is_some_and(|&l| l != b' ') {
                        bytes.push(b' ');
                    }
                }
                b => bytes.push(b.to_ascii_lowercase()),
            }
        }
        String::from_utf8(bytes).expect("ASCII in, ASCII out")
    } else {
        fold_chars(name)
    };
    without_the(out)
}

/// The last steps of [`fold`]: no trailing space, no leading `the`.
fn without_the(mut out: String) -> String {
    if out.ends_with(' ') {
        out.pop();
    }
    if out.starts_with("the ") {
        out.drain(..4);
    }
    out
}

/// [`fold`] of any text, before its last steps: lowercase, without marks
/// and dots (`U.S.` is `US`, `St. Louis` is `St Louis`), hyphens and
/// underscores as spaces, spaces collapsed.
fn fold_chars(name: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(name.len());
    for c in name.nfd().filter(|c| !is_combining_mark(*c)) {
        for l in c.to_lowercase() {
            let l = match l {
                '.' => continue,
                '_' | '-' | '‐' => ' ',
                '’' | 'ʻ' | 'ʼ' => '\'',
                c => c,
            };
            if l.is_whitespace() {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push(l);
            }
        }
    }
    out
}

impl Gazetteer {
    /// The bundled gazetteer, parsed once.
    pub fn bundled() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::from_tables(COUNTRIES_TSV, REGIONS_TSV, CITIES_TSV))
    }

    /// Builds a gazetteer from the three generated tables.
    pub fn from_tables(countries: &str, regions: &str, cities: &str) -> Gazetteer {
        let mut ambiguous: HashMap<String, Vec<(String, Vec<String>)>> = HashMap::default();
        for line in AMBIGUOUS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
        {
            let f: Vec<&str> = line.split('\t').collect();
            if let [name, iso2, cues] = f[..] {
                ambiguous.entry(fold(name)).or_default().push((
                    iso2.to_owned(),
                    cues.split('|').map(str::to_owned).collect(),
                ));
            }
        }
        let (mut patterns, mut cue_of) = (Vec::new(), Vec::new());
        for (name, states) in &ambiguous {
            for (i, (_, cues)) in states.iter().enumerate() {
                for c in cues {
                    patterns.push(c.as_str());
                    cue_of.push((name.clone(), i));
                }
            }
        }
        let cues = aho_corasick::AhoCorasick::new(patterns).expect("the cues make an automaton");
        let mut g = Gazetteer {
            countries: Vec::new(),
            places: Vec::new(),
            country_by_name: HashMap::default(),
            country_by_demonym: HashMap::default(),
            country_by_code: HashMap::default(),
            place_by_name: HashMap::default(),
            ambiguous,
            cues,
            cue_of,
            country_first_words: Default::default(),
            divisions_filed: Default::default(),
        };
        for line in countries.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 7 {
                continue;
            }
            g.countries.push(Country {
                iso2: f[0].to_owned(),
                iso3: f[1].to_owned(),
                title: f[2].to_owned(),
                wikidata: non_empty(f[3]),
                geonames: f[4].parse().ok(),
                names: split_list(f[5]),
                demonyms: split_list(f[6]),
                independent: f.get(7) == Some(&"true"),
                point: f.get(8).and_then(|p| non_empty(p)),
            });
        }
        for (kind, table) in [(PlaceKind::Region, regions), (PlaceKind::City, cities)] {
            for line in table.lines().skip(1) {
                let f: Vec<&str> = line.split('\t').collect();
                if f.len() < 6 {
                    continue;
                }
                g.places.push(Place {
                    kind,
                    title: f[0].to_owned(),
                    key: f[0].to_owned(),
                    country: f[1].to_owned(),
                    wikidata: non_empty(f[2]),
                    geonames: f[3].parse().ok(),
                    population: f[4].parse().unwrap_or(0),
                    names: split_list(f[5]),
                    admin1: f.get(6).and_then(|a| non_empty(a)),
                    point: f.get(7).and_then(|p| non_empty(p)),
                });
            }
        }
        namesake_keys(&mut g.places, &g.countries);
        for (i, c) in g.countries.iter().enumerate() {
            g.country_by_code.insert(c.iso2.clone(), i);
            g.country_by_code.insert(c.iso3.clone(), i);
            for n in c.names.iter().chain([&c.title]) {
                let folded = fold(n);
                if let Some(first) = folded.split(' ').next() {
                    g.country_first_words.insert(first.to_owned());
                }
                push_unique(g.country_by_name.entry(folded).or_default(), i);
            }
            for d in &c.demonyms {
                push_unique(g.country_by_demonym.entry(fold(d)).or_default(), i);
            }
        }
        for p in g.places.iter().filter(|p| p.kind == PlaceKind::City) {
            if let Some(a) = &p.admin1 {
                g.divisions_filed.insert((p.country.clone(), fold(a)));
            }
        }
        for (i, p) in g.places.iter().enumerate() {
            for n in p.names.iter().chain([&p.title]) {
                let folded = fold(n);
                // `Nord-Kivu` is `North Kivu` in English: a region's French
                // compass word, in English too.
                if p.kind == PlaceKind::Region {
                    let english =
                        [("nord ", "north "), ("sud ", "south ")]
                            .iter()
                            .find_map(|(fr, en)| {
                                folded.strip_prefix(fr).map(|rest| format!("{en}{rest}"))
                            });
                    if let Some(e) = english {
                        push_unique(g.place_by_name.entry(e).or_default(), i);
                    }
                }
                push_unique(g.place_by_name.entry(folded).or_default(), i);
            }
        }
        // Each name's places in the order lookups want them (see
        // `places_folded`), sorted once here.
        let titles: Vec<String> = g.places.iter().map(|p| fold(&p.title)).collect();
        for (name, v) in g.place_by_name.iter_mut() {
            v.sort_by(|&a, &b| {
                let (pa, pb) = (&g.places[a], &g.places[b]);
                (pa.kind == PlaceKind::Region)
                    .cmp(&(pb.kind == PlaceKind::Region))
                    .then((titles[a] != *name).cmp(&(titles[b] != *name)))
                    .then(pb.population.cmp(&pa.population))
                    .then(pa.title.cmp(&pb.title))
            });
        }
        g
    }

    /// The country with this ISO 3166-1 alpha-2 or alpha-3 code.
    pub fn country_by_code(&self, code: &str) -> Option<&Country> {
        self.country_by_code.get(code).map(|&i| &self.countries[i])
    }

    /// The states a name shared by several may denote (`Congo`: CD, CG),
    /// each with the words that point to it; `None` for other names.
    pub fn ambiguous_country(&self, folded: &str) -> Option<&[(String, Vec<String>)]> {
        self.ambiguous.get(folded).map(Vec::as_slice)
    }

    /// The states the ambiguous country names in `text` point to by their
    /// cues (`Kinshasa` for `Congo`): one per name, when its cues point to
    /// one state only.
    pub fn cued_countries(&self, text: &str) -> Vec<String> {
        // The (name, state) pairs whose cues the text holds as words.
        let mut found: Vec<&(String, usize)> = Vec::new();
        for m in self.cues.find_overlapping_iter(text) {
            // `Republic of the Congo` inside `Democratic Republic of the
            // Congo` is the other's cue.
            let before = &text[..m.start()];
            if !before.ends_with("Democratic ")
                && !text[m.end()..].starts_with(char::is_alphanumeric)
                && !before.ends_with(char::is_alphanumeric)
            {
                let of = &self.cue_of[m.pattern().as_usize()];
                if !found.contains(&of) {
                    found.push(of);
                }
            }
        }
        let mut out = Vec::new();
        for (name, states) in &self.ambiguous {
            let pointed: Vec<&String> = states
                .iter()
                .enumerate()
                .filter(|(i, _)| found.iter().any(|(n, j)| n == name && j == i))
                .map(|(_, (iso, _))| iso)
                .collect();
            if let [one] = pointed[..] {
                if !out.contains(one) {
                    out.push(one.clone());
                }
            }
        }
        out.sort();
        out
    }

    /// Countries this name (not a demonym) may denote.
    pub fn countries_named(&self, name: &str) -> Vec<&Country> {
        self.countries_folded(&fold(name))
    }

    /// [`Self::countries_named`] of a name already [`fold`]ed.
    pub fn countries_folded(&self, folded: &str) -> Vec<&Country> {
        if let Some(states) = self.ambiguous.get(folded) {
            return states
                .iter()
                .filter_map(|(iso, _)| self.country_by_code(iso))
                .collect();
        }
        self.country_by_name
            .get(folded)
            .map(|v| v.iter().map(|&i| &self.countries[i]).collect())
            .unwrap_or_default()
    }

    /// Whether some country's name begins with this word (folded).
    pub fn may_begin_country(&self, folded_word: &str) -> bool {
        self.country_first_words.contains(folded_word)
    }

    /// The states a country's own name is shared with, when it is
    /// (`Macedonia` for North Macedonia: North Macedonia or Greece): its
    /// demonym (`Macedonian`) is as ambiguous as the name.
    pub fn shared_name_states(&self, c: &Country) -> Option<Vec<String>> {
        c.names.iter().chain([&c.title]).find_map(|n| {
            let states = self.ambiguous.get(&fold(n))?;
            states
                .iter()
                .any(|(iso, _)| *iso == c.iso2)
                .then(|| states.iter().map(|(iso, _)| iso.clone()).collect())
        })
    }

    /// Countries this demonym or adjective may denote (`Azerbaijani`).
    ///
    /// A demonym shared by one sovereign state and territories (`American`:
    /// the United States, the Northern Mariana Islands ...; `Dutch`: the
    /// Netherlands, the Caribbean Netherlands) denotes the state. One shared
    /// by two states (`Congolese`) stays ambiguous: both are returned.
    pub fn countries_of_demonym(&self, word: &str) -> Vec<&Country> {
        self.countries_of_demonym_folded(&fold(word))
    }

    /// [`Self::countries_of_demonym`] of a word already [`fold`]ed.
    pub fn countries_of_demonym_folded(&self, folded: &str) -> Vec<&Country> {
        let all: Vec<&Country> = self
            .country_by_demonym
            .get(folded)
            .map(|v| v.iter().map(|&i| &self.countries[i]).collect())
            .unwrap_or_default();
        let states: Vec<&Country> = all.iter().copied().filter(|c| c.independent).collect();
        if states.len() == 1 {
            states
        } else {
            all
        }
    }

    /// Whether some city of `country` is filed under the division of this
    /// [`fold`]ed name.
    pub fn has_cities_filed_under(&self, country: &str, division: &str) -> bool {
        self.divisions_filed
            .contains(&(country.to_owned(), division.to_owned()))
    }

    /// Cities and regions with this name, those it is the title of first
    /// (`Waterloo`, Iowa, before Austin, once called Waterloo), most
    /// populous first; restricted to `country` (ISO alpha-2) when given.
    pub fn places_named(&self, name: &str, country: Option<&str>) -> Vec<&Place> {
        self.places_folded(&fold(name), country)
    }

    /// [`Self::places_named`] of a name already [`fold`]ed.
    pub fn places_folded(&self, folded: &str, country: Option<&str>) -> Vec<&Place> {
        let mut v: Vec<&Place> = self
            .place_by_name
            .get(folded)
            .map(|v| v.iter().map(|&i| &self.places[i]).collect())
            .unwrap_or_default();
        if let Some(c) = country {
            v.retain(|p| p.country == c);
        }
        v
    }

    /// True when a city or region has this name, already [`fold`]ed.
    pub fn has_place_folded(&self, folded: &str) -> bool {
        self.place_by_name.contains_key(folded)
    }

    /// True when a country or a place has this name (folded here).
    pub fn knows(&self, name: &str) -> bool {
        self.knows_folded(&fold(name))
    }

    /// [`Self::knows`] of a name already [`fold`]ed.
    pub fn knows_folded(&self, folded: &str) -> bool {
        self.country_by_name.contains_key(folded) || self.has_place_folded(folded)
    }
}

fn push_unique(v: &mut Vec<usize>, i: usize) {
    if !v.contains(&i) {
        v.push(i);
    }
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_reads_ascii_as_it_reads_any_text() {
        // Every name and demonym of the bundled tables, and each with the
        // characters the byte path treats apart.
        let g = Gazetteer::bundled();
        let names = g
            .countries
            .iter()
            .flat_map(|c| c.names.iter().chain(&c.demonyms));
        let names = names.chain(g.places.iter().flat_map(|p| &p.names));
        let mut n = 0;
        for name in names.filter(|n| n.is_ascii()) {
            for s in [name.clone(), format!(" the {name}_-.\x0B\t")] {
                assert_eq!(fold(&s), without_the(fold_chars(&s)), "{s:?}");
                n += 1;
            }
        }
        assert!(n > 10_000, "{n}");
    }

    #[test]
    fn fold_lowercases_drops_dots_and_marks_and_collapses_spaces() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("  St. Louis "), "st louis");
        assert_eq!(fold("The Gambia"), "gambia");
        assert_eq!(fold("the"), "the");
        assert_eq!(fold("Nagorno-Karabakh"), "nagorno karabakh");
        assert_eq!(fold("Bosnia_and__Herzegovina"), "bosnia and herzegovina");
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("São\u{a0}Tomé and Príncipe"), "sao tome and principe");
        assert_eq!(fold("Hawaiʻi ‐ İzmir"), "hawai'i izmir");
        assert_eq!(fold(" - "), "");
    }

    #[test]
    fn namesakes_have_keys_of_their_own() {
        let g = Gazetteer::bundled();
        // No key is two places' (unless one Wikidata item under two codes).
        let mut seen: BTreeMap<&str, &Place> = BTreeMap::new();
        for p in &g.places {
            if let Some(q) = seen.insert(&p.key, p) {
                assert!(
                    p.wikidata.is_some() && q.wikidata == p.wikidata,
                    "{}",
                    p.key
                );
            }
        }
        let keys = |name: &str| {
            let mut k: Vec<&str> = g
                .places
                .iter()
                .filter(|p| p.title == name)
                .map(|p| p.key.as_str())
                .collect();
            k.sort();
            k
        };
        assert_eq!(keys("Segovia"), ["Segovia, Colombia", "Segovia, Spain"]);
        assert_eq!(keys("Kent"), ["Kent, Ohio", "Kent, Washington"]);
        // Ten times each other: London; a region among cities: Wales.
        assert_eq!(
            keys("London"),
            ["London", "London, Kentucky", "London, Ontario"]
        );
        assert_eq!(keys("Wales"), ["Wales", "Wales, Alaska"]);
        assert_eq!(keys("Paris"), ["Paris"]);
    }

    #[test]
    fn azerbaijan_resolves_by_name_code_and_demonym() {
        let g = Gazetteer::bundled();
        let az = g.countries_named("Azerbaijan");
        assert_eq!(az.len(), 1);
        assert_eq!(az[0].wikidata.as_deref(), Some("Q227"));
        assert_eq!(g.countries_of_demonym("Azerbaijani")[0].iso2, "AZ");
        assert_eq!(g.country_by_code("AZE").unwrap().title, "Azerbaijan");
    }

    #[test]
    fn demonyms_prefer_the_one_sovereign_state() {
        let g = Gazetteer::bundled();
        let iso = |w: &str| {
            g.countries_of_demonym(w)
                .iter()
                .map(|c| c.iso2.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(iso("American"), ["US"]);
        assert_eq!(iso("Dutch"), ["NL"]);
        assert_eq!(iso("Ivorian"), ["CI"]);
        assert_eq!(iso("Burkinabé"), ["BF"]);
        let mut congo = iso("Congolese");
        congo.sort();
        assert_eq!(congo, ["CD", "CG"]);
    }

    #[test]
    fn baku_is_a_city_of_azerbaijan() {
        let g = Gazetteer::bundled();
        let baku = g.places_named("Baku", Some("AZ"));
        assert_eq!(baku[0].kind, PlaceKind::City);
        assert_eq!(baku[0].wikidata.as_deref(), Some("Q9248"));
        assert_eq!(baku[0].geonames, Some(587084));
    }

    #[test]
    fn french_compass_words_of_regions_read_in_english() {
        let g = Gazetteer::bundled();
        // English Wikipedia's title (titles.tsv), dr5hn's French name.
        let kivu = g.places_named("North Kivu", None);
        assert_eq!(kivu[0].title, "North Kivu");
        assert_eq!(
            g.places_named("South Kivu", Some("CD"))[0]
                .wikidata
                .as_deref(),
            Some("Q488326")
        );
        assert!(g.places_named("Nord-Kivu", None)[0].title == "North Kivu");
        assert!(g.places_named("Nord-Kivu Province", None)[0].title == "North Kivu");
    }
}
