//! Per-message review: review packs (XLSX, CSV, XLIFF 2.0) out and back in, outdated
//! translations after an English change, and the draft mark that follows the review state.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::support::*;

/// Every file under locales/, with its bytes.
fn locale_files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root.join("locales"))
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(root).unwrap().display().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn export(root: &Path, locale: &str, format: &str, out: &Path) {
    let o = run(
        root,
        &[
            "review",
            "export",
            "--locale",
            locale,
            "--format",
            format,
            "--out",
            &out.to_string_lossy(),
        ],
    );
    assert!(o.status.success(), "export {format}: {}", stderr(&o));
}

fn import(root: &Path, pack: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["review", "import", pack.to_str().unwrap()];
    args.extend_from_slice(extra);
    run(root, &args)
}

/// The CSV pack as rows of cells.
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap();
    r.records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect()
}

fn write_csv(path: &Path, rows: &[Vec<String>]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    for row in rows {
        w.write_record(row).unwrap();
    }
    w.flush().unwrap();
}

/// The 1-based row number of message `id` in a pack's rows (header = row 1).
fn row_of(rows: &[Vec<String>], id: &str) -> usize {
    rows.iter().position(|r| r[0] == id).unwrap() + 1
}

#[test]
fn export_then_import_without_edits_changes_no_byte() {
    let project = copy_project();
    let root = project.path();
    let before = locale_files(root);
    for (format, ext) in [("xlsx", "xlsx"), ("csv", "csv"), ("xliff", "xlf")] {
        let pack = root.join(format!("km-pack.{ext}"));
        export(root, "km", format, &pack);
        assert!(std::fs::metadata(&pack).unwrap().len() > 1000, "{format}");
        let o = import(root, &pack, &["--reviewer", "Sokha"]);
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(out.contains("nothing to change"), "{format}: {out}");
        assert!(locale_files(root) == before, "{format}: a file changed");
    }
}

#[test]
fn a_corrected_xlsx_cell_lands_in_its_message_and_records_the_review() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let project = copy_project();
    let root = project.path();
    let pack = root.join("km.xlsx");
    export(root, "km", "xlsx", &pack);
    // The reviewer's copy: the same cells, a correction of `ui-hours` and an OK for `ui-phone`.
    let mut book: Xlsx<_> = open_workbook(&pack).unwrap();
    assert_eq!(book.sheet_names()[0], "km");
    let range = book.worksheet_range("km").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    _ => String::new(),
                })
                .collect()
        })
        .collect();
    assert_eq!(rows[0][7], "en");
    assert_eq!(rows[0][8], "km");
    assert_eq!(rows[0][9..13], ["corrected", "ok", "comment", "reviewer"]);
    let hours = row_of(&rows, "ui-hours");
    assert_eq!(rows[hours - 1][8], "ម៉ោងបើក");
    assert_eq!(rows[hours - 1][7], "Open");
    assert_eq!(rows[hours - 1][2], "every sheet");
    let phone = row_of(&rows, "ui-phone");
    let mut edited = rust_xlsxwriter::Workbook::new();
    let sheet = edited.add_worksheet();
    sheet.set_name("km").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let at = |row: usize| (row - 1) as u32;
    sheet.write_string(at(hours), 9, "ម៉ោងបើកធ្វើការ").unwrap();
    sheet.write_string(at(hours), 11, "clearer").unwrap();
    sheet.write_string(at(phone), 10, "x").unwrap();
    edited.save(&pack).unwrap();

    let ui_before = std::fs::read_to_string(root.join("locales/km/ui.ftl")).unwrap();
    let o = import(root, &pack, &["--reviewer", "Sokha Chan"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", stderr(&o));
    assert!(out.contains("corrected km/ui.ftl: ui-hours"), "{out}");
    assert!(out.contains("reviewed km: ui-phone by Sokha Chan"), "{out}");

    // Only the corrected line changed; comments and order are kept.
    let ui_after = std::fs::read_to_string(root.join("locales/km/ui.ftl")).unwrap();
    let changed: Vec<(&str, &str)> = ui_before
        .lines()
        .zip(ui_after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed, [("ui-hours = ម៉ោងបើក", "ui-hours = ម៉ោងបើកធ្វើការ")]);
    assert_eq!(ui_before.lines().count(), ui_after.lines().count());

    let review = std::fs::read_to_string(root.join("locales/km/review.toml")).unwrap();
    let table: toml::Table = toml::from_str(&review).unwrap();
    let rec = |id: &str| table["messages"][id].as_table().unwrap().clone();
    assert_eq!(rec("ui-hours")["reviewed_by"].as_str(), Some("Sokha Chan"));
    assert_eq!(rec("ui-hours")["comment"].as_str(), Some("clearer"));
    assert_eq!(rec("ui-phone")["reviewed_by"].as_str(), Some("Sokha Chan"));
    // SOURCE_DATE_EPOCH of the tests.
    assert_eq!(rec("ui-phone")["reviewed_on"].as_str(), Some("2026-11-18"));
    assert!(!rec("ui-email").contains_key("reviewed_by"));

    // check stays clean; status counts the two reviewed messages.
    let o = run(root, &["check", "--locale", "km", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(root, &["status", "--format", "json"]);
    let status: Value = serde_json::from_slice(&o.stdout).unwrap();
    let km = status["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["tag"] == "km")
        .unwrap();
    for t in km["tiers"].as_array().unwrap() {
        assert_eq!(t["reviewed"], 2, "{t}");
    }
    assert_eq!(km["reviewed"], false);
}

#[test]
fn bad_cells_are_refused_at_their_cell_with_nothing_written() {
    let project = copy_project();
    let root = project.path();
    let pack = root.join("km.csv");
    export(root, "km", "csv", &pack);
    let mut rows = csv_rows(&pack);
    let before = locale_files(root);
    let mut set = |id: &str, text: &str| {
        let r = row_of(&rows, id);
        rows[r - 1][9] = text.to_string();
        rows[r - 1][12] = "Sokha".to_string();
        r
    };
    // A variable infosheet never passes, a select without default, an unclosed placeable,
    // a character no font of the locale has, a left-out $count; and one good correction.
    let unknown = set("ui-phone", "ទូរស័ព្ទ { $name }");
    let no_default = set(
        "ui-hours",
        "{ $tier ->\n    [adult] ម៉ោង\n    [other] ម៉ោងបើក\n}",
    );
    let unclosed = set("ui-email", "អ៊ីមែល { $tier");
    let glyph = set("ui-address", "អាសយដ្ឋាន 🏠");
    let count = set("ui-contacts-count", "លេខទូរស័ព្ទ");
    set("ui-website", "គេហទំព័រ");
    write_csv(&pack, &rows);
    let o = import(root, &pack, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for (row, what) in [
        (unknown, "`$name`"),
        (no_default, "not valid Fluent"),
        (unclosed, "not valid Fluent"),
        (glyph, "no font has a glyph"),
        (count, "`$count`"),
    ] {
        let place = format!("km.csv:{row}:J");
        assert!(
            err.lines().any(|l| l.contains(&place) && l.contains(what)),
            "{place} {what}:\n{err}"
        );
    }
    assert!(locale_files(root) == before, "nothing is written");
}

#[test]
fn an_xlsx_bad_cell_names_its_sheet_row_and_column() {
    let project = copy_project();
    let root = project.path();
    let pack = root.join("th.xlsx");
    export(root, "th", "xlsx", &pack);
    let csv = root.join("th.csv");
    export(root, "th", "csv", &csv);
    let rows = csv_rows(&csv);
    let phone = row_of(&rows, "ui-phone");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("th").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    sheet
        .write_string((phone - 1) as u32, 9, "โทร { $page }")
        .unwrap();
    book.save(&pack).unwrap();
    let before = locale_files(root);
    let o = import(root, &pack, &["--reviewer", "Niran"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("th.xlsx:th:{phone}:J")), "{err}");
    assert!(locale_files(root) == before);
}

#[test]
fn an_english_change_makes_every_translation_outdated_and_the_edition_a_draft() {
    let project = copy_project();
    let root = project.path();
    // A reviewer signs off every Thai message; the Thai adult sheet loses its draft mark.
    let review = root.join("locales/th/review.toml");
    let text = std::fs::read_to_string(&review).unwrap();
    let signed = text.replace(
        "\ntranslation = ",
        "\nreviewed_by = \"Niran\"\nreviewed_on = \"2026-11-18\"\ntranslation = ",
    );
    std::fs::write(&review, signed).unwrap();
    let out = tempfile::tempdir().unwrap();
    let html = |out: &Path| {
        let o = run(
            root,
            &one_edition(
                "th",
                "adult",
                &[
                    "--format",
                    "html",
                    "--out",
                    &out.to_string_lossy(),
                    "--force",
                ],
            ),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        std::fs::read_to_string(out.join("sample-destination/th/adult/rights-and-help.html"))
            .unwrap()
    };
    assert!(
        !html(out.path()).contains("class=\"mark mark-draft\""),
        "every message it shows is reviewed"
    );

    // The English of `ui-phone` changes.
    let en = root.join("locales/en/ui.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(
        &en,
        text.replace("ui-phone = Phone\n", "ui-phone = Telephone\n"),
    )
    .unwrap();
    let o = run(root, &["check", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    let outdated: Vec<&Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "translation-outdated")
        .collect();
    // Every translation (each locale but the English reference) shows `ui-phone`.
    let (locales, _, _, _) = default_matrix();
    let translations = locales.iter().filter(|l| *l != "en").count();
    assert_eq!(outdated.len(), translations, "{outdated:?}");
    for d in &outdated {
        let locale = d["locale"].as_str().unwrap();
        assert_eq!(d["file"], format!("locales/{locale}/ui.ftl"));
        assert!(d["line"].as_u64().is_some() && d["column"] == 1, "{d}");
        let hint = d["hint"].as_str().unwrap();
        assert!(
            hint.contains("old English: \"Phone\"") && hint.contains("new English: \"Telephone\""),
            "{hint}"
        );
    }
    let th = outdated.iter().find(|d| d["locale"] == "th").unwrap();
    assert_eq!(th["line"], 3, "ui-phone is on line 3 of th/ui.ftl");
    assert!(
        html(out.path()).contains("class=\"mark mark-draft\""),
        "an outdated translation is shown as a draft"
    );

    // The translator updates it and records that; with a reviewer, the mark goes again.
    let o = run(
        root,
        &[
            "review",
            "mark",
            "--locale",
            "th",
            "--reviewer",
            "Niran",
            "ui-phone",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!html(out.path()).contains("class=\"mark mark-draft\""));
}

#[test]
fn the_xliff_pack_loads_in_translate_toolkit_with_one_unit_per_message() {
    let project = copy_project();
    let root = project.path();
    let xlf = root.join("fa.xlf");
    export(root, "fa", "xliff", &xlf);
    let csv = root.join("fa.csv");
    export(root, "fa", "csv", &csv);
    let rows = csv_rows(&csv);
    let script = "import json, sys\n\
from translate.storage.xliff2 import Xliff2File\n\
store = Xliff2File.parsefile(sys.argv[1])\n\
units = [u for u in store.units if not u.isheader()]\n\
print(json.dumps({'lang': [store.getsourcelanguage(), store.gettargetlanguage()],\n\
  'units': [[u.getid(), u.source, u.target] for u in units]}, ensure_ascii=False))\n";
    let o = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&xlf)
        .output()
        .expect("python3 runs (bash .ci/run installs translate-toolkit)");
    assert!(
        o.status.success(),
        "translate-toolkit could not load the pack:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let loaded: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(loaded["lang"], serde_json::json!(["en", "fa"]));
    let units = loaded["units"].as_array().unwrap();
    assert_eq!(units.len(), rows.len() - 1, "one unit per message");
    let mut ids: Vec<&str> = units.iter().map(|u| u[0].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), units.len(), "unit ids are unique");
    for row in &rows[1..] {
        let unit = units.iter().find(|u| u[0] == row[0].as_str()).unwrap();
        assert_eq!(unit[1], row[7].as_str(), "{} source", row[0]);
        if row[6] != "missing" {
            assert_eq!(unit[2], row[8].as_str(), "{} target", row[0]);
        }
    }
}
