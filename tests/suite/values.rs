//! Values as real infoboxes state them, read into the graph.

use eventgraph::article::flat;
use eventgraph::store::GraphStore;
use oxigraph::sparql::QueryResults;

fn store_of(text: &str) -> GraphStore {
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let x = eventgraph::extract::extract(&flat::parse("test.txt", text).unwrap());
    eventgraph::ingest::write(&store, &x).unwrap();
    store
}

const EGYPT: &str = "= 2011 Egyptian revolution =

Infobox
- Date: 25 January – 11 February 2011
- Place: Cairo, Alexandria, and other cities in Egypt
- Side1: Protesters, Muslim Brotherhood, National Association for Change
- Side2: Government of Egypt
- Leadfigures1: Mohamed ElBaradei
- Leadfigures2: President Hosni Mubarak
- Howmany1: 2,000,000+
- Casualties1: 846 (per Amnesty) 384 (per government)
- Casualties2: 26

The 2011 Egyptian revolution began on 25 January 2011.
";

#[test]
fn numbered_fields_stay_together_one_node_per_side() {
    let s = store_of(EGYPT);
    for ask in [
        "ASK { egr:2011_Egyptian_revolution a eg:Revolution ; eg:hasSide ?a, ?b . ?a eg:sideNumber 1 . ?b eg:sideNumber 2 }",
        "ASK { egr:2011_Egyptian_revolution eg:hasSide ?s . ?s eg:sideNumber 1 ; eg:leader egr:Mohamed_ElBaradei ; eg:party egr:Muslim_Brotherhood, egr:National_Association_for_Change ; eg:casualtiesFigure ?c ; eg:strengthFigure ?h . ?c eg:lowerBound 384 ; eg:upperBound 846 ; eg:approximate true . ?h eg:lowerBound 2000000 . FILTER NOT EXISTS { ?h eg:upperBound ?u } }",
        "ASK { egr:2011_Egyptian_revolution eg:hasSide ?s . ?s eg:sideNumber 2 ; eg:leader egr:Hosni_Mubarak ; eg:casualtiesFigure ?c . ?c eg:lowerBound 26 ; eg:upperBound 26 ; eg:approximate false . egr:Hosni_Mubarak a eg:Person ; eg:role \"President\"@en }",
        "ASK { FILTER NOT EXISTS { ?s eg:sideNumber 1 ; eg:leader egr:Hosni_Mubarak } }",
        "ASK { egr:2011_Egyptian_revolution eg:location egr:Cairo, egr:Alexandria ; eg:country egr:Egypt }",
        "ASK { egr:2011_Egyptian_revolution eg:startDate \"2011-01-25\"^^xsd:date ; eg:endDate \"2011-02-11\"^^xsd:date }",
    ] {
        assert!(s.ask(ask).unwrap(), "does not hold:\n{ask}");
    }
}

#[test]
fn qualified_dates_are_bounded_in_the_graph() {
    let s =
        store_of("= Spring 1968 protests in Testland =\n\nInfobox\n- Date: early 1968 – c. 1969\n");
    assert!(s.ask("ASK { ?e eg:startDate \"1968\"^^xsd:gYear ; eg:startEarliest \"1968-01\"^^xsd:gYearMonth ; eg:startLatest \"1968-04\"^^xsd:gYearMonth ; eg:endDate \"1969\"^^xsd:gYear ; eg:dateApproximate true }").unwrap());
}

fn countries_and_locations(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let x = eventgraph::extract::extract(&flat::parse("test.txt", text).unwrap());
    let ev = x.event.expect("an event");
    (
        ev.countries,
        ev.locations.into_iter().map(|l| l.title).collect(),
        x.diagnostics.iter().map(|d| d.message.clone()).collect(),
    )
}

#[test]
fn georgia_is_read_by_its_context() {
    let (c, l, _) = countries_and_locations(
        "= 2007 Georgian demonstrations =\n\nInfobox\n- Place: Tbilisi, Georgia\n",
    );
    assert_eq!(
        (c, l.contains(&"Tbilisi".to_owned())),
        (vec!["Georgia (country)".to_owned()], true)
    );
    let (c, l, _) =
        countries_and_locations("= 1906 Atlanta riots =\n\nInfobox\n- Place: Atlanta, Georgia\n");
    assert_eq!(c, ["United States"]);
    assert!(
        l.contains(&"Georgia State".to_owned()) && l.contains(&"Atlanta".to_owned()),
        "{l:?}"
    );
    let (c, _, d) = countries_and_locations("= 1990 riots =\n\nInfobox\n- Place: Georgia\n");
    assert!(c.is_empty(), "{c:?}");
    assert!(
        d.iter().any(|m| m.contains("\"Georgia\" is ambiguous")),
        "{d:?}"
    );
}

#[test]
fn ambiguous_demonyms_are_reported_not_guessed() {
    let (c, _, d) =
        countries_and_locations("= 2016 Congolese protests =\n\nInfobox\n- Date: 2016\n");
    assert!(c.is_empty(), "{c:?}");
    assert!(
        d.iter()
            .any(|m| m.contains("\"Congolese\" in the title may name CD or CG")),
        "{d:?}"
    );
    let (c, _, _) =
        countries_and_locations("= 2020 Burkinabé protests =\n\nInfobox\n- Date: 2020\n");
    assert_eq!(c, ["Burkina Faso"]);
    let (c, _, _) = countries_and_locations("= 1968 Dutch riots =\n\nInfobox\n- Date: 1968\n");
    assert_eq!(c, ["Netherlands"]);
}

#[test]
fn countries_by_code_and_alternative_spelling() {
    let (c, _, _) = countries_and_locations("= 2011 riots =\n\nInfobox\n- Place: CIV\n");
    assert_eq!(c, ["Ivory Coast"]);
    let (c, _, _) = countries_and_locations("= 2011 riots =\n\nInfobox\n- Place: Côte d'Ivoire\n");
    assert_eq!(c, ["Ivory Coast"]);
    let (c, l, _) = countries_and_locations(
        "= 2014 offensive in Idlib =\n\nInfobox\n- Place: Idlib Governorate Syria\n",
    );
    assert_eq!(c, ["Syria"]);
    assert!(l.iter().any(|p| p.starts_with("Idlib")), "{l:?}");
}

#[test]
fn place_values_as_infoboxes_write_them() {
    let (c, l, _) = countries_and_locations(
        "= 2003 Azerbaijani protests =\n\nInfobox\n- Place: Baku, Azerbaijan\n",
    );
    assert_eq!(
        (c, l),
        (
            vec!["Azerbaijan".to_owned()],
            vec!["Azerbaijan".to_owned(), "Baku".to_owned()]
        )
    );
    let (c, l, _) = countries_and_locations(
        "= 2016 Aleppo offensive =\n\nInfobox\n- Place: Aleppo Governorate, Syria\n",
    );
    assert_eq!(
        (c, l),
        (
            vec!["Syria".to_owned()],
            vec!["Syria".to_owned(), "Aleppo Governorate".to_owned()]
        )
    );
    let (c, l, _) =
        countries_and_locations("= 2003 Azerbaijani protests =\n\nInfobox\n- Place: Nationwide\n");
    assert_eq!(
        (c, l),
        (vec!["Azerbaijan".to_owned()], vec!["Azerbaijan".to_owned()])
    );
    let (_, _, d) = countries_and_locations("= 1990 riots =\n\nInfobox\n- Place: Nationwide\n");
    assert!(
        d.iter()
            .any(|m| m.contains("\"Nationwide\" names no one country here")),
        "{d:?}"
    );
}

/// The value corpus: every date, figure and place value of the infoboxes of
/// the corpus' articles (seed, flat, wikitext), with the reading checked by
/// hand, in `tests/data/values.tsv`. `UPDATE_EXPECT=1` rewrites the file
/// from the current readers, for review in the diff.
#[test]
fn value_corpus_reads_as_recorded() {
    let corpus = super::corpus();
    let mut got = vec!["file\tline\tkind\tkey\tvalue\treading".to_owned()];
    for dir in [
        "seed",
        "flat",
        "wikitext/wtf_wikipedia",
        "wikitext/infoboxer",
        "wikitext/dbpedia-abstracts",
    ] {
        let (files, errors) = eventgraph::ingest::collect_files(&[corpus.join(dir)]);
        assert!(errors.is_empty());
        for f in files
            .iter()
            .filter(|f| !f.to_string_lossy().ends_with("-gold.txt"))
        {
            let doc = eventgraph::ingest::read_article(f).unwrap();
            let rel = f
                .strip_prefix(&corpus)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            for r in eventgraph::extract::survey::survey(&doc) {
                got.push(eventgraph::ingest::reading_line(&rel, &r));
            }
        }
    }
    // And every article of the corpus' dumps.
    for name in [
        "enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2",
        "minidump-en-wiki.xml.bz2",
        "enwiki-table-markup.xml.bz2",
        "tinywiki-latest-pages-articles.xml",
    ] {
        let path = corpus.join("dumps").join(name);
        for page in eventgraph::article::dump::DumpReader::open(&path, Default::default()).unwrap()
        {
            let page = page.unwrap();
            if page.ns != 0 || page.redirect.is_some() {
                continue;
            }
            let doc = eventgraph::article::wikitext::parse("dump", &page.title, &page.text);
            for r in eventgraph::extract::survey::survey(&doc) {
                got.push(eventgraph::ingest::reading_line(
                    &format!("dumps/{name}#{}", page.title),
                    &r,
                ));
            }
        }
    }
    let path = super::root().join("tests/data/values.tsv");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, got.join("\n") + "\n").unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    let expected: Vec<&str> = expected.lines().collect();
    let mut diffs = Vec::new();
    for line in &got {
        if !expected.contains(&line.as_str()) {
            diffs.push(format!("+ {line}"));
        }
    }
    for line in &expected {
        if !got.iter().any(|g| g == line) {
            diffs.push(format!("- {line}"));
        }
    }
    assert!(
        diffs.is_empty(),
        "the readings differ from tests/data/values.tsv (- recorded, + now):\n{}",
        diffs.join("\n")
    );
    assert!(got.len() > 200, "{} values", got.len());
}

#[test]
fn cities_with_their_regions() {
    let g = eventgraph::gazetteer::Gazetteer::bundled();
    let read = |value: &str| -> Vec<String> {
        let items = eventgraph::values::list::split_items(value);
        eventgraph::extract::places::resolve_items(g, &items, Vec::new())
            .into_iter()
            .map(|r| match r.result {
                Ok(h) => eventgraph::extract::places::hit_name(&h),
                Err(e) => format!("TEXT {e}"),
            })
            .collect()
    };
    // `New Jersey` is a state, not `New` in Jersey.
    assert_eq!(
        read("Princeton, New Jersey, U.S."),
        [
            "country US",
            "city Princeton (US)",
            "region New Jersey State (US)"
        ]
    );
    // The second `New York` names the state.
    assert_eq!(
        read("New York City, New York, U.S."),
        [
            "country US",
            "city New York City (US)",
            "region New York State (US)"
        ]
    );
    // Washington, Kentucky is not Washington, D.C.
    assert_eq!(
        read("Washington, Kentucky"),
        [
            "TEXT is not in the gazetteer within its region",
            "region Kentucky State (US)"
        ]
    );
    assert_eq!(
        read("Washington, D.C."),
        ["city Washington, D.C. (US)", "city Washington, D.C. (US)"]
    );
}

/// Written flat group 25: `San Fernando, Tamaulipas` was linked to
/// `dbr:San_Fernando`, a disambiguation page, and every place titled
/// `Segovia` was one entity, `egr:Segovia`. Places that share a title have
/// keys of their own (`Segovia, Colombia`, `Segovia, Spain`): one IRI
/// each, each linked to its own Wikidata item and GeoNames id only, and to
/// no DBpedia page of the shared title; unless one is ten times the size
/// of each (`Alexandria`, Egypt's, keeps its title and its page).
#[test]
fn places_that_share_a_title_are_entities_of_their_own() {
    let s = store_of(
        "= Foo massacre =\n\nInfobox\n- Date: 22 August 2010\n- Place: San Fernando, Tamaulipas, Mexico\n",
    );
    assert!(s.ask("ASK { ?p owl:sameAs wd:Q745811 }").unwrap());
    assert!(!s.ask("ASK { ?p owl:sameAs dbr:San_Fernando }").unwrap());
    let s = store_of("= Foo riot =\n\nInfobox\n- Date: 1 May 2000\n- Place: Alexandria, Egypt\n");
    assert!(s
        .ask("ASK { egr:Alexandria owl:sameAs wd:Q87 , dbr:Alexandria }")
        .unwrap());
    let s = GraphStore::in_memory(Default::default()).unwrap();
    for (name, place) in [
        ("Foo massacre", "Segovia, Antioquia, Colombia"),
        ("Bar riot", "Segovia, Spain"),
    ] {
        let text = format!("= {name} =\n\nInfobox\n- Date: 1 May 2000\n- Place: {place}\n");
        let x = eventgraph::extract::extract(&flat::parse("test.txt", &text).unwrap());
        eventgraph::ingest::write(&s, &x).unwrap();
    }
    let QueryResults::Solutions(rows) = s
        .query(
            "SELECT ?place (COUNT(DISTINCT ?gn) AS ?n) { ?e eg:location ?place . ?place a eg:City ; \
             owl:sameAs ?gn FILTER(STRSTARTS(STR(?gn), 'https://sws.geonames.org/')) } \
             GROUP BY ?place ORDER BY ?place",
        )
        .unwrap()
    else {
        panic!("a SELECT query")
    };
    let rows: Vec<String> = rows
        .map(|r| {
            let r = r.unwrap();
            format!("{} {}", r.get("place").unwrap(), r.get("n").unwrap())
        })
        .collect();
    assert_eq!(
        rows,
        [
            "<https://w3id.org/eventgraph/resource/Segovia,_Colombia> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>",
            "<https://w3id.org/eventgraph/resource/Segovia,_Spain> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        ]
    );
}
