//! From the model to RDF quads, all in the article's named graph.

mod wikidata;

use crate::gazetteer::Gazetteer;
use crate::iri::{self, Minter};
use crate::model::*;
use crate::store::Replacement;
use crate::values::date::PartialDate;
use crate::values::figure::Figure;
use crate::vocab::{self, class, prop, source};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};

/// How sure each kind of offline link is (`eg:linkScore`), in one place.
pub mod score {
    /// DBpedia and Wikipedia name a page by its title: the article's own.
    pub const TITLE: f64 = 1.0;
    /// A redirect names its target's entity.
    pub const REDIRECT: f64 = 1.0;
    /// A country's identifiers, by its ISO code in the linking tables.
    pub const COUNTRY: f64 = 1.0;
    /// A country's DBpedia title, from the gazetteer's English name.
    pub const COUNTRY_TITLE: f64 = 0.95;
    /// A wikilink's target: the page exists, though it may be a redirect.
    pub const WIKILINK: f64 = 0.95;
    /// A region's or city's identifiers: the gazetteer matched its name
    /// inside the country the article is about.
    pub const PLACE: f64 = 0.9;
    /// A city's DBpedia title, from its gazetteer name (which may need a
    /// disambiguation on Wikipedia).
    pub const CITY_TITLE: f64 = 0.8;
    /// A title formed from a name found in the text: the page may not exist.
    pub const NAME: f64 = 0.7;
}

/// The offline links' sources and scores: every graph an article's links
/// can go to (they are cleared together when the article is replaced).
pub const OFFLINE_LINKS: &[(&str, f64)] = &[
    (source::TITLE, score::TITLE),
    (source::REDIRECT, score::REDIRECT),
    (source::GAZETTEER, score::COUNTRY),
    (source::GAZETTEER, score::COUNTRY_TITLE),
    (source::GAZETTEER, score::PLACE),
    (source::GAZETTEER, score::CITY_TITLE),
    (source::WIKILINK, score::WIKILINK),
    (source::NAME, score::NAME),
];

/// Builds the quads of one extraction.
pub struct Builder<'a> {
    minter: &'a Minter,
    graph: GraphName,
    /// The article's links, in graphs by source and score.
    links: LinkGraphs,
    article: NamedNode,
    /// The article's title (fact records are named after it).
    title: String,
    /// Where each entity (by IRI) was first named: the record of its links.
    named_at: std::collections::HashMap<String, Source>,
    /// Whether facts get their records (`ingest --no-provenance` says no).
    records: bool,
    /// The records written: a fact read twice (a related event named in
    /// the lead and again in a section) keeps where it was first read.
    recorded: std::collections::HashSet<NamedNode>,
    /// The language of the article's text; `None`: English Wikipedia's,
    /// whose titles name DBpedia's resources and Wikipedia's pages.
    language: Option<String>,
    quads: Vec<Quad>,
}

/// Links (`owl:sameAs`, `foaf:isPrimaryTopicOf`) put into named graphs of
/// one source and one score under a base graph IRI, each graph described
/// once, inside itself: `<g> a eg:LinkGraph; eg:linkSource ...;
/// eg:linkScore ...` and one more fact of its origin (`about`: a property
/// IRI and its value, as `prov:wasDerivedFrom` the article).
pub struct LinkGraphs {
    base: String,
    about: (NamedNode, Term),
    /// The graphs made so far: source, score and graph name.
    graphs: Vec<(&'static str, f64, GraphName)>,
    quads: Vec<Quad>,
}

impl LinkGraphs {
    pub fn new(base: String, about: (&str, Term)) -> Self {
        LinkGraphs {
            base,
            about: (node(about.0.to_owned()), about.1),
            graphs: Vec::new(),
            quads: Vec::new(),
        }
    }

    /// `subject predicate target`, in the graph of `source` and `score`.
    pub fn add(
        &mut self,
        subject: &NamedNode,
        predicate: &str,
        target: NamedNode,
        source: &'static str,
        score: f64,
    ) {
        let score = (score.clamp(0.0, 1.0) * 100.0).round() / 100.0;
        let graph = match self
            .graphs
            .iter()
            .find(|(s, x, _)| *s == source && *x == score)
        {
            Some((_, _, g)) => g.clone(),
            None => {
                let n = node(iri::link_graph(&self.base, source, score));
                let g = GraphName::NamedNode(n.clone());
                let q = |p: NamedNode, o: Term| Quad::new(n.clone(), p, o, g.clone());
                self.quads.extend([
                    q(
                        node(vocab::RDF_TYPE.to_owned()),
                        eg(class::LINK_GRAPH).into(),
                    ),
                    q(eg(prop::LINK_SOURCE), eg(source).into()),
                    q(eg(prop::LINK_SCORE), score_literal(score)),
                    q(self.about.0.clone(), self.about.1.clone()),
                ]);
                self.graphs.push((source, score, g.clone()));
                g
            }
        };
        self.quads.push(Quad::new(
            subject.clone(),
            node(predicate.to_owned()),
            target,
            graph,
        ));
    }

    /// The links and the descriptions of their graphs; a link added twice
    /// is there once.
    pub fn into_quads(mut self) -> Vec<Quad> {
        let mut seen = std::collections::HashSet::new();
        self.quads.retain(|q| seen.insert(q.clone()));
        self.quads
    }
}

/// A score as an `xsd:decimal` of at most two decimals, written as
/// oxigraph gives decimals back (`0.95`, `0.7`, `1`), so that `extract` and
/// an export of the store write the same bytes.
pub fn score_literal(score: f64) -> Term {
    Literal::new_typed_literal(iri::score_text(score), xsd("decimal")).into()
}

fn node(iri: String) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn eg(local: &str) -> NamedNode {
    node(vocab::eg(local))
}

fn xsd(local: &str) -> NamedNode {
    node(format!("{}{local}", vocab::XSD))
}

fn en(text: &str) -> Term {
    Literal::new_language_tagged_literal_unchecked(crate::text::interchangeable(text), "en").into()
}

fn date_literal(d: &PartialDate) -> Term {
    Literal::new_typed_literal(d.to_string(), xsd(d.xsd_type())).into()
}

fn integer(n: u64) -> Term {
    Literal::new_typed_literal(n.to_string(), xsd("integer")).into()
}

/// The quads of an extraction, in a stable order, without duplicates.
pub fn quads(x: &Extraction, minter: &Minter) -> Vec<Quad> {
    quads_with(x, minter, true)
}

/// As [`quads`]; without the facts' records unless `records`.
pub fn quads_with(x: &Extraction, minter: &Minter, records: bool) -> Vec<Quad> {
    let mut b = Builder::new(minter, &x.title);
    b.records = records;
    b.language = x.wiki_language.clone();
    b.build(x);
    b.finish()
}

impl<'a> Builder<'a> {
    fn new(minter: &'a Minter, title: &str) -> Self {
        let article = node(minter.article(title));
        Builder {
            minter,
            graph: GraphName::NamedNode(article.clone()),
            links: LinkGraphs::new(
                iri::links_of_article(article.as_str()).expect("an article IRI"),
                (vocab::PROV_WAS_DERIVED_FROM, article.clone().into()),
            ),
            article,
            title: title.to_owned(),
            named_at: Default::default(),
            records: true,
            recorded: Default::default(),
            language: None,
            quads: Vec::new(),
        }
    }

    /// The facts, each once, then the links (in graphs of their own).
    fn finish(self) -> Vec<Quad> {
        let mut quads = self.quads;
        let mut seen = std::collections::HashSet::new();
        quads.retain(|q| seen.insert(q.clone()));
        quads.extend(self.links.into_quads());
        quads
    }

    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads
            .push(Quad::new(s.clone(), p, o.into(), self.graph.clone()));
    }

    /// `s p o`, a fact the article states, and its record: an
    /// `rdf:Statement` of the triple saying how it was read
    /// (`eg:readFrom`), on which line, from which infobox field or section,
    /// how an entity value was named (`eg:resolvedBy`), and the article.
    fn fact(
        &mut self,
        s: &NamedNode,
        p: NamedNode,
        o: impl Into<Term>,
        at: &Source,
        resolved_by: Option<&'static str>,
    ) {
        let o = o.into();
        self.record(s, &p, &o, at, resolved_by);
        self.add(s, p, o);
    }

    /// The record of `s p o` in the article's graph (the triple itself may
    /// be in another graph: a link in its links graph).
    fn record(
        &mut self,
        s: &NamedNode,
        p: &NamedNode,
        o: &Term,
        at: &Source,
        resolved_by: Option<&'static str>,
    ) {
        if !self.records {
            return;
        }
        let triple = format!("{s} {p} {o}");
        let n = node(self.minter.fact(&self.title, p.as_str(), &triple));
        if !self.recorded.insert(n.clone()) {
            return;
        }
        self.add(
            &n,
            node(vocab::RDF_TYPE.to_owned()),
            node(vocab::RDF_STATEMENT.to_owned()),
        );
        self.add(&n, node(vocab::RDF_SUBJECT.to_owned()), s.clone());
        self.add(&n, node(vocab::RDF_PREDICATE.to_owned()), p.clone());
        self.add(&n, node(vocab::RDF_OBJECT.to_owned()), o.clone());
        self.add(&n, eg(prop::READ_FROM), eg(at.from.individual()));
        self.add(&n, eg(prop::SOURCE_LINE), integer(at.line as u64));
        if let Some(f) = &at.field {
            self.add(&n, eg(prop::SOURCE_FIELD), Literal::new_simple_literal(f));
        }
        if let Some(h) = &at.section {
            let h = self.text(h);
            self.add(&n, eg(prop::SOURCE_SECTION), h);
        }
        if let Some(r) = resolved_by {
            self.add(&n, eg(prop::RESOLVED_BY), eg(r));
        }
        self.derived(&n);
    }

    /// A fact whose value is the entity `title`, with how the entity was
    /// named: a wikilink's target, the gazetteer's name, or a name read
    /// from the text.
    fn entity_fact(&mut self, x: &Extraction, s: &NamedNode, p: &str, title: &str, at: &Source) {
        let resolved = x.entity(title).map(|e| match e.kind {
            _ if e.linked => source::WIKILINK,
            EntityKind::Country(_) | EntityKind::Place { .. } => source::GAZETTEER,
            _ => source::NAME,
        });
        let o = self.entity_node(title);
        self.named_at
            .entry(o.as_str().to_owned())
            .or_insert_with(|| at.clone());
        self.fact(s, eg(p), o, at, resolved);
    }

    /// `s geo:hasGeometry g`, `g a geo:Geometry ; geo:asWKT "POINT(lon
    /// lat)"^^geo:wktLiteral`: the point of `s`, whose title is `title`
    /// (`g` is `{s}__geometry__point`). A point read from the article is a
    /// fact with its record (`at`); the gazetteer's is not.
    fn geometry(&mut self, s: &NamedNode, title: &str, lon_lat: &str, at: Option<&Source>) {
        let g = node(self.minter.owned(title, "geometry", "point"));
        let has = node(format!("{}hasGeometry", vocab::GEO));
        match at {
            Some(at) => self.fact(s, has, g.clone(), at, None),
            None => self.add(s, has, g.clone()),
        }
        self.add(
            &g,
            node(vocab::RDF_TYPE.to_owned()),
            node(format!("{}Geometry", vocab::GEO)),
        );
        self.label(&g, &format!("{title} (point)"));
        let wkt = Literal::new_typed_literal(
            format!("POINT({lon_lat})"),
            node(format!("{}wktLiteral", vocab::GEO)),
        );
        self.add(&g, node(format!("{}asWKT", vocab::GEO)), wkt);
    }

    /// The codes of an event's class in CAMEO, PLOVER and ACLED
    /// (`ontology/event-codes.ttl`), each with its notation, label and
    /// scheme; facts with records when `at` says where the class was read.
    fn event_codes(&mut self, s: &NamedNode, kind: EventKind, at: Option<&Source>) {
        let codes = crate::align::Alignments::bundled().event_codes(&vocab::eg(kind.class()));
        for code in codes {
            let c = node(code.iri.clone());
            match at {
                Some(at) => self.fact(s, eg(prop::EVENT_CODE), c.clone(), at, None),
                None => self.add(s, eg(prop::EVENT_CODE), c.clone()),
            }
            let skos = |l: &str| node(format!("{}{l}", vocab::SKOS));
            self.add(
                &c,
                skos("notation"),
                Literal::new_simple_literal(&code.notation),
            );
            self.add(&c, skos("prefLabel"), en(&code.label));
            self.add(&c, skos("inScheme"), node(code.scheme.clone()));
        }
    }

    fn typed(&mut self, s: &NamedNode, classes: &[&str]) {
        for c in classes {
            self.add(s, node(vocab::RDF_TYPE.to_owned()), eg(c));
        }
    }

    /// A text of the article, tagged with its language.
    fn text(&self, text: &str) -> Term {
        match &self.language {
            Some(tag) => Literal::new_language_tagged_literal_unchecked(
                crate::text::interchangeable(text),
                tag.as_str(),
            )
            .into(),
            None => en(text),
        }
    }

    fn label(&mut self, s: &NamedNode, text: &str) {
        let label = self.text(text);
        self.add(s, node(vocab::RDFS_LABEL.to_owned()), label);
    }

    fn derived(&mut self, s: &NamedNode) {
        let a = self.article.clone();
        self.add(s, node(vocab::PROV_WAS_DERIVED_FROM.to_owned()), a);
    }

    /// A link, in the article's links graph of its source and score.
    fn link(
        &mut self,
        s: &NamedNode,
        predicate: &str,
        target: NamedNode,
        from: &'static str,
        score: f64,
    ) {
        debug_assert!(
            OFFLINE_LINKS.contains(&(from, score)),
            "{from} {score} is not an offline link kind"
        );
        // The link's record: where the entity was named, and how the
        // link was made.
        if let Some(at) = self.named_at.get(s.as_str()).cloned() {
            let p = node(predicate.to_owned());
            self.record(s, &p, &target.clone().into(), &at, Some(from));
        }
        self.links.add(s, predicate, target, from, score);
    }

    /// Links of a titled entity: `dbr:`, its Wikipedia page.
    fn titled(&mut self, s: &NamedNode, title: &str, from: &'static str, score: f64) {
        if self.language.is_some() {
            return;
        }
        self.link(
            s,
            vocab::OWL_SAME_AS,
            node(iri::dbpedia(title)),
            from,
            score,
        );
        self.link(
            s,
            vocab::FOAF_IS_PRIMARY_TOPIC_OF,
            node(iri::wikipedia(title)),
            from,
            score,
        );
    }

    fn entity_node(&self, title: &str) -> NamedNode {
        node(self.minter.entity(title))
    }

    fn build(&mut self, x: &Extraction) {
        let a = self.article.clone();
        self.typed(&a, &[class::ARTICLE]);
        self.label(&a, &x.title);
        // The file name only: the same article read from another directory
        // gives the same graph.
        let file = std::path::Path::new(&x.source)
            .file_name()
            .map_or(x.source.clone(), |f| f.to_string_lossy().into_owned());
        self.add(
            &a,
            eg(prop::SOURCE_FILE),
            Literal::new_simple_literal(crate::text::interchangeable(&file)),
        );
        // A title made from a file name may name no page (`usa.wiki`).
        // A page of another language's wiki names no English page.
        let on_wikipedia = !x.title_from_file_name && self.language.is_none();
        let subject = self.entity_node(&x.title);
        self.add(
            &a,
            node(vocab::FOAF_PRIMARY_TOPIC.to_owned()),
            subject.clone(),
        );
        self.label(&subject, &x.title);
        self.named_at.insert(
            subject.as_str().to_owned(),
            Source::new(ReadFrom::Title, x.title_line),
        );
        if on_wikipedia {
            let page = node(iri::wikipedia(&x.title));
            self.add(
                &a,
                node(vocab::FOAF_IS_PRIMARY_TOPIC_OF.to_owned()),
                page.clone(),
            );
            // The article's own entity keeps these two in its graph too.
            self.add(
                &subject,
                node(vocab::OWL_SAME_AS.to_owned()),
                node(iri::dbpedia(&x.title)),
            );
            self.add(
                &subject,
                node(vocab::FOAF_IS_PRIMARY_TOPIC_OF.to_owned()),
                page,
            );
            self.titled(&subject, &x.title, source::TITLE, score::TITLE);
        }
        self.derived(&subject);
        if let Some(ev) = &x.event {
            self.event(&subject, x, ev);
        }
        if let Some(sub) = &x.subject {
            self.subject(&subject, sub);
        }
        // An entity named by another (the election an event is about, the
        // country a place lies in) was named where that one was; two passes
        // reach the longest chain (an event, its election, that country).
        let g = Gazetteer::bundled();
        for _ in 0..2 {
            for e in &x.entities {
                let Some(at) = self
                    .named_at
                    .get(self.entity_node(&e.title).as_str())
                    .cloned()
                else {
                    continue;
                };
                let country = e.country.as_deref().and_then(|c| g.country_by_code(c));
                for t in e.election.iter().chain(country.map(|c| &c.title)) {
                    let iri = self.entity_node(t).as_str().to_owned();
                    self.named_at.entry(iri).or_insert_with(|| at.clone());
                }
            }
        }
        for e in &x.entities {
            self.entity(e);
        }
    }

    fn subject(&mut self, s: &NamedNode, sub: &Subject) {
        self.typed(s, &[sub.class]);
        if matches!(sub.class, class::COUNTRY | class::CITY | class::REGION) {
            self.typed(s, &[class::PLACE]);
        }
        let g = Gazetteer::bundled();
        match sub.place.as_ref().map(|p| &p.kind) {
            Some(EntityKind::Country(iso)) => {
                if let Some(c) = g.country_by_code(iso) {
                    self.external(s, c.wikidata.as_deref(), c.geonames, score::COUNTRY);
                    if let Some(point) = &c.point {
                        self.geometry(s, &self.title.clone(), point, None);
                    }
                }
            }
            Some(EntityKind::Place { place, .. }) => {
                let p = &g.places[*place];
                self.external(s, p.wikidata.as_deref(), p.geonames, score::PLACE);
                if let Some(point) = &p.point {
                    self.geometry(s, &self.title.clone(), point, None);
                }
            }
            _ => {}
        }
        if let Some(c) = &sub.country {
            let o = self.entity_node(c);
            self.add(s, eg(prop::COUNTRY), o);
        }
        self.other_fields(s, &sub.other_fields);
    }

    /// Infobox fields kept as they are, one `egp:` property each.
    fn other_fields(&mut self, s: &NamedNode, fields: &[(String, String, Line)]) {
        for (key, value, _) in fields {
            let value = self.text(value);
            self.add(s, node(iri::generic_property(key)), value);
        }
    }

    fn event(&mut self, s: &NamedNode, x: &Extraction, ev: &Event) {
        let rdf_type = || node(vocab::RDF_TYPE.to_owned());
        for c in event_classes(ev.kind) {
            self.fact(s, rdf_type(), eg(c), &ev.kind_from, None);
        }
        // The codes of its class, read as the class was.
        self.event_codes(s, ev.kind, Some(&ev.kind_from));
        // Where the class, the dates and the countries were read.
        self.add(
            s,
            eg(prop::TYPE_READ_FROM),
            eg(ev.kind_from.from.individual()),
        );
        if let Some(at) = &ev.dates_from {
            self.add(s, eg(prop::DATE_READ_FROM), eg(at.from.individual()));
            let mut dates = Vec::new();
            dates.extend(ev.start.map(|d| (prop::START_DATE, date_literal(&d))));
            dates.extend(ev.end.map(|d| (prop::END_DATE, date_literal(&d))));
            for (bounds, earliest, latest) in [
                (&ev.start_bounds, prop::START_EARLIEST, prop::START_LATEST),
                (&ev.end_bounds, prop::END_EARLIEST, prop::END_LATEST),
            ] {
                if let Some((a, b)) = bounds {
                    dates.push((earliest, date_literal(a)));
                    dates.push((latest, date_literal(b)));
                }
            }
            if ev.date_approximate {
                dates.push((prop::DATE_APPROXIMATE, Literal::from(true).into()));
            }
            if ev.ongoing {
                dates.push((prop::ONGOING, Literal::from(true).into()));
            }
            for (p, o) in dates {
                self.fact(s, eg(p), o, at, None);
            }
        }
        if let Some((t, at)) = &ev.date_text {
            let t = self.text(t);
            self.fact(s, eg(prop::DATE_TEXT), t, at, None);
        }
        if let Some(at) = ev
            .countries_from
            .as_ref()
            .filter(|_| !ev.countries.is_empty())
        {
            self.add(s, eg(prop::COUNTRY_READ_FROM), eg(at.from.individual()));
            for c in &ev.countries {
                self.entity_fact(x, s, prop::COUNTRY, c, at);
            }
        }
        for l in &ev.locations {
            self.entity_fact(x, s, prop::LOCATION, &l.title, &l.at);
        }
        if let Some((p, at)) = &ev.point {
            self.geometry(s, &x.title, &p.lon_lat(), Some(at));
        }
        for (list, kind, p, c) in [
            (&ev.causes, "cause", prop::HAS_CAUSE, class::CAUSE),
            (&ev.goals, "goal", prop::HAS_GOAL, class::GOAL),
            (&ev.methods, "method", prop::HAS_METHOD, class::METHOD),
            (&ev.outcomes, "outcome", prop::HAS_OUTCOME, class::OUTCOME),
        ] {
            for st in list {
                let n = node(self.minter.owned(&x.title, kind, &st.text));
                self.fact(s, eg(p), n.clone(), &st.at, None);
                self.typed(&n, &[c]);
                self.label(&n, &st.text);
                self.add(&n, eg(prop::SOURCE_LINE), integer(st.at.line as u64));
                self.derived(&n);
                for m in &st.mentions {
                    let o = self.entity_node(m);
                    self.named_at
                        .entry(o.as_str().to_owned())
                        .or_insert_with(|| st.at.clone());
                    self.add(&n, eg(prop::MENTIONS), o);
                }
            }
        }
        for (count, exact, figure_prop, kind) in [
            (
                &ev.fatalities,
                prop::FATALITIES,
                prop::FATALITIES_FIGURE,
                "fatalities",
            ),
            (
                &ev.injuries,
                prop::INJURIES,
                prop::INJURIES_FIGURE,
                "injuries",
            ),
            (&ev.arrests, prop::ARRESTS, prop::ARRESTS_FIGURE, "arrests"),
            (
                &ev.participants,
                prop::PARTICIPANTS,
                prop::PARTICIPANTS_FIGURE,
                "participants",
            ),
        ] {
            if let Some(c) = count {
                if let Some(n) = c.figure.exact {
                    self.fact(s, eg(exact), integer(n), &c.at, None);
                }
                let n = node(self.minter.owned(&x.title, "figure", kind));
                self.fact(s, eg(figure_prop), n.clone(), &c.at, None);
                self.figure(&n, &c.figure, c.at.line);
            }
        }
        for side in &ev.sides {
            let n = node(
                self.minter
                    .owned(&x.title, "side", &side.number.to_string()),
            );
            self.fact(s, eg(prop::HAS_SIDE), n.clone(), &side.at, None);
            self.typed(&n, &[class::SIDE]);
            let label = match &side.text {
                Some(t) => format!("side {}: {t}", side.number),
                None => format!("side {}", side.number),
            };
            self.label(&n, &label);
            self.add(&n, eg(prop::SIDE_NUMBER), integer(u64::from(side.number)));
            self.add(&n, eg(prop::SOURCE_LINE), integer(side.at.line as u64));
            self.derived(&n);
            for p in &side.parties {
                self.entity_fact(x, &n, prop::PARTY, p, &side.at);
            }
            let leaders_at = side.leaders_at.as_ref().unwrap_or(&side.at);
            for p in &side.leaders {
                self.entity_fact(x, &n, prop::LEADER, p, leaders_at);
            }
            for (count, p, kind) in [
                (&side.strength, prop::STRENGTH_FIGURE, "strength"),
                (&side.casualties, prop::CASUALTIES_FIGURE, "casualties"),
            ] {
                if let Some(c) = count {
                    let f = node(self.minter.owned(
                        &x.title,
                        "side",
                        &format!("{} {kind}", side.number),
                    ));
                    self.fact(&n, eg(p), f.clone(), &c.at, None);
                    self.figure(&f, &c.figure, c.at.line);
                }
            }
        }
        for (key, value, line) in &ev.other_fields {
            let at = Source::field(key, *line);
            let value = self.text(value);
            self.fact(s, node(iri::generic_property(key)), value, &at, None);
        }
        for e in &ev.related_elections {
            self.entity_fact(x, s, prop::RELATED_ELECTION, &e.title, &e.at);
        }
        for e in &ev.related_events {
            self.entity_fact(x, s, prop::RELATED_EVENT, &e.title, &e.at);
        }
        for (p, list) in events_of_fields(ev) {
            for e in list {
                self.entity_fact(x, s, p, &e.title, &e.at);
            }
        }
        self.wikidata(s, x, ev);
    }

    fn figure(&mut self, n: &NamedNode, f: &Figure, line: Line) {
        self.typed(n, &[class::FIGURE]);
        self.label(n, &f.text);
        let text = self.text(&f.text);
        self.add(n, eg(prop::SOURCE_TEXT), text);
        if let Some(v) = f.lower {
            self.add(n, eg(prop::LOWER_BOUND), integer(v));
        }
        if let Some(v) = f.upper {
            self.add(n, eg(prop::UPPER_BOUND), integer(v));
        }
        self.add(n, eg(prop::APPROXIMATE), Literal::from(f.approximate));
        self.add(n, eg(prop::SOURCE_LINE), integer(line as u64));
        self.derived(n);
    }

    fn entity(&mut self, e: &Entity) {
        let g = Gazetteer::bundled();
        let s = self.entity_node(&e.title);
        self.label(&s, &e.title);
        self.derived(&s);
        let (from, sure) = if e.linked {
            (source::WIKILINK, score::WIKILINK)
        } else {
            (source::NAME, score::NAME)
        };
        // A place's title not taken from a wikilink is the gazetteer's.
        let gazetteer_title = |sure_by_name| {
            if e.linked {
                (from, sure)
            } else {
                (source::GAZETTEER, sure_by_name)
            }
        };
        match &e.kind {
            EntityKind::Event(kind) => {
                self.typed(&s, &event_classes(*kind));
                self.event_codes(&s, *kind, None);
                self.titled(&s, &e.title, from, sure);
                if let Some(y) = e.year {
                    self.add(
                        &s,
                        eg(prop::START_DATE),
                        date_literal(&PartialDate::year(y)),
                    );
                }
                if let Some(el) = &e.election {
                    let o = self.entity_node(el);
                    self.add(&s, eg(prop::RELATED_ELECTION), o);
                }
            }
            EntityKind::Person => {
                self.typed(&s, &[class::PERSON]);
                self.titled(&s, &e.title, from, sure);
                if let Some(r) = &e.role {
                    let r = self.text(r);
                    self.add(&s, eg(prop::ROLE), r);
                }
            }
            EntityKind::Organization => {
                self.typed(&s, &[class::ORGANIZATION]);
                self.titled(&s, &e.title, from, sure);
            }
            EntityKind::Country(iso) => {
                self.typed(&s, &[class::COUNTRY, class::PLACE]);
                let (from, sure) = gazetteer_title(score::COUNTRY_TITLE);
                self.titled(&s, &e.title, from, sure);
                if let Some(c) = g.country_by_code(iso) {
                    self.external(&s, c.wikidata.as_deref(), c.geonames, score::COUNTRY);
                    if let Some(point) = &c.point {
                        self.geometry(&s, &e.title, point, None);
                    }
                }
            }
            EntityKind::Place { city, place } => {
                let p = &g.places[*place];
                if let Some(point) = &p.point {
                    self.geometry(&s, &e.title, point, None);
                }
                self.typed(
                    &s,
                    &[
                        if *city { class::CITY } else { class::REGION },
                        class::PLACE,
                    ],
                );
                // Regions carry no Wikipedia title in the gazetteer, nor
                // do cities known to GeoNames alone (`Izyum`: its page is
                // `Izium`), unless a wikilink named them; nor a namesake
                // whose key qualifies its title (`San Fernando, Mexico`:
                // `San Fernando` is a disambiguation page, and its page is
                // `San Fernando, Tamaulipas`).
                if *city && (e.linked || p.wikidata.is_some() && p.key == p.title) {
                    let (from, sure) = gazetteer_title(score::CITY_TITLE);
                    self.titled(&s, &e.title, from, sure);
                }
                self.external(&s, p.wikidata.as_deref(), p.geonames, score::PLACE);
            }
            EntityKind::Site => {
                self.typed(&s, &[class::PLACE]);
                self.titled(&s, &e.title, from, sure);
            }
        }
        if !matches!(e.kind, EntityKind::Person | EntityKind::Organization) {
            if let Some(c) = e.country.as_deref().and_then(|c| g.country_by_code(c)) {
                if c.title != e.title {
                    let o = self.entity_node(&c.title);
                    self.add(&s, eg(prop::COUNTRY), o);
                }
            }
        }
    }

    /// The gazetteer's Wikidata and GeoNames links of a place.
    fn external(
        &mut self,
        s: &NamedNode,
        wikidata: Option<&str>,
        geonames: Option<u64>,
        sure: f64,
    ) {
        if let Some(q) = wikidata {
            let t = node(iri::wikidata(q));
            self.link(s, vocab::OWL_SAME_AS, t, source::GAZETTEER, sure);
        }
        if let Some(id) = geonames {
            let t = node(iri::geonames(id));
            self.link(s, vocab::OWL_SAME_AS, t, source::GAZETTEER, sure);
        }
    }
}

/// The quads of a redirect page: its title names the entity of `target`;
/// `language` as [`Extraction::wiki_language`].
pub fn redirect_quads(
    alias: &str,
    target: &str,
    minter: &Minter,
    language: Option<&str>,
) -> Vec<Quad> {
    let mut b = Builder::new(minter, alias);
    b.language = language.map(str::to_owned);
    let s = b.entity_node(alias);
    b.label(&s, alias);
    let o = b.entity_node(target);
    b.add(&s, eg(prop::REDIRECTS_TO), o.clone());
    b.derived(&s);
    // Links through the redirect reach the target's entity, and DBpedia's
    // resource of the target (DBpedia's resource of the alias is only a
    // redirect).
    b.link(&s, vocab::OWL_SAME_AS, o, source::REDIRECT, score::REDIRECT);
    if b.language.is_none() {
        let d = node(iri::dbpedia(target));
        b.link(&s, vocab::OWL_SAME_AS, d, source::REDIRECT, score::REDIRECT);
    }
    b.finish()
}

/// An article's graph, ready for [`crate::store::GraphStore::replace`]: its
/// quads, and the graphs they replace (the article's and its offline
/// links').
pub fn article_graph(x: &Extraction, minter: &Minter) -> Replacement {
    article_graph_with(x, minter, true)
}

/// As [`article_graph`]; without the facts' records unless `records`.
pub fn article_graph_with(x: &Extraction, minter: &Minter, records: bool) -> Replacement {
    replacement(minter.article(&x.title), quads_with(x, minter, records))
}

/// A redirect's graph: `egr:Alias eg:redirectsTo egr:Target`.
pub fn redirect_graph(
    alias: &str,
    target: &str,
    minter: &Minter,
    language: Option<&str>,
) -> Replacement {
    replacement(
        minter.article(alias),
        redirect_quads(alias, target, minter, language),
    )
}

/// The page and revision ids and the revision's time of the dump page
/// whose graph is `graph` (an article IRI, `ega:`), in that graph.
pub fn revision_quads(
    graph: &str,
    page: u64,
    revision: Option<u64>,
    timestamp: Option<&str>,
) -> Vec<Quad> {
    let a = node(graph.to_owned());
    let g = GraphName::NamedNode(a.clone());
    let int =
        |v: u64| Literal::new_typed_literal(v.to_string(), node(format!("{}integer", vocab::XSD)));
    let mut quads = vec![Quad::new(
        a.clone(),
        eg(prop::PAGE_ID),
        int(page),
        g.clone(),
    )];
    if let Some(r) = revision {
        quads.push(Quad::new(
            a.clone(),
            eg(prop::REVISION_ID),
            int(r),
            g.clone(),
        ));
    }
    // MediaWiki writes UTC times as `2019-03-01T12:00:00Z`; anything else
    // is left out rather than stored as an invalid xsd:dateTime.
    if let Some(t) = timestamp.filter(|t| is_utc_time(t)) {
        let lit = Literal::new_typed_literal(t, node(format!("{}dateTime", vocab::XSD)));
        quads.push(Quad::new(a, eg(prop::REVISION_TIMESTAMP), lit, g));
    }
    quads
}

/// `YYYY-MM-DDTHH:MM:SSZ`, with a month, day and time in range.
fn is_utc_time(t: &str) -> bool {
    let b = t.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = b.get(r)?;
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| d.iter().fold(0, |n, c| n * 10 + u32::from(c - b'0')))
    };
    b.len() == 20
        && [
            (4, b'-'),
            (7, b'-'),
            (10, b'T'),
            (13, b':'),
            (16, b':'),
            (19, b'Z'),
        ]
        .iter()
        .all(|&(i, c)| b[i] == c)
        && num(0..4).is_some()
        && num(5..7).is_some_and(|m| (1..=12).contains(&m))
        && num(8..10).is_some_and(|d| (1..=31).contains(&d))
        && num(11..13).is_some_and(|h| h < 24)
        && num(14..16).is_some_and(|m| m < 60)
        && num(17..19).is_some_and(|s| s < 60)
}

/// `quads` as the new content of `graph` and of the graphs replaced with it.
pub fn replacement(graph: String, quads: Vec<Quad>) -> Replacement {
    Replacement {
        clear: with_links(&graph),
        graph,
        quads,
    }
}

/// A graph and the graphs replaced with it: an article's (`ega:X`) with
/// every graph its offline links can be in (`links/article/X#...`); a
/// links base of `eventgraph link` (`links/table/NAME`,
/// `links/endpoint/HOST`) with its graph of every score (scores have two
/// decimals, so there are 101).
fn with_links(graph: &str) -> Vec<String> {
    use crate::vocab::{source, LINKS};
    let mut v = vec![graph.to_owned()];
    if let Some(base) = crate::iri::links_of_article(graph) {
        for (from, score) in OFFLINE_LINKS {
            v.push(crate::iri::link_graph(&base, from, *score));
        }
        v.push(base);
    } else if let Some(rest) = graph.strip_prefix(LINKS) {
        let from = match rest.split('/').next() {
            Some("table") => source::TABLE,
            Some("endpoint") => source::ENDPOINT,
            _ => return v,
        };
        for n in 0..=100 {
            v.push(crate::iri::link_graph(graph, from, f64::from(n) / 100.0));
        }
    }
    v
}

/// A class and every `eg:` superclass of it.
pub fn event_classes(kind: EventKind) -> Vec<&'static str> {
    kind.with_ancestors()
        .into_iter()
        .map(EventKind::class)
        .collect()
}

/// The events an event's infobox fields name, with the property of each:
/// the larger events, the one before and the one after.
fn events_of_fields(ev: &Event) -> [(&'static str, &[Named]); 3] {
    [
        (prop::PART_OF, &ev.part_of),
        (prop::FOLLOWS, &ev.follows),
        (prop::FOLLOWED_BY, &ev.followed_by),
    ]
}
