//! The value survey: every date, figure and place value of an infobox,
//! whatever the page is about, read with the same readers the extractor
//! uses. It measures the readers (`eventgraph stats`) and feeds the value
//! corpus in `tests/data/values.tsv`.

use super::places;
use crate::article::{Document, Field};
use crate::gazetteer::Gazetteer;
use crate::model::{Reading, ValueKind};
use crate::values::{date, figure, list};

/// The kind of value a field holds, by its folded key.
pub fn kind_of_key(norm_key: &str) -> Option<ValueKind> {
    let k = norm_key.trim_end_matches(|c: char| c.is_ascii_digit() || c == 'a' || c == 'b');
    let has = |w: &str| k.contains(w);
    if k == "date"
        || k == "dates"
        || k.ends_with("date")
        || matches!(k, "founded" | "established" | "formation" | "foundation")
    {
        return Some(ValueKind::Date);
    }
    let figure_words = [
        "casualties",
        "fatalities",
        "deaths",
        "injuries",
        "injured",
        "wounded",
        "arrests",
        "arrested",
        "killed",
        "strength",
        "howmany",
        "participants",
        "detentions",
    ];
    if figure_words
        .iter()
        .any(|w| k == *w || k.ends_with(w) && !k.ends_with("label"))
        || has("population")
            && (k.ends_with("total")
                || k.ends_with("estimate")
                || k.ends_with("census")
                || k == "population")
    {
        return Some(ValueKind::Figure);
    }
    if matches!(
        k,
        "place"
            | "location"
            | "locations"
            | "country"
            | "countries"
            | "birthplace"
            | "deathplace"
            | "placeofbirth"
            | "placeofdeath"
            | "headquarters"
            | "hq"
            | "city"
            | "venue"
            | "locale"
            | "site"
    ) {
        return Some(ValueKind::Place);
    }
    None
}

/// Reads every date, figure and place field of `doc`.
pub fn survey(doc: &Document) -> Vec<Reading> {
    let g = Gazetteer::bundled();
    let title_countries = places::title_countries(g, &doc.title).countries;
    let mut out = Vec::new();
    for f in &doc.infobox {
        match kind_of_key(&f.norm_key) {
            Some(ValueKind::Date) => out.push(reading(
                f,
                ValueKind::Date,
                &f.value,
                date::parse(&f.value).map(|r| r.canonical()),
            )),
            Some(ValueKind::Figure) => out.push(reading(
                f,
                ValueKind::Figure,
                &f.value,
                figure::parse(&f.value).map(|x| x.canonical()),
            )),
            Some(ValueKind::Place) => {
                for r in
                    places::resolve_items(g, &list::split_items(&f.value), title_countries.clone())
                {
                    out.push(reading(
                        f,
                        ValueKind::Place,
                        &r.text,
                        r.result.map(|h| places::hit_name(&h)),
                    ));
                }
            }
            None => {}
        }
    }
    out
}

fn reading(f: &Field, kind: ValueKind, text: &str, result: Result<String, String>) -> Reading {
    Reading {
        kind,
        key: f.key.clone(),
        line: f.line,
        text: text.to_owned(),
        result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_by_kind() {
        for (k, kind) in [
            ("date", Some(ValueKind::Date)),
            ("establisheddate1", Some(ValueKind::Date)),
            ("casualties2", Some(ValueKind::Figure)),
            ("casualtieslabel", None),
            ("populationtotal", Some(ValueKind::Figure)),
            ("populationasof", None),
            ("place", Some(ValueKind::Place)),
            ("birthplace", Some(ValueKind::Place)),
            ("caption", None),
        ] {
            assert_eq!(kind_of_key(k), kind, "{k}");
        }
    }
}
