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
fn another_languages_wiki_names_no_english_page() {
    use eventgraph::article::dump::wiki_language;
    // The root element's `xml:lang`, whatever the encoding (the bgwiki
    // sample is UTF-16).
    let lang = |name: &str| wiki_language(&dump(name));
    assert_eq!(
        lang("bgwiki-latest-pages-articles-shortened.xml.bz2").as_deref(),
        Some("bg")
    );
    assert_eq!(
        lang("smallwiki-latest-pages-articles.xml").as_deref(),
        Some("ltg")
    );
    assert_eq!(lang("minidump-en-wiki.xml.bz2").as_deref(), Some("en"));
    // The Latgalian wiki's redirects (`Kongeriket Norge` to `Norvegeja`)
    // name no English DBpedia resource, and its titles are Latgalian.
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let s = ingest(&store, &dump("smallwiki-latest-pages-articles.xml"));
    assert!(s.failures.is_empty(), "{:?}", s.failures);
    assert!(s.redirects > 100, "{}", s.redirects);
    for ask in [
        "ASK { egr:Kongeriket_Norge eg:redirectsTo egr:Norvegeja ; owl:sameAs egr:Norvegeja ; rdfs:label \"Kongeriket Norge\"@ltg }",
        "ASK { FILTER NOT EXISTS { ?s owl:sameAs ?d FILTER(STRSTARTS(STR(?d), STR(dbr:))) } }",
        "ASK { FILTER NOT EXISTS { ?s foaf:isPrimaryTopicOf ?p } }",
        "ASK { FILTER NOT EXISTS { ?s rdfs:label ?l FILTER(LANG(?l) = \"en\") } }",
    ] {
        assert!(store.ask(ask).unwrap(), "does not hold:\n{ask}");
    }
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

/// A multistream dump of the corpus' English pages (the enwiki dump and the
/// minidump, each page once, with their redirects), as Wikipedia writes
/// one: a header stream, streams of 10 whole pages, the closing tag in the
/// last; and its index (`offset:id:title`).
pub(super) fn multistream(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    use std::io::Write;
    let mut pages = Vec::new();
    for name in [
        "enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2",
        "minidump-en-wiki.xml.bz2",
    ] {
        pages.extend(
            DumpReader::open(&dump(name), Arc::default())
                .unwrap()
                .map(|p| p.unwrap()),
        );
    }
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let compress = |text: &str| {
        let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::best());
        e.write_all(text.as_bytes()).unwrap();
        e.finish().unwrap()
    };
    let mut bytes =
        compress("<mediawiki>\n  <siteinfo><sitename>Wikipedia</sitename></siteinfo>\n");
    let mut index = String::new();
    let chunks: Vec<_> = pages.chunks(10).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let mut xml = String::new();
        for p in chunk.iter() {
            index.push_str(&format!("{}:{}:{}\n", bytes.len(), p.id, p.title));
            let redirect = p
                .redirect
                .as_ref()
                .map(|r| format!("<redirect title=\"{}\" />", esc(r)))
                .unwrap_or_default();
            xml.push_str(&format!(
                "  <page>\n    <title>{}</title>\n    <ns>{}</ns>\n    <id>{}</id>\n    {redirect}\n    <revision><id>1</id><text xml:space=\"preserve\">{}</text></revision>\n  </page>\n",
                esc(&p.title), p.ns, p.id, esc(&p.text)
            ));
        }
        if i + 1 == chunks.len() {
            xml.push_str("</mediawiki>\n");
        }
        bytes.extend(compress(&xml));
    }
    let path = dir.join("enwiki-multistream.xml.bz2");
    let index_path = dir.join("enwiki-multistream-index.txt");
    std::fs::write(&path, bytes).unwrap();
    std::fs::write(&index_path, index).unwrap();
    (path, index_path)
}

/// The graph of a store as sorted N-Quads lines, without its VoID.
fn graph_lines(store: &GraphStore) -> Vec<String> {
    let mut out = Vec::new();
    store
        .export(oxigraph::io::RdfFormat::NQuads, None, None, None, &mut out)
        .unwrap();
    let mut lines: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

/// `ingest --shard K/N`: N runs over every N-th bzip2 stream of a
/// multistream dump hold together exactly the graph of one run (by
/// scanning for the streams, and by the index file), each run a part of
/// it; a single-stream dump is refused.
#[test]
fn shards_of_a_multistream_dump_together_give_one_runs_graph() {
    use eventgraph::article::bz2::Shard;
    let dir = tempfile::tempdir().unwrap();
    let (path, index) = multistream(dir.path());
    let run = |shard: Option<Shard>| {
        let store = GraphStore::in_memory(Default::default()).unwrap();
        let options = eventgraph::ingest::DumpOptions {
            shard,
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
        assert!(s.failures.is_empty(), "{:?}", s.failures);
        (graph_lines(&store), s.pages)
    };
    let (whole, pages) = run(None);
    assert!(
        whole.len() > 1000 && pages > 200,
        "{} quads, {pages} pages",
        whole.len()
    );
    let offsets = Shard::read_index(&index).unwrap();
    for n in [2, 3] {
        for by_index in [false, true] {
            let mut union = Vec::new();
            let mut read = 0;
            for k in 1..=n {
                let mut shard = Shard::parse(&format!("{k}/{n}")).unwrap();
                if by_index {
                    shard.offsets = Some(offsets.clone());
                }
                let (part, pages) = run(Some(shard));
                assert!(
                    !part.is_empty() && part.len() < whole.len(),
                    "shard {k}/{n}"
                );
                union.extend(part);
                read += pages;
            }
            union.sort();
            union.dedup();
            assert_eq!(
                read, pages,
                "{n} shards, index {by_index}: every page read once"
            );
            assert!(
                union == whole,
                "{n} shards, index {by_index}: the union differs"
            );
        }
    }
    let single = dump("minidump-en-wiki.xml.bz2");
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let options = eventgraph::ingest::DumpOptions {
        shard: Some(Shard::parse("1/2").unwrap()),
        ..Default::default()
    };
    let s =
        eventgraph::ingest::ingest_dump(&store, &single, &options, &AtomicBool::new(false), |_| {})
            .unwrap();
    assert!(
        s.failures[0].contains("--shard 1/2 splits a multistream dump"),
        "{:?}",
        s.failures
    );
    assert!(Shard::parse("3/2").is_err() && Shard::parse("0/2").is_err());
}

/// Incremental updates: the store keeps each dump page's page and revision
/// ids; a re-ingest of the same dump reads no page again (`unchanged`, the
/// graph byte for byte the same); a daily changes dump replaces the pages
/// whose revision changed, removes the graph of a page that is no longer an
/// event and adds new ones, leaving the rest; a page gone from a full dump
/// is removed only with `--prune`.
#[test]
fn revisions_make_reingest_incremental_and_prune_removes_deleted_pages() {
    let dir = tempfile::tempdir().unwrap();
    let page = |id: u32, rev: u32, title: &str, body: &str| {
        format!("<page><title>{title}</title><ns>0</ns><id>{id}</id><revision><id>{rev}</id><contributor><id>99</id></contributor><text xml:space=\"preserve\">{body}</text></revision></page>\n")
    };
    let event = |year: u32, place: &str| {
        format!("{{{{Infobox civil conflict\n| title = x\n| date = 15 October {year}\n| place = [[{place}]]\n}}}}\n'''The {year} {place} protests''' were protests in [[{place}]] in {year}.")
    };
    let write = |name: &str, pages: &[String]| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("<mediawiki>{}</mediawiki>", pages.concat())).unwrap();
        path
    };
    let a = |rev, year| page(1, rev, "2003 Baku protests", &event(year, "Baku"));
    let b = page(2, 20, "2005 Tbilisi protests", &event(2005, "Tbilisi"));
    let f = |rev, body: &str| page(6, rev, "Freedom Square", body);
    let c = page(3, 30, "Baku protests", "#REDIRECT [[2003 Baku protests]]");
    let d = page(
        4,
        40,
        "Baku",
        "'''Baku''' is the capital of [[Azerbaijan]].",
    );
    let e = page(5, 50, "2011 Minsk protests", &event(2011, "Minsk"));
    let full = write(
        "full.xml",
        &[
            a(10, 2003),
            b.clone(),
            c.clone(),
            d.clone(),
            f(60, &event(2007, "Yerevan")),
        ],
    );
    let changes = write(
        "changes.xml",
        &[
            a(11, 2004),
            f(61, "'''Freedom Square''' is a square in [[Yerevan]]."),
            e.clone(),
        ],
    );
    let later_full = write("later.xml", &[a(11, 2004), c, d, e]);
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let run = |path: &std::path::Path, prune: bool| {
        let mut options = eventgraph::ingest::IngestOptions::default();
        options.dump.prune = prune;
        let s = eventgraph::ingest::ingest(
            &store,
            &[path.to_owned()],
            &options,
            &AtomicBool::new(false),
            |_| {},
        );
        assert!(s.failures.is_empty(), "{:?}", s.failures);
        s
    };
    let ask = |q: &str| {
        matches!(
            store.query(&format!("ASK {{ {q} }}")).unwrap(),
            oxigraph::sparql::QueryResults::Boolean(true)
        )
    };
    let first = run(&full, false);
    assert_eq!((first.unchanged, first.removed), (0, 0));
    assert!(ask("ega:2003_Baku_protests eg:pageId 1 ; eg:revisionId 10"));
    assert!(
        ask("GRAPH ega:Freedom_Square { ?s a eg:Event }"),
        "an event by its infobox"
    );
    assert!(ask("ega:Baku_protests eg:revisionId 30"));
    let before = graph_lines(&store);
    // The same dump again: nothing read again, nothing changed.
    let again = run(&full, false);
    assert_eq!(
        (again.unchanged, again.articles, again.quads_written),
        (4, 0, 0)
    );
    // Every page is accounted for: unchanged, or (as the first time) read
    // and without a graph.
    assert_eq!(again.dump_pages, first.dump_pages);
    assert_eq!(
        again.unchanged + again.without_graph,
        again.dump_pages,
        "{again:?}"
    );
    assert_eq!(again.without_graph, first.without_graph);
    assert!(graph_lines(&store) == before);
    // A day's changes.
    let daily = run(&changes, false);
    assert_eq!((daily.unchanged, daily.removed), (0, 1));
    assert!(ask(
        "egr:2003_Baku_protests eg:startDate ?d FILTER(STR(?d) = \"2004-10-15\")"
    ));
    assert!(ask("ega:2003_Baku_protests eg:revisionId 11"));
    assert!(
        !ask("GRAPH ega:Freedom_Square { ?s ?p ?o }"),
        "no longer an event"
    );
    assert!(ask("egr:2011_Minsk_protests a eg:Protest"));
    assert!(
        ask("egr:2005_Tbilisi_protests a eg:Protest"),
        "not in the changes: kept"
    );
    // A later full dump without Tbilisi: kept unless pruned.
    let kept = run(&later_full, false);
    assert_eq!((kept.unchanged, kept.pruned), (3, 0));
    assert!(ask("egr:2005_Tbilisi_protests a eg:Protest"));
    let pruned = run(&later_full, true);
    assert_eq!((pruned.unchanged, pruned.pruned), (3, 1));
    assert!(!ask("GRAPH ega:2005_Tbilisi_protests { ?s ?p ?o }"));
    assert!(
        ask("egr:2011_Minsk_protests a eg:Protest") && ask("ega:Baku_protests eg:revisionId 30")
    );
}
