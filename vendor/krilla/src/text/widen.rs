//! infosheet patch (see PATCH.md): glyphs without advance (combining marks) get a small width.
//!
//! pdfminer.six joins two characters into one line only when the gap between them is less
//! than twice the wider one's width, so two marks without width shown one after the other
//! (a Thai vowel below and a tone mark, a Burmese or Khmer stack) split a word into lines it
//! then reorders. Such a glyph is given [`MARK_WIDTH`] in the font's `W` array and in the
//! embedded font program's `hmtx` (PDF/UA-1 7.21.5 wants the two to agree), and the text
//! showing operators move back by as much after it, so every glyph is drawn where it was.

/// The width (in em) a glyph without advance is given.
pub(crate) const MARK_WIDTH: f32 = 0.1;

/// infosheet patch: the width (in em) a glyph without advance is given in a Khmer font.
/// Khmer draws a subscript consonant and the vowel after it up to 0.44 em apart (ឆ្នាំ, ញ៉ាំ),
/// past pdfminer.six's twice [`MARK_WIDTH`]; at this width it keeps them on one line. Other
/// scripts keep [`MARK_WIDTH`]: at 0.15 or 0.2 em pdf.js read 259 spaces more inside the
/// Burmese words of one sheet, and no other script's figures rose.
pub(crate) const KHMER_MARK_WIDTH: f32 = 0.2;

/// The width (in em) the glyphs without advance of `font` are given, where [`widens`].
pub(crate) fn mark_width(font: &crate::text::Font) -> f32 {
    use skrifa::MetadataProvider;
    if font.font_ref().charmap().map('\u{1780}').is_some() {
        KHMER_MARK_WIDTH
    } else {
        MARK_WIDTH
    }
}

/// Whether the glyphs without advance of a font get [`MARK_WIDTH`]: a font with TrueType
/// outlines (its `hmtx` is embedded) that has no right-to-left letters (the right-to-left
/// text layer is left as it is).
pub(crate) fn widens(font: &crate::text::Font) -> bool {
    use skrifa::raw::TableProvider;
    use skrifa::MetadataProvider;
    let font_ref = font.font_ref();
    let charmap = font_ref.charmap();
    font_ref.glyf().is_ok()
        && ['\u{0627}', '\u{05D0}']
            .iter()
            .all(|c| charmap.map(*c).is_none())
}

pub(crate) fn read_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

pub(crate) fn read_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The OpenType checksum of a table (the sum of its big-endian u32 words, zero-padded).
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, c| {
        let mut w = [0u8; 4];
        w[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(w))
    })
}

/// A TrueType font (`data`, one font, no collection) with the advance of each glyph in
/// `advances` (glyph id, advance in font units) set in `hmtx`; `hmtx` is written with one
/// full metric per glyph, `hhea` says so, and the table directory, checksums and `head`'s
/// checksum adjustment are rewritten. `None` when a table is missing or malformed.
pub(crate) fn with_advances(data: &[u8], advances: &[(u16, u16)]) -> Option<Vec<u8>> {
    let mut tables = tables(data)?;
    let mut metrics = long_metrics(&tables)?;
    for &(g, adv) in advances {
        metrics.get_mut(g as usize)?.0 = adv;
    }
    set_long_metrics(&mut tables, &metrics)?;
    assemble(data.get(..12)?, tables)
}

/// The tables of a TrueType font (`data`, one font, no collection), in directory order.
pub(crate) fn tables(data: &[u8]) -> Option<Vec<([u8; 4], Vec<u8>)>> {
    let num_tables = read_u16(data, 4)? as usize;
    let mut tables: Vec<([u8; 4], Vec<u8>)> = Vec::with_capacity(num_tables);
    for k in 0..num_tables {
        let rec = 12 + 16 * k;
        let tag: [u8; 4] = data.get(rec..rec + 4)?.try_into().ok()?;
        let (offset, length) = (
            read_u32(data, rec + 8)? as usize,
            read_u32(data, rec + 12)? as usize,
        );
        tables.push((tag, data.get(offset..offset.checked_add(length)?)?.to_vec()));
    }
    Some(tables)
}

/// The index of the table `tag` in `tables`.
pub(crate) fn find(tables: &[([u8; 4], Vec<u8>)], tag: &[u8; 4]) -> Option<usize> {
    tables.iter().position(|(t, _)| t == tag)
}

/// Every glyph's (advance, left side bearing), from `hmtx`, `hhea` and `maxp`.
pub(crate) fn long_metrics(tables: &[([u8; 4], Vec<u8>)]) -> Option<Vec<(u16, i16)>> {
    let (hhea, hmtx, maxp) = (
        find(tables, b"hhea")?,
        find(tables, b"hmtx")?,
        find(tables, b"maxp")?,
    );
    let num_glyphs = read_u16(&tables[maxp].1, 4)? as usize;
    let long = read_u16(&tables[hhea].1, 34)? as usize;
    let old = &tables[hmtx].1;
    let mut metrics: Vec<(u16, i16)> = Vec::with_capacity(num_glyphs);
    for g in 0..num_glyphs {
        let (adv, lsb) = if g < long {
            (read_u16(old, 4 * g)?, read_u16(old, 4 * g + 2)?)
        } else {
            (metrics.last()?.0, read_u16(old, 4 * long + 2 * (g - long))?)
        };
        metrics.push((adv, lsb as i16));
    }
    Some(metrics)
}

/// Writes `metrics` as `hmtx` with one full metric per glyph, and `hhea` to say so (its
/// maximum advance kept at least as large).
pub(crate) fn set_long_metrics(
    tables: &mut [([u8; 4], Vec<u8>)],
    metrics: &[(u16, i16)],
) -> Option<()> {
    let (hhea, hmtx) = (find(tables, b"hhea")?, find(tables, b"hmtx")?);
    tables[hmtx].1 = metrics
        .iter()
        .flat_map(|(a, l)| a.to_be_bytes().into_iter().chain(l.to_be_bytes()))
        .collect();
    let max_advance = metrics.iter().map(|m| m.0).max()?;
    let hhea_data = &mut tables[hhea].1;
    let old_max = read_u16(hhea_data, 10)?;
    hhea_data
        .get_mut(10..12)?
        .copy_from_slice(&old_max.max(max_advance).to_be_bytes());
    hhea_data
        .get_mut(34..36)?
        .copy_from_slice(&u16::try_from(metrics.len()).ok()?.to_be_bytes());
    Some(())
}

/// An sfnt from its header (first 12 bytes) and tables, in the order given.
pub(crate) fn assemble(header: &[u8], mut tables: Vec<([u8; 4], Vec<u8>)>) -> Option<Vec<u8>> {
    let head = tables.iter().position(|(t, _)| t == b"head");
    if let Some(h) = head {
        tables[h].1.get_mut(8..12)?.fill(0);
    }
    let mut out = header.to_vec();
    let mut offset = 12 + 16 * tables.len();
    let mut body = Vec::new();
    for (tag, table) in &tables {
        out.extend(tag);
        out.extend(checksum(table).to_be_bytes());
        out.extend(u32::try_from(offset).ok()?.to_be_bytes());
        out.extend(u32::try_from(table.len()).ok()?.to_be_bytes());
        body.extend(table);
        body.resize(body.len().next_multiple_of(4), 0);
        offset = 12 + 16 * tables.len() + body.len();
    }
    out.extend(body);
    if let Some(h) = head {
        let at = read_u32(&out, 12 + 16 * h + 8)? as usize;
        let adjust = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out.get_mut(at + 8..at + 12)?
            .copy_from_slice(&adjust.to_be_bytes());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal sfnt with `maxp`, `hhea` and a compressed `hmtx` (two long metrics, one
    /// left side bearing).
    fn font() -> Vec<u8> {
        let mut maxp = vec![0, 0, 0x50, 0];
        maxp.extend(3u16.to_be_bytes());
        let mut hhea = vec![0u8; 36];
        hhea[10..12].copy_from_slice(&600u16.to_be_bytes());
        hhea[34..36].copy_from_slice(&2u16.to_be_bytes());
        let hmtx: Vec<u8> = [600u16, 10, 0, 0xFFEC, 5]
            .iter()
            .flat_map(|v| v.to_be_bytes())
            .collect();
        let mut header = vec![0, 1, 0, 0];
        header.extend(3u16.to_be_bytes());
        header.extend([0u8; 6]);
        assemble(
            &header,
            vec![(*b"hhea", hhea), (*b"hmtx", hmtx), (*b"maxp", maxp)],
        )
        .unwrap()
    }

    #[test]
    fn sets_advances_and_keeps_side_bearings() {
        let out = with_advances(&font(), &[(2, 100)]).unwrap();
        let hmtx_at = read_u32(&out, 12 + 16 + 8).unwrap() as usize;
        let metrics: Vec<u16> = (0..6)
            .map(|k| read_u16(&out, hmtx_at + 2 * k).unwrap())
            .collect();
        // Glyph 1 kept the last long metric's advance (0) and its bearing (-20); glyph 2 has
        // its new advance and its bearing (5).
        assert_eq!(metrics, [600, 10, 0, 0xFFEC, 100, 5]);
        let hhea_at = read_u32(&out, 12 + 8).unwrap() as usize;
        assert_eq!(read_u16(&out, hhea_at + 34), Some(3));
        // Every table's checksum is its data's.
        for k in 0..3 {
            let rec = 12 + 16 * k;
            let (at, len) = (
                read_u32(&out, rec + 8).unwrap() as usize,
                read_u32(&out, rec + 12).unwrap() as usize,
            );
            assert_eq!(read_u32(&out, rec + 4), Some(checksum(&out[at..at + len])));
        }
    }
}
