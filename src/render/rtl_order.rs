//! Puts the text items of a right-to-left line in the order they are read.
//!
//! Typst lays a line out in visual order: the text items of a Persian line (a word in another
//! font, an em dash, a run of Latin letters) follow one another from left to right. Readers
//! that take a line's text in the order it is drawn (MuPDF, pdf.js) then read such a line's
//! runs backwards ("این سازمان واقعی نیست — نمونه" for "نمونه — این سازمان واقعی نیست"). This
//! pass reorders consecutive text items on one baseline that hold right-to-left letters as the
//! Unicode bidi algorithm reads a right-to-left paragraph: the items from right to left, each
//! run of left-to-right items (Latin words, numbers) kept in its own order. Items are only
//! reordered among themselves (no tag or other item between them moves), and each keeps its
//! position, so the page looks the same.
//!
//! The same pass writes the spaces inside a number (a phone number's digit groups) as no-break
//! spaces in the item's text, so that PDFium, which reorders a right-to-left line run by run,
//! keeps the number in one run (see [`number_held_together`]).

use typst::foundations::Smart;
use typst::layout::{Dir, Frame, FrameItem, Point};
use typst::model::Document;
use typst::text::TextItem;
use typst_layout::PagedDocument;

/// Vertical and horizontal slack, in points, for items of one line.
const EPSILON_PT: f64 = 1e-2;

/// A copy of `doc` whose right-to-left lines have their text items in reading order.
///
/// Only a document whose language is written right to left is changed (see
/// [`reading_order`] for the lines of another direction it may hold).
pub fn logical_order(doc: &PagedDocument) -> PagedDocument {
    let rtl = match &doc.info().locale {
        Smart::Custom(locale) => locale.lang.dir() == Dir::RTL,
        Smart::Auto => false,
    };
    if !rtl {
        return doc.clone();
    }
    super::mend::with_pages(doc, order_frame)
}

/// `frame` with its right-to-left lines reordered, or `None` when nothing changes.
fn order_frame(frame: &Frame) -> Option<Frame> {
    let items: Vec<(Point, FrameItem)> = frame.items().cloned().collect();
    let mut changed = false;
    let mut out: Vec<(Point, FrameItem)> = Vec::with_capacity(items.len());
    let mut i = 0;
    while i < items.len() {
        if let (_, FrameItem::Group(group)) = &items[i]
            && let Some(inner) = order_frame(&group.frame)
        {
            let mut group = group.clone();
            group.frame = inner;
            out.push((items[i].0, FrameItem::Group(group)));
            changed = true;
            i += 1;
            continue;
        }
        let end = line_end(&items, i);
        if end - i > 1 {
            let order = reading_order(&items[i..end]);
            if order.iter().enumerate().any(|(k, &o)| k != o) {
                changed = true;
            }
            out.extend(order.into_iter().map(|k| items[i + k].clone()));
        } else {
            out.push(items[i].clone());
        }
        i = end.max(i + 1);
    }
    for (_, item) in &mut out {
        if let FrameItem::Text(text) = item
            && let Some(held) = number_held_together(text)
        {
            *text = held;
            changed = true;
        }
    }
    if !changed {
        return None;
    }
    let mut ordered = frame.clone();
    ordered.clear();
    ordered.push_multiple(out);
    Some(ordered)
}

/// Characters of a number that PDFium's text extraction keeps in one run with digits (the
/// Unicode bidi classes EN, ES, ET, CS and AN: digits, signs, separators).
fn is_number_part(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
        || matches!(
            c,
            '+' | '-' | '.' | ',' | ':' | '/' | '#' | '%' | '\u{00A0}'
        )
}

/// The byte positions of the spaces between two parts of a number in `text`, when `text` is
/// a number (number parts and spaces only); none otherwise.
fn held_spaces(text: &str) -> Vec<usize> {
    if !text.chars().all(|c| c == ' ' || is_number_part(c)) {
        return Vec::new();
    }
    let inner = |i: usize| {
        text[..i].chars().next_back().is_some_and(is_number_part)
            && text[i + 1..].chars().next().is_some_and(is_number_part)
    };
    text.match_indices(' ')
        .map(|(i, _)| i)
        .filter(|&i| inner(i))
        .collect()
}

/// `item` with the spaces between the digit groups of a number ("+44 20 7946 0100", an item
/// of number parts and spaces only) as no-break spaces, or `None` when it is no such item.
///
/// PDFium orders a right-to-left line by cutting it into runs of one direction and reversing
/// their order; a space is a run of its own (a neutral one), a no-break space belongs to the
/// number's run. So with spaces PDFium read a phone number on a Persian line group by group
/// backwards ("0100 7946 20 +44"); with no-break spaces it reads it as printed. The glyphs
/// (the same space glyph) and their positions are unchanged.
fn number_held_together(item: &TextItem) -> Option<TextItem> {
    let text = item.text.as_str();
    let held = held_spaces(text);
    if held.is_empty() || text.len() + held.len() > usize::from(u16::MAX) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + held.len());
    for (i, c) in text.char_indices() {
        out.push(if held.binary_search(&i).is_ok() {
            '\u{00A0}'
        } else {
            c
        });
    }
    // Each no-break space is one byte longer than the space it replaces.
    let moved = |b: u16| b + held.iter().filter(|&&i| i < usize::from(b)).count() as u16;
    let mut item = item.clone();
    for glyph in &mut item.glyphs {
        glyph.range = moved(glyph.range.start)..moved(glyph.range.end);
    }
    item.text = out.into();
    Some(item)
}

/// The end of the run of text items from `start` on one baseline, each right of the one
/// before (`start` itself when `start` is no text item).
fn line_end(items: &[(Point, FrameItem)], start: usize) -> usize {
    let mut end = start;
    let mut last: Option<(Point, &TextItem)> = None;
    while let Some((pos, FrameItem::Text(text))) = items.get(end) {
        if let Some((lp, lt)) = last
            && ((pos.y - lp.y).to_pt().abs() > EPSILON_PT
                || pos.x.to_pt() < (lp.x + lt.width()).to_pt() - EPSILON_PT)
        {
            break;
        }
        last = Some((*pos, text));
        end += 1;
    }
    end
}

/// How an item's text takes part in the order of a right-to-left line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Holds right-to-left letters.
    Right,
    /// Holds other letters or digits, none right to left.
    Left,
    /// Neither (spaces, punctuation).
    Neutral,
}

fn class(text: &str) -> Class {
    if text.chars().any(is_right_to_left_letter) {
        Class::Right
    } else if text.chars().any(|c| c.is_alphanumeric()) {
        Class::Left
    } else {
        Class::Neutral
    }
}

/// Letters of the right-to-left scripts (Hebrew, Arabic and their supplements).
pub(super) fn is_right_to_left_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// The order to show a line's items in (indices into `line`, laid out left to right): as
/// they are when no item holds right-to-left letters; otherwise right to left, each run of
/// left-to-right items (with the neutral items between two of them) in its own order.
fn reading_order(line: &[(Point, FrameItem)]) -> Vec<usize> {
    let classes: Vec<Class> = line
        .iter()
        .map(|(_, item)| match item {
            FrameItem::Text(text) => class(&text.text),
            _ => Class::Neutral,
        })
        .collect();
    if !classes.contains(&Class::Right) || left_to_right_line(line, &classes) {
        return (0..line.len()).collect();
    }
    right_to_left_order(&classes)
}

/// The reading order of a right-to-left line of items of these classes, left to right: right
/// to left, each run of left-to-right items (and the neutral ones between two of them) kept
/// in its own order, as the Unicode bidi algorithm orders a right-to-left paragraph.
fn right_to_left_order(classes: &[Class]) -> Vec<usize> {
    let strong_before = |k: usize| classes[..k].iter().rev().find(|c| **c != Class::Neutral);
    let strong_after = |k: usize| classes[k + 1..].iter().find(|c| **c != Class::Neutral);
    let left: Vec<bool> = (0..classes.len())
        .map(|k| match classes[k] {
            Class::Left => true,
            Class::Right => false,
            Class::Neutral => {
                strong_before(k) == Some(&Class::Left) && strong_after(k) == Some(&Class::Left)
            }
        })
        .collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for k in 0..classes.len() {
        match groups.last_mut() {
            Some(group) if left[k] && left[k - 1] => group.push(k),
            _ => groups.push(vec![k]),
        }
    }
    groups.into_iter().rev().flatten().collect()
}

/// Whether a line holding right-to-left words is a left-to-right one (the English half of a
/// bilingual sheet naming "فارسی" among the languages): both its ends are left-to-right
/// items in a language written left to right.
fn left_to_right_line(line: &[(Point, FrameItem)], classes: &[Class]) -> bool {
    let ltr_item = |k: usize| {
        classes[k] == Class::Left
            && matches!(&line[k].1, FrameItem::Text(t) if t.lang.dir() == Dir::LTR)
    };
    let first = classes.iter().position(|c| *c != Class::Neutral);
    let last = classes.iter().rposition(|c| *c != Class::Neutral);
    matches!((first, last), (Some(a), Some(b)) if ltr_item(a) && ltr_item(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(class("نمونه"), Class::Right);
        assert_eq!(class("Sample 2"), Class::Left);
        assert_eq!(class("+44 20"), Class::Left);
        assert_eq!(class("۲۴"), Class::Left);
        assert_eq!(class(" — "), Class::Neutral);
    }

    #[test]
    fn spaces_inside_a_number_are_held() {
        assert_eq!(held_spaces("+44 20 7946 0100"), [3, 6, 11]);
        assert_eq!(held_spaces(" +44 20 "), [4]);
        assert!(held_spaces("Sample 20 7946").is_empty());
        assert!(held_spaces("۰۸:۰۰").is_empty());
        assert!(held_spaces("۶ ").is_empty());
    }

    #[test]
    fn right_to_left_lines_read_from_the_right_with_left_to_right_runs_kept() {
        use Class::*;
        // "نمونه — این سازمان": [این سازمان] [ — ] [نمونه] laid out left to right.
        assert_eq!(right_to_left_order(&[Right, Neutral, Right]), [2, 1, 0]);
        // "ارائه‌دهنده: Sample Legal — Sample City (رایگان": the two Latin runs and the dash
        // between them stay in their order.
        assert_eq!(
            right_to_left_order(&[Right, Left, Neutral, Left, Right]),
            [4, 1, 2, 3, 0]
        );
        // A dash between a Latin run and Persian goes with the Persian side.
        assert_eq!(right_to_left_order(&[Left, Neutral, Right]), [2, 1, 0]);
    }
}
