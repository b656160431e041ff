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
    // A lead that says when it began gives a start, not a point in time.
    let doc = eventgraph::article::flat::parse(
        "b.txt",
        "= 2020 protests in Kenya =\n\nThe 2020 protests in Kenya were a series of protests that began on 3 March 2020.\n",
    )
    .unwrap();
    let began = eventgraph::store::GraphStore::in_memory(Default::default()).unwrap();
    eventgraph::ingest::write(&began, &eventgraph::extract::extract(&doc)).unwrap();
    assert!(began
        .ask("ASK { ?e wdt:P580 \"2020-03-03T00:00:00Z\"^^xsd:dateTime FILTER NOT EXISTS { ?e wdt:P585 ?t } }")
        .unwrap());
    // An approximate date: the qualifier Wikidata uses, `circa`.
    let doc = eventgraph::article::flat::parse(
        "c.txt",
        "= 1848 riots in Testland =\n\nInfobox\n- Date: c. 1848\n- Fatalities: about 300\n",
    )
    .unwrap();
    let circa = eventgraph::store::GraphStore::in_memory(Default::default()).unwrap();
    eventgraph::ingest::write(&circa, &eventgraph::extract::extract(&doc)).unwrap();
    assert!(circa
        .ask("ASK { ?e p:P585 ?st . ?st ps:P585 \"1848-01-01T00:00:00Z\"^^xsd:dateTime ; pq:P1480 wd:Q5727902 .
                    ?e p:P1120 ?f . ?f pq:P1480 wd:Q5727902 ; psv:P1120/wikibase:quantityAmount ?n FILTER(?n = 300) }")
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

/// The WKT point of `iri` in `store`, as (lon, lat).
fn point_of(store: &eventgraph::store::GraphStore, iri: &str) -> (f64, f64) {
    let found = rows(
        store,
        &format!("SELECT ?wkt WHERE {{ <{iri}> geo:hasGeometry/geo:asWKT ?wkt }}"),
    );
    let [row] = &found[..] else {
        panic!("{iri}: {found:?}")
    };
    let wkt = &row[0];
    let inner = wkt
        .split("POINT(")
        .nth(1)
        .and_then(|w| w.split(')').next())
        .unwrap();
    let (lon, lat) = inner.split_once(' ').unwrap();
    (lon.parse().unwrap(), lat.parse().unwrap())
}

#[test]
fn places_have_the_points_of_natural_earth() {
    let (store, _) = super::ingested(&[super::seed_path()]);
    // Natural Earth's Baku, read here from the corpus' own table.
    let csv = std::fs::read_to_string(
        super::corpus().join("linking/natural-earth/ne_10m_populated_places.csv"),
    )
    .unwrap();
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    let header = rdr.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (name, lat, lon) = (col("NAME"), col("LATITUDE"), col("LONGITUDE"));
    let baku = rdr
        .records()
        .map(Result::unwrap)
        .find(|r| &r[name] == "Baku" && &r[col("ISO_A2")] == "AZ")
        .unwrap();
    let (ne_lon, ne_lat): (f64, f64) = (baku[lon].parse().unwrap(), baku[lat].parse().unwrap());
    let (x, y) = point_of(&store, "https://w3id.org/eventgraph/resource/Baku");
    assert!(
        (x - ne_lon).abs() < 0.1 && (y - ne_lat).abs() < 0.1,
        "{x} {y} vs {ne_lon} {ne_lat}"
    );
    // Countries have a point too (dr5hn's), and a GeoSPARQL function
    // finds Baku inside a box around the Absheron peninsula.
    let _ = point_of(&store, "https://w3id.org/eventgraph/resource/Azerbaijan");
    assert!(store
        .ask("ASK { egr:Baku geo:hasGeometry/geo:asWKT ?w
                    FILTER(geof:sfWithin(?w, \"POLYGON((49 40, 51 40, 51 41, 49 41, 49 40))\"^^geo:wktLiteral)) }")
        .unwrap());
}

#[test]
fn an_infobox_coord_is_the_event_point_with_its_record() {
    let text = "{{Infobox military conflict\n| conflict = Battle of Testville\n| date = 1 May 2015\n| place = [[Mosul]], Iraq\n| coordinates = {{Coord|36|20|N|43|08|E|region:IQ_type:city|display=inline,title}}\n}}\nThe '''Battle of Testville''' was a battle in 2015.\n";
    let doc = eventgraph::article::wikitext::parse("t.wiki", "Battle of Testville", text);
    let x = eventgraph::extract::extract(&doc);
    let (p, at) = x.event.as_ref().unwrap().point.clone().unwrap();
    assert!((p.lat() - 36.333333).abs() < 1e-5 && (p.lon() - 43.133333).abs() < 1e-5);
    assert_eq!((at.line, at.field.as_deref()), (5, Some("coordinates")));
    let store = eventgraph::store::GraphStore::in_memory(Default::default()).unwrap();
    eventgraph::ingest::write(&store, &x).unwrap();
    let (lon, lat) = point_of(
        &store,
        "https://w3id.org/eventgraph/resource/Battle_of_Testville",
    );
    assert!((lon - 43.133333).abs() < 1e-5 && (lat - 36.333333).abs() < 1e-5);
    assert!(store
        .ask("ASK { ?f rdf:subject egr:Battle_of_Testville ; rdf:predicate geo:hasGeometry ; eg:sourceLine 5 ; eg:sourceField \"coordinates\" }")
        .unwrap());
    // The flat format writes coordinates as text; an unreadable value is a
    // diagnostic naming it, and no point.
    let flat = |v: &str| {
        let doc = eventgraph::article::flat::parse(
            "t.txt",
            &format!("= 2015 protests in Mosul =\n\nInfobox\n- Date: 2015\n- Coordinates: {v}\n"),
        )
        .unwrap();
        eventgraph::extract::extract(&doc)
    };
    let x = flat("36°20′N 43°08′E");
    assert!(x.event.unwrap().point.is_some());
    let x = flat("somewhere north");
    assert!(x.event.as_ref().unwrap().point.is_none());
    assert!(
        x.diagnostics
            .iter()
            .any(|d| d.line == 5 && d.message.contains("somewhere north")),
        "{:?}",
        x.diagnostics
    );
}

#[test]
fn events_carry_cameo_plover_and_acled_codes() {
    let (store, _) = super::ingested(&[super::seed_path()]);
    assert!(store
        .ask("ASK { egr:2003_Azerbaijani_protests eg:eventCode ?c, ?p, ?a .
                    ?c skos:notation \"14\" ; skos:inScheme <https://w3id.org/eventgraph/codes/cameo/> .
                    ?p skos:notation \"PROTEST\" ; skos:prefLabel \"Protest\"@en .
                    ?a skos:notation \"Protests\" ; skos:inScheme <https://w3id.org/eventgraph/codes/acled/> }")
        .unwrap());
    // The code is a fact read where the class was: the title.
    assert!(store
        .ask("ASK { ?f rdf:subject egr:2003_Azerbaijani_protests ; rdf:predicate eg:eventCode ; eg:readFrom eg:titleReading ; eg:sourceLine 1 }")
        .unwrap());
    // Every code of the mapping is a concept of one of the three schemes.
    let a = eventgraph::align::Alignments::bundled();
    for class in eventgraph::model::EventKind::ALL {
        for code in a.event_codes(&eventgraph::vocab::eg(class.class())) {
            assert!(
                !code.notation.is_empty() && !code.label.is_empty(),
                "{code:?}"
            );
            assert!(
                code.scheme
                    .starts_with("https://w3id.org/eventgraph/codes/"),
                "{code:?}"
            );
        }
    }
}
