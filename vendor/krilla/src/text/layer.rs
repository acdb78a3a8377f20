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
use crate::text::compose::Composite;
use crate::text::type3::ColoredGlyph;
use crate::text::{FontContainer, Glyph, GlyphId, PDFGlyph};

/// The piece of `text` each glyph of a run maps to (see [`pieces`], and [`visual_pieces`] for
/// a `reversed` run), and for each glyph whether its piece repeats a character another glyph
/// shows or shows nothing (see [`pieces`], [`silence_repeats`]); `None` when the run is not
/// mapped that way (see [`pieces`]).
pub(crate) fn plan_pieces(
    glyphs: &[impl Glyph],
    text: &str,
    reversed: bool,
    zero: &[bool],
) -> Option<(Vec<String>, Vec<bool>)> {
    let (pieces, repeats): (Vec<String>, Vec<bool>) = if reversed {
        visual_pieces(glyphs, text)?
    } else {
        let (ranges, mut repeats) = pieces(glyphs, text)?;
        let mut pieces: Vec<String> = ranges.into_iter().map(|r| text[r].to_string()).collect();
        silence_repeats(glyphs, zero, &mut pieces, &mut repeats);
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
    Some((pieces, repeats))
}

/// The CID to show each glyph of a run with, so that each maps to its piece (see
/// [`plan_pieces`]); a glyph with a composite (`composites`, by index; see `compose`) is shown
/// with a CID for that composite. `None` when a glyph is drawn from a Type3 font or the CIDs
/// are exhausted.
pub(crate) fn plan_cids(
    glyphs: &[impl Glyph],
    pieces: &[String],
    composites: &[Option<Composite<GlyphId>>],
    context_color: rgb::Color,
    fonts: &mut FontContainer,
) -> Option<Vec<u16>> {
    let cid_of = |id: GlyphId, fonts: &mut FontContainer| {
        match fonts.add_glyph(ColoredGlyph::new(id, context_color)) {
            (_, PDFGlyph::Cid(cid)) => Some(cid),
            (_, PDFGlyph::Type3(_)) => None,
        }
    };
    let mut cids = Vec::with_capacity(glyphs.len());
    for (k, (glyph, piece)) in glyphs.iter().zip(pieces).enumerate() {
        let cid = match composites.get(k).and_then(Option::as_ref) {
            Some(c) => {
                let parts = c
                    .parts
                    .iter()
                    .map(|&(id, dx, dy)| Some((cid_of(id, fonts)?, dx, dy)))
                    .collect::<Option<Vec<_>>>()?;
                // A glyph shown only as a component still needs a text (PDF/UA-1); no
                // content shows its CID, so no reader reads it.
                let cid_font = fonts.cid_font_mut();
                for &(cid, _, _) in &parts {
                    if cid_font.get_codepoints(cid).is_none() {
                        cid_font.set_codepoints(cid, piece.clone(), glyph.location());
                    }
                }
                let composite = Composite {
                    parts,
                    advance: c.advance,
                };
                fonts
                    .cid_font_mut()
                    .composed_cid(composite, piece, glyph.location())?
            }
            None => {
                let cid = cid_of(glyph.glyph_id(), fonts)?;
                fonts
                    .cid_font_mut()
                    .cid_with_text(cid, piece, glyph.location())?
            }
        };
        cids.push(cid);
    }
    Some(cids)
}

/// What a glyph that would repeat a character of its cluster (see [`pieces`]) maps to when the
/// cluster has a glyph without advance to give it to (see [`silence_repeats`]): WORD JOINER, a
/// format character pdf.js drops, so that it reads such a cluster (a Thai or Lao sara am drawn
/// as nikhahit and sara aa) once. A glyph with an advance keeps its repeated character: pdf.js
/// would not advance over a dropped one and would take the gap after it for a space.
const SILENT: &str = "\u{2060}";

/// In each cluster of a left-to-right run where one glyph repeats a character (see
/// [`pieces`]), the glyph without advance in its font (`zero`) nearest the cluster's end is
/// the one that shows nothing: it maps to [`SILENT`], and the glyphs after it take the pieces
/// before them, so the pieces read in glyph order are still the run's text.
fn silence_repeats(
    glyphs: &[impl Glyph],
    zero: &[bool],
    pieces: &mut [String],
    repeats: &mut [bool],
) {
    let mut start = 0;
    while start < glyphs.len() {
        let range = glyphs[start].text_range();
        let mut end = start + 1;
        while end < glyphs.len() && glyphs[end].text_range() == range {
            end += 1;
        }
        let repeated: Vec<usize> = (start..end).filter(|&k| repeats[k]).collect();
        let silent = (start..end).rev().find(|&k| zero.get(k) == Some(&true));
        if let ([last], Some(k)) = (repeated.as_slice(), silent) {
            // The glyphs from `k` on shift their pieces one glyph on; the repeat drops out.
            for i in (k + 1..=*last).rev() {
                pieces.swap(i, i - 1);
            }
            repeats[*last] = false;
            repeats[k] = true;
            pieces[k] = SILENT.to_string();
        }
        start = end;
    }
}

/// Zero-width joiners and non-joiners, marks readers take for invisible format characters.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
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
/// The flags say, per glyph, whether its piece repeats a character instead, in a run with more
/// glyphs than characters (see [`pieces_with_repeats`]).
pub(crate) fn pieces(
    glyphs: &[impl Glyph],
    text: &str,
) -> Option<(Vec<Range<usize>>, Vec<bool>)> {
    let ranges: Vec<Range<usize>> = glyphs.iter().map(|g| g.text_range()).collect();
    pieces_of(&ranges, text)
}

/// The text each glyph of a right-to-left run (glyphs in visual order, text ranges
/// decreasing) maps to: the pieces of the run read backwards ([`pieces`]), each written
/// backwards too. Readers order right-to-left text by reversing what the glyphs show, so a
/// ligature (lam-alef) or a cluster holding a ZWNJ must map to its characters in visual order
/// to come out in logical order.
pub(crate) fn visual_pieces(
    glyphs: &[impl Glyph],
    text: &str,
) -> Option<(Vec<String>, Vec<bool>)> {
    let ranges: Vec<Range<usize>> = glyphs.iter().rev().map(|g| g.text_range()).collect();
    let (mut pieces, mut repeats) = pieces_of_gap(&ranges, text, Gap::ToPrevious)?;
    // A cluster that starts with a ZWNJ (HarfBuzz puts it in the cluster of the letter after
    // it) would map to a piece ending in it once reversed, and pdf.js drops a glyph whose text
    // ends with a format character: the ZWNJ goes with the letter before it.
    for k in 1..pieces.len() {
        let lead: usize = text[pieces[k].clone()]
            .chars()
            .take_while(|c| is_format(*c))
            .map(char::len_utf8)
            .sum();
        if lead > 0 && lead < pieces[k].len() && pieces[k - 1].end == pieces[k].start {
            pieces[k - 1].end += lead;
            pieces[k].start += lead;
        }
    }
    repeats.reverse();
    let pieces = pieces
        .into_iter()
        .rev()
        .map(|r| text[r].chars().rev().collect())
        .collect();
    Some((pieces, repeats))
}

/// Whether a run's glyphs are in right-to-left visual order: their clusters' text ranges
/// decrease (glyphs of one cluster side by side), at least two clusters.
pub(crate) fn is_right_to_left(glyphs: &[impl Glyph]) -> bool {
    let mut decreasing = false;
    for w in glyphs.windows(2) {
        let (a, b) = (w[0].text_range(), w[1].text_range());
        if a == b {
            continue;
        }
        if a.start >= b.end {
            decreasing = true;
        } else {
            return false;
        }
    }
    decreasing
}

/// Which neighbour piece takes the text between two clusters that no glyph shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    ToNext,
    ToPrevious,
}

fn pieces_of(ranges: &[Range<usize>], text: &str) -> Option<(Vec<Range<usize>>, Vec<bool>)> {
    pieces_of_gap(ranges, text, Gap::ToNext)
}

fn pieces_of_gap(
    ranges: &[Range<usize>],
    text: &str,
    gap: Gap,
) -> Option<(Vec<Range<usize>>, Vec<bool>)> {
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
        return pieces_with_repeats(ranges, &clusters, text, m - n, gap);
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
        let start = match gap {
            Gap::ToNext => out.last().map_or(chars[p].start, |r: &Range<usize>| r.end),
            Gap::ToPrevious => chars[p].start,
        };
        let end = match gap {
            Gap::ToPrevious if p + take < n => chars[p + take].start,
            _ => chars[p + take - 1].end,
        };
        out.push(start..end);
        p += take;
    }
    Some((out, vec![false; m]))
}

/// Pieces for a run with `deficit` more glyphs than characters: that many glyphs of clusters
/// drawn with more glyphs than characters (a vowel drawn in two parts), each cluster's last
/// ones, repeat their cluster's last character; the other glyphs get their pieces as in a run
/// with enough characters (borrowing where a cluster still has too few). So a run repeats as
/// few characters as it must, and readers that ignore `/ActualText` read each repeat once;
/// [`fragments`] gives such a cluster its own text for the readers that honour it.
fn pieces_with_repeats(
    ranges: &[Range<usize>],
    clusters: &[(Range<usize>, usize)],
    text: &str,
    deficit: usize,
    gap: Gap,
) -> Option<(Vec<Range<usize>>, Vec<bool>)> {
    let mut repeat = vec![false; ranges.len()];
    let (mut left, mut first) = (deficit, 0);
    for (range, count) in clusters {
        let excess = count.saturating_sub(text[range.clone()].chars().count()).min(left);
        repeat[first + count - excess..first + count].fill(true);
        left -= excess;
        first += count;
    }
    let kept: Vec<Range<usize>> = ranges
        .iter()
        .zip(&repeat)
        .filter(|(_, r)| !**r)
        .map(|(range, _)| range.clone())
        .collect();
    let (kept_pieces, _) = pieces_of_gap(&kept, text, gap)?;
    let mut kept_pieces = kept_pieces.into_iter();
    let out = ranges
        .iter()
        .zip(&repeat)
        .map(|(range, &r)| {
            if r {
                let (i, c) = text[range.clone()].char_indices().last()?;
                Some(range.start + i..range.start + i + c.len_utf8())
            } else {
                kept_pieces.next()
            }
        })
        .collect::<Option<Vec<_>>>()?;
    Some((out, repeat))
}

/// How to show a run whose glyphs map to their pieces: consecutive glyph ranges, each with
/// the `/ActualText` (a text range) to wrap it in, if any.
///
/// Without `/ActualText`, readers that lay text out by the glyphs' positions (poppler,
/// PDFium) move a mark that has no advance of its own, or another vertical offset than its
/// base, out of its cluster. So such a cluster of more than one glyph is wrapped in an
/// `/ActualText` span (the range given here is the cluster's text; the caller writes the
/// pieces of the span's glyphs, which borrowing may have shifted by a character or two, so
/// that readers honouring `/ActualText` and readers ignoring it read the same text). A span
/// goes on over what follows it where PDFium needs that (see [`kept_in_order`]).
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
        // A cluster drawn with more glyphs than it has characters (a split vowel) may map to
        // a repeated or borrowed character; its span gives the readers that honour
        // `/ActualText` its own text.
        let split = text
            .get(range.clone())
            .is_some_and(|t| t.chars().count() < j - i);
        let spanned = j - i > 1 && (placed_apart || split) && text.get(range.clone()).is_some();
        match out.last_mut() {
            _ if spanned => out.push((i..j, Some(range))),
            Some((last, None)) if last.end == i => last.end = j,
            _ => out.push((i..j, None)),
        }
        i = j;
    }
    kept_in_order(glyphs, out)
}

/// The fragments of a right-to-left run (in visual order) in the order to show them: the
/// clusters without a right-to-left letter at the run's right end (the run's logical start)
/// first, then the rest in visual order, then those at its left end (its logical end: a full
/// stop, a colon). MuPDF reads a run drawn left to right as a left-to-right line whose
/// right-to-left letters it reverses, and so read a full stop at the end of a Persian line
/// before the line (".کنیم" for "کنیم."). The run unchanged where a span would be cut.
pub(crate) fn edges_in_logical_order(
    glyphs: &[impl Glyph],
    text: &str,
    fragments: Vec<(Range<usize>, Option<Range<usize>>)>,
) -> Vec<(Range<usize>, Option<Range<usize>>)> {
    let n = glyphs.len();
    let strong = |k: usize| {
        text.get(glyphs[k].text_range())
            .is_some_and(|t| t.chars().any(is_right_to_left_letter))
    };
    let left = (0..n).take_while(|&k| !strong(k)).count();
    if left == n {
        return fragments;
    }
    let right = n - (0..n).rev().take_while(|&k| !strong(k)).count();
    if left == 0 && right == n {
        return fragments;
    }
    let mut parts: [Vec<(Range<usize>, Option<Range<usize>>)>; 3] = Default::default();
    for (range, actual) in &fragments {
        for (part, (lo, hi)) in parts.iter_mut().zip([(right, n), (left, right), (0, left)]) {
            let (s, e) = (range.start.max(lo), range.end.min(hi));
            if s < e {
                if actual.is_some() && (s..e) != *range {
                    return fragments;
                }
                part.push((s..e, actual.clone()));
            }
        }
    }
    parts.into_iter().flatten().collect()
}

/// Letters of the right-to-left scripts (Hebrew, Arabic and their supplements).
fn is_right_to_left_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// `fragments` with each span extended over what follows it until PDFium reads it once.
///
/// PDFium orders a line's show operators by where their first glyph is drawn (krilla starts
/// one at every span and wherever the vertical offset changes), and reads an `/ActualText`
/// span once only when that order keeps its operators together. A mark drawn at another
/// height right of where the next operator starts (a Thai vowel below, a Khmer subscript)
/// would come after that operator and be read again, with its span's text; so a span is
/// continued over the next fragment until every operator in it starts before the next one.
fn kept_in_order(
    glyphs: &[impl Glyph],
    fragments: Vec<(Range<usize>, Option<Range<usize>>)>,
) -> Vec<(Range<usize>, Option<Range<usize>>)> {
    const EPSILON: f32 = 1e-3;
    // The pen before each glyph, and where each glyph is drawn.
    let mut pen = Vec::with_capacity(glyphs.len() + 1);
    pen.push(0.0);
    for glyph in glyphs {
        pen.push(pen[pen.len() - 1] + glyph.x_advance(1.0));
    }
    let drawn = |k: usize| pen[k] + glyphs[k].x_offset(1.0);
    let starts_operator = |k: usize, span_start: usize| {
        k == span_start || glyphs[k].y_offset(1.0) != glyphs[k - 1].y_offset(1.0)
    };
    let mut out: Vec<(Range<usize>, Option<Range<usize>>)> = Vec::new();
    for (range, actual) in fragments {
        if let Some((last, Some(text))) = out.last_mut() {
            let last_start = drawn(last.start);
            let latest = (last.clone())
                .filter(|k| starts_operator(*k, last.start))
                .map(drawn)
                .fold(last_start, f32::max);
            if latest >= pen[range.start] - EPSILON {
                last.end = range.end;
                if let Some(more) = actual {
                    text.end = text.end.max(more.end);
                }
                continue;
            }
        }
        out.push((range, actual));
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
    fn a_run_short_of_characters_repeats_only_what_it_lacks() {
        // Khmer "កោ" twice (three glyphs, two characters each), then "ក្រ" (two glyphs, three
        // characters): one character short, so one glyph repeats one.
        let t = "កោកោក្រ";
        let g = [
            G(0..6),
            G(0..6),
            G(0..6),
            G(6..12),
            G(6..12),
            G(6..12),
            G(12..21),
            G(12..21),
        ];
        let (p, repeats) = pieces(&g, t).unwrap();
        assert_eq!(repeats.iter().filter(|r| **r).count(), 1);
        let shown: String = p.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(shown.chars().count(), t.chars().count() + 1);
        assert!(p.iter().all(|r| !r.is_empty()));
    }

    #[test]
    fn right_to_left_pieces_are_written_in_visual_order() {
        // Persian "لا" as one lam-alef glyph after "ب" (visual order: ligature, then beh).
        let t = "بلا";
        let g = [G(2..6), G(0..2)];
        assert_eq!(visual_pieces(&g, t).unwrap().0, ["ال", "ب"]);
    }

    #[test]
    fn a_repeat_goes_silent_on_the_glyph_without_advance() {
        // Thai "ท่ำห" in a run short of a character: ท, nikhahit (no advance), the tone mark
        // (no advance), sara aa, then ห. The tone mark, the cluster's last glyph without
        // advance, shows nothing; the pieces, in glyph order, are the text with one WORD
        // JOINER.
        let t = "ท่ำห";
        let g = [G(0..9), G(0..9), G(0..9), G(0..9), G(9..12)];
        let (ranges, mut repeats) = pieces(&g, t).unwrap();
        assert_eq!(repeats, [false, false, false, true, false]);
        let mut p: Vec<String> = ranges.into_iter().map(|r| t[r].to_string()).collect();
        silence_repeats(&g, &[false, true, true, false, false], &mut p, &mut repeats);
        assert_eq!(p, ["ท", "่", SILENT, "ำ", "ห"]);
        assert_eq!(repeats, [false, false, true, false, false]);
        // Without a glyph lacking advance (a Bengali o-kar: e-kar, base, aa-kar), the
        // repeated character stays.
        let t = "দো";
        let g = [G(0..6), G(0..6), G(0..6)];
        let (ranges, mut repeats) = pieces(&g, t).unwrap();
        let mut p: Vec<String> = ranges.into_iter().map(|r| t[r].to_string()).collect();
        silence_repeats(&g, &[false, false, false], &mut p, &mut repeats);
        assert_eq!(p, ["দ", "ো", "ো"]);
        assert_eq!(repeats, [false, false, true]);
    }

    #[test]
    fn a_right_to_left_run_may_hold_clusters_of_several_glyphs() {
        // Persian "قصهٔ" (heh and hamza above drawn as two glyphs): visual order, the mark
        // before its base.
        let t = "قصهٔ";
        let g = [G(4..8), G(4..8), G(2..4), G(0..2)];
        assert!(is_right_to_left(&g));
        assert!(!is_right_to_left(&[G(0..2), G(2..4)]));
        assert!(!is_right_to_left(&[G(0..2), G(0..2)]));
        let (p, _) = visual_pieces(&g, t).unwrap();
        let read: String = p.iter().rev().flat_map(|p| p.chars().rev()).collect();
        assert_eq!(read, t);
    }

    #[test]
    fn a_zwnj_goes_with_the_letter_before_it() {
        // "می‌ت": HarfBuzz gives the ZWNJ to the cluster of teh. Visual order: teh, yeh, meem.
        let t = "می\u{200C}ت";
        let g = [G(4..9), G(2..4), G(0..2)];
        let (p, _) = visual_pieces(&g, t).unwrap();
        assert_eq!(p, ["ت", "\u{200C}ی", "م"]);
        // No piece ends with the ZWNJ (pdf.js drops such a glyph), and reversed they read
        // as written.
        assert!(p.iter().all(|p| !p.ends_with('\u{200C}')));
        let read: String = p.iter().rev().flat_map(|p| p.chars().rev()).collect();
        assert_eq!(read, t);
    }

    #[test]
    fn punctuation_at_the_ends_of_a_right_to_left_run_is_shown_in_logical_order() {
        // "«کنیم.»" in visual order: » . م ی ن ک «
        let t = "«کنیم.»";
        // One glyph per character, in visual order.
        let mut g: Vec<G> = t.char_indices().map(|(i, c)| G(i..i + c.len_utf8())).collect();
        g.reverse();
        let frags = vec![(0..g.len(), None)];
        let order = edges_in_logical_order(&g, t, frags);
        // Right edge ("«", logically first) first, then the letters, then ".»" (left edge).
        assert_eq!(order, vec![(6..7, None), (2..6, None), (0..2, None)]);
        // A span cut by an edge leaves the run as it is.
        let frags = vec![(0..3, Some(0..t.len())), (3..7, None)];
        assert_eq!(edges_in_logical_order(&g, t, frags.clone()), frags);
    }

    #[test]
    fn refuses_clusters_out_of_order() {
        assert!(texts("ab", &[G(1..2), G(0..1)]).is_none());
    }

    #[test]
    fn a_span_goes_on_past_a_mark_drawn_where_the_next_glyph_starts() {
        /// A glyph with an advance and a vertical offset.
        struct P(Range<usize>, f32, f32);
        impl Glyph for P {
            fn glyph_id(&self) -> GlyphId {
                GlyphId::new(1)
            }
            fn text_range(&self) -> Range<usize> {
                self.0.clone()
            }
            fn x_advance(&self, _: f32) -> f32 {
                self.1
            }
            fn x_offset(&self, _: f32) -> f32 {
                0.0
            }
            fn y_offset(&self, _: f32) -> f32 {
                self.2
            }
            fn y_advance(&self, _: f32) -> f32 {
                0.0
            }
            fn location(&self) -> Option<Location> {
                None
            }
        }
        // "คุณ": the vowel lowered, drawn where the next consonant starts: one span.
        let t = "คุณ";
        let g = [P(0..6, 0.6, 0.0), P(0..6, 0.0, -0.1), P(6..9, 0.6, 0.0)];
        assert_eq!(fragments(&g, t), vec![(0..3, Some(0..6))]);
        // "ณคุ": nothing follows the lowered vowel: the span is its cluster's.
        let t = "ณคุ";
        let g = [P(0..3, 0.6, 0.0), P(3..9, 0.6, 0.0), P(3..9, 0.0, -0.1)];
        assert_eq!(fragments(&g, t), vec![(0..1, None), (1..3, Some(3..9))]);
    }

    #[test]
    fn spans_clusters_of_several_glyphs() {
        let t = "คุณ";
        let g = [G(0..6), G(0..6), G(6..9)];
        // The test glyphs have no advance: a mark placed apart, and drawn where the next
        // glyph starts, so the span goes on over it.
        assert_eq!(fragments(&g, t), vec![(0..3, Some(0..6))]);
    }
}
