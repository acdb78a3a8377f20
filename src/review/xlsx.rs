//! The XLSX review pack (rust_xlsxwriter out, calamine back in): one sheet named for the
//! locale, the header row frozen, the reviewer's columns shaded; a second sheet says how.

use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook};

use super::csv_pack::from_table;
use super::pack::{CORRECTED, Returned, Row, column_letter, header};
use crate::error::{Error, Result};

const HOW: &[&str] = &[
    "How to review",
    "Each row of the first sheet is one message of the information sheets.",
    "Read the English and the current translation. The sentence limit is the most words a sentence may have for the youngest tier that shows the message.",
    "If the translation is right, write x in the ok column.",
    "If it needs a change, write the whole corrected translation in the corrected column (and x in ok). Keep every { $name } and { … -> … } as it is.",
    "Write anything else in the comment column, and your name in the reviewer column.",
    "Do not change the other columns or the sheet name. Send the file back; infosheet review import checks every cell.",
];

/// The pack as XLSX bytes.
pub fn write(rows: &[Row], reference: &str, tag: &str) -> Result<Vec<u8>> {
    let fail = |e: rust_xlsxwriter::XlsxError| Error::Usage(format!("cannot write XLSX: {e}"));
    let mut book = Workbook::new();
    let bold = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xDDE7F0))
        .set_border_bottom(FormatBorder::Thin);
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let yours = wrap.clone().set_background_color(Color::RGB(0xFFF4CC));
    let sheet = book.add_worksheet();
    sheet.set_name(tag).map_err(fail)?;
    let widths = [
        24.0, 11.0, 14.0, 16.0, 16.0, 9.0, 11.0, 40.0, 40.0, 40.0, 5.0, 24.0, 14.0,
    ];
    for (i, (h, w)) in header(reference, tag).iter().zip(widths).enumerate() {
        let col = i as u16;
        sheet
            .write_string_with_format(0, col, h, &bold)
            .map_err(fail)?;
        sheet.set_column_width(col, w).map_err(fail)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        let cells = row.cells();
        for (c, cell) in cells.iter().enumerate() {
            sheet
                .write_string_with_format(r, c as u16, cell, &wrap)
                .map_err(fail)?;
        }
        // Spreadsheets do not grow a row for wrapped text on their own: give it the lines.
        let lines = cells
            .iter()
            .zip(widths)
            .map(|(cell, w)| wrapped_lines(cell, w))
            .max()
            .unwrap_or(1);
        sheet.set_row_height(r, 15.0 * lines as f64).map_err(fail)?;
        for c in CORRECTED..CORRECTED + 4 {
            sheet.write_blank(r, c as u16, &yours).map_err(fail)?;
        }
    }
    sheet.set_row_height(0, 30.0).map_err(fail)?;
    sheet.set_freeze_panes(1, 1).map_err(fail)?;
    // Printed: landscape A4, one page wide, the header on every page.
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0).map_err(fail)?;
    let how = book.add_worksheet();
    how.set_name("how to review").map_err(fail)?;
    how.set_column_width(0, 110.0).map_err(fail)?;
    for (i, line) in HOW.iter().enumerate() {
        let f = if i == 0 { &bold } else { &wrap };
        how.write_string_with_format(i as u32, 0, *line, f)
            .map_err(fail)?;
    }
    book.save_to_buffer().map_err(fail)
}

/// Reads an XLSX pack: its first sheet, named for the locale.
pub fn read(path: &Path, name: &str, reference: &str) -> Result<Returned> {
    let mut book: Xlsx<_> =
        open_workbook(path).map_err(|e| Error::Usage(format!("{name}: cannot read XLSX: {e}")))?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(Error::Usage(format!("{name}: the workbook has no sheet")));
    };
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| Error::Usage(format!("{name}:{sheet}: {e}")))?;
    // Rows as written, from A1 (calamine's range starts at the first used cell).
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut records = vec![Vec::new(); top as usize];
    for row in range.rows() {
        let mut cells = vec![String::new(); left as usize];
        cells.extend(row.iter().map(cell_text));
        records.push(cells);
    }
    let returned = from_table(&records, reference, &|row, col| {
        format!("{name}:{sheet}:{row}:{}", column_letter(col))
    })?;
    if returned.locale != sheet {
        return Err(Error::Usage(format!(
            "{name}:{sheet}:1:{}: the sheet is named `{sheet}` but its translation column is `{}`; do not rename either",
            column_letter(CORRECTED - 1),
            returned.locale
        )));
    }
    Ok(returned)
}

/// About how many lines `text` takes in a column `width` characters wide.
fn wrapped_lines(text: &str, width: f64) -> usize {
    let per_line = (width * 1.1).max(1.0) as usize;
    text.split('\n')
        .map(|l| l.chars().count().div_ceil(per_line).max(1))
        .sum()
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}
