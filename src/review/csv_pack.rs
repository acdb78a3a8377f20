//! The CSV review pack: a header row, then one row per message (UTF-8, RFC 4180 quoting).

use std::path::Path;

use super::pack::{CORRECTED, Edit, Returned, Row, column_letter, header, is_yes};
use crate::error::{Error, Result};

/// The pack as CSV bytes.
pub fn write(rows: &[Row], reference: &str, tag: &str) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let fail = |e: csv::Error| Error::Usage(format!("cannot write CSV: {e}"));
    w.write_record(header(reference, tag)).map_err(fail)?;
    for row in rows {
        let mut cells = row.cells();
        cells.extend(["", "", "", ""].map(String::from));
        w.write_record(&cells).map_err(fail)?;
    }
    w.into_inner()
        .map_err(|e| Error::Usage(format!("cannot write CSV: {e}")))
}

/// Reads a CSV pack; `name` is the file name used in places (`pack.csv:12:J`).
pub fn read(path: &Path, name: &str, reference: &str) -> Result<Returned> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .map_err(|e| Error::Usage(format!("{name}: cannot read CSV: {e}")))?;
    let mut records = Vec::new();
    for (n, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| Error::Usage(format!("{name}:{}: {e}", n + 1)))?;
        records.push(rec.iter().map(String::from).collect::<Vec<_>>());
    }
    from_table(&records, reference, &|row, col| {
        format!("{name}:{row}:{}", column_letter(col))
    })
}

fn cell(rec: &[String], i: usize) -> &str {
    rec.get(i).map_or("", |s| s.as_str())
}

/// Reads the rows of a CSV or XLSX pack; `place(row, column)` names a cell (1-based row).
pub fn from_table(
    records: &[Vec<String>],
    reference: &str,
    place: &dyn Fn(usize, usize) -> String,
) -> Result<Returned> {
    let Some(head) = records.first() else {
        return Err(Error::Usage(format!("{}: the pack is empty", place(1, 0))));
    };
    let tag = head.get(CORRECTED - 1).cloned().unwrap_or_default();
    let expected = header(reference, &tag);
    if head.len() < expected.len() || head[..expected.len()] != expected[..] {
        return Err(Error::Usage(format!(
            "{}: this is not an infosheet review pack: the first row must be {}",
            place(1, 0),
            expected.join(", ")
        )));
    }
    let mut edits = Vec::new();
    for (n, rec) in records.iter().enumerate().skip(1) {
        let row = n + 1;
        let id = cell(rec, 0).trim();
        if id.is_empty() {
            continue;
        }
        let corrected = cell(rec, CORRECTED);
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        edits.push(Edit {
            id: id.to_string(),
            corrected: (!corrected.trim().is_empty()).then(|| corrected.trim_end().to_string()),
            ok: is_yes(cell(rec, CORRECTED + 1)),
            comment: text(cell(rec, CORRECTED + 2)),
            reviewer: text(cell(rec, CORRECTED + 3)),
            place: place(row, CORRECTED),
            row_place: place(row, 0),
        });
    }
    Ok(Returned { locale: tag, edits })
}
