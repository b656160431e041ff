//! MediaWiki XML dumps: every dump of `corpus/dumps/`, read and ingested.

use eventgraph::article::dump::DumpReader;
use eventgraph::store::GraphStore;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

fn dump(name: &str) -> std::path::PathBuf {
    super::corpus().join("dumps").join(name)
}

/// (pages, pages with a redirect) of a dump, all namespaces.
fn counts(name: &str) -> (usize, usize, Vec<String>) {
    let r = DumpReader::open(&dump(name), Arc::default()).unwrap();
    let pages: Vec<_> = r.map(|p| p.unwrap()).collect();
    let redirects = pages.iter().filter(|p| p.redirect.is_some()).count();
    (
        pages.len(),
        redirects,
        pages.into_iter().map(|p| p.title).collect(),
    )
}

#[test]
fn every_dump_reads_whole() {
    let (n, r, _) = counts("enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2");
    assert_eq!((n, r), (206, 100));
    // No <siteinfo>.
    let (n, r, titles) = counts("enwiki-table-markup.xml.bz2");
    assert_eq!((n, r), (5, 0));
    assert_eq!(titles[0], "Constructive vote of no confidence");
    // UTF-16 with a byte-order mark.
    let (n, _, titles) = counts("bgwiki-latest-pages-articles-shortened.xml.bz2");
    assert_eq!(n, 3);
    assert!(
        titles.iter().any(|t| t == "Григориански календар"),
        "{titles:?}"
    );
    let (n, r, _) = counts("minidump-en-wiki.xml.bz2");
    assert_eq!((n, r), (27, 2));
    let (n, _, _) = counts("smallwiki-latest-pages-articles.xml");
    assert_eq!(n, 2004);
    // A redirect stated only in the text (`#REDIRECT [[...]]`), and two
    // pages with one title.
    let (n, r, titles) = counts("tinywiki-latest-pages-articles.xml");
    assert_eq!((n, r), (8, 1));
    assert_eq!(titles.iter().filter(|t| *t == "Duplicate title").count(), 2);
}

fn ingest(store: &GraphStore, path: &std::path::Path) -> eventgraph::ingest::DumpSummary {
    let options = eventgraph::ingest::DumpOptions {
        workers: 2,
        batch: 50,
        ..Default::default()
    };
    eventgraph::ingest::ingest_dump(store, path, &options, &AtomicBool::new(false), |_| {}).unwrap()
}

#[test]
fn american_revolutionary_war_from_the_enwiki_dump() {
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let s = ingest(
        &store,
        &dump("enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"),
    );
    assert!(s.failures.is_empty(), "{:?}", s.failures);
    assert_eq!(
        (s.pages, s.redirects),
        (206, 99),
        "articles only: one redirect is in namespace 4"
    );
    for ask in [
        "ASK { egr:American_Revolutionary_War a eg:ArmedConflict ; eg:startDate \"1775-04-19\"^^xsd:date ; eg:endDate \"1783-09-03\"^^xsd:date }",
        "ASK { egr:American_Revolutionary_War eg:location egr:Gibraltar . egr:Gibraltar owl:sameAs ?wd FILTER STRSTARTS(STR(?wd), STR(wd:)) }",
        // Parties and leaders are the pages their wikilinks name
        // (`[[Kingdom of France|France]]`, `[[Thirteen Colonies|United
        // Colonies]] <small>(before 1776)</small>`), not display text with
        // its qualifiers (issue 13).
        "ASK { egr:American_Revolutionary_War eg:hasSide ?a, ?b . ?a eg:sideNumber 1 ; eg:leader egr:George_Washington ; eg:party egr:Kingdom_of_France, egr:Thirteen_Colonies, egr:Vermont_Republic . ?b eg:sideNumber 2 ; eg:leader egr:Thomas_Gage ; eg:party egr:Kingdom_of_Great_Britain }",
        "ASK { FILTER NOT EXISTS { ?s eg:party|eg:leader ?p FILTER(REGEX(STR(?p), \"_\\\\((before|after|from|until)_[0-9]\")) } }",
        "ASK { ?s eg:leader <https://w3id.org/eventgraph/resource/Jean-Baptiste_Donatien_de_Vimeur,_comte_de_Rochambeau> }",
        // The result list is one outcome per item; a theatre of war gives
        // no country.
        "ASK { egr:American_Revolutionary_War eg:hasOutcome ?a, ?b . ?a rdfs:label \"American victory\"@en . ?b rdfs:label \"Peace of Paris\"@en }",
        "ASK { FILTER NOT EXISTS { egr:American_Revolutionary_War eg:country ?c } }",
        "ASK { FILTER NOT EXISTS { ?o a eg:Outcome ; rdfs:label ?l FILTER(CONTAINS(?l, \"\\n\")) } }",
        "ASK { egr:American_Revolutionary_War eg:relatedEvent egr:Siege_of_Yorktown . egr:Siege_of_Yorktown a eg:ArmedConflict }",
        "ASK { FILTER NOT EXISTS { ?x eg:leader ?p . ?p rdfs:label ?l FILTER(!REGEX(?l, \"^[A-Z]\")) } }",
        // A field read into no typed fact still reaches the graph, generically.
        "ASK { egr:American_Revolutionary_War egp:territory ?t FILTER(CONTAINS(?t, \"Minorca\")) }",
        // Links name related events exactly: no sentence runs into a title.
        "ASK { egr:American_Revolutionary_War eg:relatedEvent egr:Battle_of_Great_Bridge, egr:Battle_of_St._Kitts }",
        "ASK { FILTER NOT EXISTS { ?e eg:relatedEvent ?r FILTER(REGEX(STR(?r), \"\\\\._[A-Z][a-z]+(_[A-Z][a-z]+)?$\") && !CONTAINS(STR(?r), \"St.\")) } }",
        // A link through a redirect reaches the canonical entity and
        // DBpedia's resource of it, said to come from the redirect.
        "ASK { egr:AccessibleComputing owl:sameAs egr:Computer_accessibility, dbr:Computer_accessibility . GRAPH ?g { egr:AccessibleComputing owl:sameAs dbr:Computer_accessibility . ?g eg:linkSource eg:redirectLink ; eg:linkScore ?s } FILTER(?s = 1) }",
        "ASK { FILTER NOT EXISTS { egr:AccessibleComputing owl:sameAs dbr:AccessibleComputing } }",
    ] {
        assert!(store.ask(ask).unwrap(), "does not hold:\n{ask}");
    }
    let n = |q: &str| match store.query(q).unwrap() {
        oxigraph::sparql::QueryResults::Solutions(mut r) => {
            r.next().unwrap().unwrap().get("n").unwrap().to_string()
        }
        _ => panic!(),
    };
    assert_eq!(
        n("SELECT (COUNT(*) AS ?n) WHERE { ?a eg:redirectsTo ?b }"),
        "\"99\"^^<http://www.w3.org/2001/XMLSchema#integer>"
    );
    // Non-event pages (Anarchism, Autism, the countries) yield no event.
    assert!(!store.ask("ASK { egr:Anarchism a eg:Event }").unwrap());
    assert!(!store.ask("ASK { egr:Academy_Awards a eg:Event }").unwrap());
}

#[test]
fn reingesting_a_dump_duplicates_nothing() {
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let path = dump("enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2");
    ingest(&store, &path);
    let first = store.len().unwrap();
    ingest(&store, &path);
    assert_eq!(store.len().unwrap(), first);
}

#[test]
fn of_two_pages_with_one_title_the_later_wins() {
    let dir = tempfile::tempdir().unwrap();
    let page = |id: u32, deaths: u32| {
        format!("<page><title>1999 Testland riots</title><ns>0</ns><id>{id}</id><revision><id>{id}</id><text>{{{{Infobox civil conflict\n| date = 1999\n| fatalities = {deaths}\n}}}}\nThe '''1999 Testland riots''' were riots.</text></revision></page>\n")
    };
    let xml = format!("<mediawiki>{}{}</mediawiki>", page(1, 5), page(2, 7));
    let path = dir.path().join("dup.xml");
    std::fs::write(&path, xml).unwrap();
    for batch in [1, 50] {
        let store = GraphStore::in_memory(Default::default()).unwrap();
        let options = eventgraph::ingest::DumpOptions {
            workers: 2,
            batch,
            ..Default::default()
        };
        let s = eventgraph::ingest::ingest_dump(
            &store,
            &path,
            &options,
            &AtomicBool::new(false),
            |_| {},
        )
        .unwrap();
        assert_eq!(s.pages, 2);
        assert!(
            store
                .ask("ASK { egr:1999_Testland_riots eg:fatalities 7 }")
                .unwrap(),
            "batch {batch}"
        );
        assert!(
            !store
                .ask("ASK { egr:1999_Testland_riots eg:fatalities 5 }")
                .unwrap(),
            "batch {batch}"
        );
    }
}

#[test]
fn a_broken_dump_keeps_the_pages_before_the_fault() {
    let dir = tempfile::tempdir().unwrap();
    let xml = "<mediawiki><page><title>2001 Testland protests</title><ns>0</ns><id>1</id><revision><text>{{Infobox civil conflict|date=2001}}</text></revision></page><page><title>Broken";
    let path = dir.path().join("broken.xml");
    std::fs::write(&path, xml).unwrap();
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let s = ingest(&store, &path);
    assert_eq!(s.failures.len(), 1, "{:?}", s.failures);
    assert!(s.failures[0].contains("broken.xml"), "{:?}", s.failures);
    assert!(store
        .ask("ASK { egr:2001_Testland_protests a eg:Protest }")
        .unwrap());
}
