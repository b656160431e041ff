//! From a [`Document`] to an [`Extraction`]. Extraction never fails: a value
//! it cannot read becomes a diagnostic, and the rest still yields its facts.

pub mod classify;
pub mod lead;
pub mod mapping;
pub mod names;
pub mod places;
mod related;
mod setting;
mod sides;
pub mod survey;

use crate::article::{Block, BlockKind, Document, Field};
use crate::gazetteer::{Gazetteer, Hit};
use crate::model::*;
use crate::values::{date, figure, list};
use mapping::{Mappings, Role};

/// Extracts what `doc` says.
pub fn extract(doc: &Document) -> Extraction {
    extract_with(doc, Mappings::bundled())
}

/// Like [`extract`], reading templates with the mapping `m`.
pub fn extract_with(doc: &Document, m: &Mappings) -> Extraction {
    Extractor::new(doc, m).run()
}

struct Extractor<'d> {
    doc: &'d Document,
    m: &'d Mappings,
    g: &'static Gazetteer,
    entities: Vec<Entity>,
    diagnostics: Vec<Diagnostic>,
    readings: Vec<Reading>,
    /// Folded keys of the infobox fields read into typed facts.
    used: rustc_hash::FxHashSet<String>,
}

impl<'d> Extractor<'d> {
    fn new(doc: &'d Document, m: &'d Mappings) -> Self {
        Extractor {
            doc,
            m,
            g: Gazetteer::bundled(),
            entities: Vec::new(),
            diagnostics: Vec::new(),
            readings: Vec::new(),
            used: Default::default(),
        }
    }

    /// Records how a value was read; a value left as text is also a warning.
    fn read(&mut self, kind: ValueKind, f: &Field, text: &str, result: Result<String, String>) {
        if let Err(why) = &result {
            let what = match kind {
                ValueKind::Date => format!("date {text:?} left as text: {why}"),
                ValueKind::Figure => format!("figure {text:?} in {:?} left as text: {why}", f.key),
                ValueKind::Place => format!("place {text:?} {why}: left unresolved"),
            };
            self.warn(f.line, what);
        }
        self.readings.push(Reading {
            kind,
            key: f.key.clone(),
            line: f.line,
            text: text.to_owned(),
            result,
        });
    }

    /// The first field holding `role` on this page, marked as read.
    fn field(&mut self, role: Role) -> Option<&'d Field> {
        let keys = self.m.keys(self.doc.infobox_template.as_deref(), role);
        let f = self.doc.field(&keys)?;
        self.used.insert(f.norm_key.clone());
        Some(f)
    }

    /// Where a fact read from a text block was read: the lead, or a
    /// section's text.
    fn block_source(&self, b: &Block) -> Source {
        match b.section {
            None => Source::new(ReadFrom::Lead, b.line),
            Some(s) => Source {
                section: Some(self.doc.sections[s].heading.clone()),
                ..Source::new(ReadFrom::Text, b.line)
            },
        }
    }

    /// Where a fact read by `from` as a whole was read: the infobox's
    /// template line, the title, the lead's first paragraph, the first
    /// category link.
    fn source(&self, from: ReadFrom) -> Source {
        let doc = self.doc;
        match from {
            ReadFrom::Infobox => Source {
                field: doc.infobox_template.clone(),
                ..Source::new(from, doc.infobox_line)
            },
            ReadFrom::Title => Source::new(from, doc.title_line),
            ReadFrom::Lead | ReadFrom::Text => doc
                .first_paragraph()
                .map_or(Source::new(ReadFrom::Lead, doc.title_line), |b| {
                    self.block_source(b)
                }),
            ReadFrom::Categories => Source::new(from, doc.category_line),
        }
    }

    fn warn(&mut self, line: Line, message: String) {
        self.diagnostics.push(Diagnostic {
            source: self.doc.source.clone(),
            line,
            message,
        });
    }

    /// Adds an entity (merging what a second mention adds) and returns its
    /// title. The country an event or place lies in is added too: the
    /// graph describes every entity it names.
    fn add(&mut self, e: Entity) -> String {
        if !matches!(e.kind, EntityKind::Country(_)) {
            if let Some(c) = e.country.as_deref().and_then(|c| self.g.country_by_code(c)) {
                if c.title != self.doc.title && !self.entities.iter().any(|x| x.title == c.title) {
                    self.entities.push(places::country_entity(c));
                }
            }
        }
        let title = e.title.clone();
        if title == self.doc.title {
            return title;
        }
        match self.entities.iter_mut().find(|x| x.title == e.title) {
            Some(x) => {
                x.country = x.country.take().or(e.country);
                x.year = x.year.or(e.year);
                x.election = x.election.take().or(e.election);
                x.role = x.role.take().or(e.role);
                x.linked |= e.linked;
            }
            None => self.entities.push(e),
        }
        title
    }

    fn run(mut self) -> Extraction {
        if self.doc.title_from_file_name {
            self.warn(
                self.doc.title_line,
                format!(
                    "title `{}` made from the file name, and the lead's bold name does not \
                     confirm it: no Wikipedia or DBpedia link is made from it",
                    self.doc.title
                ),
            );
        }
        let kind = classify::classify_from(self.doc, self.m);
        let event = kind.map(|(k, from)| self.event(k, from));
        let doc = self.doc;
        // A page about a country, a city, a person: its template says so.
        let subject = match (
            &event,
            doc.infobox_template
                .as_deref()
                .and_then(|t| self.m.template(t)),
        ) {
            (None, Some(t)) => match mapping::page_class(&t.class) {
                Some(mapping::PageClass::Thing(c)) => Some(self.subject(c)),
                _ => None,
            },
            _ => None,
        };
        self.entities.sort_by(|a, b| a.title.cmp(&b.title));
        Extraction {
            title: doc.title.clone(),
            title_line: doc.title_line,
            title_from_file_name: doc.title_from_file_name,
            wiki_language: None,
            source: doc.source.clone(),
            event,
            subject,
            entities: self.entities,
            diagnostics: self.diagnostics,
            readings: self.readings,
        }
    }

    /// What a page about a thing of `class` says of it: for a place, the
    /// gazetteer's entry of its title and the country it lies in.
    fn subject(&mut self, class: &'static str) -> Subject {
        use crate::vocab::class as c;
        let (g, doc) = (self.g, self.doc);
        let place = place_by_title(g, &doc.title).filter(|e| match e.kind {
            EntityKind::Country(_) => class == c::COUNTRY,
            EntityKind::Place { city, .. } => class == if city { c::CITY } else { c::REGION },
            _ => false,
        });
        let mut country = None;
        if matches!(class, c::CITY | c::REGION | c::PLACE) {
            // The first item of a country field that names a country.
            if let Some(f) = self.field(Role::Country) {
                for item in list::split_items(&f.value) {
                    if let Some(k) = places::country_named(g, &item) {
                        self.read(ValueKind::Place, f, &item, Ok(k.title.clone()));
                        country = Some(places::country_entity(k));
                        break;
                    }
                }
            }
            let iso = place.as_ref().and_then(|p| p.country.as_deref());
            country = country.or_else(|| {
                iso.and_then(|i| g.country_by_code(i))
                    .map(places::country_entity)
            });
        }
        let country = country.map(|e| self.add(e));
        Subject {
            class,
            place,
            country,
            other_fields: self.other_fields(),
        }
    }

    fn event(&mut self, kind: EventKind, kind_from: ReadFrom) -> Event {
        let mut ev = Event {
            kind,
            kind_from: self.source(kind_from),
            dates_from: None,
            countries_from: None,
            start: None,
            end: None,
            ongoing: false,
            date_approximate: false,
            start_bounds: None,
            end_bounds: None,
            date_text: None,
            countries: Vec::new(),
            locations: Vec::new(),
            point: None,
            causes: Vec::new(),
            goals: Vec::new(),
            methods: Vec::new(),
            outcomes: Vec::new(),
            fatalities: None,
            injuries: None,
            arrests: None,
            participants: None,
            related_elections: Vec::new(),
            related_events: Vec::new(),
            part_of: Vec::new(),
            follows: Vec::new(),
            followed_by: Vec::new(),
            sides: Vec::new(),
            other_fields: Vec::new(),
        };
        if let Some(f) = self.field(Role::Date) {
            self.dates(f, &mut ev);
        }
        // No date in the infobox: the lead's, else the title's, each said
        // to be read from there.
        if ev.start.is_none() && ev.end.is_none() {
            self.dates_from_text(&mut ev);
        }
        self.places(&mut ev);
        if let Some(f) = self.field(Role::Coordinates) {
            match crate::values::coord::parse(&f.value) {
                Some(p) => ev.point = Some((p, Source::field(&f.key, f.line))),
                None if f.value.trim().is_empty() => {}
                None => self.warn(
                    f.line,
                    format!(
                        "coordinates {:?} left unread: no latitude and longitude",
                        f.value
                    ),
                ),
            }
        }
        ev.causes = self.statements(Role::Cause, false);
        ev.goals = self.statements(Role::Goal, true);
        ev.methods = self.statements(Role::Method, true);
        ev.outcomes = self.statements(Role::Outcome, false);
        ev.fatalities = self.count(Role::Fatalities);
        ev.injuries = self.count(Role::Injuries);
        ev.arrests = self.count(Role::Arrests);
        ev.participants = self.count(Role::Participants);
        ev.part_of = self.events_of_field(Role::PartOf);
        ev.follows = self.events_of_field(Role::Follows);
        ev.followed_by = self.events_of_field(Role::FollowedBy);
        self.related(&mut ev);
        ev.sides = self.sides();
        self.casualties_by_kind(&mut ev);
        ev.other_fields = self.other_fields();
        ev
    }

    /// The events an infobox field of `role` names: the larger events of
    /// `partof = the [[Gaza–Israel conflict]]`, the election before or
    /// after (`previous_election = 2017 United Kingdom general election`,
    /// which the template links). By its links, each whose page has an
    /// event's title; where it links none, by the whole value when that is
    /// an event's title. A field that names none stays a field as written.
    fn events_of_field(&mut self, role: Role) -> Vec<Named> {
        let keys = self.m.keys(self.doc.infobox_template.as_deref(), role);
        let Some(f) = self.doc.field(&keys) else {
            return Vec::new();
        };
        let at = Source::field(&f.key, f.line);
        let found: Vec<Entity> = if f.links.is_empty() {
            event_by_title(self.g, &f.value).into_iter().collect()
        } else {
            f.links
                .iter()
                .filter_map(|l| related::linked_event(self.g, &l.target))
                .collect()
        };
        let mut out = Vec::new();
        for e in found.into_iter().filter(|e| e.title != self.doc.title) {
            let t = self.add(e);
            push_named(&mut out, t, &at);
        }
        if !out.is_empty() {
            self.used.insert(f.norm_key.clone());
        }
        out
    }

    /// Infobox fields no typed fact was read from, kept as they are (like
    /// DBpedia's `dbp:` properties) so that nothing is lost; the title and
    /// picture layout fields aside.
    fn other_fields(&self) -> Vec<(String, String, Line)> {
        const LAYOUT: &[&str] = &[
            "title",
            "name",
            "conflict",
            "image",
            "caption",
            "alt",
            "imagesize",
            "imagealt",
            "imageupright",
            "mapsize",
            "mapcaption",
            "map",
            "signature",
            "logo",
            "coordinates",
            "width",
        ];
        self.doc
            .infobox
            .iter()
            .filter(|f| !self.used.contains(&f.norm_key))
            .filter(|f| {
                !LAYOUT.iter().any(|l| {
                    f.norm_key == *l
                        || f.norm_key.starts_with("image")
                        || f.norm_key.starts_with("caption")
                })
            })
            .filter(|f| !f.value.trim().is_empty() && !is_placeholder(&f.value))
            .map(|f| (f.key.clone(), f.value.clone(), f.line))
            .collect()
    }

    /// Statements of an infobox field: one per item when `split` (goals,
    /// methods: `A, B and C`), else one per list item or line (results,
    /// causes, whose commas belong to them).
    fn statements(&mut self, keys: Role, split: bool) -> Vec<Statement> {
        let Some(f) = self.field(keys) else {
            return Vec::new();
        };
        // A link's text is one item (`[[Five demands, not one less]]`).
        // The flat format (no template, no links, one line) joins a
        // list's items with commas.
        let flat_line = self.doc.infobox_template.is_none()
            && f.links.is_empty()
            && !f.value.contains('\n')
            && !f.value.contains("<br");
        let items = if split {
            list::split_phrases_keeping(&f.value, &sides::link_texts(f))
        } else if flat_line {
            list::split_joined_items(&f.value)
        } else {
            list::split_lines(&f.value)
        };
        let (at, links) = (Source::field(&f.key, f.line), f.links.clone());
        items
            .into_iter()
            .map(without_pointer)
            .filter(|t| !t.is_empty() && !is_placeholder(t))
            // `status = Ended`: where it stands, no outcome.
            .filter(|t| keys != Role::Outcome || !is_status_word(t))
            // `type = Mass shooting, terrorist attack, mass murder`: what
            // the event was is no means of it.
            .filter(|t| keys != Role::Method || !names_what_it_was(t))
            .map(|text| {
                let mut mentions = self.mentions(&text);
                // A wikilink in the item names exactly its target; one to
                // the page of a common noun as written (`[[road
                // blockade]]s`) names a kind of thing, no entity.
                for l in links.iter().filter(|l| {
                    text.contains(&l.text)
                        && !(l.text.starts_with(char::is_lowercase)
                            && l.target.eq_ignore_ascii_case(&l.text))
                }) {
                    if let Some(e) = linked_entity(self.g, &l.target) {
                        // `methods = [[Road blockade|Road blockades]]`,
                        // `type = [[Vehicle-ramming attack]]`: a means is
                        // a kind of act, never one event.
                        if keys == Role::Method && matches!(e.kind, EntityKind::Event(_)) {
                            continue;
                        }
                        let e = with_election(e, &mut self.entities);
                        let t = self.add(e);
                        push_unique(&mut mentions, t);
                    }
                }
                Statement {
                    text,
                    at: at.clone(),
                    mentions,
                }
            })
            .collect()
    }

    /// Entities named in an infobox value.
    fn mentions(&mut self, text: &str) -> Vec<String> {
        let g = self.g;
        let mut found = names::elections_and_their_events(g, text);
        found.extend(names::named_events(g, text));
        found.extend(names::people(text));
        found.extend(names::organizations(text));
        let mut titles = Vec::new();
        for e in found {
            let e = with_election(e, &mut self.entities);
            let t = self.add(e);
            push_unique(&mut titles, t);
        }
        titles
    }

    fn count(&mut self, keys: Role) -> Option<Count> {
        let f = self.field(keys)?;
        // `injuries = 1,345 arrested`: a count of another kind than the
        // field's, and none of its own, is not the field's count.
        let named = |nouns: &[&str]| says_any(outside_brackets(&f.value), nouns);
        let own_unnamed = COUNT_KINDS
            .iter()
            .any(|(r, nouns)| *r == keys && !named(nouns));
        if own_unnamed {
            if let Some((_, other)) = COUNT_KINDS
                .iter()
                .find(|(r, nouns)| *r != keys && named(nouns))
            {
                self.read(
                    ValueKind::Figure,
                    f,
                    &f.value,
                    Err(format!(
                        "counts the {}, not what the field `{}` names",
                        other[0], f.key
                    )),
                );
                return None;
            }
        }
        let figure = self.figure(f)?;
        Some(Count {
            figure,
            at: Source::field(&f.key, f.line),
        })
    }

    /// `Casualties: at least 157 killed, more than 1,200 injured`: a
    /// casualties field of no side holds a count of each kind with its
    /// noun. A kind written once there, and in no field of its own, is
    /// that count (`7 killed (3 civilians, 4 policemen), 3 attackers
    /// killed` counts the killed twice: neither is read).
    fn casualties_by_kind(&mut self, ev: &mut Event) {
        let keys = self
            .m
            .keys(self.doc.infobox_template.as_deref(), Role::Casualties);
        let Some(f) = self.doc.field(&keys) else {
            return;
        };
        if self.used.contains(&f.norm_key) {
            return;
        }
        let items = count_items(&f.value);
        // `1 hostage, 2 commandos and 14 militants killed`: a count with no
        // word of what befell them shares the next one's; the kinds'
        // counts are not told apart.
        let told = |item: &String| {
            outside_brackets(item)
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| {
                    COUNT_KINDS
                        .iter()
                        .any(|(_, nouns)| nouns.iter().any(|n| w.eq_ignore_ascii_case(n)))
                        // `250 abducted`, `40 missing`: a kind of its own.
                        || w.len() > 4 && w.ends_with("ed")
                        || w == "missing"
                })
        };
        // `5,800 killed or missing`, `12,873 killed, wounded or missing`:
        // one count of several kinds (an item of two kinds' words, or of a
        // kind and no number) is no count of either.
        let kinds_in = |item: &String| {
            let words = outside_brackets(item);
            COUNT_KINDS
                .iter()
                .filter(|(_, nouns)| says_any(words, nouns))
                .count()
                + usize::from(says_any(
                    words,
                    &["missing", "captured", "abducted", "displaced"],
                ))
        };
        if !items.iter().all(told)
            || items.iter().any(|i| {
                kinds_in(i) > 1 || !outside_brackets(i).contains(|c: char| c.is_ascii_digit())
            })
        {
            return;
        }
        let mut read = false;
        for (role, nouns) in COUNT_KINDS {
            let of_kind: Vec<&String> = items.iter().filter(|item| says_any(item, nouns)).collect();
            let slot = match role {
                Role::Fatalities => &mut ev.fatalities,
                Role::Injuries => &mut ev.injuries,
                _ => &mut ev.arrests,
            };
            let [item] = of_kind[..] else { continue };
            if slot.is_some() {
                continue;
            }
            let Ok(figure) = figure::parse(item) else {
                continue;
            };
            self.read(ValueKind::Figure, f, item, Ok(figure.canonical()));
            *slot = Some(Count {
                figure,
                at: Source::field(&f.key, f.line),
            });
            read = true;
        }
        if read {
            self.used.insert(f.norm_key.clone());
        }
    }

    /// Reads a field as a figure, recording the reading.
    fn figure(&mut self, f: &Field) -> Option<figure::Figure> {
        let parsed = match unit_by_link(f) {
            Some(unit) => Err(format!(
                "{:?} counts what its link names ({unit}), not people: no figure",
                f.value
            )),
            None => figure::parse(&f.value),
        };
        self.read(
            ValueKind::Figure,
            f,
            &f.value,
            parsed
                .as_ref()
                .map(figure::Figure::canonical)
                .map_err(Clone::clone),
        );
        parsed.ok()
    }
}

/// Whether a method item names what the event was rather than how it was
/// done (`Massacre`, `terrorist attack`, `mass murder`, `Genocide`).
fn names_what_it_was(item: &str) -> bool {
    matches!(
        item.trim().to_lowercase().as_str(),
        "massacre"
            | "mass murder"
            | "murder"
            | "attack"
            | "terrorist attack"
            | "terrorism"
            | "domestic terrorism"
            | "genocide"
            | "hate crime"
            | "mass killing"
            | "killing"
            | "hostage crisis"
    )
}

/// `1 ''[[Deutschland-class cruiser|panzerschiff]]''`: a number before a
/// link whose page names a formation or machine (its last word), which
/// the count is of. The page's unit word, if any.
fn unit_by_link(f: &Field) -> Option<String> {
    f.links.iter().find_map(|l| {
        let head = l.target.rsplit([' ', '_']).next()?.to_lowercase();
        if !figure::is_unit(&head) || l.text.trim().is_empty() {
            return None;
        }
        let at = f.value.find(l.text.trim())?;
        let before = f.value[..at].trim_end_matches(|c: char| c.is_whitespace() || c == '\'');
        before
            .ends_with(|c: char| c.is_ascii_digit())
            .then_some(head)
    })
}

/// The counts an event's figures keep apart, and the words that tell each.
const COUNT_KINDS: [(Role, &[&str]); 3] = [
    (
        Role::Fatalities,
        &["killed", "dead", "deaths", "died", "fatalities"],
    ),
    (Role::Injuries, &["injured", "wounded", "injuries"]),
    (Role::Arrests, &["arrested", "arrests", "detained"]),
];

/// Whether a word of `text` (split at what is not a letter or digit) is
/// one of `nouns`, in any case.
fn says_any(text: &str, nouns: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| nouns.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

/// An item's words outside its brackets (`7 killed (3 civilians, 4
/// policemen)`).
fn outside_brackets(item: &str) -> &str {
    item.split('(').next().unwrap_or("")
}

/// The items of a casualties field: parts split at commas, semicolons,
/// line breaks and `and`, but not at a comma between digits (`more than
/// 1,200 injured`) nor inside brackets.
fn count_items(value: &str) -> Vec<String> {
    let value = value
        .replace("<br />", "\n")
        .replace("<br/>", "\n")
        .replace("<br>", "\n")
        .replace(" and ", "\n");
    let b = value.as_bytes();
    let (mut items, mut depth, mut start) = (Vec::new(), 0usize, 0);
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b',' if i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
            b',' | b';' | b'\n' if depth == 0 => {
                items.push(value[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(value[start..].trim().to_owned());
    items.retain(|i| !i.is_empty());
    items
}

/// The entity a wikilink names, when its title tells what it is: an
/// election or event (`2003 Azerbaijani presidential election`, `Battle of
/// Mosul`), a country or a place the gazetteer knows.
fn linked_entity(g: &Gazetteer, target: &str) -> Option<Entity> {
    let mut e = event_by_title(g, target).or_else(|| place_by_title(g, target))?;
    e.linked = true;
    Some(e)
}

fn event_by_title(g: &Gazetteer, target: &str) -> Option<Entity> {
    let target = target.trim();
    if let Some(e) = names::elections_and_their_events(g, target)
        .into_iter()
        .find(|e| e.title == target)
    {
        return Some(e);
    }
    // `[[road blockade]]s`, `[[street protest]]s`: a link to the page of a
    // kind of event (written in lower case, or with no name or date
    // besides its noun, which `title_kind` asks) names no event.
    let kind = classify::title_kind(target)?;
    if target.starts_with(char::is_lowercase) {
        return None;
    }
    let mut e = Entity::new(target.to_owned(), EntityKind::Event(kind));
    e.year = target
        .split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .filter(|y: &i32| (1000..=2100).contains(y));
    e.country = mentioned_country(g, target);
    Some(e)
}

/// The country of an event only mentioned, by its name alone: one the
/// name names, or its demonym's where a demonym says where (`2003
/// Azerbaijani protests`; not `Great Turkish War`).
pub(crate) fn mentioned_country(g: &Gazetteer, name: &str) -> Option<String> {
    mentioned_country_of(&places::title_countries(g, name), name)
}

/// [`mentioned_country`] with the name's [`places::title_countries`] at hand.
pub(crate) fn mentioned_country_of(t: &places::TitleCountries, name: &str) -> Option<String> {
    match &t.countries[..] {
        [one] if !t.by_demonym || places::demonym_names_the_place(name) => Some(one.clone()),
        _ => None,
    }
}

fn place_by_title(g: &Gazetteer, target: &str) -> Option<Entity> {
    let target = target.trim();
    match places::resolve(g, target, &[]) {
        Resolved::One(Hit::Country(c))
            if c.title == target || c.names.iter().any(|n| n == target) =>
        {
            Some(places::country_entity(c))
        }
        Resolved::One(Hit::Place(p)) if p.title == target => {
            // A wikilink's target is the title, a namesake's too.
            let mut e = places::place_entity(g, p);
            e.title = target.to_owned();
            Some(e)
        }
        _ => None,
    }
}

/// Adds the election an event is named after to `entities`.
fn with_election(e: Entity, entities: &mut Vec<Entity>) -> Entity {
    if let Some(el) = &e.election {
        if !entities.iter().any(|x| &x.title == el) {
            let mut x = Entity::new(el.clone(), EntityKind::Event(EventKind::Election));
            x.country = e.country.clone();
            x.year = e.year;
            entities.push(x);
        }
    }
    e
}

use places::Resolved;

#[derive(Clone, Copy, PartialEq, Eq)]
enum SideField {
    Party,
    Leader,
    Strength,
    Casualties,
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

/// Adds `title` read at `at`, unless it is there already (read earlier).
fn push_named(v: &mut Vec<Named>, title: String, at: &Source) {
    if !v.iter().any(|n| n.title == title) {
        v.push(Named {
            title,
            at: at.clone(),
        });
    }
}

/// An item without what only points to the article's text: `See
/// [[#Aftermath|Aftermath]]` is no outcome, `Ceasefire (see below)` is
/// `Ceasefire`.
fn without_pointer(t: String) -> String {
    // ASCII case only, so that an index into `lower` is one into `t`.
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("see ") {
        return String::new();
    }
    match lower.rfind("(see ") {
        Some(at) if lower.trim_end().ends_with(')') => t[..at].trim_end().to_owned(),
        _ => t,
    }
}

/// A conflict's state (`Ended`, `Ongoing`) as a status field gives it.
fn is_status_word(t: &str) -> bool {
    matches!(
        t.trim().trim_end_matches('.').to_lowercase().as_str(),
        "ended"
            | "ongoing"
            | "concluded"
            | "over"
            | "finished"
            | "active"
            | "inactive"
            | "in progress"
    )
}

fn is_placeholder(t: &str) -> bool {
    matches!(
        t.trim().to_lowercase().as_str(),
        "?" | "n/a" | "na" | "none" | "unknown" | "-" | "–"
    )
}
