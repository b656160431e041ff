//! Input formats, and the article as read from its source, before any interpretation: title,
//! infobox fields, sections and text blocks, each with the line it came from.

pub mod bz2;
pub mod dump;
pub mod flat;
pub mod wikitext;

/// A wikilink kept with the text it shows: `[[2003 Azerbaijani presidential
/// election|election]]` shows `election` and names its target exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub target: String,
    pub text: String,
}

/// One infobox field, `Key: Value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The key as written.
    pub key: String,
    /// The key folded for matching: lower case, no spaces, `_` or `-`.
    pub norm_key: String,
    pub value: String,
    /// 1-based line of the field in its file.
    pub line: usize,
    /// Links the value makes (wikitext only).
    pub links: Vec<Link>,
}

/// What a text block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    ListItem,
}

/// A paragraph or a list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub line: usize,
    /// Index into [`Document::sections`]; `None` for the lead.
    pub section: Option<usize>,
    /// Links the text makes (wikitext only).
    pub links: Vec<Link>,
}

/// A section heading, `==Name==` (level 2) or deeper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub level: usize,
    pub line: usize,
}

/// A parsed article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// Where the article came from (a path, or `<stdin>`).
    pub source: String,
    pub title: String,
    pub title_line: usize,
    /// The title was made from the file name, and the page's text does
    /// not confirm it: it may name no Wikipedia page (`usa.wiki`).
    pub title_from_file_name: bool,
    pub infobox: Vec<Field>,
    /// The infobox template's name where the source gives one
    /// (`Infobox civil conflict`), folded like field keys.
    pub infobox_template: Option<String>,
    /// The line the infobox starts on (0 when there is none).
    pub infobox_line: usize,
    pub sections: Vec<Section>,
    pub blocks: Vec<Block>,
    /// Categories the page is in (wikitext only), without `Category:`.
    pub categories: Vec<String>,
    /// The line of the first category link (0 when there is none).
    pub category_line: usize,
}

/// Folds an infobox key for matching: `Casualties Label` and
/// `casualties_label` both become `casualtieslabel`.
pub fn norm_key(key: &str) -> String {
    key.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '\t'))
        .flat_map(char::to_lowercase)
        .collect()
}

impl Document {
    /// The first infobox field whose folded key is one of `keys`.
    pub fn field(&self, keys: &[&str]) -> Option<&Field> {
        keys.iter().find_map(|k| {
            let k = norm_key(k);
            self.infobox.iter().find(|f| f.norm_key == k)
        })
    }

    /// The blocks of the lead (before the first section).
    pub fn lead(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.section.is_none())
    }

    /// The list items of every section whose heading is `heading` (any case).
    pub fn section_items<'a>(&'a self, heading: &'a str) -> impl Iterator<Item = &'a Block> {
        self.blocks.iter().filter(move |b| {
            b.kind == BlockKind::ListItem
                && b.section
                    .is_some_and(|s| self.sections[s].heading.eq_ignore_ascii_case(heading))
        })
    }

    /// The lead's paragraphs as one plain text (an abstract).
    pub fn lead_text(&self) -> String {
        self.lead()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The first paragraph of the lead, if any.
    pub fn first_paragraph(&self) -> Option<&Block> {
        self.lead()
            .find(|b| b.kind == BlockKind::Paragraph && !b.text.starts_with("{{"))
    }

    /// The first sentence of the lead, if any.
    pub fn first_sentence(&self) -> Option<&str> {
        let text = self.first_paragraph()?.text.as_str();
        Some(crate::text::first_sentence(text))
    }
}
