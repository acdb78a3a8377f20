//! infosheet patch (see PATCH.md): a cluster drawn with more glyphs than it has characters,
//! shown as one composite glyph.
//!
//! pdf.js and pdfminer.six read only the text each glyph maps to. A cluster with more glyphs
//! than characters (a Thai sara am after a tone mark, a Bengali o-kar, a Khmer split vowel) in
//! a run without spare characters had one glyph repeat a character or map to WORD JOINER (see
//! `layer::pieces`). Such a cluster is shown instead as one TrueType composite glyph, appended
//! to the embedded font, whose components are the cluster's glyphs where they were drawn; it
//! maps to the cluster's text, and its advance is the cluster's.

use std::ops::Range;

use super::widen::{assemble, find, long_metrics, read_u16, read_u32, set_long_metrics, tables};
use crate::surface::Location;
use crate::text::{Font, Glyph, GlyphId};

/// A composite glyph: its components (glyph, x and y offset from the cluster's first glyph,
/// font units, y up) and its advance (font units).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Composite<G> {
    pub(crate) parts: Vec<(G, i16, i16)>,
    pub(crate) advance: u16,
}

/// A glyph of a run as it is shown: one of the run's glyphs, or a cluster of them composed into
/// one glyph (drawn where the cluster's first glyph is, with the cluster's advance).
pub(crate) enum Shown<'a, G> {
    One(&'a G),
    Cluster(&'a [G]),
}

impl<G: Glyph> Shown<'_, G> {
    fn first(&self) -> &G {
        match self {
            Shown::One(g) => g,
            Shown::Cluster(gs) => &gs[0],
        }
    }
}

impl<G: Glyph> Glyph for Shown<'_, G> {
    fn glyph_id(&self) -> GlyphId {
        self.first().glyph_id()
    }
    fn text_range(&self) -> Range<usize> {
        self.first().text_range()
    }
    fn x_advance(&self, size: f32) -> f32 {
        match self {
            Shown::One(g) => g.x_advance(size),
            Shown::Cluster(gs) => gs.iter().map(|g| g.x_advance(size)).sum(),
        }
    }
    fn x_offset(&self, size: f32) -> f32 {
        self.first().x_offset(size)
    }
    fn y_offset(&self, size: f32) -> f32 {
        self.first().y_offset(size)
    }
    fn y_advance(&self, size: f32) -> f32 {
        self.first().y_advance(size)
    }
    fn location(&self) -> Option<Location> {
        self.first().location()
    }
}

/// A composed run and, per shown glyph, its composite (`None`: shown as it is).
pub(crate) type ComposedRun<'a, G> = (Vec<Shown<'a, G>>, Vec<Option<Composite<GlyphId>>>);

/// The run (left to right, clusters in order) with each cluster that has more glyphs than
/// characters and a glyph whose piece repeats a character or shows nothing (`repeats`, see
/// `layer::plan_pieces`) shown as one composite glyph; `None` when the font has no TrueType
/// outlines or no cluster is composed. A cluster whose positions are not whole font units is
/// left as it is.
pub(crate) fn compose_run<'a, G: Glyph>(
    glyphs: &'a [G],
    text: &str,
    repeats: &[bool],
    font: &Font,
) -> Option<ComposedRun<'a, G>> {
    use skrifa::raw::TableProvider;
    if font.font_ref().glyf().is_err() {
        return None;
    }
    let upem = font.units_per_em();
    let (mut shown, mut composites) = (Vec::new(), Vec::new());
    let mut start = 0;
    while start < glyphs.len() {
        let range = glyphs[start].text_range();
        let mut end = start + 1;
        while end < glyphs.len() && glyphs[end].text_range() == range {
            end += 1;
        }
        let chars = text.get(range.clone()).map_or(usize::MAX, |t| t.chars().count());
        let composite = (end - start > chars && repeats[start..end].contains(&true))
            .then(|| composite_of(&glyphs[start..end], upem))
            .flatten();
        match composite {
            Some(c) => {
                shown.push(Shown::Cluster(&glyphs[start..end]));
                composites.push(Some(c));
            }
            None => {
                for g in &glyphs[start..end] {
                    shown.push(Shown::One(g));
                    composites.push(None);
                }
            }
        }
        start = end;
    }
    composites.iter().any(Option::is_some).then_some((shown, composites))
}

/// A value at font size 1 in whole font units, if it is one (Typst's positions are font units
/// divided by units per em).
fn units(value: f32, upem: f32) -> Option<i32> {
    let v = f64::from(value) * f64::from(upem);
    let r = v.round();
    ((v - r).abs() < 0.01 && r.abs() < 16384.0).then_some(r as i32)
}

/// The composite glyph of a cluster: each glyph where it is drawn relative to the first.
fn composite_of<G: Glyph>(cluster: &[G], upem: f32) -> Option<Composite<GlyphId>> {
    let (x0, y0) = (
        units(cluster[0].x_offset(1.0), upem)?,
        units(cluster[0].y_offset(1.0), upem)?,
    );
    let (mut pen, mut parts) = (0i32, Vec::with_capacity(cluster.len()));
    for g in cluster {
        if g.y_advance(1.0) != 0.0 {
            return None;
        }
        let dx = pen + units(g.x_offset(1.0), upem)? - x0;
        let dy = units(g.y_offset(1.0), upem)? - y0;
        parts.push((
            g.glyph_id(),
            i16::try_from(dx).ok()?,
            i16::try_from(dy).ok()?,
        ));
        pen += units(g.x_advance(1.0), upem)?;
    }
    Some(Composite {
        parts,
        advance: u16::try_from(pen).ok()?,
    })
}

/// A bounding box in font units: xMin, yMin, xMax, yMax.
pub(crate) type BBox = [i32; 4];

/// A composite glyph's `glyf` data, its bounding box and its (contours, points).
type Encoded = (Vec<u8>, Option<BBox>, (u16, u16));

const ARG_1_AND_2_ARE_WORDS: u16 = 0x0001;
const ARGS_ARE_XY_VALUES: u16 = 0x0002;
const MORE_COMPONENTS: u16 = 0x0020;

/// The `glyf` data of glyph `gid`.
fn glyph_data<'a>(glyf: &'a [u8], loca: &[u8], long: bool, gid: u16) -> Option<&'a [u8]> {
    let g = gid as usize;
    let (s, e) = if long {
        (read_u32(loca, 4 * g)? as usize, read_u32(loca, 4 * g + 4)? as usize)
    } else {
        (
            2 * read_u16(loca, 2 * g)? as usize,
            2 * read_u16(loca, 2 * g + 2)? as usize,
        )
    };
    glyf.get(s..e)
}

/// A glyph's bounding box (xMin, yMin, xMax, yMax), `None` for a glyph without outline.
fn bbox(data: &[u8]) -> Option<BBox> {
    let v = |k: usize| read_u16(data, 2 + 2 * k).map(|u| i32::from(u as i16));
    Some([v(0)?, v(1)?, v(2)?, v(3)?])
}

/// The number of contours and points of a simple glyph; `None` for a composite one.
fn simple_size(data: &[u8]) -> Option<(u16, u16)> {
    if data.len() < 10 {
        return Some((0, 0));
    }
    let contours = read_u16(data, 0)? as i16;
    if contours < 0 {
        return None;
    }
    if contours == 0 {
        return Some((0, 0));
    }
    let last = read_u16(data, 10 + 2 * (contours as usize - 1))?;
    Some((contours as u16, last.checked_add(1)?))
}

/// A composite glyph's `glyf` data (padded to four bytes), its bounding box and its number
/// of contours and points (`composite_max`: the font's maximum, for composite components).
fn encode(
    c: &Composite<u16>,
    glyf: &[u8],
    loca: &[u8],
    long: bool,
    composite_max: (u16, u16),
) -> Option<Encoded> {
    let mut bb: Option<BBox> = None;
    let (mut contours, mut points) = (0u16, 0u16);
    let mut body = Vec::new();
    for (k, &(gid, dx, dy)) in c.parts.iter().enumerate() {
        let data = glyph_data(glyf, loca, long, gid)?;
        if let Some(b) = (data.len() >= 10).then(|| bbox(data)).flatten() {
            let (dx, dy) = (i32::from(dx), i32::from(dy));
            let s = [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy];
            bb = Some(bb.map_or(s, |o| [o[0].min(s[0]), o[1].min(s[1]), o[2].max(s[2]), o[3].max(s[3])]));
        }
        let (n, p) = simple_size(data).unwrap_or(composite_max);
        contours = contours.saturating_add(n);
        points = points.saturating_add(p);
        let words = i8::try_from(dx).is_err() || i8::try_from(dy).is_err();
        let mut flags = ARGS_ARE_XY_VALUES;
        if k + 1 < c.parts.len() {
            flags |= MORE_COMPONENTS;
        }
        if words {
            flags |= ARG_1_AND_2_ARE_WORDS;
        }
        body.extend(flags.to_be_bytes());
        body.extend(gid.to_be_bytes());
        if words {
            body.extend(dx.to_be_bytes());
            body.extend(dy.to_be_bytes());
        } else {
            body.extend([dx as i8 as u8, dy as i8 as u8]);
        }
    }
    let mut out = (-1i16).to_be_bytes().to_vec();
    for v in bb.unwrap_or([0; 4]) {
        out.extend(i16::try_from(v).ok()?.to_be_bytes());
    }
    out.extend(body);
    out.resize(out.len().next_multiple_of(4), 0);
    Some((out, bb, (contours, points)))
}

/// A TrueType font subset (`data`) with `composites` (their components given by glyph id in
/// the subset) appended as glyphs numbered from its glyph count up: `glyf` and `loca` (written
/// in the long format), `hmtx` (one full metric per glyph), `hhea`, `maxp` (glyph count and the
/// composite maxima), `head` (bounding box, `loca` format) and `post` (format 2, whose names
/// count the glyphs, becomes format 3). Also each composite's bounding box (font units).
/// `None` when a table is missing or malformed.
pub(crate) fn with_composites(
    data: &[u8],
    composites: &[Composite<u16>],
) -> Option<(Vec<u8>, Vec<Option<BBox>>)> {
    let mut tables = tables(data)?;
    let (head, glyf, loca, maxp) = (
        find(&tables, b"head")?,
        find(&tables, b"glyf")?,
        find(&tables, b"loca")?,
        find(&tables, b"maxp")?,
    );
    let long = read_u16(&tables[head].1, 50)? == 1;
    let num_glyphs = read_u16(&tables[maxp].1, 4)? as usize;
    let maxp_v1 = tables[maxp].1.len() >= 32;
    let composite_max = if maxp_v1 {
        (read_u16(&tables[maxp].1, 12)?, read_u16(&tables[maxp].1, 10)?)
    } else {
        (0, 0)
    };
    let mut offsets: Vec<u32> = (0..=num_glyphs)
        .map(|g| {
            if long {
                read_u32(&tables[loca].1, 4 * g)
            } else {
                read_u16(&tables[loca].1, 2 * g).map(|o| 2 * u32::from(o))
            }
        })
        .collect::<Option<_>>()?;
    let mut new_glyf = tables[glyf].1.clone();
    new_glyf.resize(new_glyf.len().next_multiple_of(4), 0);
    // The last glyph takes the padding; the composites start after it.
    *offsets.last_mut()? = u32::try_from(new_glyf.len()).ok()?;
    let mut metrics = long_metrics(&tables)?;
    let (mut boxes, mut max_parts, mut max_size) = (Vec::new(), 0usize, composite_max);
    for c in composites {
        let (bytes, bb, size) = encode(c, &tables[glyf].1, &tables[loca].1, long, composite_max)?;
        new_glyf.extend(bytes);
        offsets.push(u32::try_from(new_glyf.len()).ok()?);
        metrics.push((c.advance, bb.map_or(0, |b| b[0] as i16)));
        boxes.push(bb);
        max_parts = max_parts.max(c.parts.len());
        max_size = (max_size.0.max(size.0), max_size.1.max(size.1));
    }
    tables[glyf].1 = new_glyf;
    tables[loca].1 = offsets.iter().flat_map(|o| o.to_be_bytes()).collect();
    let total = u16::try_from(metrics.len()).ok()?;
    set_maxp(&mut tables[maxp].1, total, max_parts, max_size)?;
    set_head(&mut tables[head].1, &boxes)?;
    set_long_metrics(&mut tables, &metrics)?;
    if let Some(post) = find(&tables, b"post") {
        let p = &mut tables[post].1;
        if read_u32(p, 0)? == 0x0002_0000 {
            p.truncate(32);
            p.get_mut(0..4)?.copy_from_slice(&0x0003_0000u32.to_be_bytes());
        }
    }
    Some((assemble(data.get(..12)?, tables)?, boxes))
}

/// `maxp` with `total` glyphs and room for composites of `parts` components and `size`
/// (contours, points); the component depth one more than before.
fn set_maxp(maxp: &mut [u8], total: u16, parts: usize, size: (u16, u16)) -> Option<()> {
    maxp.get_mut(4..6)?.copy_from_slice(&total.to_be_bytes());
    if maxp.len() < 32 {
        return Some(());
    }
    let put = |maxp: &mut [u8], at: usize, v: u16| -> Option<()> {
        let old = read_u16(maxp, at)?;
        maxp.get_mut(at..at + 2)?
            .copy_from_slice(&old.max(v).to_be_bytes());
        Some(())
    };
    put(maxp, 10, size.1)?;
    put(maxp, 12, size.0)?;
    put(maxp, 28, u16::try_from(parts).ok()?)?;
    let depth = read_u16(maxp, 30)?;
    maxp.get_mut(30..32)?
        .copy_from_slice(&depth.saturating_add(1).to_be_bytes());
    Some(())
}

/// `head` with the long `loca` format and a bounding box that holds `boxes`.
fn set_head(head: &mut [u8], boxes: &[Option<BBox>]) -> Option<()> {
    head.get_mut(50..52)?.copy_from_slice(&1u16.to_be_bytes());
    for b in boxes.iter().flatten() {
        for (k, v) in b.iter().enumerate() {
            let at = 36 + 2 * k;
            let old = i32::from(read_u16(head, at)? as i16);
            let new = if k < 2 { old.min(*v) } else { old.max(*v) };
            head.get_mut(at..at + 2)?
                .copy_from_slice(&i16::try_from(new).ok()?.to_be_bytes());
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::widen::assemble;
    use crate::text::KrillaGlyph;

    fn glyph(id: u32, x_advance: f32, x_offset: f32, y_offset: f32) -> KrillaGlyph {
        KrillaGlyph {
            glyph_id: GlyphId::new(id),
            text_range: 0..6,
            x_advance,
            x_offset,
            y_offset,
            y_advance: 0.0,
            location: None,
        }
    }

    #[test]
    fn components_sit_where_the_glyphs_were_drawn() {
        // A base (advance 0.5 em), a mark without advance drawn 0.2 em back, a vowel raised
        // 0.05 em: offsets from the first glyph, in font units.
        let g = [
            glyph(1, 0.5, 0.0, 0.0),
            glyph(2, 0.0, -0.2, 0.0),
            glyph(3, 0.3, 0.0, 0.05),
        ];
        let c = composite_of(&g, 1000.0).unwrap();
        let parts: Vec<(u32, i16, i16)> = c.parts.iter().map(|p| (p.0.to_u32(), p.1, p.2)).collect();
        assert_eq!(parts, [(1, 0, 0), (2, 300, 0), (3, 500, 50)]);
        assert_eq!(c.advance, 800);
        // A position between font units is not composed.
        assert!(composite_of(&[glyph(1, 0.5, 0.0, 0.0), glyph(2, 0.0, 0.0001, 0.0)], 1000.0)
            .is_none());
    }

    /// A minimal TrueType font: glyph 0 empty, glyph 1 a square (two points, one contour).
    fn font() -> Vec<u8> {
        let mut head = vec![0u8; 54];
        head[36..44].copy_from_slice(&[0, 0, 0, 0, 0, 100, 0, 100]);
        let mut simple: Vec<u8> = [1u16, 0, 0, 100, 100, 1]
            .iter()
            .flat_map(|v| v.to_be_bytes())
            .collect();
        simple.extend([0, 0, 0, 0, 0, 0]);
        let loca: Vec<u8> = [0u16, 0, 9].iter().flat_map(|v| v.to_be_bytes()).collect();
        let mut maxp = vec![0, 1, 0, 0];
        maxp.extend(2u16.to_be_bytes());
        maxp.resize(32, 0);
        let mut hhea = vec![0u8; 36];
        hhea[34..36].copy_from_slice(&2u16.to_be_bytes());
        let hmtx: Vec<u8> = [500u16, 0, 600, 0].iter().flat_map(|v| v.to_be_bytes()).collect();
        let mut post = vec![0, 2, 0, 0];
        post.resize(34, 0);
        let mut header = vec![0, 1, 0, 0];
        header.extend(7u16.to_be_bytes());
        header.extend([0u8; 6]);
        let tables = vec![
            (*b"glyf", simple),
            (*b"head", head),
            (*b"hhea", hhea),
            (*b"hmtx", hmtx),
            (*b"loca", loca),
            (*b"maxp", maxp),
            (*b"post", post),
        ];
        assemble(&header, tables).unwrap()
    }

    #[test]
    fn appends_a_composite_glyph() {
        let c = Composite {
            parts: vec![(1u16, 0i16, 0i16), (1, 300, -5)],
            advance: 900,
        };
        let (out, boxes) = with_composites(&font(), &[c]).unwrap();
        assert_eq!(boxes, [Some([0, -5, 400, 100])]);
        let t = tables(&out).unwrap();
        let table = |tag: &[u8; 4]| &t[find(&t, tag).unwrap()].1;
        assert_eq!(read_u16(table(b"maxp"), 4), Some(3));
        assert_eq!(read_u16(table(b"maxp"), 28), Some(2));
        assert_eq!(read_u16(table(b"maxp"), 30), Some(1));
        assert_eq!(read_u16(table(b"head"), 50), Some(1));
        assert_eq!(read_u32(table(b"post"), 0), Some(0x0003_0000));
        assert_eq!(read_u16(table(b"hhea"), 34), Some(3));
        assert_eq!(read_u16(table(b"hmtx"), 8), Some(900));
        let (glyf, loca) = (table(b"glyf"), table(b"loca"));
        let data = glyph_data(glyf, loca, true, 2).unwrap();
        assert_eq!(read_u16(data, 0), Some(0xFFFF));
        // First component: bytes; second: words (300 does not fit in a byte).
        assert_eq!(
            read_u16(data, 10),
            Some(ARGS_ARE_XY_VALUES | MORE_COMPONENTS)
        );
        assert_eq!(read_u16(data, 16), Some(ARGS_ARE_XY_VALUES | ARG_1_AND_2_ARE_WORDS));
        assert_eq!(read_u16(data, 20), Some(300));
        assert_eq!(read_u16(data, 22), Some((-5i16) as u16));
    }
}
