//! The graph speaks the vocabularies users query with: Wikidata's claims
//! beside ours (WDQS-style queries run on it), and SEM, schema.org and
//! DBpedia views at export.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

fn rows(store: &eventgraph::store::GraphStore, q: &str) -> Vec<Vec<String>> {
    let QueryResults::Solutions(s) = store.query(q).unwrap() else {
        panic!("a SELECT")
    };
    s.map(|r| r.unwrap().iter().map(|(_, t)| t.to_string()).collect())
        .collect()
}

#[test]
fn wdqs_style_queries_find_the_seed_with_wikidata_values() {
    let (store, _) = super::ingested(&[super::seed_path()]);
    // As one would ask WDQS: protests (P31) with their start (P580),
    // country (P17) and deaths (P1120).
    let found = rows(
        &store,
        "SELECT ?item ?start ?country ?deaths WHERE {
           ?item wdt:P31 wd:Q273120 ; wdt:P580 ?start ; wdt:P17 ?country ; wdt:P1120 ?deaths .
           FILTER(YEAR(?start) = 2003) }",
    );
    assert_eq!(
        found,
        [[
            "<https://w3id.org/eventgraph/resource/2003_Azerbaijani_protests>",
            "\"2003-10-15T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>",
            "<http://www.wikidata.org/entity/Q227>",
            "\"2\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
        ]]
    );
    // The full statement keeps the date's precision (11: a day), and the
    // end date, the cause and the outcome are there too.
    assert!(store
        .ask(
            "ASK { egr:2003_Azerbaijani_protests p:P580 ?s . ?s ps:P580 ?t ; psv:P580 ?v .
                    ?v wikibase:timeValue ?t ; wikibase:timePrecision 11 .
                    egr:2003_Azerbaijani_protests wdt:P582 \"2003-10-19T00:00:00Z\"^^xsd:dateTime ;
                      wdt:P828 ?cause ; wdt:P1542 ?outcome ; wdt:P276 wd:Q227 }"
        )
        .unwrap());
    // The injuries, `Thousands`, have a lower bound only: no amount
    // Wikidata could state, so no claim.
    assert!(!store
        .ask("ASK { egr:2003_Azerbaijani_protests wdt:P1339 ?n }")
        .unwrap());
}

#[test]
fn dates_and_figures_keep_precision_and_bounds_in_wikidata_shape() {
    let doc = eventgraph::article::flat::parse(
        "t.txt",
        "= 1968 protests in Testland =\n\nInfobox\n- Date: 1968\n- Place: Kenya\n- Fatalities: 300–500\n",
    )
    .unwrap();
    let x = eventgraph::extract::extract(&doc);
    let store = eventgraph::store::GraphStore::in_memory(Default::default()).unwrap();
    eventgraph::ingest::write(&store, &x).unwrap();
    // A year alone: one point in time (P585), precision 9, on 1 January.
    assert!(store
        .ask("ASK { ?e wdt:P585 \"1968-01-01T00:00:00Z\"^^xsd:dateTime ; p:P585/psv:P585/wikibase:timePrecision 9 }")
        .unwrap());
    // A range: Wikidata's middle with bounds.
    assert!(store
        .ask(
            "ASK { ?e wdt:P1120 ?n ; p:P1120/psv:P1120 ?v . ?v wikibase:quantityAmount ?n ;
                    wikibase:quantityLowerBound ?lo ; wikibase:quantityUpperBound ?hi
                    FILTER(?n = 400 && ?lo = 300 && ?hi = 500 && DATATYPE(?n) = xsd:decimal) }"
        )
        .unwrap());
}

/// The export of a store of the seed in `profile`, parsed back.
fn exported(profile: &str) -> Store {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let bin = env!("CARGO_BIN_EXE_eventgraph");
    let seed = super::seed_path();
    let ok = std::process::Command::new(bin)
        .args([
            "ingest",
            "-q",
            "-l",
            s.to_str().unwrap(),
            seed.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(ok.status.success());
    let out = std::process::Command::new(bin)
        .args([
            "export",
            "-l",
            s.to_str().unwrap(),
            "--format",
            "nquads",
            "--profile",
            profile,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::new().unwrap();
    for q in RdfParser::from_format(RdfFormat::NQuads).for_slice(&out.stdout) {
        store.insert(&q.unwrap()).unwrap();
    }
    store
}

fn ask(store: &Store, q: &str) -> bool {
    let q = format!(
        "PREFIX egr: <https://w3id.org/eventgraph/resource/>
         PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
         PREFIX schema: <https://schema.org/>
         PREFIX dbo: <http://dbpedia.org/ontology/>
         PREFIX eg: <https://w3id.org/eventgraph/ontology#>
         ASK {{ GRAPH ?g {{ {q} }} }}"
    );
    match SparqlEvaluator::new()
        .parse_query(&q)
        .unwrap()
        .on_store(store)
        .execute()
        .unwrap()
    {
        QueryResults::Boolean(b) => b,
        _ => unreachable!(),
    }
}

#[test]
fn export_profiles_speak_sem_schema_and_dbpedia() {
    let e = "egr:2003_Azerbaijani_protests";
    let sem = exported("sem");
    for q in [
        format!("{e} a sem:Event ; sem:hasBeginTimeStamp ?t ; sem:hasEndTimeStamp ?u ; sem:hasPlace egr:Baku"),
        // Ours stay.
        format!("{e} a eg:Protest ; eg:startDate ?t"),
    ] {
        assert!(ask(&sem, &q), "sem: {q}");
    }
    assert!(!ask(&sem, &format!("{e} schema:startDate ?t")));
    let schema = exported("schema");
    assert!(ask(
        &schema,
        &format!("{e} a schema:Event ; schema:startDate ?t ; schema:endDate ?u ; schema:location egr:Baku")
    ));
    let dbo = exported("dbo");
    assert!(ask(
        &dbo,
        &format!(
            "{e} a dbo:Event ; dbo:startDate ?t ; dbo:country egr:Azerbaijan ; dbo:place egr:Baku"
        )
    ));
}
