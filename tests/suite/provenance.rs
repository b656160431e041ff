//! Every fact of every event carries a record of where it was read: an
//! `rdf:Statement` of the triple with its line, field or section, and how
//! it was read; `eventgraph explain` prints them.

use eventgraph::explain::explain;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

/// Facts of events (their own triples and their sides'), the bookkeeping
/// triples aside: labels, links, the article's `*ReadFrom` summaries, a
/// side's number and line; and Wikidata's claims (`wdt:`, `p:`), which
/// restate facts whose records are on our terms.
const FACTS: &str = "
    GRAPH ?g { ?g foaf:primaryTopic ?e . ?e a eg:Event . ?e eg:hasSide? ?s . ?s ?p ?o
      FILTER(?p NOT IN (rdfs:label, owl:sameAs, foaf:isPrimaryTopicOf, prov:wasDerivedFrom,
        eg:typeReadFrom, eg:dateReadFrom, eg:countryReadFrom, eg:sideNumber, eg:sourceLine))
      FILTER(?s = ?e || ?p != rdf:type)
      FILTER(!STRSTARTS(STR(?p), \"http://www.wikidata.org/prop/\")) }";

fn count(store: &eventgraph::store::GraphStore, q: &str) -> u64 {
    let QueryResults::Solutions(mut rows) = store.query(q).unwrap() else {
        panic!("a SELECT")
    };
    let row = rows.next().unwrap().unwrap();
    match row.get("n") {
        Some(Term::Literal(l)) => l.value().parse().unwrap(),
        other => panic!("{other:?}"),
    }
}

/// How many triples `pattern` matches, and how many of them have no
/// record matching `record` in their article's graph `?g`.
fn with_and_without_record(
    store: &eventgraph::store::GraphStore,
    pattern: &str,
    record: &str,
) -> (u64, u64) {
    let all = count(
        store,
        &format!("SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"),
    );
    let without = count(
        store,
        &format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ {pattern}
               FILTER NOT EXISTS {{ GRAPH ?g {{ ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                 eg:readFrom ?how ; eg:sourceLine ?line ; {record} }} }} }}"
        ),
    );
    (all, without)
}

#[test]
fn every_fact_of_every_corpus_event_has_its_record() {
    let c = super::corpus();
    let (store, summary) = super::ingested(&[
        c.join("seed"),
        c.join("flat"),
        c.join("wikitext"),
        c.join("dumps"),
    ]);
    assert!(summary.articles > 100, "{}", summary.articles);
    let (facts, without) = with_and_without_record(&store, FACTS, "prov:wasDerivedFrom ?g");
    eprintln!("facts of events: {facts}; without a record: {without}");
    assert!(facts > 500, "{facts}");
    assert_eq!(without, 0);
    // Every link an event's article makes (in its links graphs) has a
    // record in the article's graph: where the entity was named, and how
    // the link was made (the links graph's source).
    let links = "GRAPH ?lg { ?s ?p ?o . ?lg eg:linkSource ?src ; prov:wasDerivedFrom ?g
                   FILTER(?p IN (owl:sameAs, foaf:isPrimaryTopicOf)) }
                 GRAPH ?g { ?g foaf:primaryTopic ?e . ?e a eg:Event }";
    let (all_links, links_without) = with_and_without_record(&store, links, "eg:resolvedBy ?src");
    eprintln!("links of event articles: {all_links}; without a record: {links_without}");
    assert!(all_links > 500, "{all_links}");
    assert_eq!(links_without, 0);
    // A record states a fact of its article's graph or of its links
    // graphs, read on a line of its article (lines count from 1), and
    // names the field of each infobox fact.
    let stray = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a rdf:Statement ; rdf:subject ?s ;
           rdf:predicate ?p ; rdf:object ?o ; eg:readFrom ?how ; eg:sourceLine ?line
           FILTER(?line < 1 || (?how = eg:infoboxReading && NOT EXISTS { ?f eg:sourceField ?x })) }
           FILTER NOT EXISTS { ?s ?p ?o } }",
    );
    assert_eq!(stray, 0);
    // A fact read twice (a related event named in the lead and again in a
    // section) keeps one record, of where it was first read: its source,
    // line and section stay together.
    let split = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a rdf:Statement ; eg:readFrom ?a ; eg:sourceLine ?l1, ?l2
           FILTER(?l1 < ?l2) } }",
    );
    assert_eq!(split, 0);
    // Every entity has one label in the union of all graphs: a link's
    // target is the page MediaWiki names (`[[battles of Lexington and
    // Concord]]` and `[[Battles of ...]]` are one page, one label).
    let labels = count(
        &store,
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s rdfs:label ?a, ?b FILTER(?a != ?b) }",
    );
    assert_eq!(labels, 0);
    // Dump pages say which dump, page, revision and time.
    assert!(store
        .ask("ASK { ega:American_Revolutionary_War eg:sourceFile \"enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2\" ; eg:pageId 771 ; eg:revisionId 717770601 ; eg:revisionTimestamp ?t FILTER(DATATYPE(?t) = xsd:dateTime) }")
        .unwrap());
}

#[test]
fn the_seed_explains_its_dates_and_figures_by_line_and_field() {
    let (store, _) = super::ingested(&[super::seed_path()]);
    let iri = store.minter().our_entity("2003 Azerbaijani protests");
    let facts = explain(&store, &iri).unwrap();
    let find = |p: &str| {
        facts
            .iter()
            .find(|f| f.predicate.to_string().ends_with(&format!("#{p}>")))
            .unwrap_or_else(|| panic!("no {p} in {facts:?}"))
    };
    let start = find("startDate");
    assert_eq!(
        (start.source.as_str(), start.line, start.field.as_deref()),
        ("2003_Azerbaijani_protests.txt", 5, Some("Date"))
    );
    assert_eq!(start.read_from, "infoboxReading");
    let deaths = find("fatalities");
    assert_eq!(
        (deaths.line, deaths.field.as_deref()),
        (12, Some("Fatalities"))
    );
    assert_eq!(
        deaths.value.to_string(),
        "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>"
    );
    // Baku is read from the text of the Protests section, by the gazetteer.
    let baku = facts
        .iter()
        .find(|f| f.value.to_string().ends_with("/Baku>"))
        .unwrap();
    assert_eq!(
        (
            baku.read_from.as_str(),
            baku.section.as_deref(),
            baku.resolved_by.as_deref()
        ),
        ("textReading", Some("Protests"), Some("gazetteerLink"))
    );
    // The 1998 protests are named in the lead.
    let related = find("relatedEvent");
    assert_eq!(
        (related.read_from.as_str(), related.line),
        ("leadReading", 15)
    );
}

#[test]
fn explain_prints_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let bin = env!("CARGO_BIN_EXE_eventgraph");
    let run = |args: &[&str]| std::process::Command::new(bin).args(args).output().unwrap();
    let s = store.to_str().unwrap();
    let seed = super::seed_path();
    assert!(run(&["ingest", "-q", "-l", s, seed.to_str().unwrap()])
        .status
        .success());
    let out = run(&["explain", "-l", s, "2003 Azerbaijani protests"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("  eg:startDate 2003-10-15\n      2003_Azerbaijani_protests.txt:5  (infobox, field \"Date\")"),
        "{text}"
    );
    assert!(
        text.contains("  eg:fatalities 2\n      2003_Azerbaijani_protests.txt:12  (infobox, field \"Fatalities\")"),
        "{text}"
    );
    // An entity the store holds no fact of: a message, status 1.
    let out = run(&["explain", "-l", s, "egr:Nothing_here"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Nothing_here"));
}

#[test]
fn without_provenance_the_facts_are_the_same_and_the_records_gone() {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_eventgraph");
    let seed = super::seed_path();
    let export = |flags: &[&str], name: &str| -> Vec<String> {
        let s = dir.path().join(name);
        let s = s.to_str().unwrap();
        let mut args = vec!["ingest", "-q", "-l", s];
        args.extend(flags);
        args.push(seed.to_str().unwrap());
        assert!(std::process::Command::new(bin)
            .args(&args)
            .status()
            .unwrap()
            .success());
        let out = std::process::Command::new(bin)
            .args(["export", "-l", s, "--no-void", "--format", "nquads"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    };
    let full = export(&[], "full");
    let bare = export(&["--no-provenance"], "bare");
    let records: Vec<&String> = full
        .iter()
        .filter(|l| {
            l.starts_with("<https://w3id.org/eventgraph/article/2003_Azerbaijani_protests#fact-")
        })
        .collect();
    assert!(
        records.len() > bare.len() / 2,
        "{} {}",
        records.len(),
        bare.len()
    );
    let rest: Vec<&String> = full.iter().filter(|l| !records.contains(l)).collect();
    assert_eq!(rest, bare.iter().collect::<Vec<_>>());
}
