//! Where ink lands on a laid-out page: each glyph's ink box (the bounding box of its outline in
//! the font, placed where the glyph is drawn), the painted band of every rule and frame stroke,
//! and the filled boxes; and where they collide: a glyph touching a stroke, a glyph reaching out
//! of the filled box its baseline sits in, glyphs of two different lines overlapping.

use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::text::TextItem;
use typst::visualize::{CurveItem, Geometry, Shape};
use typst_layout::PagedDocument;

/// Closest a glyph's ink may come to a stroke's painted band, or to the edge of its filled box,
/// before it counts as touching: about the smallest gap a reader sees on paper (0.09 mm).
pub const GAP_PT: f64 = 0.25;

/// Baselines closer than this share a line (fraction of the smaller text size): a tag boxed on
/// a line is raised by a fraction of an em, the next line lies about an em or more away.
const SAME_LINE_EM: f64 = 0.5;

/// Segments a cubic Bézier of a frame's rounded corner is flattened into.
const CUBIC_STEPS: usize = 8;

/// An axis-aligned box in page coordinates (pt, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Bounds {
    fn around(points: &[(f64, f64)]) -> Self {
        let mut b = Bounds {
            x0: f64::INFINITY,
            y0: f64::INFINITY,
            x1: f64::NEG_INFINITY,
            y1: f64::NEG_INFINITY,
        };
        for &(x, y) in points {
            b.x0 = b.x0.min(x);
            b.y0 = b.y0.min(y);
            b.x1 = b.x1.max(x);
            b.y1 = b.y1.max(y);
        }
        b
    }

    /// How far the two boxes overlap on the tighter axis (positive when they share area).
    fn overlap(&self, o: &Bounds) -> f64 {
        let dx = self.x1.min(o.x1) - self.x0.max(o.x0);
        let dy = self.y1.min(o.y1) - self.y0.max(o.y0);
        dx.min(dy)
    }

    fn holds_point(&self, (x, y): (f64, f64)) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }

    /// How far this box reaches out of `outer` (0 when inside).
    fn outside(&self, outer: &Bounds) -> f64 {
        [
            outer.x0 - self.x0,
            self.x1 - outer.x1,
            outer.y0 - self.y0,
            self.y1 - outer.y1,
        ]
        .into_iter()
        .fold(0.0, f64::max)
    }

    /// Distance from a point to the box (0 inside).
    fn distance_to(&self, (x, y): (f64, f64)) -> f64 {
        let dx = (self.x0 - x).max(x - self.x1).max(0.0);
        let dy = (self.y0 - y).max(y - self.y1).max(0.0);
        dx.hypot(dy)
    }

    /// Whether the segment `a..b` crosses the box (Liang–Barsky clipping).
    fn crossed_by(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }

    /// Distance from the segment `a..b` to the box (0 when they meet).
    fn distance_to_segment(&self, a: (f64, f64), b: (f64, f64)) -> f64 {
        if self.crossed_by(a, b) {
            return 0.0;
        }
        let corners = [
            (self.x0, self.y0),
            (self.x1, self.y0),
            (self.x0, self.y1),
            (self.x1, self.y1),
        ];
        let from_ends = self.distance_to(a).min(self.distance_to(b));
        corners
            .into_iter()
            .map(|c| point_to_segment(c, a, b))
            .fold(from_ends, f64::min)
    }
}

fn point_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

/// One glyph's ink on a page.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub ink: Bounds,
    /// Where its pen stood on the baseline.
    pub origin: (f64, f64),
    /// The baseline of its text run and the run's size (pt).
    pub baseline: f64,
    pub size: f64,
    /// The text the glyph shows, and the whole run's text (to say where it is).
    pub text: String,
    pub run: String,
}

/// A straight piece of a stroke, painted `half_width` to each side.
#[derive(Debug, Clone, Copy)]
pub struct Stroke {
    pub a: (f64, f64),
    pub b: (f64, f64),
    pub half_width: f64,
}

/// Everything inked on one page.
#[derive(Debug, Default)]
pub struct PageInk {
    pub glyphs: Vec<Glyph>,
    pub strokes: Vec<Stroke>,
    pub fills: Vec<Bounds>,
}

/// What a glyph ran into.
#[derive(Debug, Clone, PartialEq)]
pub enum Hit {
    /// A rule or a frame's stroke.
    Stroke,
    /// The edge of the filled box its baseline sits in.
    OutOfFill,
    /// A glyph of another line (its text).
    Line(String),
}

/// A glyph whose ink touches something it must not.
#[derive(Debug, Clone)]
pub struct Collision {
    /// Page number, from 1.
    pub page: usize,
    pub hit: Hit,
    /// The glyph's text and its run's text.
    pub text: String,
    pub run: String,
    /// Where (pt from the page's top left) and by how much (pt, including [`GAP_PT`]).
    pub at: (f64, f64),
    pub depth: f64,
}

impl std::fmt::Display for Collision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match &self.hit {
            Hit::Stroke => "touches a rule or frame".to_string(),
            Hit::OutOfFill => "leaves its box".to_string(),
            Hit::Line(other) => format!("touches `{other}` of another line"),
        };
        write!(
            f,
            "page {} at ({:.1}, {:.1}) pt: `{}` {what} by {:.2} pt, in `{}`",
            self.page, self.at.0, self.at.1, self.text, self.depth, self.run
        )
    }
}

/// Collisions on every page of `document`.
pub fn collisions(document: &PagedDocument) -> Vec<Collision> {
    document
        .pages()
        .iter()
        .enumerate()
        .flat_map(|(i, page)| page_collisions(&page_ink(&page.frame), i + 1))
        .collect()
}

/// The ink of one page.
pub fn page_ink(frame: &Frame) -> PageInk {
    let mut ink = PageInk::default();
    walk(frame, Transform::identity(), &mut ink);
    ink
}

fn walk(frame: &Frame, ts: Transform, ink: &mut PageInk) {
    for (pos, item) in frame.items() {
        let here = ts.pre_concat(Transform::translate(pos.x, pos.y));
        match item {
            FrameItem::Group(group) => walk(&group.frame, here.pre_concat(group.transform), ink),
            FrameItem::Text(text) => glyphs(text, here, &mut ink.glyphs),
            FrameItem::Shape(shape, _) => shape_ink(shape, here, ink),
            _ => {}
        }
    }
}

fn apply(ts: Transform, x: f64, y: f64) -> (f64, f64) {
    let p = Point::new(Abs::pt(x), Abs::pt(y)).transform(ts);
    (p.x.to_pt(), p.y.to_pt())
}

fn glyphs(text: &TextItem, ts: Transform, out: &mut Vec<Glyph>) {
    let size = text.size.to_pt();
    let em = |units: i16| text.font.to_em(units).at(text.size).to_pt();
    let baseline = apply(ts, 0.0, 0.0).1;
    let mut pen = 0.0;
    for g in &text.glyphs {
        let x = pen + g.x_offset.at(text.size).to_pt();
        // Glyph offsets and outlines are y-up, the frame y-down.
        let y = -g.y_offset.at(text.size).to_pt();
        if let Some(r) = text
            .font
            .ttf()
            .glyph_bounding_box(ttf_parser::GlyphId(g.id))
        {
            let corners = [
                (x + em(r.x_min), y - em(r.y_max)),
                (x + em(r.x_max), y - em(r.y_max)),
                (x + em(r.x_min), y - em(r.y_min)),
                (x + em(r.x_max), y - em(r.y_min)),
            ]
            .map(|(cx, cy)| apply(ts, cx, cy));
            out.push(Glyph {
                ink: Bounds::around(&corners),
                origin: apply(ts, pen, 0.0),
                baseline,
                size,
                text: text.text.get(g.range()).unwrap_or_default().to_string(),
                run: text.text.to_string(),
            });
        }
        pen += g.x_advance.at(text.size).to_pt();
    }
}

fn shape_ink(shape: &Shape, ts: Transform, ink: &mut PageInk) {
    let outline = outline(&shape.geometry);
    if shape.fill.is_some() {
        let points: Vec<(f64, f64)> = outline.iter().flat_map(|(a, b)| [*a, *b]).collect();
        if !points.is_empty() {
            let b = Bounds::around(&points);
            ink.fills.push(Bounds::around(&[
                apply(ts, b.x0, b.y0),
                apply(ts, b.x1, b.y0),
                apply(ts, b.x0, b.y1),
                apply(ts, b.x1, b.y1),
            ]));
        }
    }
    if let Some(stroke) = &shape.stroke {
        // A uniform scale keeps the band's width in proportion; the templates draw no other.
        let scale = (ts.sx.get() * ts.sy.get() - ts.kx.get() * ts.ky.get())
            .abs()
            .sqrt();
        let half_width = stroke.thickness.to_pt() * scale / 2.0;
        for (a, b) in outline {
            ink.strokes.push(Stroke {
                a: apply(ts, a.0, a.1),
                b: apply(ts, b.0, b.1),
                half_width,
            });
        }
    }
}

/// The geometry as straight segments in its own coordinates.
fn outline(geometry: &Geometry) -> Vec<((f64, f64), (f64, f64))> {
    let pt = |p: &Point| (p.x.to_pt(), p.y.to_pt());
    match geometry {
        Geometry::Line(end) => vec![((0.0, 0.0), pt(end))],
        Geometry::Rect(size) => {
            let (w, h) = (size.x.to_pt(), size.y.to_pt());
            let c = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)];
            (0..4).map(|i| (c[i], c[(i + 1) % 4])).collect()
        }
        Geometry::Curve(curve) => {
            let mut segments = Vec::new();
            let (mut start, mut at) = ((0.0, 0.0), (0.0, 0.0));
            for item in &curve.0 {
                match item {
                    CurveItem::Move(p) => {
                        start = pt(p);
                        at = start;
                    }
                    CurveItem::Line(p) => {
                        segments.push((at, pt(p)));
                        at = pt(p);
                    }
                    CurveItem::Cubic(c1, c2, p) => {
                        let (c1, c2, p) = (pt(c1), pt(c2), pt(p));
                        let mut prev = at;
                        for step in 1..=CUBIC_STEPS {
                            let t = step as f64 / CUBIC_STEPS as f64;
                            let u = 1.0 - t;
                            let w = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
                            let next = (
                                w[0] * at.0 + w[1] * c1.0 + w[2] * c2.0 + w[3] * p.0,
                                w[0] * at.1 + w[1] * c1.1 + w[2] * c2.1 + w[3] * p.1,
                            );
                            segments.push((prev, next));
                            prev = next;
                        }
                        at = p;
                    }
                    CurveItem::Close => {
                        if at != start {
                            segments.push((at, start));
                        }
                        at = start;
                    }
                }
            }
            segments
        }
    }
}

/// Collisions on one page (numbered `page`).
pub fn page_collisions(ink: &PageInk, page: usize) -> Vec<Collision> {
    let mut found = Vec::new();
    let hit = |g: &Glyph, hit: Hit, depth: f64| Collision {
        page,
        hit,
        text: g.text.clone(),
        run: g.run.clone(),
        at: (g.ink.x0, g.ink.y0),
        depth,
    };
    for g in &ink.glyphs {
        let stroke_depth = ink
            .strokes
            .iter()
            .map(|s| s.half_width + GAP_PT - g.ink.distance_to_segment(s.a, s.b))
            .fold(f64::NEG_INFINITY, f64::max);
        if stroke_depth > 0.0 {
            found.push(hit(g, Hit::Stroke, stroke_depth));
        }
        let fill_depth = ink
            .fills
            .iter()
            .filter(|f| f.holds_point(g.origin))
            .map(|f| g.ink.outside(f) + GAP_PT)
            .filter(|d| *d > GAP_PT)
            .fold(0.0, f64::max);
        if fill_depth > 0.0 {
            found.push(hit(g, Hit::OutOfFill, fill_depth));
        }
    }
    // Glyphs of two lines: sorted by their ink's top, each compared with those starting above
    // its bottom.
    let mut order: Vec<&Glyph> = ink.glyphs.iter().collect();
    order.sort_by(|a, b| a.ink.y0.total_cmp(&b.ink.y0));
    for (i, upper) in order.iter().enumerate() {
        for lower in order[i + 1..]
            .iter()
            .take_while(|l| l.ink.y0 < upper.ink.y1 + GAP_PT)
        {
            let same_line =
                (upper.baseline - lower.baseline).abs() < SAME_LINE_EM * upper.size.min(lower.size);
            let depth = upper.ink.overlap(&lower.ink) + GAP_PT;
            if !same_line && depth > 0.0 {
                let (top, bottom) = if upper.baseline <= lower.baseline {
                    (upper, lower)
                } else {
                    (lower, upper)
                };
                found.push(hit(top, Hit::Line(bottom.text.clone()), depth));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(x: f64, baseline: f64, ascent: f64, descent: f64) -> Glyph {
        Glyph {
            ink: Bounds {
                x0: x,
                y0: baseline - ascent,
                x1: x + 5.0,
                y1: baseline + descent,
            },
            origin: (x, baseline),
            baseline,
            size: 10.0,
            text: "g".into(),
            run: "run".into(),
        }
    }

    fn rule(y: f64) -> Stroke {
        Stroke {
            a: (0.0, y),
            b: (100.0, y),
            half_width: 0.5,
        }
    }

    #[test]
    fn clear_lines_rules_and_boxes_give_no_collision() {
        let ink = PageInk {
            glyphs: vec![glyph(10.0, 20.0, 7.0, 2.0), glyph(10.0, 34.0, 7.0, 2.0)],
            strokes: vec![rule(10.0), rule(40.0)],
            fills: vec![Bounds {
                x0: 0.0,
                y0: 11.0,
                x1: 100.0,
                y1: 39.0,
            }],
        };
        assert!(page_collisions(&ink, 1).is_empty());
    }

    #[test]
    fn a_tall_mark_on_a_rule_a_descender_out_of_its_box_and_touching_lines_are_found() {
        // Line 1 carries a mark reaching to y = 9.8, into the rule at y = 10 (1 pt wide);
        // line 2's descender leaves its filled box (to y = 40.5, the box ends at 40); line 3's
        // tall glyph reaches into line 2's descender.
        let ink = PageInk {
            glyphs: vec![
                glyph(10.0, 20.0, 10.2, 2.0),
                glyph(30.0, 34.0, 7.0, 6.5),
                glyph(32.0, 48.0, 8.5, 2.0),
            ],
            strokes: vec![rule(10.0)],
            fills: vec![Bounds {
                x0: 0.0,
                y0: 25.0,
                x1: 100.0,
                y1: 40.0,
            }],
        };
        let hits: Vec<Hit> = page_collisions(&ink, 1)
            .into_iter()
            .map(|c| c.hit)
            .collect();
        assert_eq!(
            hits,
            vec![Hit::Stroke, Hit::OutOfFill, Hit::Line("g".into())],
            "{hits:?}"
        );
    }

    #[test]
    fn a_glyph_just_clear_of_a_rule_is_within_the_gap() {
        // The rule's band ends at 10.5; ink starting 0.1 pt below it touches, 0.5 pt below does not.
        let near = PageInk {
            glyphs: vec![glyph(10.0, 20.0, 9.4, 2.0)],
            strokes: vec![rule(10.0)],
            fills: vec![],
        };
        assert_eq!(page_collisions(&near, 1).len(), 1);
        let clear = PageInk {
            glyphs: vec![glyph(10.0, 20.0, 9.0, 2.0)],
            strokes: vec![rule(10.0)],
            fills: vec![],
        };
        assert!(page_collisions(&clear, 1).is_empty());
    }

    #[test]
    fn a_raised_tag_on_the_same_line_is_not_another_line() {
        let mut tag = glyph(12.0, 18.0, 7.0, 2.0);
        tag.size = 10.0;
        let ink = PageInk {
            glyphs: vec![glyph(10.0, 20.0, 7.0, 2.0), tag],
            strokes: vec![],
            fills: vec![],
        };
        assert!(page_collisions(&ink, 1).is_empty());
    }

    #[test]
    fn segments_of_a_slanted_stroke_are_measured_exactly() {
        let b = Bounds {
            x0: 0.0,
            y0: 0.0,
            x1: 10.0,
            y1: 10.0,
        };
        assert_eq!(b.distance_to_segment((-5.0, 5.0), (15.0, 5.0)), 0.0);
        assert!((b.distance_to_segment((13.0, 0.0), (20.0, 7.0)) - 3.0).abs() < 1e-9);
        assert_eq!(b.distance_to_segment((-1.0, 5.0), (5.0, -1.0)), 0.0);
    }

    /// A frame as Typst lays it out: a 1 pt rule at y = 20 and, in a group moved down by
    /// `shift`, the word "Hg" in Noto Sans 10 pt on a baseline at y = 27.5 + `shift`.
    fn frame_with_word_under_rule(shift: f64) -> Frame {
        use typst::foundations::Bytes;
        use typst::layout::{Em, Size};
        use typst::syntax::Span;
        use typst::text::{Font, FontVariant, FontVariations, Lang};
        use typst::visualize::{Color, FixedStroke};
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fonts/noto/NotoSans-Regular.ttf"
        );
        let font = Font::new(Bytes::new(std::fs::read(path).expect("font")), 0).expect("font");
        let size = Abs::pt(10.0);
        let font = font.instantiate(FontVariant::default(), size, &FontVariations::default());
        let glyphs = "Hg"
            .char_indices()
            .map(|(i, c)| {
                let id = font.ttf().glyph_index(c).expect("glyph").0;
                typst::text::Glyph {
                    id,
                    x_advance: font.x_advance(id).unwrap_or(Em::zero()),
                    x_offset: Em::zero(),
                    y_advance: Em::zero(),
                    y_offset: Em::zero(),
                    range: i as u16..i as u16 + 1,
                    span: (Span::detached(), 0),
                }
            })
            .collect();
        let text = TextItem {
            font,
            size,
            fill: Color::BLACK.into(),
            stroke: None,
            lang: Lang::ENGLISH,
            region: None,
            text: "Hg".into(),
            glyphs,
        };
        let mut line = Frame::soft(Size::new(Abs::pt(100.0), Abs::pt(10.0)));
        line.push(
            Point::new(Abs::pt(5.0), Abs::pt(7.5)),
            FrameItem::Text(text),
        );
        let mut group = typst::layout::GroupItem::new(line);
        group.transform = Transform::translate(Abs::zero(), Abs::pt(shift));
        let mut page = Frame::hard(Size::new(Abs::pt(100.0), Abs::pt(100.0)));
        let rule = Geometry::Line(Point::with_x(Abs::pt(100.0)))
            .stroked(FixedStroke::from_pair(Color::BLACK, Abs::pt(1.0)));
        page.push(
            Point::with_y(Abs::pt(20.0)),
            FrameItem::Shape(rule, Span::detached()),
        );
        page.push(Point::with_y(Abs::pt(20.0)), FrameItem::Group(group));
        page
    }

    #[test]
    fn on_a_laid_out_frame_a_capital_under_a_rule_touches_it_until_moved_down() {
        // The H's top (0.714 em in Noto Sans) reaches y = 20.36, into the rule's band (to 20.5).
        let ink = page_ink(&frame_with_word_under_rule(0.0));
        assert_eq!(ink.glyphs.len(), 2);
        assert!(
            (ink.glyphs[0].ink.y0 - 20.36).abs() < 0.05,
            "{:?}",
            ink.glyphs[0]
        );
        let found = page_collisions(&ink, 1);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].hit.clone(), found[0].text.as_str()),
            (Hit::Stroke, "H")
        );
        // One point lower the H clears the rule by more than the gap.
        assert!(page_collisions(&page_ink(&frame_with_word_under_rule(1.0)), 1).is_empty());
    }
}
