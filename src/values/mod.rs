//! Readers of infobox and prose values: dates, figures, lists.

pub mod coord;
pub mod date;
pub mod figure;
pub mod list;
