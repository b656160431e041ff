//! The events a run has seen: with an article of their own, or named in
//! one.

use crate::model::Extraction;

/// The events of a run: those with an article of their own and those the
/// articles name, kept as 64-bit hashes of their titles so that a dump of
/// millions of pages counts them in little memory.
#[derive(Clone, Debug, Default)]
pub struct EventTitles {
    articles: rustc_hash::FxHashSet<u64>,
    mentioned: rustc_hash::FxHashSet<u64>,
}

impl EventTitles {
    fn key(title: &str) -> u64 {
        use std::hash::{BuildHasher, BuildHasherDefault};
        BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(title)
    }

    /// An event with an article of its own.
    pub fn article(&mut self, title: &str) {
        self.articles.insert(Self::key(title));
    }

    /// An event an article names.
    pub fn mention(&mut self, title: &str) {
        self.mentioned.insert(Self::key(title));
    }

    pub fn merge(&mut self, other: EventTitles) {
        self.articles.extend(other.articles);
        self.mentioned.extend(other.mentioned);
    }

    /// Events named in the articles that have no article in this run.
    pub fn only_mentioned(&self) -> usize {
        self.mentioned.difference(&self.articles).count()
    }
}

/// Titles of the events an extraction names (not its own event).
pub fn mentioned_events(x: &Extraction) -> Vec<String> {
    x.entities
        .iter()
        .filter(|e| matches!(e.kind, crate::model::EntityKind::Event(_)))
        .map(|e| e.title.clone())
        .collect()
}
