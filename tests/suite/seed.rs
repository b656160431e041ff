//! The seed article end to end: its graph against the golden file, and
//! every fact VOCABULARY.md lists, asked one by one with SPARQL.

use eventgraph::ingest;
use eventgraph::iri::Minter;
use eventgraph::rdf;
use eventgraph::store::GraphStore;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn store() -> &'static GraphStore {
    static S: OnceLock<GraphStore> = OnceLock::new();
    S.get_or_init(|| {
        let s = GraphStore::in_memory(Minter::default()).unwrap();
        let x = ingest::extract_file(&super::seed_path()).unwrap();
        eventgraph::ingest::write(&s, &x).unwrap();
        s
    })
}

/// The seed's graph as sorted N-Quads lines (no blank nodes are minted, so
/// this is a canonical form of the graph).
fn canonical() -> BTreeSet<String> {
    let x = ingest::extract_file(&super::seed_path()).unwrap();
    rdf::quads(&x, &Minter::default())
        .iter()
        .map(|q| format!("{q} ."))
        .collect()
}

#[test]
fn seed_graph_matches_golden_file() {
    let golden_path = super::root().join("tests/golden/2003_Azerbaijani_protests.nq");
    let actual = canonical();
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        let text: String = actual.iter().map(|l| format!("{l}\n")).collect();
        std::fs::write(&golden_path, text).unwrap();
    }
    let golden: BTreeSet<String> = std::fs::read_to_string(&golden_path)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run with UPDATE_EXPECT=1 to create it)",
                golden_path.display()
            )
        })
        .lines()
        .map(str::to_owned)
        .collect();
    let missing: Vec<_> = golden.difference(&actual).collect();
    let extra: Vec<_> = actual.difference(&golden).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "the seed graph differs from {}\nmissing ({}):\n  {}\nunexpected ({}):\n  {}\n(UPDATE_EXPECT=1 rewrites the golden file)",
        golden_path.display(),
        missing.len(),
        missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  "),
        extra.len(),
        extra.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  "),
    );
}

#[test]
fn seed_graph_is_deterministic() {
    let x = ingest::extract_file(&super::seed_path()).unwrap();
    let a = rdf::quads(&x, &Minter::default());
    let b = rdf::quads(
        &ingest::extract_file(&super::seed_path()).unwrap(),
        &Minter::default(),
    );
    assert_eq!(a, b);
}

macro_rules! facts {
    ($($name:ident: $ask:expr;)*) => {
        $(
            #[test]
            fn $name() {
                let q = $ask;
                assert!(store().ask(q).unwrap(), "does not hold on the seed's graph:\n{q}");
            }
        )*
        /// The facts, for the CLI test.
        pub const ALL_FACTS: &[(&str, &str)] = &[$((stringify!($name), $ask)),*];
    };
}

// Every fact of VOCABULARY.md's list, as a named ASK query: each is a test
// here, and `cli.rs` asks them all again through the real binary.
facts! {
    event_is_a_protest_and_an_event: "ASK { egr:2003_Azerbaijani_protests a eg:Protest, eg:Event ; rdfs:label \"2003 Azerbaijani protests\"@en }";
    event_starts_on_15_october_2003: "ASK { egr:2003_Azerbaijani_protests eg:startDate \"2003-10-15\"^^xsd:date }";
    event_ends_on_19_october_2003: "ASK { egr:2003_Azerbaijani_protests eg:endDate \"2003-10-19\"^^xsd:date }";
    event_has_one_start_date: "ASK { { SELECT (COUNT(?d) AS ?n) WHERE { egr:2003_Azerbaijani_protests eg:startDate ?d } } FILTER(?n = 1) }";
    country_is_azerbaijan: "ASK { egr:2003_Azerbaijani_protests eg:country egr:Azerbaijan . egr:Azerbaijan a eg:Country ; owl:sameAs wd:Q227, dbr:Azerbaijan }";
    cause_is_the_infobox_text_and_mentions_the_election: "ASK { egr:2003_Azerbaijani_protests eg:hasCause ?c . ?c a eg:Cause ; rdfs:label \"Alleged electoral fraud during the 2003 Azerbaijani presidential election\"@en ; eg:mentions egr:2003_Azerbaijani_presidential_election }";
    related_election_is_the_2003_election: "ASK { egr:2003_Azerbaijani_protests eg:relatedElection egr:2003_Azerbaijani_presidential_election . egr:2003_Azerbaijani_presidential_election a eg:Election, eg:Event ; eg:country egr:Azerbaijan ; eg:startDate \"2003\"^^xsd:gYear }";
    only_the_2003_election_is_related: "ASK { FILTER NOT EXISTS { egr:2003_Azerbaijani_protests eg:relatedElection ?e FILTER(?e != egr:2003_Azerbaijani_presidential_election) } }";
    three_goals: "ASK { { SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { egr:2003_Azerbaijani_protests eg:hasGoal ?g . ?g a eg:Goal } } FILTER(?n = 3) }";
    first_goal_mentions_heydar_aliyev: "ASK { egr:2003_Azerbaijani_protests eg:hasGoal ?g . ?g rdfs:label \"Resignation of President Heydar Aliyev\"@en ; eg:mentions egr:Heydar_Aliyev . egr:Heydar_Aliyev a eg:Person }";
    second_goal_names_no_election: "ASK { egr:2003_Azerbaijani_protests eg:hasGoal ?g . ?g rdfs:label \"Fresh general elections\"@en . FILTER NOT EXISTS { ?g eg:mentions ?x } }";
    third_goal_mentions_the_2003_election: "ASK { egr:2003_Azerbaijani_protests eg:hasGoal ?g . ?g rdfs:label \"Annulment of the 2003 Azerbaijani presidential election\"@en ; eg:mentions egr:2003_Azerbaijani_presidential_election }";
    outcome_protests_suppressed_by_force: "ASK { egr:2003_Azerbaijani_protests eg:hasOutcome ?o . ?o a eg:Outcome ; rdfs:label \"Protests suppressed by force\"@en }";
    method_demonstrations: "ASK { egr:2003_Azerbaijani_protests eg:hasMethod ?m . ?m a eg:Method ; rdfs:label \"Demonstrations\"@en }";
    two_fatalities_exactly: "ASK { egr:2003_Azerbaijani_protests eg:fatalities 2 }";
    injuries_are_approximate_at_least_1000: "ASK { egr:2003_Azerbaijani_protests eg:injuriesFigure ?f . ?f eg:lowerBound 1000 ; eg:approximate true ; eg:sourceText \"Thousands\"@en . FILTER NOT EXISTS { egr:2003_Azerbaijani_protests eg:injuries ?n } }";
    located_in_baku: "ASK { egr:2003_Azerbaijani_protests eg:location egr:Baku . egr:Baku a eg:City ; eg:country egr:Azerbaijan ; owl:sameAs wd:Q9248 }";
    related_to_the_1998_protests: "ASK { egr:2003_Azerbaijani_protests eg:relatedEvent egr:1998_Azerbaijani_presidential_election_protests . egr:1998_Azerbaijani_presidential_election_protests a eg:Protest ; eg:relatedElection egr:1998_Azerbaijani_presidential_election }";
    links_and_provenance_in_the_article_graph: "ASK { GRAPH ega:2003_Azerbaijani_protests { egr:2003_Azerbaijani_protests owl:sameAs dbr:2003_Azerbaijani_protests ; foaf:isPrimaryTopicOf <https://en.wikipedia.org/wiki/2003_Azerbaijani_protests> ; prov:wasDerivedFrom ega:2003_Azerbaijani_protests } }";
    every_entity_has_an_english_label: "ASK { FILTER NOT EXISTS { ?s ?p ?o . FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(egr:))) FILTER NOT EXISTS { ?s rdfs:label ?l FILTER(LANG(?l) = \"en\") } } }";
    azerbaijan_links_come_from_the_gazetteer_sure: "ASK { GRAPH ?g { egr:Azerbaijan owl:sameAs wd:Q227 . ?g a eg:LinkGraph ; eg:linkSource eg:gazetteerLink ; eg:linkScore ?s ; prov:wasDerivedFrom ega:2003_Azerbaijani_protests } FILTER(?s = 1) FILTER(STRSTARTS(STR(?g), \"https://w3id.org/eventgraph/links/article/2003_Azerbaijani_protests#\")) }";
    azerbaijan_geonames_link: "ASK { GRAPH ?g { egr:Azerbaijan owl:sameAs <https://sws.geonames.org/587116/> . ?g eg:linkSource eg:gazetteerLink } }";
    baku_links_by_gazetteer_name_match: "ASK { GRAPH ?g { egr:Baku owl:sameAs wd:Q9248 . ?g eg:linkSource eg:gazetteerLink ; eg:linkScore ?s } FILTER(?s >= 0.9 && ?s < 1) }";
    own_title_link_is_certain: "ASK { GRAPH ?g { egr:2003_Azerbaijani_protests owl:sameAs dbr:2003_Azerbaijani_protests . ?g eg:linkSource eg:titleLink ; eg:linkScore ?s } FILTER(?s = 1) }";
    names_found_in_text_link_less_surely: "ASK { GRAPH ?g { egr:Heydar_Aliyev owl:sameAs dbr:Heydar_Aliyev . ?g eg:linkSource eg:nameLink ; eg:linkScore ?s } FILTER(?s < 0.9) }";
    every_link_graph_is_described: "ASK { FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/eventgraph/links/\")) FILTER NOT EXISTS { GRAPH ?g { ?g a eg:LinkGraph ; eg:linkSource ?src ; eg:linkScore ?score ; prov:wasDerivedFrom ?article } } } }";
    one_source_and_score_per_link_graph: "ASK { FILTER NOT EXISTS { GRAPH ?g { ?g eg:linkSource ?a, ?b } FILTER(?a != ?b) } FILTER NOT EXISTS { GRAPH ?g { ?g eg:linkScore ?x, ?y } FILTER(?x != ?y) } }";
    links_stay_out_of_the_article_graph_but_its_own: "ASK { FILTER NOT EXISTS { GRAPH ega:2003_Azerbaijani_protests { ?s owl:sameAs ?o FILTER(?s != egr:2003_Azerbaijani_protests) } } }";
    no_blank_nodes: "ASK { FILTER NOT EXISTS { { ?s ?p ?o FILTER(isBlank(?s)) } UNION { ?s ?p ?o FILTER(isBlank(?o)) } } }";
}
