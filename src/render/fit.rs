//! Fitting a sheet to its pages: a last page with only a few lines on it is a page wasted and a
//! page easily lost, so such a sheet is laid out again with the space between blocks closed up
//! (to pull those lines back) or opened (to carry more onto the last page).

use typst::layout::{Abs, Frame, FrameItem};
use typst_layout::PagedDocument;

use crate::diag::Diagnostic;

/// The least share of its body area a last page must fill.
pub const MIN_LAST_PAGE_FILL: f64 = 0.3;

/// Spacing factors tried in turn (the model's `spacing`, 1 by default): closer first, as fewer
/// pages are better, then wider.
const SPACINGS: [f64; 5] = [0.85, 0.7, 0.55, 1.3, 1.6];

/// Top margin and the bottom area (margin with the footer) of the templates' pages.
const TOP_MM: f64 = 16.0;
const BOTTOM_MM: f64 = 25.0;
/// The footer's text starts this far above the page's bottom edge.
const FOOTER_MM: f64 = 18.0;

/// ID-1, the pocket card's size (85.6 x 54 mm): its template fits each face itself.
const CARD_MM: (f64, f64) = (85.6, 54.0);

/// Whether every page is a pocket card's face, which its template fits by type size
/// (templates/typst/card-faces.typ): there is no flowing text to pull back or carry over.
pub fn is_card(document: &PagedDocument) -> bool {
    let near = |a: Abs, mm: f64| (a.to_mm() - mm).abs() < 0.5;
    document.pages().iter().all(|p| {
        let size = p.frame.size();
        near(size.x, CARD_MM.0) && near(size.y, CARD_MM.1)
    })
}

/// The share of the body area the last page's text fills, for documents of two pages or more
/// (not for a card, whose pages are its two faces).
pub fn last_page_fill(document: &PagedDocument) -> Option<f64> {
    let pages = document.pages();
    if pages.len() < 2 || is_card(document) {
        return None;
    }
    let frame = &pages.last()?.frame;
    let height = frame.height();
    let footer_from = height - Abs::mm(FOOTER_MM);
    let lowest = lowest_baseline(frame, Abs::zero(), footer_from);
    let body = height - Abs::mm(TOP_MM + BOTTOM_MM);
    Some(((lowest - Abs::mm(TOP_MM)) / body).max(0.0))
}

fn lowest_baseline(frame: &Frame, origin_y: Abs, footer_from: Abs) -> Abs {
    let mut lowest = Abs::zero();
    for (pos, item) in frame.items() {
        let y = origin_y + pos.y;
        match item {
            FrameItem::Group(group) => {
                let inner = lowest_baseline(&group.frame, y + group.transform.ty, footer_from);
                lowest = lowest.max(inner);
            }
            FrameItem::Text(_) if y < footer_from => lowest = lowest.max(y),
            _ => {}
        }
    }
    lowest
}

/// `document` if its last page is full enough, else the first re-layout (with the model's
/// `spacing` changed) whose last page is and which has no more pages; the original when none is.
pub fn refit(
    document: PagedDocument,
    model_json: &[u8],
    typeset: impl Fn(Vec<u8>) -> Result<PagedDocument, Vec<Diagnostic>>,
) -> Result<PagedDocument, Vec<Diagnostic>> {
    if last_page_fill(&document).is_none_or(|f| f >= MIN_LAST_PAGE_FILL) {
        return Ok(document);
    }
    let Ok(serde_json::Value::Object(mut model)) = serde_json::from_slice(model_json) else {
        return Ok(document);
    };
    for spacing in SPACINGS {
        model.insert("spacing".into(), serde_json::Value::from(spacing));
        let json = serde_json::to_vec(&model).map_err(|e| {
            vec![Diagnostic::error(format!(
                "the sheet model does not serialize: {e}"
            ))]
        })?;
        let candidate = typeset(json)?;
        if candidate.pages().len() <= document.pages().len()
            && last_page_fill(&candidate).is_none_or(|f| f >= MIN_LAST_PAGE_FILL)
        {
            return Ok(candidate);
        }
    }
    Ok(document)
}
