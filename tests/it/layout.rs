//! The laid-out documents of the whole default matrix, flattened page by page into what a
//! reader's eye meets: runs of text (with size and position), headings and drawn frames. The
//! leaflet tests measure these.

use std::sync::OnceLock;

use infosheet::build::sheet_model;
use infosheet::model::{EditionId, Sheet};
use infosheet::timings::Timings;
use typst::foundations::Value;
use typst::introspection::{Location, Tag};
use typst::layout::{Abs, Frame, FrameItem, Point};

use crate::support::*;

/// Distance of the footer's top from the page's bottom edge (the templates' footer area).
pub const FOOTER_MM: f64 = 18.0;

/// A run of text as laid out: its baseline, size and text (positions in pt from the page's top).
#[derive(Debug, Clone)]
pub struct Run {
    pub baseline: f64,
    pub size: f64,
    pub text: String,
}

/// A heading as laid out: its level, the top of its first line and its last baseline.
#[derive(Debug, Clone)]
pub struct HeadingBox {
    pub level: i64,
    pub top: f64,
    pub bottom: f64,
    pub text: String,
}

/// A drawn shape: its fill (`#rrggbb`, if any) and extent. Typst draws a rounded frame's rule
/// apart from its fill.
#[derive(Debug, Clone)]
pub struct Drawn {
    pub fill: Option<String>,
    pub top: f64,
    pub bottom: f64,
}

/// One page, flattened.
#[derive(Debug, Default)]
pub struct Page {
    /// Shapes above the footer.
    pub shapes: Vec<Drawn>,
    pub height: f64,
    /// Text above the footer, in reading order.
    pub runs: Vec<Run>,
    /// Text of the footer.
    pub footer: Vec<Run>,
    pub headings: Vec<HeadingBox>,
}

impl Page {
    /// Lines (distinct baselines, 1 pt apart or more) of body text below `y`.
    pub fn lines_below(&self, y: f64) -> usize {
        let mut baselines: Vec<f64> = self
            .runs
            .iter()
            .filter(|r| r.baseline > y + 0.5)
            .map(|r| r.baseline)
            .collect();
        baselines.sort_by(f64::total_cmp);
        baselines.dedup_by(|a, b| (*a - *b).abs() < 1.0);
        baselines.len()
    }

    /// Runs on one baseline at one size, joined in reading order: the text of a line at that size.
    pub fn joined_runs(&self) -> Vec<Run> {
        let mut out: Vec<Run> = Vec::new();
        for r in &self.runs {
            match out.last_mut() {
                Some(last)
                    if (last.baseline - r.baseline).abs() < 0.5
                        && (last.size - r.size).abs() < 0.01 =>
                {
                    last.text.push_str(&r.text)
                }
                _ => out.push(r.clone()),
            }
        }
        out
    }

    /// The lowest baseline of body text (0 when the page has none).
    pub fn content_bottom(&self) -> f64 {
        self.runs.iter().map(|r| r.baseline).fold(0.0, f64::max)
    }

    /// Top of the body area (the templates' top margin is 16 mm, 12 mm for the card).
    pub fn body_height(&self) -> f64 {
        self.height - Abs::mm(16.0 + 25.0).to_pt()
    }
}

/// Whether a page is a face of the ID-1 pocket card (85.6 x 54 mm).
pub fn is_card_face(frame: &Frame) -> bool {
    (frame.width().to_mm() - 85.6).abs() < 0.5 && (frame.height().to_mm() - 54.0).abs() < 0.5
}

/// One edition, laid out.
pub struct Laid {
    pub id: EditionId,
    pub model: Sheet,
    pub pages: Vec<Page>,
}

/// Every edition of the default project, laid out once per test run.
pub fn all_editions() -> &'static [Laid] {
    static ALL: OnceLock<Vec<Laid>> = OnceLock::new();
    ALL.get_or_init(|| {
        let (project, pdf) = default_renderer();
        let (locales, tiers, regions, sheets) = default_matrix();
        let mut out = Vec::new();
        for region in &regions {
            for locale in &locales {
                for tier in &tiers {
                    for sheet in &sheets {
                        let id = EditionId {
                            sheet: sheet.clone(),
                            region: region.clone(),
                            locale: locale.clone(),
                            tier: tier.clone(),
                        };
                        let (model, _) = sheet_model(&project, &id).expect("model");
                        let json = serde_json::to_vec(&model).expect("json");
                        let doc = pdf
                            .typeset(&model, json, &Timings::default())
                            .unwrap_or_else(|e| panic!("{id} typesets: {e:?}"));
                        // As exported: clusters split across text items joined again (mend.rs).
                        let doc = infosheet::render::mend::before_export(doc);
                        let pages = doc.pages().iter().map(|p| flatten(&p.frame)).collect();
                        out.push(Laid { id, model, pages });
                    }
                }
            }
        }
        out
    })
}

/// What a walk over one page collects.
#[derive(Default)]
struct Walk {
    page: Page,
    /// Open headings: location, level, extent so far.
    open: Vec<(Location, Open)>,
}

enum Open {
    /// Level, top, bottom, text and the size of its first text.
    Heading(i64, f64, f64, String, Option<f64>),
}

fn flatten(frame: &Frame) -> Page {
    let mut walk = Walk::default();
    walk.page.height = frame.height().to_pt();
    // A pocket card's face (54 mm tall) has no page footer: its foot is part of the face.
    let footer = if is_card_face(frame) {
        0.0
    } else {
        Abs::mm(FOOTER_MM).to_pt()
    };
    let footer_from = frame.height().to_pt() - footer;
    walk_frame(frame, Point::zero(), footer_from, &mut walk);
    // Elements still open at the page's end (broken across pages) are counted to here.
    for (_, open) in walk.open.drain(..) {
        close(open, &mut walk.page);
    }
    walk.page
}

fn close(open: Open, page: &mut Page) {
    match open {
        Open::Heading(level, top, bottom, text, _) if top <= bottom => {
            page.headings.push(HeadingBox {
                level,
                top,
                bottom,
                text,
            })
        }
        _ => {}
    }
}

/// Grows every open element by the extent `top..bottom`.
fn extend(walk: &mut Walk, top: f64, bottom: f64, text: &str, size: f64) {
    for (_, open) in &mut walk.open {
        match open {
            Open::Heading(_, t, b, s, first) => {
                // Typst may place an element's end tag with the content after it: a heading
                // ends at the first text of another size.
                if first.is_some_and(|h| (h - size).abs() > 0.01) {
                    continue;
                }
                *first = Some(size);
                *t = t.min(top);
                *b = b.max(bottom);
                s.push_str(text);
            }
        }
    }
}

fn walk_frame(frame: &Frame, origin: Point, footer_from: f64, walk: &mut Walk) {
    for (pos, item) in frame.items() {
        let at = origin + *pos;
        match item {
            FrameItem::Group(group) => {
                let shift = Point::new(group.transform.tx, group.transform.ty);
                walk_frame(&group.frame, at + shift, footer_from, walk);
            }
            FrameItem::Text(text) => {
                let baseline = at.y.to_pt();
                let size = text.size.to_pt();
                let run = Run {
                    baseline,
                    size,
                    text: text.text.to_string(),
                };
                if baseline >= footer_from {
                    walk.page.footer.push(run);
                } else {
                    // The heading's baseline is its bottom: headings are measured to it.
                    extend(walk, baseline - size * 0.75, baseline, &text.text, size);
                    walk.page.runs.push(run);
                }
            }
            FrameItem::Shape(shape, _) => {
                let bbox = shape.bbox(true);
                let (top, bottom) = ((at.y + bbox.min.y).to_pt(), (at.y + bbox.max.y).to_pt());
                if top < footer_from {
                    walk.page.shapes.push(Drawn {
                        fill: shape.fill.as_ref().map(|p| match p {
                            typst::visualize::Paint::Solid(c) => c.to_hex().to_string(),
                            _ => String::new(),
                        }),
                        top,
                        bottom,
                    });
                }
            }
            FrameItem::Tag(Tag::Start(content, _)) => {
                let Some(loc) = content.location() else {
                    continue;
                };
                if content.elem().name() == "heading" {
                    let level = match content.get_by_name("level") {
                        Ok(Value::Int(n)) => n,
                        _ => 0,
                    };
                    walk.open.push((
                        loc,
                        Open::Heading(level, f64::INFINITY, f64::NEG_INFINITY, String::new(), None),
                    ));
                }
            }
            FrameItem::Tag(Tag::End(loc, ..)) => {
                if let Some(i) = walk.open.iter().position(|(l, _)| l == loc) {
                    let (_, open) = walk.open.remove(i);
                    close(open, &mut walk.page);
                }
            }
            _ => {}
        }
    }
}
