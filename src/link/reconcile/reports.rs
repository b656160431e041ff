//! What reconciliation gives: the links graph, the review file, and
//! precision and recall against the links already known.

use super::*;

/// The quads of the links decided, in the endpoint's links graph.
pub fn link_quads(endpoint: &str, decisions: &[Decision]) -> (String, Vec<Quad>) {
    let graph = iri::endpoint_links(endpoint);
    let at = NamedNode::new_unchecked(endpoint.to_owned());
    let mut links =
        rdf::LinkGraphs::new(graph.clone(), (&vocab::eg(prop::LINK_ENDPOINT), at.into()));
    for d in decisions {
        if let Some(c) = d.linked() {
            let s = NamedNode::new_unchecked(d.subject.iri.clone());
            let t = NamedNode::new_unchecked(c.item.clone());
            links.add(&s, vocab::OWL_SAME_AS, t, source::ENDPOINT, c.score);
        }
    }
    (graph, links.into_quads())
}

/// The review file: every entity with candidates but no link (ambiguous,
/// or under the threshold), with its best candidates (TSV, one per line).
pub fn review(decisions: &[Decision]) -> String {
    let mut out = String::from("entity\tlabel\tverdict\tcandidate\tscore\twhy\n");
    for d in decisions {
        let verdict = match d.verdict {
            Verdict::Linked => continue,
            Verdict::Ambiguous => "ambiguous",
            Verdict::Unsure => "unsure",
            Verdict::NoCandidate => "no candidate",
        };
        // The best three, however low: a reviewer sees why none was taken.
        let near: Vec<&Candidate> = d.candidates.iter().take(3).collect();
        for c in near {
            out.push_str(&format!(
                "{}\t{}\t{verdict}\t{}\t{}\t{}\n",
                d.subject.iri,
                d.subject.label,
                c.item,
                c.score,
                c.explain()
            ));
        }
    }
    out
}

/// Precision and recall of decisions against the Wikidata items the
/// subjects are known to be (their offline links from the gazetteer).
#[derive(Debug, Default, PartialEq)]
pub struct Evaluation {
    pub labelled: usize,
    /// Labelled entities with more than one candidate (homonyms).
    pub contested: usize,
    pub correct: usize,
    pub wrong: Vec<(String, String, String)>,
    pub unlinked: usize,
}

impl Evaluation {
    pub fn precision(&self) -> f64 {
        let linked = self.correct + self.wrong.len();
        if linked == 0 {
            1.0
        } else {
            self.correct as f64 / linked as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.labelled == 0 {
            0.0
        } else {
            self.correct as f64 / self.labelled as f64
        }
    }
}

pub fn evaluate(decisions: &[Decision]) -> Evaluation {
    let mut e = Evaluation::default();
    for d in decisions {
        let Some(truth) = &d.subject.known else {
            continue;
        };
        e.labelled += 1;
        if d.candidates.len() > 1 {
            e.contested += 1;
        }
        match d.linked() {
            Some(c) if c.item[vocab::WD.len()..] == *truth => e.correct += 1,
            Some(c) => e
                .wrong
                .push((d.subject.label.clone(), truth.clone(), c.item.clone())),
            None => e.unlinked += 1,
        }
    }
    e
}
