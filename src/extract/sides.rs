//! The sides of a conflict: parties and leaders of each numbered side,
//! each party the page its wikilink names, without dated qualifiers.

use super::*;

impl Extractor<'_> {
    /// Numbered infobox fields grouped by their number, one side each
    /// (a one-sided template's unnumbered side fields are side 1).
    pub(super) fn sides(&mut self) -> Vec<Side> {
        let doc = self.doc;
        let mut sides: Vec<Side> = Vec::new();
        let template = self.doc.infobox_template.as_deref();
        for f in &doc.infobox {
            // A template of one side names its fields without a number
            // (an operation's `executed_by`, `commanded_by`).
            let role = match numbered(&f.norm_key) {
                Some((base, number)) => self.m.role_of_base(template, base).map(|r| (r, number)),
                None => self.m.own_side_role(template, &f.norm_key).map(|r| (r, 1)),
            };
            let Some((role, number)) = role else {
                continue;
            };
            let role = match role {
                Role::Party => SideField::Party,
                Role::Leader => SideField::Leader,
                Role::Strength => SideField::Strength,
                Role::Casualties => SideField::Casualties,
                _ => continue,
            };
            self.used.insert(f.norm_key.clone());
            let at = match sides.iter().position(|s| s.number == number) {
                Some(i) => i,
                None => {
                    sides.push(Side {
                        number,
                        text: None,
                        at: Source::field(&f.key, f.line),
                        parties: Vec::new(),
                        leaders: Vec::new(),
                        leaders_at: None,
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
                    side.at = Source::field(&f.key, f.line);
                    for p in parties {
                        push_unique(&mut side.parties, p);
                    }
                }
                SideField::Leader => {
                    let leaders = self.leaders(f);
                    let side = &mut sides[at];
                    if !leaders.is_empty() && side.leaders_at.is_none() {
                        side.leaders_at = Some(Source::field(&f.key, f.line));
                    }
                    for p in leaders {
                        push_unique(&mut side.leaders, p);
                    }
                }
                SideField::Strength | SideField::Casualties => {
                    if let Some(figure) = self.figure(f) {
                        let c = Some(Count {
                            figure,
                            at: Source::field(&f.key, f.line),
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
    pub(super) fn parties(&mut self, f: &Field) -> Vec<String> {
        let g = self.g;
        let mut out = Vec::new();
        for raw in list::split_items_keeping(&f.value, &link_texts(f)) {
            let item = strip_qualifier(&raw);
            // A link's text as written first: `Kingdom of Hungary
            // (1920–1946)` is a page's title, not a name and its dates.
            // `[[Moro National Liberation Front]] (Misuari faction)`,
            // `[[Coalition for Clean and Fair Elections]] (Bersih)`: a
            // parenthesis after a linked name qualifies or abbreviates it.
            let linked_head = item
                .rfind(" (")
                .filter(|_| item.ends_with(')'))
                .and_then(|at| link_target(f, item[..at].trim()));
            let targets = match link_target(f, raw.trim())
                .or_else(|| link_target(f, &item))
                .or(linked_head)
                .or_else(|| led_by_link(f, &item))
                .or_else(|| forces_of_link(f, &item))
                .or_else(|| link_and_its_kind(g, f, &item))
            {
                Some(target) => vec![target],
                None => links_joined(f, &item),
            };
            if !targets.is_empty() {
                for target in targets {
                    let e = linked_entity(g, &target).unwrap_or_else(|| {
                        let mut e = Entity::new(target.clone(), EntityKind::Organization);
                        e.linked = true;
                        e
                    });
                    let t = self.add(e);
                    push_unique(&mut out, t);
                }
                continue;
            }
            // `Co-belligerents:` labels, `----` rules, and words that
            // describe people rather than name them (`Students and workers`,
            // `Patrons of the Stonewall Inn and local residents`): no party.
            if is_placeholder(&item)
                || item.len() > 120
                || item.ends_with(':')
                || !item.starts_with(char::is_alphanumeric)
                || !written_as_a_name(&item)
                || is_people_by_role(&item)
                || stands_for_no_party(&item)
                || holds_piped_text(f, &item)
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
    pub(super) fn leaders(&mut self, f: &Field) -> Vec<String> {
        let mut out = Vec::new();
        for item in list::split_items_keeping(&f.value, &link_texts(f)) {
            let item = strip_qualifier(&item);
            if let Some(target) = link_target(f, &item).or_else(|| titled_link(f, &item)) {
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
}

/// An item without a parenthesised date or qualifier after its name:
/// `United Colonies (before 1776)`, `Mi'kmaq (from 1779)`, `France
/// (1778–83)`, `Russia (denied)`, `X (Ukrainian claim)`; nor what a
/// rendered page leaves of its icons and markers: a flag's size (`23px
/// Sudanese Armed Forces`, `23px|border|link National Guard`), a wounded
/// or killed mark glued to the name (`Semen SemenchenkoWIA`, `Isa
/// MunayevKIA`).
pub(super) fn strip_qualifier(item: &str) -> String {
    let mut t = item.trim();
    // Icons: `23px`, `20px|border|link`, before the name.
    while let Some((first, rest)) = t.split_once(' ') {
        let size = first.split('|').next().unwrap_or("");
        if size.len() > 2
            && size.ends_with("px")
            && size[..size.len() - 2].bytes().all(|b| b.is_ascii_digit())
        {
            t = rest.trim_start();
        } else {
            break;
        }
    }
    // `SemenchenkoWIA`: a mark after a lower-case letter.
    for mark in [
        "WIA", "KIA", "MIA", "POW", "DOW", "(WIA)", "(KIA)", "(POW)", "(MIA)",
    ] {
        if let Some(name) = t.strip_suffix(mark) {
            let name = name.trim_end();
            if name.ends_with(|c: char| c.is_lowercase() || c == '.') {
                t = name;
                break;
            }
        }
    }
    match t.rfind(" (") {
        Some(at) if t.ends_with(')') => {
            let inner = &t[at + 2..t.len() - 1];
            let qualified = inner.chars().any(|c| c.is_ascii_digit())
                || ["before", "after", "from", "until", "since", "to"]
                    .iter()
                    .any(|w| inner.split_whitespace().next() == Some(w))
                || inner.starts_with(char::is_lowercase)
                || inner.ends_with(" claim");
            if qualified {
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
pub(super) fn link_target(f: &Field, item: &str) -> Option<String> {
    f.links
        .iter()
        .find(|l| l.text.trim() == item || l.target.trim() == item)
        .map(|l| l.target.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// The texts of a field's links, each one item however it is written.
pub(super) fn link_texts(f: &Field) -> Vec<&str> {
    f.links.iter().map(|l| l.text.trim()).collect()
}

/// `[[Normans|Norman]]-led [[Duchy of Normandy|Normandy]]`: the party is
/// the page the last link names, after what leads it.
fn led_by_link(f: &Field, item: &str) -> Option<String> {
    f.links.iter().find_map(|l| {
        let before = item.strip_suffix(l.text.trim())?;
        ["-led ", "-backed ", "-supported "]
            .iter()
            .any(|m| before.ends_with(m))
            .then(|| l.target.trim().to_owned())
            .filter(|t| !t.is_empty())
    })
}

/// `[[ThisFlag|#ThisFlag]] movement`, `[[Ansar Allah|Houthi]] movement`: a
/// linked name and the kind of body its page is (a movement, a party, a
/// coalition), that page. Not a body of a state's people (`[[Syria|Syrian]]
/// rebels` fight Syria).
fn link_and_its_kind(g: &Gazetteer, f: &Field, item: &str) -> Option<String> {
    const KINDS: &[&str] = &[
        "movement",
        "party",
        "coalition",
        "alliance",
        "campaign",
        "organisation",
        "organization",
        "network",
        "collective",
    ];
    let (name, kind) = item.rsplit_once(' ')?;
    if !KINDS.contains(&kind) {
        return None;
    }
    let target = link_target(f, name.trim())?;
    (places::country_named(g, &target).is_none() && g.countries_of_demonym(name.trim()).is_empty())
        .then_some(target)
}

/// `Forces of [[Henry IV of England|Henry IV]]`, `Army of [[X]]`: an armed
/// body of a linked party is that party's side.
fn forces_of_link(f: &Field, item: &str) -> Option<String> {
    const BODIES: &[&str] = &[
        "forces",
        "force",
        "army",
        "armies",
        "troops",
        "men",
        "supporters",
        "loyalists",
        "partisans",
        "followers",
    ];
    let (body, owner) = item.split_once(" of ")?;
    let body = body.to_lowercase();
    let body = body.strip_prefix("the ").unwrap_or(&body);
    if !body.split_whitespace().all(|w| BODIES.contains(&w)) {
        return None;
    }
    link_target(f, owner.trim())
}

/// `Forces of [[Henry IV of England|Henry IV]]` (where no rule reads the
/// words around it): an item that holds a piped link's text among other
/// words would name a party by the text the link shows, not the page it
/// names.
fn holds_piped_text(f: &Field, item: &str) -> bool {
    f.links.iter().any(|l| {
        let (text, target) = (l.text.trim(), l.target.trim());
        !text.is_empty()
            && text != target
            && text != item
            && item.match_indices(text).any(|(i, _)| {
                !item[..i].ends_with(char::is_alphanumeric)
                    && !item[i + text.len()..].starts_with(char::is_alphanumeric)
            })
    })
}

/// `Sir [[Thomas Rokeby]]`, `General [[Ulysses S. Grant]]`: a person's
/// link after the titles the person is addressed by names the link's page.
fn titled_link(f: &Field, item: &str) -> Option<String> {
    const TITLES: &[&str] = &[
        "sir",
        "lord",
        "lady",
        "dame",
        "general",
        "gen.",
        "colonel",
        "col.",
        "major",
        "captain",
        "capt.",
        "admiral",
        "marshal",
        "field",
        "lieutenant",
        "lt.",
        "brigadier",
        "commander",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "sultan",
        "president",
    ];
    f.links.iter().find_map(|l| {
        let before = item.strip_suffix(l.text.trim())?;
        let words: Vec<&str> = before.split_whitespace().collect();
        (!words.is_empty()
            && before.ends_with(' ')
            && words.len() <= 3
            && words
                .iter()
                .all(|w| TITLES.contains(&w.to_lowercase().as_str())))
        .then(|| l.target.trim().to_owned())
        .filter(|t| !t.is_empty())
    })
}

/// `with [[Bretons]] and [[Flemish people|Flemings]]`, `[[Anglo-Saxons|Anglo-Saxon]]
/// [[Kingdom of England|English]]`: an item made of links and words that
/// join them names the links' pages, in their order; with any other word
/// (`[[Ukraine|Ukrainian]] volunteers`) it does not (none returned).
fn links_joined(f: &Field, item: &str) -> Vec<String> {
    const JOINING: &[&str] = &[
        "with",
        "and",
        "or",
        "the",
        "plus",
        "including",
        "supported",
        "by",
        "also",
        "&",
        // `[[Liberal Party of Australia|Liberal]]–[[Country Party of
        // Australia|Country]] coalition`: the parties of an alliance.
        "coalition",
        "alliance",
    ];
    let mut rest = format!(" {item} ");
    let mut found: Vec<(usize, String)> = Vec::new();
    for l in &f.links {
        let text = l.text.trim();
        let target = l.target.trim();
        if text.is_empty() || target.is_empty() {
            continue;
        }
        // As whole words: the text between non-alphanumeric characters.
        let Some(at) = rest.match_indices(text).map(|(i, _)| i).find(|&i| {
            let before = rest[..i].chars().next_back();
            let after = rest[i + text.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        }) else {
            continue;
        };
        found.push((at, target.to_owned()));
        rest.replace_range(at..at + text.len(), &" ".repeat(text.len()));
    }
    let only_joining = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '–' | '-' | '/'))
        .filter(|w| !w.is_empty())
        .all(|w| JOINING.contains(&w.to_lowercase().as_str()));
    if !only_joining {
        return Vec::new();
    }
    found.sort();
    found.into_iter().map(|(_, t)| t).collect()
}

/// Whether every word of `item` but the small ones that join a name's
/// words (`of`, `the`, `and`, `de`, `al-` ...) is capitalised (or a number:
/// `26th of July Movement`), as a name is written.
fn written_as_a_name(item: &str) -> bool {
    const JOINING: &[&str] = &[
        "of", "the", "and", "for", "de", "del", "la", "le", "y", "da", "di", "van", "von", "al",
        "el", "du", "des", "in", "on", "to", "&",
    ];
    item.split_whitespace().all(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let head = bare.split('-').next().unwrap_or(bare);
        !bare.starts_with(char::is_lowercase) || JOINING.contains(&bare) || JOINING.contains(&head)
    })
}

/// `Protesters`, `Students`, `Students of Soweto`, `Citizens of Gwangju`:
/// people by what they do (of a place), in every article (one entity of
/// that name would join unrelated crowds), no party.
fn is_people_by_role(item: &str) -> bool {
    const ROLES: &[&str] = &[
        "protesters",
        "protestors",
        "demonstrators",
        "rioters",
        "students",
        "workers",
        "civilians",
        "activists",
        "strikers",
        "farmers",
        "citizens",
        "residents",
        "rebels",
        "insurgents",
        "militants",
        "looters",
        "opposition supporters",
        "supporters",
    ];
    let item = item.trim().to_lowercase();
    let head = item.split_once(" of ").map_or(item.as_str(), |(h, _)| h);
    ROLES.contains(&head)
}

/// `party2 = Independent`: a candidate of no party, written as a word;
/// one entity of that name would join every such candidate's. (Linked,
/// `[[Independent politician|Independent]]` names that page.)
fn stands_for_no_party(item: &str) -> bool {
    matches!(
        item.trim().to_lowercase().as_str(),
        "independent" | "independents" | "independent candidate" | "nonpartisan" | "non-partisan"
    )
}

/// `side1` → (`side`, 1); `combatant1a` → (`combatant`, 1).
pub(super) fn numbered(key: &str) -> Option<(&str, u32)> {
    let key = key
        .strip_suffix(|c: char| c.is_ascii_lowercase())
        .filter(|k| k.ends_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(key);
    let base = key.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = key[base.len()..].parse().ok()?;
    (!base.is_empty()).then_some((base, number))
}
