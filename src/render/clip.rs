//! Text that a PDF would not show: laid out past a page's edge (a block too tall to break, a
//! word too long for its line) or outside a clipping group. The HTML shows it all, so the two
//! formats would silently disagree; such an edition is refused instead.

use typst::layout::{Abs, Frame, FrameItem, Point, Size, Transform};
use typst_layout::PagedDocument;

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use crate::content::Content;
use crate::diag::{Code, Diagnostic};
use crate::model::EditionId;
use crate::project::Project;

/// How far past an edge a glyph run may reach before it counts as cut off (rounding, overhang
/// of italic glyphs into the margin).
const TOLERANCE_PT: f64 = 1.0;

/// An axis-aligned rectangle in page coordinates.
#[derive(Debug, Clone, Copy)]
struct Rect {
    min: Point,
    max: Point,
}

impl Rect {
    fn of(size: Size, ts: Transform) -> Self {
        let corners = [
            Point::zero(),
            Point::with_x(size.x),
            Point::with_y(size.y),
            size.to_point(),
        ]
        .map(|p| p.transform(ts));
        let min = corners.iter().fold(corners[0], |a, p| a.min(*p));
        let max = corners.iter().fold(corners[0], |a, p| a.max(*p));
        Self { min, max }
    }

    fn intersect(self, other: Self) -> Self {
        Self {
            min: self.min.max(other.min),
            max: self.max.min(other.max),
        }
    }

    /// Whether `inner` lies within this rectangle, give or take [`TOLERANCE_PT`].
    fn holds(&self, inner: &Self) -> bool {
        let tolerance = Abs::pt(TOLERANCE_PT);
        inner.min.x >= self.min.x - tolerance
            && inner.min.y >= self.min.y - tolerance
            && inner.max.x <= self.max.x + tolerance
            && inner.max.y <= self.max.y + tolerance
    }
}

/// One error per page on which some text would be cut off, quoting the first such text.
pub fn clipped_text(document: &PagedDocument) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (index, page) in document.pages().iter().enumerate() {
        let visible = Rect::of(page.frame.size(), Transform::identity());
        let mut lost = Vec::new();
        collect(&page.frame, Transform::identity(), visible, &mut lost);
        if lost.is_empty() {
            continue;
        }
        let words: String = lost.join(" ").chars().take(80).collect();
        out.push(
            Diagnostic::error(format!(
                "page {}: text would be cut off or run past the edge of the page: \u{201c}{words}…\u{201d}",
                index + 1
            ))
            .with_code(Code::TextClipped)
            .with_hint("shorten the message, or break a very long word or address; the HTML shows this text but the PDF would not"),
        );
    }
    out
}

/// Locates a cut-off text (see [`clipped_text`]), or the text a missing glyph is in, where it is
/// written: a message of the
/// edition's locale (or of the reference locale), or the edition's region or another content
/// file.
pub fn locate(project: &Project, id: &EditionId, d: Diagnostic) -> Diagnostic {
    let located = [Code::TextClipped, Code::FontMissingGlyph];
    if d.code().is_none_or(|c| !located.contains(&c)) || d.file.is_some() {
        return d;
    }
    let Some(quoted) = d.message.split('\u{201c}').nth(1) else {
        return d;
    };
    let quoted = quoted.trim_end_matches(['…', '\u{201d}']);
    // Enough of the text to find it, short enough to lie within one line of the source.
    let probes = [
        quoted.chars().take(24).collect::<String>(),
        quoted
            .split_whitespace()
            .next()
            .unwrap_or("")
            .chars()
            .take(24)
            .collect(),
    ];
    let messages = [id.locale.as_str(), project.reference().tag.as_str()]
        .into_iter()
        .filter_map(|tag| project.locale(tag))
        .flat_map(|l| l.messages.values())
        .map(|site| {
            (
                site.file.to_path_buf(),
                site.text.clone(),
                entry(&site.text, site.span.start),
            )
        });
    let sources: Vec<_> = messages
        .chain(origins(&project.content, &id.region))
        .collect();
    for probe in probes.iter().filter(|p| p.chars().count() >= 4) {
        for (path, text, span) in &sources {
            if let Some(at) = text.get(span.clone()).and_then(|t| t.find(probe.as_str())) {
                let start = span.start + at;
                return d.at(path, text, start..start + probe.len());
            }
        }
    }
    d
}

/// The bytes of the Fluent entry starting at `start`: up to the next line that is not indented.
fn entry(text: &str, start: usize) -> Range<usize> {
    let rest = text.get(start..).unwrap_or("");
    let end = rest
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| !rest[i..].starts_with([' ', '\t']))
        .unwrap_or(rest.len());
    start..start + end
}

/// Content files, whole, the edition's region first: organisation names, addresses and
/// locations are written there.
fn origins<'a>(
    content: &'a Content,
    region: &'a str,
) -> impl Iterator<Item = (PathBuf, Arc<str>, Range<usize>)> + 'a {
    let own = content.regions.get(region).map(|(_, o)| o);
    let regions = content
        .regions
        .iter()
        .filter(move |(k, _)| *k != region)
        .map(|(_, (_, o))| o);
    let sheets = content.sheets.values().map(|(_, o)| o);
    own.into_iter()
        .chain([&content.rights_origin, &content.support_origin])
        .chain(regions)
        .chain(sheets)
        .map(|o| (o.path.clone(), o.text.clone(), 0..o.text.len()))
}

fn collect(frame: &Frame, ts: Transform, visible: Rect, lost: &mut Vec<String>) {
    for (pos, item) in frame.items() {
        let ts = ts.pre_concat(Transform::translate(pos.x, pos.y));
        match item {
            FrameItem::Group(group) => {
                let inner = ts.pre_concat(group.transform);
                let visible = match group.clip {
                    Some(_) => visible.intersect(Rect::of(group.frame.size(), inner)),
                    None => visible,
                };
                collect(&group.frame, inner, visible, lost);
            }
            FrameItem::Text(text) if lost.len() < 8 => {
                if text.glyphs.is_empty() || text.text.trim().is_empty() {
                    continue;
                }
                // From the baseline up by the size, down by a fifth of it: the run's ink box,
                // roughly; what matters is which side of an edge it falls on.
                let top = Point::new(Abs::zero(), -text.size);
                let bottom = Point::new(text.width(), text.size * 0.2);
                let run = Rect {
                    min: top.transform(ts).min(bottom.transform(ts)),
                    max: top.transform(ts).max(bottom.transform(ts)),
                };
                if !visible.holds(&run) {
                    lost.push(text.text.trim().to_string());
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_past_the_right_edge_is_not_held() {
        let page = Rect::of(
            Size::new(Abs::pt(100.0), Abs::pt(100.0)),
            Transform::identity(),
        );
        let inside = Rect {
            min: Point::new(Abs::pt(10.0), Abs::pt(10.0)),
            max: Point::new(Abs::pt(100.5), Abs::pt(20.0)),
        };
        let outside = Rect {
            min: Point::new(Abs::pt(10.0), Abs::pt(10.0)),
            max: Point::new(Abs::pt(140.0), Abs::pt(20.0)),
        };
        let below = Rect {
            min: Point::new(Abs::pt(10.0), Abs::pt(120.0)),
            max: Point::new(Abs::pt(20.0), Abs::pt(130.0)),
        };
        assert!(page.holds(&inside));
        assert!(!page.holds(&outside));
        assert!(!page.holds(&below));
    }
}
