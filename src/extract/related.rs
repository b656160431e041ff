//! The events and elections an event is part of, follows or is tied to.

use super::*;

impl Extractor<'_> {
    /// Elections and events named in causes, goals, see-also and prose.
    pub(super) fn related(&mut self, ev: &mut Event) {
        let g = self.g;
        let doc = self.doc;
        let from_statements: Vec<(String, Source)> = ev
            .causes
            .iter()
            .chain(&ev.goals)
            .chain(&ev.outcomes)
            .flat_map(|s| s.mentions.iter().map(|m| (m.clone(), s.at.clone())))
            .collect();
        // Each candidate, whether the article states the tie, and where
        // it was read.
        let mut candidates: Vec<(Entity, bool, Source)> = Vec::new();
        for (t, at) in from_statements {
            if let Some(e) = self.entities.iter().find(|e| e.title == t) {
                candidates.push((e.clone(), true, at));
            }
        }
        for b in doc.section_items("See also") {
            let at = self.block_source(b);
            for l in &b.links {
                if let Some(e) = linked_event(g, &l.target) {
                    candidates.push((e, true, at.clone()));
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
            candidates.extend(found.into_iter().map(|e| (e, true, at.clone())));
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
            if found.iter().any(|e| matches!(e.kind, EntityKind::Event(_))) {
                let at = self.block_source(b);
                for e in found {
                    if matches!(e.kind, EntityKind::Event(_)) {
                        candidates.push((e, false, at.clone()));
                    }
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
        let aliases = aliases(doc);
        let aliases = aliases.as_str();
        let bare_title = classify::strip_parenthesis_pub(&doc.title);
        // `2003 Iraqi war` in the Iraq War's article: a name read from prose
        // with a year in the event's span and the title's own noun is the
        // event itself, named loosely.
        let noun = |t: &str| t.rsplit(' ').next().unwrap_or("").to_lowercase();
        let own_noun = noun(bare_title);
        let loose_self = |e: &Entity| {
            !e.linked
                && noun(&e.title) == own_noun
                && matches!((years, e.year), (Some((from, to)), Some(y)) if y > from && y <= to)
        };
        for (e, stated, at) in candidates {
            if e.title == doc.title
                || e.title == bare_title
                || aliases.contains(e.title.as_str())
                || loose_self(&e)
            {
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
                push_named(&mut ev.related_elections, t, &at);
            } else if matches!(
                self.entities.iter().find(|x| x.title == t).map(|x| &x.kind),
                Some(EntityKind::Event(_))
            ) {
                push_named(&mut ev.related_events, t, &at);
            }
        }
    }
}

/// The event a link names, when its target has an event's title.
pub(super) fn linked_event(g: &Gazetteer, target: &str) -> Option<Entity> {
    let mut e = event_by_title(g, target)?;
    e.linked = true;
    Some(e)
}

/// Nouns a lead refers back to its own subject with (`the events`, `the
/// war`).
const SUBJECT_NOUNS: &[&str] = &[
    "events",
    "event",
    "war",
    "wars",
    "conflict",
    "revolution",
    "uprising",
    "rebellion",
    "battle",
    "siege",
    "crisis",
    "massacre",
    "genocide",
    "protests",
    "invasion",
    "campaign",
];

/// The text of a lead that names its own subject: the first sentence's
/// subject (`The Nanjing Massacre or the Rape of Nanjing was`), its
/// appositive of other names (`The 1911 Revolution, also known as the
/// Xinhai Revolution or Hsinhai Revolution, culminated`), and sentences
/// that say what it is called (`In China it is commonly known as the Jiawu
/// War`, `In Ethiopia it is often referred to simply as the Italian
/// Invasion`).
fn aliases(doc: &Document) -> String {
    let mut out = String::new();
    let Some(first) = doc.first_sentence() else {
        return out;
    };
    // The subject: before the copula, else before the verb that says it
    // happened (`The 2013 Egyptian coup d'état took place`).
    let subject = classify::subject_of(first).or_else(|| {
        [
            " took ",
            " occurred ",
            " began ",
            " broke ",
            " erupted ",
            " happened ",
            " lasted ",
            " started ",
            " culminated ",
            " ended ",
            " refers ",
        ]
        .iter()
        .filter_map(|v| first.find(v))
        .min()
        .map(|at| &first[..at])
    });
    out.push_str(subject.unwrap_or(""));
    const APPOSITIVE: &[&str] = &[
        ", also known as ",
        ", also called ",
        ", also referred to as ",
        ", known ",
        ", also known ",
        ", or ",
        ", officially ",
        ", commonly known as ",
        ", sometimes called ",
        ", colloquially known as ",
        ", formally known as ",
        ", sometimes referred to as ",
        ", referred to as ",
        ", more commonly referred to as ",
        ", more widely known as ",
        ", sometimes known as ",
        ", better known as ",
    ];
    if let Some(at) = APPOSITIVE.iter().filter_map(|a| first.find(a)).min() {
        // The name before it (`The Mexican War, also known as ...,
        // occurred`), when it stands before the verb.
        if subject.is_none_or(|s| at <= s.len()) {
            out.push('\n');
            out.push_str(&first[..at]);
        }
        // Up to the first comma a verb follows (`..., emerged in 1899`).
        let rest = &first[at + 2..];
        let end = rest
            .match_indices(", ")
            .find(|(i, _)| {
                rest[i + 2..].split_whitespace().next().is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && !matches!(w, "or" | "and" | "the")
                })
            })
            .map_or(rest.len(), |(i, _)| i);
        out.push('\n');
        out.push_str(&rest[..end]);
    }
    const NAMING: [&str; 4] = [" known ", " called ", " referred ", " named "];
    for b in doc.lead() {
        if !NAMING.iter().any(|w| b.text.contains(w)) {
            continue;
        }
        for s in b.text.split_inclusive(['.', '!', '?']) {
            if !NAMING.iter().any(|w| s.contains(w)) {
                continue;
            }
            if says_its_name(s) {
                out.push('\n');
                out.push_str(s);
            }
        }
    }
    out
}

/// Whether a sentence says what its subject, the event, is called: `It is
/// commonly known as`, `The events are sometimes called`; not `The
/// Anglo-Scottish war of 1650 to 1652 is sometimes referred to as the Third
/// English Civil War`, another war.
fn says_its_name(sentence: &str) -> bool {
    let lower = format!(" {}", sentence.to_lowercase());
    [" is ", " was ", " are ", " were "].iter().any(|verb| {
        let Some(at) = lower.find(verb) else {
            return false;
        };
        let subject: Vec<&str> = lower[..at].split_whitespace().collect();
        let of_itself = match subject[..] {
            [.., "it"] | [.., "they"] => true,
            [.., "the", noun] => SUBJECT_NOUNS.contains(&noun),
            _ => false,
        };
        let naming = lower[at + verb.len()..].split_whitespace().find(|w| {
            !(w.ends_with("ly") || matches!(*w, "also" | "sometimes" | "often" | "still"))
        });
        of_itself && matches!(naming, Some("known" | "called" | "referred" | "named"))
    })
}
