//! What extraction yields: a typed model of the article, with no RDF in it.

use crate::values::date::PartialDate;
use crate::values::figure::Figure;

/// The class of an event, or of an entity named as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKind {
    Protest,
    Riot,
    Revolution,
    Coup,
    Election,
    ArmedConflict,
    /// A planned military action with a name (`Operation Inherent Resolve`).
    MilitaryOperation,
    /// One army entering another's territory (`2022 Russian invasion of Ukraine`).
    Invasion,
    /// A long armed rebellion by irregular forces (`Eastern Syria insurgency`).
    Insurgency,
    /// An attack on a target: bombings, explosions set off to harm, air and drone strikes,
    /// shootings, raids on a place (`Berdiansk port attack`).
    Attack,
    /// The mass killing of people who could not defend themselves;
    /// genocides too (`Hama massacre`).
    Massacre,
    /// An event of no more specific class.
    Event,
}

impl EventKind {
    /// The local name of its `eg:` class.
    pub fn class(self) -> &'static str {
        use crate::vocab::class::*;
        match self {
            EventKind::Protest => PROTEST,
            EventKind::Riot => RIOT,
            EventKind::Revolution => REVOLUTION,
            EventKind::Coup => COUP,
            EventKind::Election => ELECTION,
            EventKind::ArmedConflict => ARMED_CONFLICT,
            EventKind::MilitaryOperation => MILITARY_OPERATION,
            EventKind::Invasion => INVASION,
            EventKind::Insurgency => INSURGENCY,
            EventKind::Attack => ATTACK,
            EventKind::Massacre => MASSACRE,
            EventKind::Event => EVENT,
        }
    }

    /// The class this one refines: `Event` for most, `ArmedConflict` for
    /// operations, invasions and insurgencies; none for `Event`.
    pub fn parent(self) -> Option<EventKind> {
        match self {
            EventKind::Event => None,
            EventKind::MilitaryOperation | EventKind::Invasion | EventKind::Insurgency => {
                Some(EventKind::ArmedConflict)
            }
            _ => Some(EventKind::Event),
        }
    }

    /// This class and every class above it, most specific first.
    pub fn with_ancestors(self) -> Vec<EventKind> {
        let mut v = vec![self];
        while let Some(p) = v.last().and_then(|k| k.parent()) {
            v.push(p);
        }
        v
    }

    /// The class of the seven of VOCABULARY.md this one falls under (an
    /// invasion is an ArmedConflict, an attack an Event).
    pub fn core(self) -> EventKind {
        match self {
            EventKind::MilitaryOperation | EventKind::Invasion | EventKind::Insurgency => {
                EventKind::ArmedConflict
            }
            EventKind::Attack | EventKind::Massacre => EventKind::Event,
            k => k,
        }
    }

    pub const ALL: [EventKind; 12] = [
        EventKind::Protest,
        EventKind::Riot,
        EventKind::Revolution,
        EventKind::Coup,
        EventKind::Election,
        EventKind::ArmedConflict,
        EventKind::MilitaryOperation,
        EventKind::Invasion,
        EventKind::Insurgency,
        EventKind::Attack,
        EventKind::Massacre,
        EventKind::Event,
    ];
}

/// Where a fact of an event was read: each is told apart in the graph
/// (`eg:typeReadFrom`, `eg:dateReadFrom`, `eg:countryReadFrom`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReadFrom {
    /// The infobox: its template for a class, a field for a value.
    Infobox,
    /// The article's title (`2003 Azerbaijani protests`, `Gothic War
    /// (535–554)`).
    Title,
    /// The first sentences of the article.
    Lead,
    /// The categories the page is in.
    Categories,
    /// The article's text outside the lead: a paragraph or list item of a
    /// section (`See also`).
    Text,
}

impl ReadFrom {
    /// The local name of its `eg:` individual.
    pub fn individual(self) -> &'static str {
        use crate::vocab::reading::*;
        match self {
            ReadFrom::Infobox => INFOBOX,
            ReadFrom::Title => TITLE,
            ReadFrom::Lead => LEAD,
            ReadFrom::Categories => CATEGORIES,
            ReadFrom::Text => TEXT,
        }
    }
}

/// Where one fact was read: how, on which line of its source, from which
/// infobox field or section.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Source {
    pub from: ReadFrom,
    pub line: Line,
    /// The infobox field as written (`Date`, `side1`), or for a class read
    /// from the infobox, its template (`infobox civil conflict`).
    pub field: Option<String>,
    /// The heading of the section the text is in, for text outside the lead.
    pub section: Option<String>,
}

impl Source {
    pub fn new(from: ReadFrom, line: Line) -> Self {
        Source {
            from,
            line,
            field: None,
            section: None,
        }
    }

    /// A value of the infobox field `key` on `line`.
    pub fn field(key: &str, line: Line) -> Self {
        Source {
            field: Some(key.to_owned()),
            ..Source::new(ReadFrom::Infobox, line)
        }
    }
}

/// An entity's title with where the fact naming it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub title: String,
    pub at: Source,
}

/// A name is equal to its title, wherever it was read.
impl PartialEq<str> for Named {
    fn eq(&self, title: &str) -> bool {
        self.title == title
    }
}

impl PartialEq<&str> for Named {
    fn eq(&self, title: &&str) -> bool {
        self.title == *title
    }
}

/// What an entity named in the article is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Event(EventKind),
    Person,
    Organization,
    /// A country, by ISO 3166-1 alpha-2 code.
    Country(String),
    /// A city or region: index into the gazetteer's places.
    Place {
        city: bool,
        place: usize,
    },
    /// A place only a wikilink of a place field names, which the gazetteer
    /// does not hold (`[[Gaza Strip]]`, `[[Midway Atoll]]`): known by its
    /// page alone.
    Site,
}

/// Where a fact was read: the line of the source file.
pub type Line = usize;

/// An entity with a title of its own (and so an `egr:` IRI).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entity {
    pub title: String,
    pub kind: EntityKind,
    /// The country it lies in or belongs to (ISO alpha-2).
    pub country: Option<String>,
    /// Year of an election or event named by its title.
    pub year: Option<i32>,
    /// The election this event is about (`... election protests`).
    pub election: Option<String>,
    /// A role the article gives a person (`President`).
    pub role: Option<String>,
    /// Its title is a wikilink's target (not a name read from the text).
    pub linked: bool,
}

impl Entity {
    pub fn new(title: impl Into<String>, kind: EntityKind) -> Self {
        Entity {
            title: title.into(),
            kind,
            country: None,
            year: None,
            election: None,
            role: None,
            linked: false,
        }
    }
}

/// A cause, goal, method or outcome: text with the entities it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub text: String,
    pub at: Source,
    /// Titles of entities named in the text (described in [`Extraction::entities`]).
    pub mentions: Vec<String>,
}

/// A figure with the field it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    pub figure: Figure,
    pub at: Source,
}

/// The event an article is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: EventKind,
    /// Where the class was read.
    pub kind_from: Source,
    /// Where the dates were read, when there are any.
    pub dates_from: Option<Source>,
    /// Where the countries were read, when there are any.
    pub countries_from: Option<Source>,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub ongoing: bool,
    pub date_approximate: bool,
    /// Earliest and latest start (and end) where the text bounds them.
    pub start_bounds: Option<(PartialDate, PartialDate)>,
    pub end_bounds: Option<(PartialDate, PartialDate)>,
    /// The date as written, when it was read only in part or not at all,
    /// and its field.
    pub date_text: Option<(String, Source)>,
    /// Titles of countries (entities of kind Country).
    pub countries: Vec<String>,
    /// Places (countries, regions, cities), each where it was read.
    pub locations: Vec<Named>,
    /// Where it happened as a point (the infobox's `{{coord}}`).
    pub point: Option<(crate::values::coord::Point, Source)>,
    pub causes: Vec<Statement>,
    pub goals: Vec<Statement>,
    pub methods: Vec<Statement>,
    pub outcomes: Vec<Statement>,
    pub fatalities: Option<Count>,
    pub injuries: Option<Count>,
    pub arrests: Option<Count>,
    /// How many took part, as stated (`participants = 1.7 million
    /// workers`): no side's strength.
    pub participants: Option<Count>,
    pub related_elections: Vec<Named>,
    pub related_events: Vec<Named>,
    /// The larger events the infobox says this one is part of, by their
    /// links (`partof = the [[American Revolutionary War]]`).
    pub part_of: Vec<Named>,
    /// The events of its series just before and after it, as the infobox
    /// names them (`previous_election`, `next_election`).
    pub follows: Vec<Named>,
    pub followed_by: Vec<Named>,
    /// The sides of a conflict, from numbered infobox fields (`side1`,
    /// `leadfigures1`, `howmany1`, `casualties1` describe side 1).
    pub sides: Vec<Side>,
    /// Infobox fields read into no typed fact: (key as written, value, line).
    pub other_fields: Vec<(String, String, Line)>,
}

/// One side of a conflict, kept together as its article groups it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Side {
    pub number: u32,
    /// The side's field as written (`side1`, `combatant1`).
    pub text: Option<String>,
    /// The field that gave the side its text (or its first field).
    pub at: Source,
    /// Titles of the parties (organisations, countries), from `at`.
    pub parties: Vec<String>,
    /// Titles of the people leading it, and the field they were read from.
    pub leaders: Vec<String>,
    pub leaders_at: Option<Source>,
    pub strength: Option<Count>,
    pub casualties: Option<Count>,
}

/// Something the extractor could not read, or chose to leave out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub source: String,
    pub line: Line,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: warning: {}",
            self.source, self.line, self.message
        )
    }
}

/// What kind of value a [`Reading`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ValueKind {
    Date,
    Figure,
    Place,
}

impl ValueKind {
    pub fn name(self) -> &'static str {
        match self {
            ValueKind::Date => "date",
            ValueKind::Figure => "figure",
            ValueKind::Place => "place",
        }
    }
}

/// How one infobox value (or one item of it) was read: what it became, or
/// why it was left as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub kind: ValueKind,
    /// The infobox key, as written.
    pub key: String,
    pub line: Line,
    /// The value (or item) as read.
    pub text: String,
    /// What it was read as, in a short canonical form (`2003-10-15..2003-10-19`,
    /// `exact 2`, `country AZ`), or why it was left as text.
    pub result: Result<String, String>,
}

/// The subject of a page about something other than an event: a country,
/// a city, a person, an organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    /// The `eg:` class its infobox template gives (`Country`, `City`,
    /// `Person`, `Organization`).
    pub class: &'static str,
    /// The gazetteer's entry for a place page whose title it knows as a
    /// place of that class (Wikidata and GeoNames identifiers come from it).
    pub place: Option<Entity>,
    /// The title of the country a place lies in: the infobox's country
    /// field, else the gazetteer's.
    pub country: Option<String>,
    /// Infobox fields no typed fact was read from, as they are.
    pub other_fields: Vec<(String, String, Line)>,
}

/// Everything one article yields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extraction {
    pub title: String,
    /// The line the title was read from.
    pub title_line: Line,
    /// The title was made from the file name, unconfirmed by the text: no
    /// link to Wikipedia or DBpedia is made from it.
    pub title_from_file_name: bool,
    /// The language of the wiki the page came from where it is not
    /// English Wikipedia (a dump's `xml:lang`, `bg`): no link to English
    /// Wikipedia or DBpedia is made from its titles, and its text is
    /// tagged with that language.
    pub wiki_language: Option<String>,
    pub source: String,
    /// `None` when the article is not about an event (a list, a topic).
    pub event: Option<Event>,
    /// What a page about something else says of its subject, where its
    /// infobox template names a class of things.
    pub subject: Option<Subject>,
    /// Every entity the article names, the article's own subject excluded.
    pub entities: Vec<Entity>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every date, figure and place value read, in the order read.
    pub readings: Vec<Reading>,
}

impl Extraction {
    pub fn entity(&self, title: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.title == title)
    }
}
