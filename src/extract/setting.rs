//! When and where: the event's dates (from the infobox, else the lead,
//! else the title) and its countries and places.

use super::*;

impl Extractor<'_> {
    pub(super) fn dates(&mut self, f: &Field, ev: &mut Event) {
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
                    ev.dates_from = Some(Source::field(&f.key, f.line));
                }
                set_dates(ev, &r);
                if let Some(tail) = r.ignored_tail {
                    ev.date_text = Some((f.value.clone(), Source::field(&f.key, f.line)));
                    self.warn(
                        f.line,
                        format!(
                            "date {:?}: read the leading date only, left {:?} as text",
                            f.value, tail
                        ),
                    );
                }
            }
            Err(_) => ev.date_text = Some((f.value.clone(), Source::field(&f.key, f.line))),
        }
    }

    /// Dates from the lead sentences, else from the title (`1911
    /// Revolution`, `Hungarian Revolution of 1956`, `Gothic War (535–554)`).
    pub(super) fn dates_from_text(&mut self, ev: &mut Event) {
        let doc = self.doc;
        let (range, from) = match lead::lead_dates(doc) {
            Some(mut l) => {
                // `The Khivan campaign of 1873 ... ended with the capture of
                // Khiva in May 1873`: an end alone, in the one year the
                // title names, began in that year.
                let title = title_dates(&doc.title);
                if let (None, Some(end), Some(t)) = (l.range.start, l.range.end, &title) {
                    if let (Some(y), None) = (t.start, t.end) {
                        if y.year == end.year && y.month.is_none() {
                            l.range.start = Some(y);
                        }
                    }
                }
                // `The 2019–2020 Iranian protests were ... that began on 15
                // November 2019`: a start alone, in the first year of the
                // years the title spans, ended in the last.
                if let (Some(start), None, false, Some(t)) =
                    (l.range.start, l.range.end, l.range.ongoing, &title)
                {
                    if let (Some(first), Some(last)) = (t.start, t.end) {
                        if first.year == start.year
                            && first.month.is_none()
                            && last.month.is_none()
                            && last.year > first.year
                        {
                            l.range.end = Some(last);
                        }
                    }
                }
                (l.range, Source::new(ReadFrom::Lead, l.line))
            }
            None => match alias_dates(doc) {
                Some(r) => (r, self.source(ReadFrom::Lead)),
                None => match title_dates(&doc.title) {
                    Some(r) => (r, self.source(ReadFrom::Title)),
                    None => return,
                },
            },
        };
        if range.start.is_none() && range.end.is_none() {
            return;
        }
        set_dates(ev, &range);
        ev.dates_from = Some(from);
    }

    pub(super) fn places(&mut self, ev: &mut Event) {
        let g = self.g;
        let doc = self.doc;
        // The title's countries are context for the place field, and the
        // event's countries only when the place field names none.
        let text = document_text(doc);
        // The text without the title: what the article says on its own.
        let said = text.split_once('\n').map_or("", |(_, rest)| rest);
        // `fought in 1180 BC near Troy`, `place = Memphis` in 525 BC:
        // before 1492 a town of the Americas, Australia or New Zealand,
        // named after one of Europe, Africa or Asia, is not where an older
        // event happened, unless the article names its country.
        let before_1492 = ev.start.is_some_and(|d| d.year < 1492);
        let named_later = |c: &crate::gazetteer::Country| {
            before_1492 && places::settled_late(c) && !places::text_confirms(g, &c.iso2, said)
        };
        let named = places::title_countries(g, &doc.title);
        let mut title_countries = named.countries;
        // A people's name in the title (`Great Turkish War`, `Armenian
        // genocide`) says where only for events a people has at home, or
        // when the article names the country as a state.
        if named.by_demonym && !places::demonym_names_the_place(&doc.title) {
            let (kept, dropped): (Vec<String>, Vec<String>) = title_countries
                .into_iter()
                .partition(|c| places::text_confirms(g, c, said));
            for c in dropped {
                self.warn(
                    doc.title_line,
                    format!(
                        "the title's demonym names a people, and the article does not name {} as where it happened: no country taken from it",
                        country_title(g, &c)
                    ),
                );
            }
            title_countries = kept;
        } else if named.by_demonym && !places::demonym_names_the_state(&doc.title) {
            // `2019 Papuan protests ... by Papuans in Indonesia`: a
            // people's name, where the lead places the event in another
            // country and never names the demonym's (not a state's coup,
            // election or crisis: `1995 Qatari coup d'état ... while the
            // latter was on holiday in Switzerland`).
            if let (Some(placed), [one]) = (lead::lead_country(doc, g), &title_countries[..]) {
                if placed.iso2 != *one && !places::text_confirms(g, one, said) {
                    self.warn(
                        doc.title_line,
                        format!(
                            "the title's demonym names a people: the lead places the event in {}, not {}",
                            placed.title,
                            country_title(g, one)
                        ),
                    );
                    title_countries = vec![placed.iso2.clone()];
                }
            }
        }
        // `Invasion of Isle de France`, `... the French Indian Ocean island
        // of Île de France, now Mauritius`: an old name the gazetteer
        // gives to a place of another country (the Île-de-France region);
        // the lead says which country holds the place today.
        let now = (!title_countries.is_empty())
            .then(|| lead::country_now(doc, g))
            .flatten();
        if let Some(now) = now.filter(|now| !title_countries.contains(&now.iso2)) {
            self.warn(
                doc.title_line,
                format!(
                    "the lead says the place is now in {}: the title's {} not taken",
                    now.title,
                    title_countries
                        .iter()
                        .map(|c| country_title(g, c))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            title_countries = vec![now.iso2.clone()];
        }
        // `Battle of Lebanon ... in Lebanon, Tennessee`: the title's
        // country is the name of a town the lead writes with its region,
        // in the country the lead places the event in.
        if let ([one], false) = (&title_countries[..], named.by_demonym) {
            let town_of = lead::lead_country(doc, g).filter(|placed| {
                placed.iso2 != *one
                    && g.country_by_code(one).is_some_and(|c| {
                        c.names.iter().chain([&c.title]).any(|n| {
                            said.contains(&format!("{n}, "))
                                && !g.places_named(n, Some(&placed.iso2)).is_empty()
                        })
                    })
            });
            if let Some(placed) = town_of {
                self.warn(
                    doc.title_line,
                    format!(
                        "the lead writes the title's {} as a town of {} with its region: the title's country not taken",
                        country_title(g, one),
                        placed.title
                    ),
                );
                title_countries = vec![placed.iso2.clone()];
            }
        }
        let ambiguous = named.ambiguous;
        // Names several states share (`Congo`) are read by the words of
        // the article that point to one (`Kinshasa`), else not at all.
        let cued = g.cued_countries(&text);
        let mut countries: Vec<String> = Vec::new();
        for (word, cs) in ambiguous {
            // `Georgia`: the country or the US state, by the article's words.
            let bare = places::bare_region_state(&crate::gazetteer::fold(&word), &text);
            let pointed: Vec<&String> = match bare {
                Some(iso) => cs.iter().filter(|c| *c == iso).collect(),
                None => cs.iter().filter(|c| cued.contains(c)).collect(),
            };
            match pointed[..] {
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
        // `Place: Wilkes County, Georgia`: a bare region name in the place
        // field is read by the article's words, as in a title.
        let place_field = self.field(Role::Place);
        let bare = place_field.and_then(|f| places::bare_region_in(&f.value, &text));
        for c in cued.iter().map(String::as_str).chain(bare) {
            if !context.iter().any(|x| x == c) {
                context.push(c.to_owned());
            }
        }
        // Each place with the title its wikilink gives it, if any, and
        // where it was read.
        let mut hits: Vec<(Hit<'static>, Option<String>, Source)> = Vec::new();
        let mut from_field = None;
        let mut theatre = false;
        // Items of the place field the gazetteer does not know.
        let mut unknown: Vec<String> = Vec::new();
        // Of them, those a wikilink names, by its page.
        let mut sites: Vec<(String, Source)> = Vec::new();
        // `Near [[Šiauliai]] (present-day [[Lithuania]]) or [[Vecsaule]]
        // (present-day [[Latvia]])`: where it happened is not known.
        let alternatives = place_field.filter(|f| places::alternatives(&f.value));
        if let Some(f) = alternatives {
            self.read(
                ValueKind::Place,
                f,
                &f.value,
                Err("gives places as alternatives (`or`): none taken".to_owned()),
            );
        }
        if let Some(f) = place_field.filter(|_| alternatives.is_none()) {
            let at = Source::field(&f.key, f.line);
            let items = places::place_items(g, &f.value, &f.links);
            let mut readings = places::resolve_items(g, &items, context.clone());
            // `Place: Alcolea, near Córdoba` (Córdoba of Spain, Argentina,
            // Colombia or Mexico), `... near Córdoba, in Andalusia` in the
            // lead: a name several countries' places bear is the one of the
            // country the lead places the event in.
            if readings.iter().any(places::ItemReading::is_ambiguous) {
                if let Some(c) =
                    super::lead::lead_country(doc, g).filter(|c| !context.contains(&c.iso2))
                {
                    let mut with_lead = context.clone();
                    with_lead.push(c.iso2.clone());
                    readings = places::resolve_items(g, &items, with_lead);
                }
            }
            places::refuse_piped_elsewhere(g, &mut readings, &f.links);
            places::place_by_link_qualifier(g, &mut readings, &f.links);
            for r in readings {
                let late = match &r.result {
                    Ok(Hit::Place(p)) => g.country_by_code(&p.country).filter(|c| named_later(c)),
                    _ => None,
                };
                if let Some(c) = late {
                    let why = format!(
                        "lies in {}, whose towns took their names after 1492; the event is older",
                        c.title
                    );
                    unknown.push(r.text.clone());
                    self.read(ValueKind::Place, f, &r.text, Err(why));
                    continue;
                }
                match r.result {
                    Ok(hit) => {
                        if let Hit::Country(c) = hit {
                            push_unique(&mut countries, c.iso2.clone());
                        }
                        self.read(ValueKind::Place, f, &r.text, Ok(places::hit_name(&hit)));
                        // `[[Balearic Islands]]` names its entity exactly.
                        // `[[Kent, Ohio]]`, read as `Kent` and `Ohio`: the
                        // town's page, where what follows its comma holds it.
                        let held_by = |l: &&crate::article::Link| {
                            let Hit::Place(p) = hit else { return false };
                            l.target
                                .trim()
                                .strip_prefix(r.text.as_str())
                                .and_then(|t| t.strip_prefix(", "))
                                .is_some_and(|holder| {
                                    places::country_named(g, holder)
                                        .is_some_and(|c| c.iso2 == p.country)
                                        || g.places_named(holder, Some(&p.country))
                                            .iter()
                                            .any(|q| q.kind == crate::gazetteer::PlaceKind::Region)
                                })
                        };
                        let linked = f
                            .links
                            .iter()
                            .find(|l| l.text == r.text || l.target == r.text)
                            .or_else(|| f.links.iter().find(held_by))
                            .map(|l| l.target.clone());
                        hits.push((hit, linked, at.clone()));
                    }
                    Err(why) => {
                        // `with protests worldwide`: an aside, no theatre.
                        theatre |= places::is_wide_area(&r.text) && !r.text.starts_with("with ");
                        // `Syria–Turkey border`: no place the gazetteer
                        // knows, on the land of both.
                        for c in places::border_countries(g, &r.text) {
                            push_unique(&mut countries, c.iso2.clone());
                        }
                        // `Boroughbridge, Yorkshire`, `[[Spanish Guinea]]`: a
                        // land of history within one state today is in
                        // that state (no place of the gazetteer's).
                        // `St. Simons Island, Province of Georgia`: an old
                        // state named for a land is in the land's state; so
                        // is a town a piped link qualifies (`[[Selkirk,
                        // Scottish Borders|Selkirk]]`) and a place with its
                        // surroundings (`X and surrounding territories`).
                        let land = places::land_of_one_state(g, &r.text)
                            .or_else(|| places::polity_country(g, &r.text, &context))
                            .or_else(|| places::link_qualifier_country(g, &f.links, &r.text))
                            .or_else(|| places::surroundings_country(g, &r.text));
                        let why = match land {
                            Some(c) => {
                                push_unique(&mut countries, c.iso2.clone());
                                format!("{why}; it lies in {}, the country taken", c.title)
                            }
                            None => why,
                        };
                        unknown.push(r.text.clone());
                        match places::linked_site(g, &f.links, &r.text) {
                            Some(site) => {
                                self.read(ValueKind::Place, f, &r.text, Ok(site.clone()));
                                sites.push((site, at.clone()));
                            }
                            None => self.read(ValueKind::Place, f, &r.text, Err(why)),
                        }
                    }
                }
            }
            from_field = Some(at);
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
            for (hit, _, _) in &hits {
                if let Hit::Place(p) = hit {
                    push_unique(&mut countries, p.country.clone());
                }
            }
        }
        if !countries.is_empty() {
            ev.countries_from = from_field.clone();
        } else if !theatre && !title_countries.is_empty() {
            countries = title_countries;
            ev.countries_from = Some(self.source(ReadFrom::Title));
        } else if !theatre && from_field.is_none() {
            // `in the town of Mirpur, in the Jammu and Kashmir princely
            // state, now in Azad Kashmir, Pakistan`: where the lead says
            // the place lies today.
            // `Battle of Albuera ... at the small Spanish village of
            // Albuera`: else where it writes the title's place.
            let placed = lead::lead_country(doc, g)
                .or_else(|| lead::title_place_country(doc, g))
                .map(
                    |c| match lead::country_now(doc, g).filter(|now| now.iso2 != c.iso2) {
                        Some(now) => {
                            self.warn(
                                para_line(doc),
                                format!(
                                    "the lead says the place is now in {}: {} not taken",
                                    now.title, c.title
                                ),
                            );
                            now
                        }
                        None => c,
                    },
                );
            if let Some(c) = placed {
                if named_later(c) {
                    self.warn(
                        para_line(doc),
                        format!(
                            "the lead's place lies in {}, whose towns took their names after 1492; the event is older: no country taken",
                            c.title
                        ),
                    );
                } else {
                    countries.push(c.iso2.clone());
                    ev.countries_from = Some(self.source(ReadFrom::Lead));
                }
            }
        }
        // The city or region the title names (`Siege of Mariupol`), when
        // no field gave one.
        let known_place = |hits: &[(Hit, Option<String>, Source)]| {
            !sites.is_empty() || hits.iter().any(|(h, _, _)| matches!(h, Hit::Place(_)))
        };
        // `Battle of Midway`, `place = Midway Atoll`: the title names the
        // place the field names, which the gazetteer does not know (its
        // Midway is a town in Texas).
        let title_name = places::title_place_name(&doc.title);
        let title_names_unknown = title_name
            .as_deref()
            .is_some_and(|name| unknown.iter().any(|u| places::holds_words(u, name)));
        if !known_place(&hits) && !theatre && !title_names_unknown {
            let at = self.source(ReadFrom::Title);
            let (title_places, area_countries) = places::title_places(g, &doc.title, &text);
            // `Battle of Marathon`: the gazetteer's Marathon is in Canada,
            // the article names Greece. A title's place in a country the
            // article does not name, where it names others, is another
            // place of that name.
            let said_countries = if title_places.is_empty() {
                Vec::new()
            } else {
                places::countries_in(g, said)
            };
            for (p, name) in title_places {
                // A town known to GeoNames alone (`Roses`, in Spain, of
                // `Wars of the Roses`) only where the article names its
                // country (`Battle of Bucha`: Ukraine), or where its name,
                // written with letters English does not use, is no English
                // word and no other place's (`Siege of Przemyśl`).
                let foreign_name = title_name
                    .as_deref()
                    .is_some_and(|name| places::foreign_single_name(g, name));
                if p.wikidata.is_none()
                    && !places::region_of_the_name(g, p)
                    && !foreign_name
                    && !places::text_confirms(g, &p.country, said)
                {
                    continue;
                }
                // `Siege of Acre (1291)`: Acre is also a state of Brazil,
                // whose places took their names after 1492.
                if let Some(c) = g.country_by_code(&p.country).filter(|c| named_later(c)) {
                    self.warn(
                        doc.title_line,
                        format!(
                            "{:?} of the title lies in {}, whose places took their names after 1492; the event is older: no place taken from it",
                            p.title, c.title
                        ),
                    );
                    continue;
                }
                // `The Norman Conquest ... by an army made up of thousands of
                // Norman, French, Flemish, and Breton troops`: the title's
                // name the text lists among peoples is a people's; `led by
                // Black Hawk, a Sauk leader`, a person's; `in the Balkan
                // states`, only before a noun, a qualifier's.
                if places::listed_with_peoples(g, said, &name)
                    || places::named_as_person(said, &name)
                    || places::only_qualifies(said, &name)
                {
                    self.warn(
                        doc.title_line,
                        format!(
                            "{:?} of the title names a people or a person in the article, or only qualifies a noun: no place taken from it",
                            name
                        ),
                    );
                    continue;
                }
                if places::named_as_ship(said, &p.title, &doc.title) {
                    self.warn(
                        doc.title_line,
                        format!(
                            "{:?} of the title is a ship's name in the article (`USS {0}`): no place taken from it",
                            p.title
                        ),
                    );
                    continue;
                }
                // `Siege of Louisbourg (1758)`: GeoNames' Louisbourg is
                // Harrisburg, by an old name of it. A town of the Americas or
                // Oceania (renamed often, often after older places) the title
                // names by another of its names, no spelling of its own, only
                // where the article names its country or its name today.
                if places::late_town_by_another_name(g, &name, p)
                    && !places::text_confirms(g, &p.country, said)
                    && !places::holds_words(said, &p.title)
                {
                    self.warn(
                        doc.title_line,
                        format!(
                            "{:?} of the title is another name of {} ({}), which the article does not name: no place taken from it",
                            name,
                            p.title,
                            country_title(g, &p.country)
                        ),
                    );
                    continue;
                }
                // `Siege of Newark ... Newark-on-Trent in Nottinghamshire`:
                // the article writes the title's name whole as a place of
                // another country, which the title means.
                if let Some(whole) = places::longer_name_elsewhere(g, said, &name, p) {
                    self.warn(
                        doc.title_line,
                        format!(
                            "{:?} of the title is {} in the article, in {}: the gazetteer's {} not taken",
                            name,
                            whole.title,
                            country_title(g, &whole.country),
                            p.title
                        ),
                    );
                    if countries.is_empty() {
                        countries.push(whole.country.clone());
                        ev.countries_from = Some(at.clone());
                    }
                    if countries.contains(&whole.country) {
                        hits.push((Hit::Place(whole), None, at.clone()));
                    }
                    continue;
                }
                // `Battle of Blenheim`: the gazetteer's Blenheim is in New
                // Zealand; the article names no country, but Vienna. A
                // title's place whose country none of the large cities
                // the article names is in, where it names some, is
                // another place of that name.
                // `Battle of Heraclea` (280 BC): the gazetteer's Heraclea
                // is Ereğli, Turkey, by one of its old names, which many
                // towns of antiquity bore; the article names Tarentum, in
                // Italy. A place an older event's title names by another
                // of its names, whose country none of the towns of
                // 100,000 people or more the article names is in, where
                // it names some, is another.
                let old_name = before_1492
                    && title_name.as_deref().is_some_and(|name| {
                        crate::gazetteer::fold(name) != crate::gazetteer::fold(&p.title)
                    });
                let elsewhere = said_countries.is_empty() && {
                    let least = if old_name { 100_000 } else { 1_000_000 };
                    let named = places::countries_of_places_in(g, said, p, least);
                    !named.is_empty() && !named.contains(&p.country)
                };
                if elsewhere || (!said_countries.is_empty() && !said_countries.contains(&p.country))
                {
                    self.warn(
                        doc.title_line,
                        format!(
                            "{:?} of the title is in {} by the gazetteer, which the article does not name: no place taken from it",
                            p.title,
                            country_title(g, &p.country)
                        ),
                    );
                    continue;
                }
                if countries.is_empty() || countries.contains(&p.country) {
                    if countries.is_empty() {
                        countries.push(p.country.clone());
                        ev.countries_from = Some(at.clone());
                    }
                    hits.push((Hit::Place(p), None, at.clone()));
                }
            }
            if countries.is_empty() {
                if let [one] = &area_countries[..] {
                    countries.push(one.clone());
                    ev.countries_from = Some(at.clone());
                }
            }
        }
        // Places the prose says the event happened in (`the epicentre was
        // Baku`), inside the event's one country, when no field or title
        // placed it more closely.
        let mut prose = Vec::new();
        if countries.len() == 1 && !known_place(&hits) {
            for b in doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
                let found = places::prose_places(g, &b.text, &countries);
                if !found.is_empty() {
                    let at = self.block_source(b);
                    prose.extend(found.into_iter().map(|p| {
                        // `held in [[Uttar Pradesh]]`: a link to the page of
                        // the place's name names it (not a piped link, whose
                        // page may be another place of the name).
                        let linked = b
                            .links
                            .iter()
                            .find(|l| {
                                l.text == l.target
                                    && g.places_folded(
                                        &crate::gazetteer::fold(&l.text),
                                        Some(&p.country),
                                    )
                                    .iter()
                                    .any(|q| std::ptr::eq(*q, p))
                            })
                            .map(|l| l.target.clone());
                        (p, linked, at.clone())
                    }));
                }
            }
        }
        for (p, linked, at) in prose {
            if !hits
                .iter()
                .any(|(h, _, _)| matches!(h, Hit::Place(q) if std::ptr::eq(*q, p)))
            {
                hits.push((Hit::Place(p), linked, at));
            }
        }
        for iso in &countries {
            if let Some(c) = g.country_by_code(iso) {
                let t = self.add(places::country_entity(c));
                push_unique(&mut ev.countries, t);
            }
        }
        for (hit, linked, at) in hits {
            let mut e = match hit {
                Hit::Country(c) => places::country_entity(c),
                Hit::Place(p) => places::place_entity(g, p),
            };
            if let Some(t) = linked {
                e.title = t;
                e.linked = true;
            }
            let t = self.add(e);
            push_named(&mut ev.locations, t, &at);
        }
        for (site, at) in sites {
            let mut e = Entity::new(site, EntityKind::Site);
            e.linked = true;
            let t = self.add(e);
            push_named(&mut ev.locations, t, &at);
        }
    }
}

/// The dates a title gives its event: a year first (`1911 Revolution`,
/// `2003 Azerbaijani protests`), after `of` at its end (`Revolutions of
/// 1848`), or a dated parenthesis (`Gothic War (535–554)`, `Battle of
/// Izium (2022)`).
pub(super) fn title_dates(title: &str) -> Option<date::DateRange> {
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
    // `7 July 2005 London bombings`, `November 2015 Paris attacks`: a date
    // the title begins with.
    for n in [3, 2] {
        if words.len() > n {
            let text = words[..n].join(" ");
            if let Ok(r) = date::parse(&text) {
                let dated = r
                    .start
                    .is_some_and(|d| d.month.is_some() && (1000..=2100).contains(&d.year));
                if r.ignored_tail.is_none() && r.end.is_none() && dated {
                    return Some(r);
                }
            }
        }
    }
    // `2020–2021 Belarusian protests`, `2019–20 Hong Kong protests`.
    let years = |w: &str| {
        if !w.contains(['–', '-'])
            || !w
                .chars()
                .all(|c| c.is_ascii_digit() || c == '–' || c == '-')
        {
            return None;
        }
        let r = date::parse(w).ok()?;
        let whole = |d: Option<crate::values::date::PartialDate>| {
            d.is_some_and(|d| d.month.is_none() && (1000..=2100).contains(&d.year))
        };
        (r.ignored_tail.is_none() && whole(r.start) && whole(r.end)).then_some(r)
    };
    if let Some(r) = words.first().and_then(|w| years(w)) {
        return Some(r);
    }
    // `Revolutions of 1848`, `Rebellions of 1837–1838`, `Invasion of
    // Algiers in 1830`.
    if let [.., of, last] = words[..] {
        if of == "of" || of == "in" {
            if let Some(y) = year(last) {
                return Some(one(y));
            }
            return years(last);
        }
    }
    None
}

/// The dates another name of the event gives it, where the first
/// sentence names it so: `The July Revolution, also known as the French
/// Revolution of 1830, ... was`, `The Vienna Uprising, or October
/// Revolution of 1848, was`.
fn alias_dates(doc: &Document) -> Option<date::DateRange> {
    let subject = doc.first_sentence().and_then(super::classify::subject_of)?;
    // `The Vienna Uprising, or October Revolution of 1848, was`.
    let aliases = [
        "also known as ",
        "also called ",
        "sometimes called ",
        " or ",
    ]
    .iter()
    .filter_map(|m| subject.find(m).map(|at| &subject[at + m.len()..]))
    .max_by_key(|rest| rest.len())?;
    aliases
        .split(", ")
        .flat_map(|a| a.split(" or "))
        .map(|a| {
            let a = a.trim().trim_start_matches("or ").trim_end_matches(',');
            let a = a.strip_prefix("and ").unwrap_or(a);
            // `and in Russia as the Patriotic War of 1812`: a name used
            // in one place.
            let a = match a.strip_prefix("in ").and_then(|r| r.split_once(" as ")) {
                Some((_, name)) => name,
                None => a,
            };
            a.strip_prefix("the ").unwrap_or(a)
        })
        .filter(|a| {
            a.starts_with(char::is_uppercase) || a.starts_with(|c: char| c.is_ascii_digit())
        })
        .find_map(title_dates)
}

/// The title, infobox values and lead of an article, as one text.
pub(super) fn document_text(doc: &Document) -> String {
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

/// The event's dates as `r` reads them.
fn set_dates(ev: &mut Event, r: &date::DateRange) {
    ev.start = r.start;
    ev.end = r.end;
    ev.ongoing = r.ongoing;
    ev.date_approximate = r.approximate;
    ev.start_bounds = r.start_bounds;
    ev.end_bounds = r.end_bounds;
}

/// The line of the lead's first paragraph (for a diagnostic).
fn para_line(doc: &crate::article::Document) -> crate::model::Line {
    doc.first_paragraph().map_or(doc.title_line, |p| p.line)
}

/// A country's title by its ISO code, the code where the gazetteer has
/// none (for a diagnostic).
fn country_title<'a>(g: &'a Gazetteer, iso: &'a str) -> &'a str {
    g.country_by_code(iso).map_or(iso, |c| c.title.as_str())
}
