//! From a [`Document`] to an [`Extraction`]. Extraction never fails: a value
//! it cannot read becomes a diagnostic, and the rest still yields its facts.

pub mod classify;
pub mod lead;
pub mod mapping;
pub mod names;
pub mod places;
pub mod survey;

use crate::article::{BlockKind, Document, Field};
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

    fn warn(&mut self, line: Line, message: String) {
        self.diagnostics.push(Diagnostic {
            source: self.doc.source.clone(),
            line,
            message,
        });
    }

    /// Adds an entity (merging what a second mention adds) and returns its title.
    fn add(&mut self, e: Entity) -> String {
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
            kind_from,
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
            causes: Vec::new(),
            goals: Vec::new(),
            methods: Vec::new(),
            outcomes: Vec::new(),
            fatalities: None,
            injuries: None,
            arrests: None,
            related_elections: Vec::new(),
            related_events: Vec::new(),
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
        ev.causes = self.statements(Role::Cause, false);
        ev.goals = self.statements(Role::Goal, true);
        ev.methods = self.statements(Role::Method, true);
        ev.outcomes = self.statements(Role::Outcome, false);
        ev.fatalities = self.count(Role::Fatalities);
        ev.injuries = self.count(Role::Injuries);
        ev.arrests = self.count(Role::Arrests);
        self.related(&mut ev);
        ev.sides = self.sides();
        ev.other_fields = self.other_fields();
        ev
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

    /// Numbered infobox fields grouped by their number, one side each.
    fn sides(&mut self) -> Vec<Side> {
        let doc = self.doc;
        let mut sides: Vec<Side> = Vec::new();
        for f in &doc.infobox {
            let Some((base, number)) = numbered(&f.norm_key) else {
                continue;
            };
            let role = match self
                .m
                .role_of_base(self.doc.infobox_template.as_deref(), base)
            {
                Some(Role::Party) => SideField::Party,
                Some(Role::Leader) => SideField::Leader,
                Some(Role::Strength) => SideField::Strength,
                Some(Role::Casualties) => SideField::Casualties,
                _ => continue,
            };
            self.used.insert(f.norm_key.clone());
            let at = match sides.iter().position(|s| s.number == number) {
                Some(i) => i,
                None => {
                    sides.push(Side {
                        number,
                        text: None,
                        line: f.line,
                        parties: Vec::new(),
                        leaders: Vec::new(),
                        strength: None,
                        casualties: None,
                    });
                    sides.len() - 1
                }
            };
            match role {
                SideField::Party => {
                    let parties = self.parties(f);
                    let side = &mut sides[at];
                    side.text = Some(f.value.clone());
                    side.line = f.line;
                    for p in parties {
                        push_unique(&mut side.parties, p);
                    }
                }
                SideField::Leader => {
                    let leaders = self.leaders(f);
                    for p in leaders {
                        push_unique(&mut sides[at].leaders, p);
                    }
                }
                SideField::Strength | SideField::Casualties => {
                    if let Some(figure) = self.figure(f) {
                        let c = Some(Count {
                            figure,
                            line: f.line,
                        });
                        if role == SideField::Strength {
                            sides[at].strength = c;
                        } else {
                            sides[at].casualties = c;
                        }
                    }
                }
            }
        }
        sides.sort_by_key(|s| s.number);
        sides
    }

    /// Each item of a side's field is a party: the page its wikilink
    /// names, a country, or else an organisation named by the item; dates
    /// and qualifiers in parentheses (`(before 1776)`) are no part of it.
    fn parties(&mut self, f: &Field) -> Vec<String> {
        let g = self.g;
        let mut out = Vec::new();
        for item in list::split_items(&f.value) {
            let item = strip_qualifier(&item);
            if let Some(target) = link_target(f, &item) {
                let e = linked_entity(g, &target).unwrap_or_else(|| {
                    let mut e = Entity::new(target.clone(), EntityKind::Organization);
                    e.linked = true;
                    e
                });
                let t = self.add(e);
                push_unique(&mut out, t);
                continue;
            }
            // `Co-belligerents:` labels, `----` rules: no party.
            if is_placeholder(&item)
                || item.len() > 120
                || item.ends_with(':')
                || !item.starts_with(char::is_alphanumeric)
            {
                continue;
            }
            let t = match places::resolve(g, &item, &[]) {
                Resolved::One(Hit::Country(c)) => self.add(places::country_entity(c)),
                _ => match names::organizations(&item).into_iter().next() {
                    Some(o) if o.title == item => self.add(o),
                    _ => self.add(Entity::new(item.clone(), EntityKind::Organization)),
                },
            };
            push_unique(&mut out, t);
        }
        out
    }

    /// Each item of a leaders' field is a person: the page its wikilink
    /// names, else the name, with any role before it.
    fn leaders(&mut self, f: &Field) -> Vec<String> {
        let mut out = Vec::new();
        for item in list::split_items(&f.value) {
            let item = strip_qualifier(&item);
            if let Some(target) = link_target(f, &item) {
                // A person's page, not a list of them (`...full list`).
                if !target.starts_with("List of") && !target.contains("leadership") {
                    let mut e = Entity::new(target, EntityKind::Person);
                    e.linked = true;
                    let t = self.add(e);
                    push_unique(&mut out, t);
                }
                continue;
            }
            // A person's name starts with a capital (not `...full list`).
            if is_placeholder(&item)
                || item.len() > 80
                || !item.starts_with(char::is_uppercase)
                || item.ends_with(':')
            {
                continue;
            }
            let person = names::people(&item)
                .into_iter()
                .next()
                .unwrap_or_else(|| Entity::new(item.clone(), EntityKind::Person));
            let t = self.add(person);
            push_unique(&mut out, t);
        }
        out
    }

    fn dates(&mut self, f: &Field, ev: &mut Event) {
        let parsed = date::parse(&f.value);
        self.read(
            ValueKind::Date,
            f,
            &f.value,
            parsed
                .as_ref()
                .map(date::DateRange::canonical)
                .map_err(Clone::clone),
        );
        match parsed {
            Ok(r) => {
                if r.start.is_some() || r.end.is_some() {
                    ev.dates_from = Some(ReadFrom::Infobox);
                }
                ev.start = r.start;
                ev.end = r.end;
                ev.ongoing = r.ongoing;
                ev.date_approximate = r.approximate;
                ev.start_bounds = r.start_bounds;
                ev.end_bounds = r.end_bounds;
                if let Some(tail) = r.ignored_tail {
                    ev.date_text = Some(f.value.clone());
                    self.warn(
                        f.line,
                        format!(
                            "date {:?}: read the leading date only, left {:?} as text",
                            f.value, tail
                        ),
                    );
                }
            }
            Err(_) => ev.date_text = Some(f.value.clone()),
        }
    }

    /// Dates from the lead sentences, else from the title (`1911
    /// Revolution`, `Hungarian Revolution of 1956`, `Gothic War (535–554)`).
    fn dates_from_text(&mut self, ev: &mut Event) {
        let doc = self.doc;
        let (range, from, line) = match lead::lead_dates(doc) {
            Some(l) => (l.range, ReadFrom::Lead, l.line),
            None => match title_dates(&doc.title) {
                Some(r) => (r, ReadFrom::Title, doc.title_line),
                None => return,
            },
        };
        let _ = line;
        if range.start.is_none() && range.end.is_none() {
            return;
        }
        ev.start = range.start;
        ev.end = range.end;
        ev.ongoing = range.ongoing;
        ev.date_approximate = range.approximate;
        ev.start_bounds = range.start_bounds;
        ev.end_bounds = range.end_bounds;
        ev.dates_from = Some(from);
    }

    fn places(&mut self, ev: &mut Event) {
        let g = self.g;
        let doc = self.doc;
        // The title's countries are context for the place field, and the
        // event's countries only when the place field names none.
        let (mut title_countries, ambiguous) = places::title_countries(g, &doc.title);
        // Names several states share (`Congo`) are read by the words of
        // the article that point to one (`Kinshasa`), else not at all.
        let cued = g.cued_countries(&document_text(doc));
        let mut countries: Vec<String> = Vec::new();
        for (word, cs) in ambiguous {
            match cs.iter().filter(|c| cued.contains(c)).collect::<Vec<_>>()[..] {
                [one] => {
                    if !title_countries.contains(one) {
                        title_countries.push(one.clone());
                    }
                }
                _ => self.warn(
                    doc.title_line,
                    format!(
                        "{word:?} in the title may name {}: no country taken from it",
                        cs.join(" or ")
                    ),
                ),
            }
        }
        let mut context = title_countries.clone();
        for c in &cued {
            if !context.contains(c) {
                context.push(c.clone());
            }
        }
        // Each place with the title its wikilink gives it, if any.
        let mut hits: Vec<(Hit<'static>, Option<String>)> = Vec::new();
        let mut from_field = false;
        let mut theatre = false;
        if let Some(f) = self.field(Role::Place) {
            let items = list::split_items(&f.value);
            for r in places::resolve_items(g, &items, context) {
                match r.result {
                    Ok(hit) => {
                        if let Hit::Country(c) = hit {
                            push_unique(&mut countries, c.iso2.clone());
                        }
                        self.read(ValueKind::Place, f, &r.text, Ok(places::hit_name(&hit)));
                        // `[[Balearic Islands]]` names its entity exactly.
                        let linked = f
                            .links
                            .iter()
                            .find(|l| l.text == r.text || l.target == r.text)
                            .map(|l| l.target.clone());
                        hits.push((hit, linked));
                    }
                    Err(why) => {
                        theatre |= places::is_wide_area(&r.text);
                        self.read(ValueKind::Place, f, &r.text, Err(why));
                    }
                }
            }
            from_field = true;
            // `Europe, Africa, the Middle East, China ...`: a war's
            // theatre, not the countries it happened in.
            if theatre {
                countries.clear();
                self.warn(
                    f.line,
                    format!(
                        "place {:?} spans regions wider than countries: no country taken from it",
                        f.value.trim()
                    ),
                );
            }
        }
        if !theatre {
            for (hit, _) in &hits {
                if let Hit::Place(p) = hit {
                    push_unique(&mut countries, p.country.clone());
                }
            }
        }
        if !countries.is_empty() {
            ev.countries_from = Some(ReadFrom::Infobox);
        } else if !theatre && !title_countries.is_empty() {
            countries = title_countries;
            ev.countries_from = Some(ReadFrom::Title);
        } else if !theatre && !from_field {
            if let Some(c) = lead::lead_country(doc, g) {
                countries.push(c.iso2.clone());
                ev.countries_from = Some(ReadFrom::Lead);
            }
        }
        // The city or region the title names (`Siege of Mariupol`), when
        // no field gave one.
        let known_place =
            |hits: &[(Hit, Option<String>)]| hits.iter().any(|(h, _)| matches!(h, Hit::Place(_)));
        if !known_place(&hits) && !theatre {
            for p in places::title_places(g, &doc.title) {
                if countries.is_empty() || countries.contains(&p.country) {
                    if countries.is_empty() {
                        countries.push(p.country.clone());
                        ev.countries_from = Some(ReadFrom::Title);
                    }
                    hits.push((Hit::Place(p), None));
                }
            }
        }
        // Places the prose says the event happened in (`the epicentre was
        // Baku`), inside the event's one country, when no field or title
        // placed it more closely.
        let mut prose = Vec::new();
        if countries.len() == 1 && !known_place(&hits) {
            for b in doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
                prose.extend(places::prose_places(g, &b.text, &countries));
            }
        }
        for p in prose {
            if !hits
                .iter()
                .any(|(h, _)| matches!(h, Hit::Place(q) if std::ptr::eq(*q, p)))
            {
                hits.push((Hit::Place(p), None));
            }
        }
        for iso in &countries {
            if let Some(c) = g.country_by_code(iso) {
                let t = self.add(places::country_entity(c));
                push_unique(&mut ev.countries, t);
            }
        }
        for (hit, linked) in hits {
            let mut e = match hit {
                Hit::Country(c) => places::country_entity(c),
                Hit::Place(p) => places::place_entity(g, p),
            };
            if let Some(t) = linked {
                e.title = t;
                e.linked = true;
            }
            if let Some(c) = e.country.as_deref().and_then(|c| g.country_by_code(c)) {
                self.add(places::country_entity(c));
            }
            let t = self.add(e);
            push_unique(&mut ev.locations, t);
        }
    }

    /// Statements of an infobox field: one per item when `split` (goals,
    /// methods: `A, B and C`), else one per list item or line (results,
    /// causes, whose commas belong to them).
    fn statements(&mut self, keys: Role, split: bool) -> Vec<Statement> {
        let Some(f) = self.field(keys) else {
            return Vec::new();
        };
        let items = if split {
            list::split_items(&f.value)
        } else {
            list::split_lines(&f.value)
        };
        let (line, links) = (f.line, f.links.clone());
        items
            .into_iter()
            .filter(|t| !t.is_empty() && !is_placeholder(t))
            .map(|text| {
                let mut mentions = self.mentions(&text);
                // A wikilink in the item names exactly its target.
                for l in links.iter().filter(|l| text.contains(&l.text)) {
                    if let Some(e) = linked_entity(self.g, &l.target) {
                        let e = with_election(e, &mut self.entities);
                        let t = self.add(e);
                        push_unique(&mut mentions, t);
                    }
                }
                Statement {
                    text,
                    line,
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
        let figure = self.figure(f)?;
        Some(Count {
            figure,
            line: f.line,
        })
    }

    /// Reads a field as a figure, recording the reading.
    fn figure(&mut self, f: &Field) -> Option<figure::Figure> {
        let parsed = figure::parse(&f.value);
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

    /// Elections and events named in causes, goals, see-also and prose.
    fn related(&mut self, ev: &mut Event) {
        let g = self.g;
        let doc = self.doc;
        let from_statements: Vec<String> = ev
            .causes
            .iter()
            .chain(&ev.goals)
            .chain(&ev.outcomes)
            .flat_map(|s| s.mentions.clone())
            .collect();
        let mut candidates: Vec<(Entity, bool)> = Vec::new();
        for t in from_statements {
            if let Some(e) = self.entities.iter().find(|e| e.title == t) {
                candidates.push((e.clone(), true));
            }
        }
        for b in doc.section_items("See also") {
            for l in &b.links {
                if let Some(e) = linked_event(g, &l.target) {
                    candidates.push((e, true));
                }
            }
            if !b.links.is_empty() {
                continue;
            }
            let Some(title) = names::see_also_title(&b.text) else {
                continue;
            };
            let mut found = names::elections_and_their_events(g, title);
            found.retain(|e| e.title == title);
            if found.is_empty() {
                if let Some(kind) = classify::title_kind(title) {
                    found.push(Entity::new(title.to_owned(), EntityKind::Event(kind)));
                }
            }
            candidates.extend(found.into_iter().map(|e| (e, true)));
        }
        // Wikitext names its entities by links: they are exact, the
        // patterns are not. Flat text has only the patterns.
        let linked = doc.blocks.iter().any(|b| !b.links.is_empty());
        // A page links many targets more than once: each is read once.
        let mut seen = rustc_hash::FxHashSet::default();
        for b in doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
            let found: Vec<Entity> = if linked {
                b.links
                    .iter()
                    .filter(|l| seen.insert(l.target.as_str()))
                    .filter_map(|l| linked_event(g, &l.target))
                    .collect()
            } else {
                names::elections_and_their_events(g, &b.text)
                    .into_iter()
                    .chain(names::named_events(g, &b.text))
                    .collect()
            };
            for e in found {
                if matches!(e.kind, EntityKind::Event(_)) {
                    candidates.push((e, false));
                }
            }
        }
        let years = ev
            .start
            .map(|s| (s.year - 1, ev.end.map_or(s.year, |e| e.year)));
        // Names the first sentence gives its own subject (`The Battle of
        // Raqqa, also known as the First Battle of Raqqa, was ...`) are the
        // event itself, not events related to it; so is the title without
        // its parenthesis.
        let aliases = doc
            .first_sentence()
            .and_then(classify::subject_of)
            .unwrap_or("");
        let bare_title = classify::strip_parenthesis_pub(&doc.title);
        for (e, stated) in candidates {
            if e.title == doc.title || e.title == bare_title || aliases.contains(e.title.as_str()) {
                continue;
            }
            let election = e.kind == EntityKind::Event(EventKind::Election);
            // An election in prose is this event's only when its year falls
            // in the event's span (or the year before it).
            if election && !stated {
                match (years, e.year) {
                    (Some((from, to)), Some(y)) if y >= from && y <= to => {}
                    _ => continue,
                }
            }
            let e = with_election(e, &mut self.entities);
            let t = self.add(e);
            if election {
                push_unique(&mut ev.related_elections, t);
            } else if matches!(
                self.entities.iter().find(|x| x.title == t).map(|x| &x.kind),
                Some(EntityKind::Event(_))
            ) {
                push_unique(&mut ev.related_events, t);
            }
        }
    }
}

/// The dates a title gives its event: a year first (`1911 Revolution`,
/// `2003 Azerbaijani protests`), after `of` at its end (`Revolutions of
/// 1848`), or a dated parenthesis (`Gothic War (535–554)`, `Battle of
/// Izium (2022)`).
fn title_dates(title: &str) -> Option<date::DateRange> {
    let year = |w: &str| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1000..=2100).contains(y))
    };
    let one = |y: i32| date::DateRange {
        start: Some(crate::values::date::PartialDate::year(y)),
        ..Default::default()
    };
    if let Some(open) = title.rfind(" (") {
        if let Some(inner) = title[open + 2..].strip_suffix(')') {
            if inner.starts_with(|c: char| c.is_ascii_digit()) {
                if let Ok(r) = date::parse(inner) {
                    if r.ignored_tail.is_none() && r.start.is_some() {
                        return Some(r);
                    }
                }
            }
        }
    }
    let words: Vec<&str> = title.split_whitespace().collect();
    if let Some(y) = words.first().and_then(|w| year(w)) {
        return Some(one(y));
    }
    if let [.., of, last] = words[..] {
        if of == "of" {
            if let Some(y) = year(last) {
                return Some(one(y));
            }
        }
    }
    None
}

/// An item without a parenthesised date or qualifier after its name:
/// `United Colonies (before 1776)`, `Mi'kmaq (from 1779)`, `France
/// (1778–83)`.
fn strip_qualifier(item: &str) -> String {
    let t = item.trim();
    match t.rfind(" (") {
        Some(at) if t.ends_with(')') => {
            let inner = &t[at + 2..t.len() - 1];
            let dated = inner.chars().any(|c| c.is_ascii_digit())
                || ["before", "after", "from", "until", "since", "to"]
                    .iter()
                    .any(|w| inner.split_whitespace().next() == Some(w));
            if dated {
                t[..at].trim().to_owned()
            } else {
                t.to_owned()
            }
        }
        _ => t.to_owned(),
    }
}

/// The target of the wikilink a field's item is written as (`[[Thirteen
/// Colonies|United Colonies]]` for `United Colonies`).
fn link_target(f: &Field, item: &str) -> Option<String> {
    f.links
        .iter()
        .find(|l| l.text.trim() == item || l.target.trim() == item)
        .map(|l| l.target.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// The title, infobox values and lead of an article, as one text.
fn document_text(doc: &Document) -> String {
    let mut t = doc.title.clone();
    for f in &doc.infobox {
        t.push('\n');
        t.push_str(&f.value);
    }
    for b in doc.lead() {
        t.push('\n');
        t.push_str(&b.text);
    }
    t
}

/// The entity a wikilink names, when its title tells what it is: an
/// election or event (`2003 Azerbaijani presidential election`, `Battle of
/// Mosul`), a country or a place the gazetteer knows.
fn linked_entity(g: &Gazetteer, target: &str) -> Option<Entity> {
    let mut e = event_by_title(g, target).or_else(|| place_by_title(g, target))?;
    e.linked = true;
    Some(e)
}

/// The event a link names, when its target has an event's title.
fn linked_event(g: &Gazetteer, target: &str) -> Option<Entity> {
    let mut e = event_by_title(g, target)?;
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
    let kind = classify::title_kind(target)?;
    let mut e = Entity::new(target.to_owned(), EntityKind::Event(kind));
    e.year = target
        .split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .filter(|y: &i32| (1000..=2100).contains(y));
    let (countries, _) = places::title_countries(g, target);
    e.country = (countries.len() == 1).then(|| countries[0].clone());
    Some(e)
}

fn place_by_title(g: &Gazetteer, target: &str) -> Option<Entity> {
    let target = target.trim();
    match places::resolve(g, target, &[]) {
        Resolved::One(Hit::Country(c))
            if c.title == target || c.names.iter().any(|n| n == target) =>
        {
            Some(places::country_entity(c))
        }
        Resolved::One(Hit::Place(p)) if p.title == target => Some(places::place_entity(g, p)),
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

/// `side1` → (`side`, 1); `combatant1a` → (`combatant`, 1).
fn numbered(key: &str) -> Option<(&str, u32)> {
    let key = key
        .strip_suffix(|c: char| c.is_ascii_lowercase())
        .filter(|k| k.ends_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(key);
    let base = key.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = key[base.len()..].parse().ok()?;
    (!base.is_empty()).then_some((base, number))
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

fn is_placeholder(t: &str) -> bool {
    matches!(
        t.trim().to_lowercase().as_str(),
        "?" | "n/a" | "na" | "none" | "unknown" | "-" | "–"
    )
}
