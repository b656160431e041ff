//! The example queries run on the example articles and answer as expected.

use eventgraph::store::GraphStore;
use oxigraph::sparql::QueryResults;
use std::sync::OnceLock;

fn store() -> &'static GraphStore {
    static S: OnceLock<GraphStore> = OnceLock::new();
    S.get_or_init(|| {
        let (s, summary) = super::ingested(&[super::root().join("examples/articles")]);
        assert!(summary.failures.is_empty());
        s
    })
}

/// Rows of an example query, each as `var=value` cells (values shortened
/// to what follows the last `/` or `#`).
fn run(name: &str) -> Vec<Vec<String>> {
    let q = std::fs::read_to_string(super::root().join("examples/queries").join(name)).unwrap();
    let QueryResults::Solutions(rows) = store().query(&q).unwrap() else {
        panic!("{name} is a SELECT")
    };
    rows.map(|r| {
        let r = r.unwrap();
        r.iter()
            .map(|(v, t)| {
                let s = match t {
                    oxigraph::model::Term::Literal(l) => l.value().to_owned(),
                    other => other
                        .to_string()
                        .trim_end_matches('>')
                        .rsplit(['/', '#'])
                        .next()
                        .unwrap()
                        .to_owned(),
                };
                format!("{}={s}", v.as_str())
            })
            .collect()
    })
    .collect()
}

#[test]
fn protests_by_country_and_year() {
    // The 1998 protests are named in the seed's prose and dated by their title.
    assert_eq!(
        run("protests_by_country_and_year.rq"),
        [
            ["country=Azerbaijan", "year=1998", "protests=1"],
            ["country=Azerbaijan", "year=2003", "protests=1"]
        ]
    );
}

#[test]
fn caused_by_electoral_fraud() {
    let rows = run("caused_by_electoral_fraud.rq");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "event=2003_Azerbaijani_protests");
    assert_eq!(
        rows[0][2],
        "election=2003_Azerbaijani_presidential_election"
    );
}

#[test]
fn elections_with_protests() {
    let rows = run("elections_with_protests.rq");
    assert!(
        rows.contains(&vec![
            "election=2003_Azerbaijani_presidential_election".to_owned(),
            "events=2003_Azerbaijani_protests".to_owned()
        ]),
        "{rows:?}"
    );
    assert!(
        rows.contains(&vec![
            "election=1998_Azerbaijani_presidential_election".to_owned(),
            "events=1998_Azerbaijani_presidential_election_protests".to_owned()
        ]),
        "{rows:?}"
    );
}

#[test]
fn most_fatalities() {
    let rows = run("most_fatalities.rq");
    let seed = rows
        .iter()
        .find(|r| r[0] == "event=2003_Azerbaijani_protests")
        .expect("the seed states its deaths");
    assert!(seed.contains(&"exact=2".to_owned()), "{seed:?}");
}

#[test]
fn events_overview_lists_events_but_not_topics() {
    let rows = run("events_overview.rq");
    let events: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert!(events.contains(&"event=2003_Azerbaijani_protests"));
    assert!(events.contains(&"event=Fall_of_Mosul"));
    assert!(
        !events.iter().any(|e| e.contains("Civil_war")),
        "{events:?}"
    );
}

#[test]
fn links_by_source_counts_each_source() {
    let rows = run("links_by_source.rq");
    let gazetteer_wd = rows
        .iter()
        .find(|r| r[0] == "source=gazetteerLink" && r[1] == "dataset=wikidata")
        .unwrap_or_else(|| panic!("{rows:?}"));
    assert!(
        gazetteer_wd[2]
            .trim_start_matches("links=")
            .parse::<u32>()
            .unwrap()
            >= 3
    );
    assert!(
        rows.iter()
            .any(|r| r[0] == "source=titleLink" && r[4] == "most=1"),
        "{rows:?}"
    );
}

#[test]
fn fact_provenance() {
    let rows = run("fact_provenance.rq");
    let has = |cells: &[&str]| {
        rows.iter()
            .any(|r| cells.iter().all(|c| r.iter().any(|x| x == c)))
    };
    assert!(
        has(&[
            "predicate=startDate",
            "value=2003-10-15",
            "source=2003_Azerbaijani_protests.txt",
            "line=5",
            "field=Date",
            "readFrom=infoboxReading"
        ]),
        "{rows:?}"
    );
    assert!(
        has(&[
            "predicate=fatalities",
            "value=2",
            "line=12",
            "field=Fatalities"
        ]),
        "{rows:?}"
    );
    // One row per fact: no fact twice.
    let mut distinct = rows.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), rows.len());
}

#[test]
fn events_near_a_place() {
    // Baku's point is the seed's place; Azerbaijan's point is about 200 km
    // away; nothing else of the examples lies within 300 km.
    assert_eq!(
        run("events_near_a_place.rq"),
        [
            ["event=2003_Azerbaijani_protests", "place=Baku", "km=0"],
            [
                "event=2003_Azerbaijani_protests",
                "place=Azerbaijan",
                "km=200"
            ]
        ]
    );
}

#[test]
fn events_by_acled_type() {
    // The examples: the seed protests (and the 1998 ones its prose names),
    // three battles, an uprising typed Revolution (no sure ACLED type).
    let rows = run("events_by_acled_type.rq");
    assert!(
        rows.contains(&vec![
            "acled=Protests".to_owned(),
            "cameo=14".to_owned(),
            "events=2".to_owned()
        ]),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r[0] == "acled=Battles" && r[1] == "cameo=19"),
        "{rows:?}"
    );
}
