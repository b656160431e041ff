//! Infobox templates mapped to the ontology as data (`ontology/mappings.json`,
//! read with serde): the class a template gives its page and the fields
//! that hold each role. Users extend or override it with a file of the same
//! shape, without recompiling.

use crate::model::EventKind;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

const BUNDLED: &str = include_str!("../../ontology/mappings.json");

/// A role an infobox field can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Date,
    Place,
    Cause,
    Goal,
    Method,
    Outcome,
    Fatalities,
    Injuries,
    Arrests,
    /// How many took part (a protest's or strike's participants; a side's
    /// own are its strength).
    Participants,
    Party,
    Leader,
    Strength,
    Casualties,
    /// The country a place lies in (pages about places).
    Country,
    /// Where the event happened, as a point (`{{coord}}`).
    Coordinates,
    /// The larger events this one is part of (`partof = the [[Gaza–Israel
    /// conflict]]`), by their links.
    PartOf,
    /// The event of the same series before this one (`previous_election`).
    Follows,
    /// The event of the same series after this one (`next_election`).
    FollowedBy,
}

/// Field names (folded) per role.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    #[serde(default)]
    pub date: Vec<String>,
    #[serde(default)]
    pub place: Vec<String>,
    #[serde(default)]
    pub cause: Vec<String>,
    #[serde(default)]
    pub goal: Vec<String>,
    #[serde(default)]
    pub method: Vec<String>,
    #[serde(default)]
    pub outcome: Vec<String>,
    #[serde(default)]
    pub fatalities: Vec<String>,
    #[serde(default)]
    pub injuries: Vec<String>,
    #[serde(default)]
    pub arrests: Vec<String>,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub party: Vec<String>,
    #[serde(default)]
    pub leader: Vec<String>,
    #[serde(default)]
    pub strength: Vec<String>,
    #[serde(default)]
    pub casualties: Vec<String>,
    #[serde(default)]
    pub country: Vec<String>,
    #[serde(default)]
    pub coordinates: Vec<String>,
    #[serde(default)]
    pub part_of: Vec<String>,
    #[serde(default)]
    pub follows: Vec<String>,
    #[serde(default)]
    pub followed_by: Vec<String>,
}

impl Fields {
    fn of(&self, role: Role) -> &[String] {
        match role {
            Role::Date => &self.date,
            Role::Place => &self.place,
            Role::Cause => &self.cause,
            Role::Goal => &self.goal,
            Role::Method => &self.method,
            Role::Outcome => &self.outcome,
            Role::Fatalities => &self.fatalities,
            Role::Injuries => &self.injuries,
            Role::Arrests => &self.arrests,
            Role::Participants => &self.participants,
            Role::Party => &self.party,
            Role::Leader => &self.leader,
            Role::Strength => &self.strength,
            Role::Casualties => &self.casualties,
            Role::Country => &self.country,
            Role::Coordinates => &self.coordinates,
            Role::PartOf => &self.part_of,
            Role::Follows => &self.follows,
            Role::FollowedBy => &self.followed_by,
        }
    }
}

/// How one template is read.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// `Protest` ... `Event` for events; `Country`, `City`, `Person`,
    /// `Organization` for pages about other things.
    pub class: String,
    /// Event classes a page's title may refine the template's class to.
    #[serde(default)]
    pub title_may_refine_to: Vec<String>,
    #[serde(default)]
    pub fields: Fields,
}

/// The class a template gives its page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageClass {
    Event(EventKind),
    /// The local name of an `eg:` class of things that are not events.
    Thing(&'static str),
}

/// The whole mapping.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Mappings {
    #[serde(default)]
    pub about: String,
    #[serde(default)]
    pub roles: Vec<String>,
    pub default: Fields,
    pub templates: BTreeMap<String, Template>,
}

/// A class name of a mapping file.
pub fn page_class(name: &str) -> Option<PageClass> {
    use crate::vocab::class;
    if let Some(k) = EventKind::ALL.iter().find(|k| k.class() == name) {
        return Some(PageClass::Event(*k));
    }
    [
        class::COUNTRY,
        class::CITY,
        class::REGION,
        class::PERSON,
        class::ORGANIZATION,
        class::PLACE,
    ]
    .into_iter()
    .find(|c| *c == name)
    .map(PageClass::Thing)
}

impl Mappings {
    /// The mapping bundled with the binary.
    pub fn bundled() -> &'static Mappings {
        static M: OnceLock<Mappings> = OnceLock::new();
        M.get_or_init(|| {
            Mappings::parse(BUNDLED).expect("ontology/mappings.json is valid (tested)")
        })
    }

    /// Parses a mapping file's text, checking its class names.
    pub fn parse(text: &str) -> Result<Mappings, String> {
        let m: Mappings = serde_json::from_str(text)
            .map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
        for (name, t) in &m.templates {
            for c in std::iter::once(&t.class).chain(&t.title_may_refine_to) {
                if page_class(c).is_none() {
                    return Err(format!("template {name:?}: unknown class {c:?}"));
                }
            }
        }
        Ok(m)
    }

    /// The bundled mapping with a user's file laid over it: its templates
    /// replace or add to the bundled ones, its non-empty default roles
    /// replace the bundled defaults.
    pub fn with_file(path: &Path) -> Result<Mappings, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let user = Mappings::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut m = Mappings::bundled().clone();
        m.templates.extend(user.templates);
        macro_rules! over {
            ($($f:ident),*) => {$(
                if !user.default.$f.is_empty() {
                    m.default.$f = user.default.$f.clone();
                }
            )*};
        }
        over!(
            date,
            place,
            cause,
            goal,
            method,
            outcome,
            fatalities,
            injuries,
            arrests,
            participants,
            party,
            leader,
            strength,
            casualties,
            country,
            coordinates,
            part_of,
            follows,
            followed_by
        );
        Ok(m)
    }

    /// The mapping of a page's template (folded name): the key equal to it,
    /// else the longest key whose words after `infobox` end its words.
    pub fn template(&self, name: &str) -> Option<&Template> {
        if let Some(t) = self.templates.get(name) {
            return Some(t);
        }
        let words: Vec<&str> = name
            .split_whitespace()
            .skip_while(|w| *w == "infobox")
            .collect();
        self.templates
            .iter()
            .filter(|(key, _)| {
                let kw: Vec<&str> = key
                    .split_whitespace()
                    .skip_while(|w| *w == "infobox")
                    .collect();
                !kw.is_empty() && words.ends_with(&kw)
            })
            .max_by_key(|(key, _)| key.len())
            .map(|(_, t)| t)
    }

    /// The fields that hold `role` on a page with this template.
    pub fn keys(&self, template: Option<&str>, role: Role) -> Vec<&str> {
        let own = template
            .and_then(|t| self.template(t))
            .map(|t| t.fields.of(role))
            .unwrap_or(&[]);
        let list = if own.is_empty() {
            self.default.of(role)
        } else {
            own
        };
        list.iter().map(String::as_str).collect()
    }

    /// The side role an unnumbered field holds by the template's own
    /// fields (an operation's `executed_by`: its one side's party).
    pub fn own_side_role(&self, template: Option<&str>, key: &str) -> Option<Role> {
        let own = &template.and_then(|t| self.template(t))?.fields;
        [Role::Party, Role::Leader, Role::Strength, Role::Casualties]
            .into_iter()
            .find(|r| own.of(*r).iter().any(|k| k == key))
    }

    /// The side role a numbered field's base name holds (`side` of `side1`:
    /// a party), if any.
    pub fn role_of_base(&self, template: Option<&str>, base: &str) -> Option<Role> {
        [Role::Party, Role::Leader, Role::Strength, Role::Casualties]
            .into_iter()
            .find(|r| self.keys(template, *r).contains(&base))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_mapping_is_valid_and_complete() {
        let m = Mappings::bundled();
        assert_eq!(m.roles.len(), 19);
        for (name, t) in &m.templates {
            assert!(name.starts_with("infobox "), "{name}");
            assert!(page_class(&t.class).is_some(), "{name}");
        }
        assert!(!m.default.date.is_empty() && !m.default.casualties.is_empty());
    }

    #[test]
    fn templates_match_by_their_last_words() {
        let m = Mappings::bundled();
        assert_eq!(
            m.template("infobox legislative election").unwrap().class,
            "Election"
        );
        assert_eq!(
            m.template("infobox civil conflict").unwrap().class,
            "Protest"
        );
        assert!(m.template("infobox award").is_none());
        assert_eq!(
            m.keys(Some("infobox legislative election"), Role::Date),
            ["electiondate", "date"]
        );
        assert_eq!(m.keys(Some("infobox award"), Role::Date), ["date", "dates"]);
    }

    #[test]
    fn bad_files_are_refused_with_their_position() {
        assert!(Mappings::parse("{").unwrap_err().contains("line 1"));
        let bad = r#"{"default": {}, "templates": {"infobox x": {"class": "Parade"}}}"#;
        assert!(Mappings::parse(bad)
            .unwrap_err()
            .contains("unknown class \"Parade\""));
    }
}
