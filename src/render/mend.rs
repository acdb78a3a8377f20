//! Re-joins grapheme clusters that Typst's line layout split across two text items.
//!
//! Typst 0.15.1 (`typst-layout`, `ShapedText::build`) groups the shaped glyphs of a line into
//! text items by (font, vertical offset, size) and moves each glyph's vertical offset into the
//! item's position. When mark positioning lowers or raises only some glyphs of a cluster (Thai
//! and Lao vowels and tone marks, Khmer subscripts, Burmese medials), the cluster ends up in
//! two neighbouring items, and each item carries the whole cluster's text. The PDF writer tags
//! every item separately, so assistive technology and copy-and-paste get the cluster twice
//! ("คุคุณ" for "คุณ").
//!
//! This pass works on the laid-out document before export: two neighbouring text items of the
//! same style are joined back into one when the first ends with a glyph of the cluster the
//! second starts with and the second starts where the first ends. Their vertical difference
//! becomes a per-glyph offset again, so every glyph stays where it was drawn, and the shared
//! cluster's text is kept once. The item after such a joint is joined too when its text goes
//! on from where the joined item's ends (the rest of the line, back on the baseline), so that
//! a line is one run again, as it would be had Typst kept per-glyph offsets: PDFium reads a
//! mark drawn at another height once only when it is shown in the same run as the glyphs after
//! it (vendor/krilla/PATCH.md). Every other frame item stays where and in which order it was.

use typst::layout::{Em, Frame, FrameItem, Point};
use typst::model::Document;
use typst::text::TextItem;
use typst_layout::{Page, PagedDocument};

/// Set (to anything) to export without this pass, to show what it mends.
pub const DISABLE_VAR: &str = "INFOSHEET_NO_MEND";

/// Horizontal slack, in points, between where one item ends and the next begins.
const X_EPSILON_PT: f64 = 1e-3;

/// The document to export: `document` with its split clusters joined, spaces between runs of
/// another font shown in theirs (`super::spaces`) and right-to-left lines in reading order,
/// unless the [`DISABLE_VAR`] environment variable is set.
pub fn before_export(document: PagedDocument) -> PagedDocument {
    static DISABLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *DISABLED.get_or_init(|| std::env::var_os(DISABLE_VAR).is_some()) {
        document
    } else {
        let joined = super::spaces::in_neighbour_font(&join_split_clusters(&document));
        super::rtl_order::logical_order(&joined)
    }
}

/// A copy of `doc` in which every cluster split across neighbouring text items is one item again.
///
/// Returns a cheap clone of `doc` when nothing is split.
pub fn join_split_clusters(doc: &PagedDocument) -> PagedDocument {
    with_pages(doc, mend_frame)
}

/// A copy of `doc` whose pages' frames `change` gives anew (`None`: the page as it was); a
/// cheap clone of `doc` when no page changes.
pub(crate) fn with_pages(
    doc: &PagedDocument,
    change: impl Fn(&Frame) -> Option<Frame>,
) -> PagedDocument {
    let changed: Vec<Option<Frame>> = doc.pages().iter().map(|p| change(&p.frame)).collect();
    if changed.iter().all(Option::is_none) {
        return doc.clone();
    }
    let pages = doc
        .pages()
        .iter()
        .zip(changed)
        .map(|(page, changed)| match changed {
            Some(frame) => Page {
                frame,
                ..page.clone()
            },
            None => page.clone(),
        })
        .collect();
    PagedDocument::new(pages, doc.info().clone())
}

/// How many neighbouring text-item pairs of `doc` share a split cluster (what
/// [`join_split_clusters`] joins; a cluster split in three counts twice).
pub fn split_clusters(doc: &PagedDocument) -> usize {
    doc.pages().iter().map(|page| count_in(&page.frame)).sum()
}

fn count_in(frame: &Frame) -> usize {
    let mut count = 0;
    let mut previous: Option<(Point, TextItem)> = None;
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Text(text) => {
                if let Some((prev_pos, prev)) = &previous
                    && let Some(joined) = join(*prev_pos, prev, *pos, text)
                {
                    count += 1;
                    previous = Some((*prev_pos, joined));
                } else {
                    previous = Some((*pos, text.clone()));
                }
            }
            FrameItem::Group(group) => {
                count += count_in(&group.frame);
                previous = None;
            }
            _ => previous = None,
        }
    }
    count
}

/// `frame` with its split clusters joined, or `None` when nothing in it changes.
///
/// One pass over the frame tree: groups are mended first, and this level's items are copied
/// only when a group changed or a pair of its text items is joinable.
fn mend_frame(frame: &Frame) -> Option<Frame> {
    let mut groups: Vec<Option<Frame>> = Vec::new();
    let mut joins = false;
    let mut previous: Option<(&Point, &TextItem)> = None;
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Text(text) => {
                if let Some((prev_pos, prev)) = previous
                    && joinable(*prev_pos, prev, *pos, text).is_some()
                {
                    joins = true;
                }
                joins |= text.text.chars().any(is_bidi_control);
                previous = Some((pos, text));
            }
            FrameItem::Group(group) => {
                groups.push(mend_frame(&group.frame));
                previous = None;
            }
            _ => previous = None,
        }
    }
    if !joins && groups.iter().all(Option::is_none) {
        return None;
    }
    let mut groups = groups.into_iter();
    let mut items: Vec<(Point, FrameItem)> = Vec::with_capacity(frame.items().len());
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Text(text) => {
                if let Some((prev_pos, FrameItem::Text(prev))) = items.last_mut()
                    && join_into(*prev_pos, prev, *pos, text)
                {
                    continue;
                }
                items.push((*pos, item.clone()));
            }
            FrameItem::Group(group) => match groups.next().flatten() {
                Some(mended) => {
                    let mut group = group.clone();
                    group.frame = mended;
                    items.push((*pos, FrameItem::Group(group)));
                }
                None => items.push((*pos, item.clone())),
            },
            _ => items.push((*pos, item.clone())),
        }
    }
    for (_, item) in &mut items {
        if let FrameItem::Text(text) = item
            && let Some(clean) = without_bidi_controls(text)
        {
            *text = clean;
        }
    }
    // A clone keeps the frame's size, baseline and kind; only its items are replaced.
    let mut mended = frame.clone();
    mended.clear();
    mended.push_multiple(items);
    Some(mended)
}

/// Bidi embedding, override and isolate controls.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `item` without the bidi controls Typst's line layout leaves in the text of a run it embeds
/// (U+202A before a left-to-right run in a right-to-left line): they are no text of the
/// document, and readers that map glyphs to text copied them. `None` when `item` has none, or
/// when a glyph shows nothing but a control (its text cannot be taken away).
fn without_bidi_controls(item: &TextItem) -> Option<TextItem> {
    if !item.text.chars().any(is_bidi_control) {
        return None;
    }
    // New byte position of every old one (and of the end).
    let mut map = Vec::with_capacity(item.text.len() + 1);
    let mut text = String::with_capacity(item.text.len());
    for (at, c) in item.text.char_indices() {
        map.resize(at + 1, text.len());
        if !is_bidi_control(c) {
            text.push(c);
        }
    }
    map.resize(item.text.len() + 1, text.len());
    let mut glyphs = item.glyphs.clone();
    for glyph in &mut glyphs {
        let start = u16::try_from(map[usize::from(glyph.range.start)]).ok()?;
        let end = u16::try_from(map[usize::from(glyph.range.end)]).ok()?;
        if start == end && !glyph.range.is_empty() {
            return None;
        }
        glyph.range = start..end;
    }
    Some(TextItem {
        text: text.into(),
        glyphs,
        ..item.clone()
    })
}

/// How `b` (at `pb`) continues `a` (at `pa`) when the two split one cluster: the offset of
/// `b`'s text in `a`'s text (in bytes) and the vertical offset to give `b`'s glyphs.
struct Joint {
    /// Byte position of `b.text` relative to the start of `a.text`.
    delta: i64,
    /// Added to the y-offset (Y-up) of every glyph of `b`.
    dy: Em,
}

fn joinable(pa: Point, a: &TextItem, pb: Point, b: &TextItem) -> Option<Joint> {
    if a.font != b.font
        || a.size != b.size
        || a.fill != b.fill
        || a.stroke != b.stroke
        || a.lang != b.lang
        || a.region != b.region
    {
        return None;
    }
    let last = a.glyphs.last()?;
    let first = b.glyphs.first()?;
    // `b` must start where `a`'s pen stops.
    let end_x = pa.x + a.width();
    if (pb.x - end_x).to_pt().abs() > X_EPSILON_PT {
        return None;
    }
    // Frame y grows downwards, glyph y-offsets and advances grow upwards (`TextItem::bbox`,
    // krilla draws a glyph at `y - y_offset`): a glyph of `b` drawn at `pb.y - off` sits at
    // `pa.y - height(a) - (off + dy)` in the joined item when `dy = pa.y - height(a) - pb.y`.
    let dy = Em::from_abs(pa.y - a.height() - pb.y, a.size);
    if continues(a, b) {
        return Some(Joint {
            delta: a.text.len() as i64,
            dy,
        });
    }
    if last.span != first.span {
        return None;
    }
    let cluster = a.text.get(last.range())?;
    if cluster.is_empty() || b.text.get(first.range())? != cluster {
        return None;
    }
    // The texts must overlap consistently around the shared cluster.
    let delta = i64::from(last.range.start) - i64::from(first.range.start);
    let (len_a, len_b) = (a.text.len() as i64, b.text.len() as i64);
    let (start, end) = (delta.max(0), len_a.min(delta + len_b));
    let shared_a = a
        .text
        .get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)?;
    let shared_b = b
        .text
        .get(usize::try_from(start - delta).ok()?..usize::try_from(end - delta).ok()?)?;
    if shared_a != shared_b {
        return None;
    }
    // Glyph ranges are u16: the joined text must stay addressable.
    let total = len_a.max(delta + len_b) - delta.min(0);
    if total > i64::from(u16::MAX) {
        return None;
    }
    Some(Joint { delta, dy })
}

/// Whether `b`'s text follows `a`'s in the source, left to right, with no cluster shared: the
/// rest of a line that Typst put in another item only because a mark before it sat at another
/// height. Joined, the line is one run again, which PDFium needs to read the marked cluster
/// once: it orders a line's show operators by where each starts, and a mark shown apart from
/// the rest of its run starts exactly where the next item does.
fn continues(a: &TextItem, b: &TextItem) -> bool {
    let (Some(last), Some(first)) = (a.glyphs.last(), b.glyphs.first()) else {
        return false;
    };
    let a_ends = a.glyphs.iter().map(|g| g.range.end).max() == Some(last.range.end)
        && usize::from(last.range.end) == a.text.len();
    let b_starts = b.glyphs.iter().map(|g| g.range.start).min() == Some(first.range.start)
        && first.range.start == 0;
    let next_offset = usize::from(last.span.1) + last.range().len();
    a_ends
        && b_starts
        && !last.span.0.is_detached()
        && last.span.0 == first.span.0
        && usize::from(first.span.1) == next_offset
        && a.text.len() + b.text.len() <= usize::from(u16::MAX)
}

/// Joins `b` into `a` (at `a`'s position) when they split one cluster; whether it did.
///
/// In the usual case, `b`'s text starting inside or after `a`'s, `a` is extended in place, so a
/// line of many split clusters is joined in linear time.
fn join_into(pa: Point, a: &mut TextItem, pb: Point, b: &TextItem) -> bool {
    let Some(Joint { delta, dy }) = joinable(pa, a, pb, b) else {
        return false;
    };
    let Ok(shift) = u16::try_from(delta) else {
        return match join(pa, a, pb, b) {
            Some(joined) => {
                *a = joined;
                true
            }
            None => false,
        };
    };
    let len_a = a.text.len();
    if usize::from(shift) + b.text.len() > len_a {
        // `joinable` checked that `b`'s text overlaps `a`'s up to a character boundary.
        let Some(tail) = b.text.get(len_a - usize::from(shift)..) else {
            return false;
        };
        a.text.push_str(tail);
    }
    a.glyphs.extend(b.glyphs.iter().map(|glyph| {
        let mut glyph = glyph.clone();
        glyph.range = glyph.range.start + shift..glyph.range.end + shift;
        glyph.y_offset += dy;
        glyph
    }));
    true
}

/// `a` and `b` as one item at `a`'s position, when they split one cluster.
fn join(pa: Point, a: &TextItem, pb: Point, b: &TextItem) -> Option<TextItem> {
    let Joint { delta, dy } = joinable(pa, a, pb, b)?;
    let (len_a, len_b) = (a.text.len() as i64, b.text.len() as i64);
    let mut text = String::with_capacity((len_a.max(delta + len_b) - delta.min(0)) as usize);
    if delta < 0 {
        text.push_str(b.text.get(..usize::try_from(-delta).ok()?)?);
    }
    text.push_str(&a.text);
    if delta + len_b > len_a {
        text.push_str(b.text.get(usize::try_from(len_a - delta).ok()?..)?);
    }
    let shift_a = u16::try_from(-delta.min(0)).ok()?;
    let shift_b = u16::try_from(delta - delta.min(0)).ok()?;
    let mut glyphs = Vec::with_capacity(a.glyphs.len() + b.glyphs.len());
    for glyph in &a.glyphs {
        let mut glyph = glyph.clone();
        glyph.range = glyph.range.start + shift_a..glyph.range.end + shift_a;
        glyphs.push(glyph);
    }
    for glyph in &b.glyphs {
        let mut glyph = glyph.clone();
        glyph.range = glyph.range.start + shift_b..glyph.range.end + shift_b;
        glyph.y_offset += dy;
        glyphs.push(glyph);
    }
    Some(TextItem {
        font: a.font.clone(),
        size: a.size,
        fill: a.fill.clone(),
        stroke: a.stroke.clone(),
        lang: a.lang,
        region: a.region,
        text: text.into(),
        glyphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use typst::foundations::Bytes;
    use typst::layout::Abs;
    use typst::syntax::Span;
    use typst::text::{Font, FontVariant, FontVariations, Glyph, Lang};
    use typst::visualize::{Color, Paint};

    const SIZE: f64 = 12.0;

    fn font() -> typst::text::FontInstance {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fonts/noto/NotoSansThai-Regular.ttf"
        );
        let data = std::fs::read(path).expect("the Thai font ships with the repository");
        Font::new(Bytes::new(data), 0).expect("a font").instantiate(
            FontVariant::default(),
            Abs::pt(SIZE),
            &FontVariations::default(),
        )
    }

    fn glyph(id: u16, advance: f64, range: std::ops::Range<u16>) -> Glyph {
        Glyph {
            id,
            x_advance: Em::new(advance),
            x_offset: Em::zero(),
            y_advance: Em::zero(),
            y_offset: Em::zero(),
            range,
            span: (Span::detached(), 0),
        }
    }

    fn item(text: &str, glyphs: Vec<Glyph>) -> TextItem {
        TextItem {
            font: font(),
            size: Abs::pt(SIZE),
            fill: Paint::Solid(Color::BLACK),
            stroke: None,
            lang: Lang::THAI,
            region: None,
            text: text.into(),
            glyphs,
        }
    }

    fn pt(x: f64, y: f64) -> Point {
        Point::new(Abs::pt(x), Abs::pt(y))
    }

    /// "คุณ": the base of the first cluster in one item, its lowered vowel and the next
    /// consonant in the next item, one point lower.
    fn split_khun() -> (Point, TextItem, Point, TextItem) {
        let a = item("คุ", vec![glyph(10, 0.5, 0..6)]);
        let b = item("คุณ", vec![glyph(20, 0.0, 0..6), glyph(30, 0.6, 6..9)]);
        (pt(10.0, 20.0), a, pt(10.0 + 0.5 * SIZE, 21.0), b)
    }

    #[test]
    fn joins_a_split_cluster_and_keeps_glyphs_in_place() {
        let (pa, a, pb, b) = split_khun();
        let joined = join(pa, &a, pb, &b).expect("joined");
        assert_eq!(joined.text.as_str(), "คุณ");
        let ranges: Vec<_> = joined.glyphs.iter().map(|g| g.range.clone()).collect();
        assert_eq!(ranges, vec![0..6, 0..6, 6..9]);
        // One point lower in the frame is one point down: a negative (Y-up) glyph offset.
        let expected = Em::from_abs(Abs::pt(-1.0), Abs::pt(SIZE));
        assert_eq!(joined.glyphs[0].y_offset, Em::zero());
        for g in &joined.glyphs[1..] {
            assert!(
                (g.y_offset - expected).get().abs() < 1e-12,
                "{:?}",
                g.y_offset
            );
        }
        assert_eq!(joined.width(), a.width() + b.width());
    }

    #[test]
    fn leaves_items_apart_that_do_not_share_a_cluster_or_do_not_touch() {
        let (pa, a, pb, b) = split_khun();
        // A gap between the items.
        assert!(join(pa, &a, pb + pt(1.0, 0.0), &b).is_none());
        // Another cluster at the boundary.
        let other = item("ณ", vec![glyph(30, 0.6, 0..3)]);
        assert!(join(pa, &a, pb, &other).is_none());
        // Another style.
        let mut red = b.clone();
        red.fill = Paint::Solid(Color::RED);
        assert!(join(pa, &a, pb, &red).is_none());
    }

    #[test]
    fn joins_the_rest_of_a_run_after_a_mark_at_another_height() {
        // "คุณ": the base and its lowered vowel joined, then "ณ" (another item, back on the
        // baseline, its text following in the same source text).
        let span = Span::from_raw(std::num::NonZeroU64::new(1 << 48).expect("non-zero"));
        let at = |g: Glyph, offset: u16| Glyph {
            span: (span, offset),
            ..g
        };
        let a = item(
            "คุ",
            vec![at(glyph(10, 0.5, 0..6), 0), at(glyph(20, 0.0, 0..6), 0)],
        );
        let b = item("ณ", vec![at(glyph(30, 0.6, 0..3), 6)]);
        let (pa, pb) = (pt(10.0, 20.0), pt(10.0 + 0.5 * SIZE, 20.0));
        let joined = join(pa, &a, pb, &b).expect("joined");
        assert_eq!(joined.text.as_str(), "คุณ");
        let ranges: Vec<_> = joined.glyphs.iter().map(|g| g.range.clone()).collect();
        assert_eq!(ranges, vec![0..6, 0..6, 6..9]);
        assert_eq!(joined.glyphs[2].y_offset, Em::zero());
        // Not when the source text does not continue there, nor when the items do not touch.
        let elsewhere = item("ณ", vec![at(glyph(30, 0.6, 0..3), 9)]);
        assert!(join(pa, &a, pb, &elsewhere).is_none());
        assert!(join(pa, &a, pb + pt(1.0, 0.0), &b).is_none());
    }

    #[test]
    fn joins_when_the_second_item_holds_earlier_text() {
        // Right-to-left order: the second item's text comes first in the logical text.
        let a = item("بِ", vec![glyph(10, 0.5, 0..4)]);
        let b = item("سبِ", vec![glyph(30, 0.6, 0..2), glyph(20, 0.0, 2..6)]);
        let b = TextItem {
            glyphs: vec![glyph(20, 0.0, 2..6), glyph(30, 0.6, 0..2)],
            ..b
        };
        let joined = join(pt(0.0, 10.0), &a, pt(0.5 * SIZE, 9.0), &b).expect("joined");
        assert_eq!(joined.text.as_str(), "سبِ");
        let ranges: Vec<_> = joined.glyphs.iter().map(|g| g.range.clone()).collect();
        assert_eq!(ranges, vec![2..6, 2..6, 0..2]);
        assert!(joined.glyphs[1].y_offset.get() > 0.0);
    }

    #[test]
    fn joins_a_cluster_split_in_three() {
        let (pa, a, pb, b) = split_khun();
        let b = TextItem {
            glyphs: vec![glyph(20, 0.0, 0..6)],
            text: "คุ".into(),
            ..b
        };
        let c = item("คุณ", vec![glyph(40, 0.0, 0..6), glyph(30, 0.6, 6..9)]);
        let mut frame = Frame::soft(typst::layout::Size::new(Abs::pt(100.0), Abs::pt(40.0)));
        frame.push(pa, FrameItem::Text(a));
        frame.push(pb, FrameItem::Text(b));
        frame.push(pt(10.0 + 0.5 * SIZE, 20.0), FrameItem::Text(c));
        let mended = mend_frame(&frame).expect("changed");
        let texts: Vec<_> = mended
            .items()
            .map(|(_, i)| match i {
                FrameItem::Text(t) => t.text.to_string(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(texts, vec!["คุณ".to_string()]);
        assert_eq!(count_in(&frame), 2);
        assert!(mend_frame(&mended).is_none());
    }

    #[test]
    fn bidi_controls_leave_the_text_and_glyph_ranges_follow() {
        // "\u{202A}ab\u{202C}": the embedding Typst puts around a left-to-right run.
        let with = item(
            "\u{202A}ab\u{202C}",
            vec![glyph(1, 0.5, 0..4), glyph(2, 0.5, 4..8)],
        );
        let clean = without_bidi_controls(&with).expect("controls to drop");
        assert_eq!(clean.text.as_str(), "ab");
        let ranges: Vec<_> = clean.glyphs.iter().map(|g| g.range.clone()).collect();
        assert_eq!(ranges, vec![0..1, 1..2]);
        assert!(without_bidi_controls(&item("ab", vec![glyph(1, 0.5, 0..2)])).is_none());
        let alone = item("\u{202A}", vec![glyph(1, 0.0, 0..3)]);
        assert!(
            without_bidi_controls(&alone).is_none(),
            "a glyph keeps its only text"
        );
    }
}
