//! The terms eventgraph emits, as constants. Every `eg:` term named here is
//! declared in `ontology/eventgraph.ttl`; a test keeps the two in step.

/// The ontology namespace (`eg:`).
pub const EG: &str = "https://w3id.org/eventgraph/ontology#";
/// Default namespace of minted entities (`egr:`).
pub const EGR: &str = "https://w3id.org/eventgraph/resource/";
/// Generic properties of infobox fields read into no typed fact (`egp:`),
/// one per field name, as DBpedia's `dbp:`.
pub const EGP: &str = "https://w3id.org/eventgraph/property/";
/// Namespace of source articles and of their named graphs (`ega:`).
pub const EGA: &str = "https://w3id.org/eventgraph/article/";
pub const WD: &str = "http://www.wikidata.org/entity/";
pub const DBR: &str = "http://dbpedia.org/resource/";
pub const GN: &str = "https://sws.geonames.org/";
pub const WIKIPEDIA: &str = "https://en.wikipedia.org/wiki/";
/// Named graphs of links (`owl:sameAs`, `foaf:isPrimaryTopicOf`), apart
/// from the articles' facts, one graph per source and score under a base:
/// `{LINKS}article/{Title}` for the offline links of an article,
/// `{LINKS}table/{name}` and `{LINKS}endpoint/{host}` for those that
/// `eventgraph link` adds (`iri::link_graph`).
pub const LINKS: &str = "https://w3id.org/eventgraph/links/";
pub const VOID: &str = "http://rdfs.org/ns/void#";
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
pub const SCHEMA: &str = "https://schema.org/";
pub const DBO: &str = "http://dbpedia.org/ontology/";
/// Wikidata's direct claims, full statements, their values and its own
/// vocabulary (as WDQS names them).
pub const WDT: &str = "http://www.wikidata.org/prop/direct/";
pub const P: &str = "http://www.wikidata.org/prop/";
pub const PS: &str = "http://www.wikidata.org/prop/statement/";
pub const PSV: &str = "http://www.wikidata.org/prop/statement/value/";
pub const PQ: &str = "http://www.wikidata.org/prop/qualifier/";
pub const WIKIBASE: &str = "http://wikiba.se/ontology#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// GeoSPARQL: its ontology and its functions.
pub const GEO: &str = "http://www.opengis.net/ont/geosparql#";
pub const GEOF: &str = "http://www.opengis.net/def/function/geosparql/";

pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
pub const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
pub const FOAF_IS_PRIMARY_TOPIC_OF: &str = "http://xmlns.com/foaf/0.1/isPrimaryTopicOf";
/// An article's subject: `ega:X foaf:primaryTopic egr:X`. It tells the
/// events that have an article of their own from those only mentioned.
pub const RDF_STATEMENT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement";
pub const RDF_SUBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject";
pub const RDF_PREDICATE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate";
pub const RDF_OBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object";
pub const FOAF_PRIMARY_TOPIC: &str = "http://xmlns.com/foaf/0.1/primaryTopic";
pub const PROV_WAS_DERIVED_FROM: &str = "http://www.w3.org/ns/prov#wasDerivedFrom";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// Prefixes written in Turtle output and known to every query.
pub const PREFIXES: &[(&str, &str)] = &[
    ("eg", EG),
    ("egr", EGR),
    ("ega", EGA),
    ("egp", EGP),
    ("wd", WD),
    ("dbr", DBR),
    ("gn", GN),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", XSD),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("void", VOID),
    ("sem", SEM),
    ("schema", SCHEMA),
    ("dbo", DBO),
    ("wdt", WDT),
    ("p", P),
    ("ps", PS),
    ("psv", PSV),
    ("pq", PQ),
    ("wikibase", WIKIBASE),
    ("geo", GEO),
    ("geof", GEOF),
    ("skos", SKOS),
];

/// Local names of `eg:` classes.
pub mod class {
    pub const EVENT: &str = "Event";
    pub const PROTEST: &str = "Protest";
    pub const RIOT: &str = "Riot";
    pub const REVOLUTION: &str = "Revolution";
    pub const COUP: &str = "Coup";
    pub const ELECTION: &str = "Election";
    pub const ARMED_CONFLICT: &str = "ArmedConflict";
    pub const MILITARY_OPERATION: &str = "MilitaryOperation";
    pub const INVASION: &str = "Invasion";
    pub const INSURGENCY: &str = "Insurgency";
    pub const ATTACK: &str = "Attack";
    pub const MASSACRE: &str = "Massacre";
    pub const PLACE: &str = "Place";
    pub const COUNTRY: &str = "Country";
    pub const REGION: &str = "Region";
    pub const CITY: &str = "City";
    pub const PERSON: &str = "Person";
    pub const ORGANIZATION: &str = "Organization";
    pub const CAUSE: &str = "Cause";
    pub const GOAL: &str = "Goal";
    pub const METHOD: &str = "Method";
    pub const OUTCOME: &str = "Outcome";
    pub const FIGURE: &str = "Figure";
    pub const SIDE: &str = "Side";
    pub const ARTICLE: &str = "Article";
    pub const LINK_GRAPH: &str = "LinkGraph";
    pub const LINK_SOURCE: &str = "LinkSource";
    pub const READING_SOURCE: &str = "ReadingSource";

    /// Every class above.
    pub const ALL: &[&str] = &[
        EVENT,
        PROTEST,
        RIOT,
        REVOLUTION,
        COUP,
        ELECTION,
        ARMED_CONFLICT,
        MILITARY_OPERATION,
        INVASION,
        INSURGENCY,
        ATTACK,
        MASSACRE,
        PLACE,
        COUNTRY,
        REGION,
        CITY,
        PERSON,
        ORGANIZATION,
        CAUSE,
        GOAL,
        METHOD,
        OUTCOME,
        FIGURE,
        SIDE,
        ARTICLE,
        LINK_GRAPH,
        LINK_SOURCE,
        READING_SOURCE,
    ];
}

/// Local names of `eg:` properties.
pub mod prop {
    pub const START_DATE: &str = "startDate";
    pub const END_DATE: &str = "endDate";
    pub const ONGOING: &str = "ongoing";
    pub const DATE_TEXT: &str = "dateText";
    pub const DATE_APPROXIMATE: &str = "dateApproximate";
    pub const START_EARLIEST: &str = "startEarliest";
    pub const START_LATEST: &str = "startLatest";
    pub const END_EARLIEST: &str = "endEarliest";
    pub const END_LATEST: &str = "endLatest";
    pub const COUNTRY: &str = "country";
    pub const LOCATION: &str = "location";
    pub const HAS_CAUSE: &str = "hasCause";
    pub const HAS_GOAL: &str = "hasGoal";
    pub const HAS_METHOD: &str = "hasMethod";
    pub const HAS_OUTCOME: &str = "hasOutcome";
    pub const RELATED_ELECTION: &str = "relatedElection";
    pub const RELATED_EVENT: &str = "relatedEvent";
    pub const PART_OF: &str = "partOf";
    pub const FOLLOWS: &str = "follows";
    pub const FOLLOWED_BY: &str = "followedBy";
    pub const MENTIONS: &str = "mentions";
    pub const FATALITIES: &str = "fatalities";
    pub const INJURIES: &str = "injuries";
    pub const ARRESTS: &str = "arrests";
    pub const PARTICIPANTS: &str = "participants";
    pub const FATALITIES_FIGURE: &str = "fatalitiesFigure";
    pub const INJURIES_FIGURE: &str = "injuriesFigure";
    pub const ARRESTS_FIGURE: &str = "arrestsFigure";
    pub const PARTICIPANTS_FIGURE: &str = "participantsFigure";
    pub const LOWER_BOUND: &str = "lowerBound";
    pub const UPPER_BOUND: &str = "upperBound";
    pub const APPROXIMATE: &str = "approximate";
    pub const SOURCE_TEXT: &str = "sourceText";
    pub const ROLE: &str = "role";
    pub const SOURCE_LINE: &str = "sourceLine";
    pub const SOURCE_FILE: &str = "sourceFile";
    pub const PAGE_ID: &str = "pageId";
    pub const REVISION_ID: &str = "revisionId";
    pub const REDIRECTS_TO: &str = "redirectsTo";
    pub const HAS_SIDE: &str = "hasSide";
    pub const SIDE_NUMBER: &str = "sideNumber";
    pub const PARTY: &str = "party";
    pub const LEADER: &str = "leader";
    pub const STRENGTH_FIGURE: &str = "strengthFigure";
    pub const CASUALTIES_FIGURE: &str = "casualtiesFigure";
    pub const LINK_SOURCE: &str = "linkSource";
    pub const LINK_SCORE: &str = "linkScore";
    pub const LINK_ENDPOINT: &str = "linkEndpoint";
    pub const LINK_TABLE: &str = "linkTable";
    pub const TYPE_READ_FROM: &str = "typeReadFrom";
    pub const DATE_READ_FROM: &str = "dateReadFrom";
    pub const COUNTRY_READ_FROM: &str = "countryReadFrom";
    pub const READ_FROM: &str = "readFrom";
    pub const SOURCE_FIELD: &str = "sourceField";
    pub const SOURCE_SECTION: &str = "sourceSection";
    pub const RESOLVED_BY: &str = "resolvedBy";
    pub const REVISION_TIMESTAMP: &str = "revisionTimestamp";
    pub const EVENT_CODE: &str = "eventCode";

    /// Every property above.
    pub const ALL: &[&str] = &[
        START_DATE,
        END_DATE,
        ONGOING,
        DATE_TEXT,
        DATE_APPROXIMATE,
        START_EARLIEST,
        START_LATEST,
        END_EARLIEST,
        END_LATEST,
        COUNTRY,
        LOCATION,
        HAS_CAUSE,
        HAS_GOAL,
        HAS_METHOD,
        HAS_OUTCOME,
        RELATED_ELECTION,
        RELATED_EVENT,
        PART_OF,
        FOLLOWS,
        FOLLOWED_BY,
        MENTIONS,
        FATALITIES,
        INJURIES,
        ARRESTS,
        PARTICIPANTS,
        FATALITIES_FIGURE,
        INJURIES_FIGURE,
        ARRESTS_FIGURE,
        PARTICIPANTS_FIGURE,
        LOWER_BOUND,
        UPPER_BOUND,
        APPROXIMATE,
        SOURCE_TEXT,
        ROLE,
        SOURCE_LINE,
        SOURCE_FILE,
        PAGE_ID,
        REVISION_ID,
        REDIRECTS_TO,
        HAS_SIDE,
        SIDE_NUMBER,
        PARTY,
        LEADER,
        STRENGTH_FIGURE,
        CASUALTIES_FIGURE,
        LINK_SOURCE,
        LINK_SCORE,
        LINK_ENDPOINT,
        LINK_TABLE,
        TYPE_READ_FROM,
        DATE_READ_FROM,
        COUNTRY_READ_FROM,
        READ_FROM,
        SOURCE_FIELD,
        SOURCE_SECTION,
        RESOLVED_BY,
        REVISION_TIMESTAMP,
        EVENT_CODE,
    ];
}

/// Local names of the `eg:LinkSource` individuals: where a link came from.
pub mod source {
    /// The bundled gazetteer (countries, regions, cities).
    pub const GAZETTEER: &str = "gazetteerLink";
    /// The entity's own article title (DBpedia names resources by title).
    pub const TITLE: &str = "titleLink";
    /// A wikilink's target: the page the article's author linked.
    pub const WIKILINK: &str = "wikilinkLink";
    /// A title formed from a name found in the text.
    pub const NAME: &str = "nameLink";
    /// A redirect page: its title names the entity of its target.
    pub const REDIRECT: &str = "redirectLink";
    /// A link table (`eventgraph link --table`).
    pub const TABLE: &str = "tableLink";
    /// Reconciliation against a SPARQL endpoint (`eventgraph link --endpoint`).
    pub const ENDPOINT: &str = "endpointLink";

    pub const ALL: &[&str] = &[GAZETTEER, TITLE, WIKILINK, NAME, REDIRECT, TABLE, ENDPOINT];
}

/// Local names of the `eg:ReadingSource` individuals: where a fact of an
/// event was read.
pub mod reading {
    /// The infobox (its template for a class, a field for a value).
    pub const INFOBOX: &str = "infoboxReading";
    /// The article's title.
    pub const TITLE: &str = "titleReading";
    /// The first sentences of the article.
    pub const LEAD: &str = "leadReading";
    /// The page's categories.
    pub const CATEGORIES: &str = "categoryReading";
    /// The article's text outside the lead (a section's paragraphs and lists).
    pub const TEXT: &str = "textReading";

    pub const ALL: &[&str] = &[INFOBOX, TITLE, LEAD, CATEGORIES, TEXT];
}

/// The IRI of an `eg:` term from its local name.
pub fn eg(local: &str) -> String {
    format!("{EG}{local}")
}
