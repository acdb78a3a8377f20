//! infosheet patch (see PATCH.md): a text layer that readers ignoring `/ActualText` read right.
//!
//! A ToUnicode CMap maps one character code to one string, for the whole document. Upstream,
//! every glyph of a multi-glyph cluster maps to the whole cluster (under PDF/UA), and glyphs
//! seen later in another cluster get an `/ActualText` span: readers that ignore `/ActualText`
//! read each cluster once per glyph, and some that honour it still repeat it.
//!
//! Here each glyph of a left-to-right run is given its own piece of the run's text, so that
//! the pieces, read in the order the glyphs are shown, are the run's text exactly. A glyph that
//! needs a piece other than the one its CID already maps to is shown with another CID for the
//! same glyph (see `CIDFont::cid_with_text`). `/ActualText` (the same text) is kept only on
//! clusters whose marks readers would otherwise place apart (see [`fragments`]).

use std::ops::Range;

use crate::color::rgb;
use crate::text::type3::ColoredGlyph;
use crate::text::{FontContainer, Glyph, PDFGlyph};

/// The CID to show each glyph of a run with, so that each maps to its piece of `text` (see
/// [`pieces`], and [`visual_pieces`] for a `reversed` run), the pieces, and whether glyphs
/// repeat characters (then each cluster's pieces are its own text plus repeats); `None` when the
/// run is not mapped that way (a glyph drawn from a Type3 font, see [`pieces`] for the
/// others).
pub(crate) fn plan_cids(
    glyphs: &[impl Glyph],
    text: &str,
    reversed: bool,
    context_color: rgb::Color,
    fonts: &mut FontContainer,
) -> Option<(Vec<u16>, Vec<String>, bool)> {
    let (pieces, repeats): (Vec<String>, bool) = if reversed {
        visual_pieces(glyphs, text)?
    } else {
        let (ranges, repeats) = pieces(glyphs, text)?;
        let pieces = ranges.into_iter().map(|r| text[r].to_string()).collect();
        (pieces, repeats)
    };
    // Typst's line layout keeps the bidi embedding controls it inserts (U+202A-U+202E) in
    // the text of the glyph next to them; they are no text of the document, so no piece
    // holds them (unless a glyph shows nothing else).
    let pieces: Vec<String> = pieces
        .into_iter()
        .map(|p| {
            let kept: String = p.chars().filter(|c| !is_bidi_control(*c)).collect();
            if kept.is_empty() {
                p
            } else {
                kept
            }
        })
        .collect();
    let mut cids = Vec::with_capacity(glyphs.len());
    for glyph in glyphs {
        match fonts.add_glyph(ColoredGlyph::new(glyph.glyph_id(), context_color)) {
            (_, PDFGlyph::Cid(cid)) => cids.push(cid),
            (_, PDFGlyph::Type3(_)) => return None,
        }
    }
    let cid_font = fonts.cid_font_mut();
    for ((cid, piece), glyph) in cids.iter_mut().zip(&pieces).zip(glyphs) {
        *cid = cid_font.cid_with_text(*cid, piece, glyph.location())?;
    }
    Some((cids, pieces, repeats))
}

/// Bidi embedding, override and isolate controls.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The piece of `text` (a byte range) each glyph of a left-to-right run maps to, in glyph
/// order, or `None` when the run cannot be mapped that way: glyph clusters out of logical
/// order, or more glyphs than characters.
///
/// Every piece is non-empty, the pieces are consecutive, and together they are the text of
/// the run's clusters. A glyph takes the characters of its own cluster where it can: one
/// character each, the last glyph of a cluster the rest of it. A cluster with more glyphs than
/// characters (a split vowel) borrows the characters of the following ones, and the run's
/// last glyphs give back what is needed so that every glyph keeps one.
///
/// The flag says whether glyphs repeat characters instead (see [`pieces_with_repeats`]).
pub(crate) fn pieces(glyphs: &[impl Glyph], text: &str) -> Option<(Vec<Range<usize>>, bool)> {
    let ranges: Vec<Range<usize>> = glyphs.iter().map(|g| g.text_range()).collect();
    pieces_of(&ranges, text)
}

/// The text each glyph of a right-to-left run (glyphs in visual order, text ranges
/// decreasing) maps to: the pieces of the run read backwards ([`pieces`]), each written
/// backwards too. Readers order right-to-left text by reversing what the glyphs show, so a
/// ligature (lam-alef) or a cluster holding a ZWNJ must map to its characters in visual order
/// to come out in logical order.
pub(crate) fn visual_pieces(glyphs: &[impl Glyph], text: &str) -> Option<(Vec<String>, bool)> {
    let ranges: Vec<Range<usize>> = glyphs.iter().rev().map(|g| g.text_range()).collect();
    let (pieces, repeats) = pieces_of(&ranges, text)?;
    let pieces = pieces
        .into_iter()
        .rev()
        .map(|r| text[r].chars().rev().collect())
        .collect();
    Some((pieces, repeats))
}

fn pieces_of(ranges: &[Range<usize>], text: &str) -> Option<(Vec<Range<usize>>, bool)> {
    // Clusters (runs of glyphs with the same text range) in increasing text order.
    let mut clusters: Vec<(Range<usize>, usize)> = Vec::new();
    for range in ranges.iter().cloned() {
        text.get(range.clone())?;
        match clusters.last_mut() {
            Some((last, count)) if *last == range => *count += 1,
            Some((last, _)) if range.start < last.end || range.start == range.end => return None,
            None if range.start == range.end => return None,
            _ => clusters.push((range, 1)),
        }
    }
    // Character boundaries of every cluster, in text order.
    let mut chars: Vec<Range<usize>> = Vec::new();
    // For every glyph, the index in `chars` just after its cluster's last character.
    let mut cluster_end: Vec<usize> = Vec::with_capacity(ranges.len());
    for (range, count) in &clusters {
        let start = range.start;
        chars.extend(
            text[range.clone()]
                .char_indices()
                .map(|(i, c)| start + i..start + i + c.len_utf8()),
        );
        cluster_end.extend(std::iter::repeat_n(chars.len(), *count));
    }
    let (n, m) = (chars.len(), ranges.len());
    if m > n {
        return Some((pieces_with_repeats(&clusters, text), true));
    }
    let mut out = Vec::with_capacity(m);
    let mut p = 0;
    for (j, &end) in cluster_end.iter().enumerate() {
        let last_of_cluster = cluster_end.get(j + 1) != Some(&end) || j + 1 == m;
        let after = m - j - 1;
        let natural = if last_of_cluster {
            end.saturating_sub(p)
        } else {
            1
        };
        let take = if j + 1 == m {
            n - p
        } else {
            natural.min(n - p - after).max(1)
        };
        // Text between two clusters that no glyph shows (a default-ignorable character) goes
        // with the piece that spans it.
        let start = out.last().map_or(chars[p].start, |r: &Range<usize>| r.end);
        let joined = start..chars[p + take - 1].end;
        out.push(joined);
        p += take;
    }
    Some((out, false))
}

/// Pieces for a run with more glyphs than characters: within each cluster one character per
/// glyph, the last glyph the rest, and the glyphs a cluster has more than characters (a vowel
/// drawn in two parts) its last character again. Such a cluster is read twice in that
/// character by readers that ignore `/ActualText`; [`fragments`] gives it one.
fn pieces_with_repeats(clusters: &[(Range<usize>, usize)], text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (range, count) in clusters {
        let chars: Vec<Range<usize>> = text[range.clone()]
            .char_indices()
            .map(|(i, c)| range.start + i..range.start + i + c.len_utf8())
            .collect();
        for k in 0..*count {
            out.push(if k + 1 == *count && k < chars.len() {
                chars[k].start..range.end
            } else {
                chars[k.min(chars.len() - 1)].clone()
            });
        }
    }
    out
}

/// How to show a run whose glyphs map to their pieces: consecutive glyph ranges, each with
/// the `/ActualText` (a text range) to wrap it in, if any.
///
/// Without `/ActualText`, readers that lay text out by the glyphs' positions (poppler,
/// PDFium) move a mark that has no advance of its own, or another vertical offset than its
/// base, out of its cluster. So such a cluster of more than one glyph is wrapped in an
/// `/ActualText` span (the range given here is the cluster's text; the caller writes the
/// pieces of the span's glyphs, which borrowing may have shifted by a character or two, so
/// that readers honouring `/ActualText` and readers ignoring it read the same text).
pub(crate) fn fragments(
    glyphs: &[impl Glyph],
    text: &str,
) -> Vec<(Range<usize>, Option<Range<usize>>)> {
    let mut out: Vec<(Range<usize>, Option<Range<usize>>)> = Vec::new();
    let mut i = 0;
    while i < glyphs.len() {
        let range = glyphs[i].text_range();
        let mut j = i + 1;
        while j < glyphs.len() && glyphs[j].text_range() == range {
            j += 1;
        }
        let y = glyphs[i].y_offset(1.0);
        let placed_apart =
            (i..j).any(|k| glyphs[k].x_advance(1.0) == 0.0 || glyphs[k].y_offset(1.0) != y);
        let spanned = j - i > 1 && placed_apart && text.get(range.clone()).is_some();
        match out.last_mut() {
            _ if spanned => out.push((i..j, Some(range))),
            Some((last, None)) if last.end == i => last.end = j,
            _ => out.push((i..j, None)),
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::Location;
    use crate::text::GlyphId;

    struct G(Range<usize>);

    impl Glyph for G {
        fn glyph_id(&self) -> GlyphId {
            GlyphId::new(1)
        }
        fn text_range(&self) -> Range<usize> {
            self.0.clone()
        }
        fn x_advance(&self, _: f32) -> f32 {
            0.0
        }
        fn x_offset(&self, _: f32) -> f32 {
            0.0
        }
        fn y_offset(&self, _: f32) -> f32 {
            0.0
        }
        fn y_advance(&self, _: f32) -> f32 {
            0.0
        }
        fn location(&self) -> Option<Location> {
            None
        }
    }

    fn texts(text: &str, glyphs: &[G]) -> Option<Vec<String>> {
        pieces(glyphs, text).map(|(p, _)| p.into_iter().map(|r| text[r].to_string()).collect())
    }

    #[test]
    fn one_character_per_glyph_of_a_cluster() {
        // "คุณ": ค and ุ share a cluster.
        let t = "คุณ";
        let g = [G(0..6), G(0..6), G(6..9)];
        assert_eq!(texts(t, &g).unwrap(), ["ค", "ุ", "ณ"]);
    }

    #[test]
    fn last_glyph_of_a_cluster_takes_the_rest() {
        // Khmer "ក្រ": the base and one subscript glyph for coeng + ro.
        let t = "ក្រ";
        let g = [G(0..9), G(0..9)];
        assert_eq!(texts(t, &g).unwrap(), ["ក", "្រ"]);
    }

    #[test]
    fn a_split_vowel_borrows_from_the_next_cluster() {
        // Khmer "កោ" (three glyphs, two characters) then "ក្រ" (two glyphs, three characters).
        let t = "កោក្រ";
        let g = [G(0..6), G(0..6), G(0..6), G(6..15), G(6..15)];
        let p = texts(t, &g).unwrap();
        assert_eq!(p.concat(), t);
        assert_eq!(p.len(), 5);
    }

    #[test]
    fn more_glyphs_than_characters_repeat_the_last_one() {
        // Thai "สำ" with sara am drawn as nikhahit and sara aa.
        let t = "สำ";
        assert_eq!(
            texts(t, &[G(0..6), G(0..6), G(0..6)]).unwrap(),
            ["ส", "ำ", "ำ"]
        );
        let f = fragments(&[G(0..6), G(0..6), G(0..6)], t);
        assert_eq!(f, vec![(0..3, Some(0..6))]);
    }

    #[test]
    fn right_to_left_pieces_are_written_in_visual_order() {
        // Persian "لا" as one lam-alef glyph after "ب" (visual order: ligature, then beh).
        let t = "بلا";
        let g = [G(2..6), G(0..2)];
        assert_eq!(visual_pieces(&g, t).unwrap().0, ["ال", "ب"]);
    }

    #[test]
    fn refuses_clusters_out_of_order() {
        assert!(texts("ab", &[G(1..2), G(0..1)]).is_none());
    }

    #[test]
    fn spans_clusters_of_several_glyphs() {
        let t = "คุณ";
        let g = [G(0..6), G(0..6), G(6..9)];
        // The test glyphs have no advance: a mark placed apart.
        assert_eq!(fragments(&g, t), vec![(0..2, Some(0..6)), (2..3, None)]);
    }
}
