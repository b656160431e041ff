//! The bundled gazetteer is exactly what the generator makes from the
//! corpus' linking tables: no identifier is typed in by hand.

use eventgraph::gazetteer::build;

#[test]
fn bundled_tables_are_generated_from_the_linking_tables() {
    let data = super::root().join("data/gazetteer");
    let territories = std::fs::read_to_string(data.join("territories.tsv")).unwrap();
    let t = build::generate(&super::corpus().join("linking"), &territories).unwrap();
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
