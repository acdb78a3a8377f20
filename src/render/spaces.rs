//! Shows a space between two text items of one font in that font.
//!
//! Typst shows a space in the first font of the family list that has one. On a Burmese sheet
//! the spaces of a phone number or of an English line are Noto Sans Myanmar's, between digits
//! and letters of Noto Sans. pdfminer.six places a character's box from its font's descent,
//! and Noto Sans Myanmar's is far deeper than Noto Sans's, so such a space's box lies too low
//! to share a line with the characters beside it: every word of "+44 20 7946 0100" came out
//! on a line of its own. A space has no outline, so showing it in the font of the text on both
//! sides draws the same page; it keeps the advance Typst laid it out with.

use typst::layout::{Abs, Frame, FrameItem, Point};
use typst::text::TextItem;
use typst_layout::PagedDocument;

use super::rtl_order::is_right_to_left_letter;

/// Horizontal slack, in points, between where one item ends and the next begins.
const X_EPSILON_PT: f64 = 1e-3;

/// `doc` with every space item between two items of another, common font shown in that font
/// (a cheap clone when there is none). Frames holding right-to-left letters stay as they are.
pub fn in_neighbour_font(doc: &PagedDocument) -> PagedDocument {
    super::mend::with_pages(doc, respace_frame)
}

fn respace_frame(frame: &Frame) -> Option<Frame> {
    let items: Vec<&(Point, FrameItem)> = frame.items().collect();
    let texts: Vec<(usize, Point, &TextItem)> = items
        .iter()
        .enumerate()
        .filter_map(|(k, (pos, item))| match item {
            FrameItem::Text(t) => Some((k, *pos, t)),
            _ => None,
        })
        .collect();
    let right_to_left = texts
        .iter()
        .any(|(_, _, t)| t.text.chars().any(is_right_to_left_letter));
    let mut changed: Vec<(usize, FrameItem)> = Vec::new();
    for (k, (_, item)) in items.iter().enumerate() {
        if let FrameItem::Group(group) = item
            && let Some(mended) = respace_frame(&group.frame)
        {
            let mut group = group.clone();
            group.frame = mended;
            changed.push((k, FrameItem::Group(group)));
        }
    }
    if !right_to_left {
        for w in texts.windows(3) {
            let [(_, pa, a), (k, pb, b), (_, pc, c)] = w else {
                continue;
            };
            if let Some(item) = respaced(*pa, a, *pb, b, *pc, c) {
                changed.push((*k, FrameItem::Text(item)));
            }
        }
    }
    if changed.is_empty() {
        return None;
    }
    let mut out: Vec<(Point, FrameItem)> = items.iter().map(|(p, i)| (*p, i.clone())).collect();
    for (k, item) in changed {
        out[k].1 = item;
    }
    let mut mended = frame.clone();
    mended.clear();
    mended.push_multiple(out);
    Some(mended)
}

/// `b`, a run of spaces between `a` and `c` on one line, shown in the font `a` and `c` share,
/// when that is not its own and every glyph of `b` has no outline in either font.
fn respaced(
    pa: Point,
    a: &TextItem,
    pb: Point,
    b: &TextItem,
    pc: Point,
    c: &TextItem,
) -> Option<TextItem> {
    let same_line = pa.y == pb.y && pb.y == pc.y && a.size == b.size && b.size == c.size;
    let touching =
        |p: Point, t: &TextItem, q: Point| ((p.x + t.width()) - q.x).abs() <= Abs::pt(X_EPSILON_PT);
    if !same_line
        || a.font != c.font
        || a.font == b.font
        || !touching(pa, a, pb)
        || !touching(pb, b, pc)
    {
        return None;
    }
    if b.text.is_empty() || !b.text.chars().all(|ch| ch == ' ') {
        return None;
    }
    let blank = |font: &typst::text::FontInstance, id: u16| {
        font.ttf()
            .glyph_bounding_box(ttf_parser::GlyphId(id))
            .is_none()
    };
    let space = a.font.ttf().glyph_index(' ')?.0;
    if !blank(&a.font, space) || b.glyphs.iter().any(|g| !blank(&b.font, g.id)) {
        return None;
    }
    let mut item = b.clone();
    item.font = a.font.clone();
    for glyph in &mut item.glyphs {
        glyph.id = space;
    }
    Some(item)
}
