//! Values as real infoboxes state them, read into the graph.

use eventgraph::article::flat;
use eventgraph::store::GraphStore;

fn store_of(text: &str) -> GraphStore {
    let store = GraphStore::in_memory(Default::default()).unwrap();
    let x = eventgraph::extract::extract(&flat::parse("test.txt", text).unwrap());
    store.ingest(&x).unwrap();
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
        ev.locations,
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
