//! The wikitext reader on the real pages of `corpus/wikitext/`.

use eventgraph::ingest;
use eventgraph::model::EntityKind;
use std::path::PathBuf;

fn pages(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(super::corpus().join("wikitext").join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

const ERRATA: &str = include_str!("../data/abstract_gold_errata.tsv");

#[test]
fn lead_sections_match_the_gold_abstracts() {
    let mut failures = Vec::new();
    let wiki: Vec<PathBuf> = pages("dbpedia-abstracts")
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "wiki"))
        .collect();
    assert_eq!(wiki.len(), 8);
    for p in wiki {
        let doc = ingest::read_article_as(&p, ingest::Format::Wikitext).unwrap();
        let gold_path = p.with_file_name(format!(
            "{}-gold.txt",
            p.file_stem().unwrap().to_str().unwrap()
        ));
        let mut gold = std::fs::read_to_string(&gold_path).unwrap();
        let name = gold_path.file_name().unwrap().to_str().unwrap();
        for line in ERRATA.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f[0] == name {
                assert!(gold.contains(f[1]), "erratum {line:?} no longer applies");
                gold = gold.replace(f[1], f[2]);
            }
        }
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let (got, want) = (norm(&doc.lead_text()), norm(&gold));
        if got != want {
            failures.push(format!("{}:\n  got:  {got}\n  want: {want}", p.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} abstracts differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_markup_reaches_any_literal() {
    let mut files = Vec::new();
    for dir in ["wtf_wikipedia", "infoboxer", "dbpedia-abstracts"] {
        files.extend(
            pages(dir)
                .into_iter()
                .filter(|p| !p.to_string_lossy().ends_with("-gold.txt")),
        );
    }
    assert!(files.len() > 80, "{}", files.len());
    for f in files {
        let doc = ingest::read_article_as(&f, ingest::Format::Wikitext).unwrap();
        let x = eventgraph::extract::extract(&doc);
        for q in eventgraph::rdf::quads(&x, &Default::default()) {
            if let oxigraph::model::Term::Literal(l) = &q.object {
                for bad in ["[[", "]]", "{{", "}}", "<ref", "</", "|"] {
                    assert!(
                        !l.value().contains(bad),
                        "{}: {bad:?} in {:?}",
                        f.display(),
                        l.value()
                    );
                }
            }
        }
        for b in &doc.blocks {
            for bad in ["[[", "{{", "<ref", "}}"] {
                assert!(
                    !b.text.contains(bad),
                    "{}:{}: {bad:?} in {:?}",
                    f.display(),
                    b.line,
                    b.text
                );
            }
        }
        for fld in &doc.infobox {
            for bad in ["[[", "{{", "<ref"] {
                assert!(
                    !fld.value.contains(bad),
                    "{}:{}: {bad:?} in {} = {:?}",
                    f.display(),
                    fld.line,
                    fld.key,
                    fld.value
                );
            }
        }
    }
}

#[test]
fn templates_of_things_type_their_pages() {
    // File, class, the country its infobox places it in.
    for (file, class, country) in [
        ("infoboxer/ukraine.wiki", "Country", None),
        ("wtf_wikipedia/United-Kingdom.txt", "Country", None),
        ("wtf_wikipedia/toronto.txt", "City", Some("Canada")),
        (
            "wtf_wikipedia/Dollar-Point,-California.txt",
            "City",
            Some("United States"),
        ),
        ("wtf_wikipedia/Teymanak-e-Olya.txt", "City", Some("Iran")),
        (
            "wtf_wikipedia/Bradley-(community),-Lincoln-County,-Wisconsin.txt",
            "City",
            Some("United States"),
        ),
        ("wtf_wikipedia/Harry-McPherson.txt", "Person", None),
    ] {
        let doc = ingest::read_article_as(
            &super::corpus().join("wikitext").join(file),
            ingest::Format::Wikitext,
        )
        .unwrap();
        let x = eventgraph::extract::extract(&doc);
        assert!(x.event.is_none(), "{file}");
        let subject = x.subject.as_ref().expect(file);
        assert_eq!(subject.class, class, "{file}");
        assert_eq!(subject.country.as_deref(), country, "{file}");
        if let Some(c) = country {
            assert!(
                matches!(x.entity(c).map(|e| &e.kind), Some(EntityKind::Country(_))),
                "{file}: {c} is among the page's entities"
            );
        }
        // Nothing of the infobox is lost: the fields no fact was read from
        // are kept as they are, rendered.
        assert!(subject.other_fields.len() >= 3, "{file}");
        for (key, value, _) in &subject.other_fields {
            assert!(
                !value.contains("[[") && !value.contains("{{"),
                "{file}: {key} = {value}"
            );
        }
    }
}

/// Extraction never fails: every page of the corpus cut short at many
/// places (templates, links, tags and comments left open) still reads,
/// extracts and becomes quads, and no label carries the markup left open.
#[test]
fn pages_cut_short_still_extract() {
    let mut cuts = 0;
    for dir in ["wtf_wikipedia", "infoboxer"] {
        for path in pages(dir) {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            // 16 cuts spread over the page, each moved to a character boundary.
            for k in 1..16 {
                let mut at = text.len() * k / 16;
                while !text.is_char_boundary(at) {
                    at += 1;
                }
                let doc = eventgraph::article::wikitext::parse("cut", "Cut page", &text[..at]);
                let x = eventgraph::extract::extract(&doc);
                let quads = eventgraph::rdf::quads(&x, &Default::default());
                assert!(!quads.is_empty(), "{}: cut at {at}", path.display());
                for e in &x.entities {
                    assert!(
                        !e.title.contains("[[") && !e.title.contains("{{"),
                        "{}: cut at {at}: {}",
                        path.display(),
                        e.title
                    );
                }
                cuts += 1;
            }
        }
    }
    assert!(cuts > 1000, "{cuts}");
}

/// A title made from a file name links to Wikipedia and DBpedia only when
/// the lead's bold name confirms it or the name is written as Wikipedia
/// writes titles: `usa.wiki` is no page `Usa`, `United-Kingdom.txt` no page
/// `United-Kingdom`.
#[test]
fn file_name_titles_link_only_when_they_name_a_page() {
    use eventgraph::{iri::Minter, rdf};
    let links = |file: &str| {
        let x = ingest::extract_file(&super::corpus().join("wikitext").join(file)).unwrap();
        let dbr = format!("http://dbpedia.org/resource/{}", x.title.replace(' ', "_"));
        let linked = rdf::quads(&x, &Minter::default())
            .iter()
            .any(|q| matches!(&q.object, oxigraph::model::Term::NamedNode(n) if n.as_str() == dbr));
        (x.title.clone(), linked, x.title_from_file_name)
    };
    // Unconfirmed: lower case, or words joined by hyphens.
    assert_eq!(links("infoboxer/usa.wiki"), ("Usa".into(), false, true));
    assert_eq!(
        links("wtf_wikipedia/United-Kingdom.txt"),
        ("United-Kingdom".into(), false, true)
    );
    assert_eq!(
        links("wtf_wikipedia/raith_rovers.txt"),
        ("Raith rovers".into(), false, true)
    );
    // Confirmed by the lead's bold name (`'''Toronto'''`, `'''Mozilla Firefox'''`).
    assert_eq!(
        links("wtf_wikipedia/toronto.txt"),
        ("Toronto".into(), true, false)
    );
    assert_eq!(
        links("wtf_wikipedia/Mozilla-Firefox.txt"),
        ("Mozilla Firefox".into(), true, false)
    );
    // Written as a title: underscores for spaces, a capital first.
    assert_eq!(
        links("wtf_wikipedia/Senate_of_Pakistan.txt"),
        ("Senate of Pakistan".into(), true, false)
    );
}
