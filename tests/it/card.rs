//! The pocket card (issue 13): every `help-card.pdf` is an ID-1 card, front and back, holding
//! every text of its model that a card prints, nothing outside the card; its print sheet
//! `help-card-print.pdf` lays copies of it on the project's paper with crop marks.

use std::path::Path;

use infosheet::build::{edition_path, print_path};
use infosheet::config::Format;
use infosheet::model::{EditionId, Sheet};
use serde_json::Value;

use crate::support::*;

/// ID-1 (ISO/IEC 7810), in mm, and the tolerance the issue allows.
const CARD_MM: (f64, f64) = (85.6, 54.0);
const TOLERANCE_MM: f64 = 0.5;
const PT_PER_MM: f64 = 72.0 / 25.4;

/// Page count and size in mm of every page (pdfinfo reports the first page's size).
fn pages_and_size(pdf: &Path) -> (usize, (f64, f64)) {
    let info = tool("pdfinfo", &[&pdf.to_string_lossy()]);
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("a page size");
    let nums: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (pages, (nums[0] / PT_PER_MM, nums[1] / PT_PER_MM))
}

/// Text compared without white space, bidi controls, ZWNJ and the separators a right-to-left
/// line moves about (poppler writes "هر روز، ۲۴" as "هر روز ۲۴ ،"), without hyphens (poppler
/// joins "grown-" and "up" at a line break into "grownup"), with lam-alef as poppler
/// writes it (as tests/it/leaflet.rs compares).
fn normalized(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '\u{200c}' | '\u{200e}' | '\u{200f}' | '/' | '·' | '(' | ')' | '،' | '-'
                )
                && !('\u{202a}'..='\u{202e}').contains(c)
                && !('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect::<String>()
        .replace("لا", "ال")
}

/// Removes `keys` from every object in `v`, at any depth.
fn prune(v: &mut Value, keys: &[&str]) {
    match v {
        Value::Object(o) => {
            o.retain(|k, _| !keys.contains(&k.as_str()));
            o.values_mut().for_each(|v| prune(v, keys));
        }
        Value::Array(a) => a.iter_mut().for_each(|v| prune(v, keys)),
        _ => {}
    }
}

/// Every text of the model a card prints, walked with `json_strings` over the model without
/// what a card does not print: identities, fonts, the page numbering (a card has no page
/// numbers) and tags (`lang`, `tel`, paths), the long form of each notice (a card prints the
/// short one, as every page footer does), the call band's
/// heading (the card's own section heading stands there), rights' bodies and legal bases,
/// support, addresses, e-mail, websites and the services list (the rights-and-help sheet
/// carries them), the footer note and the interface labels, of which the card prints only
/// those it uses (sample contact, complaints), added back here. A PDF plays nothing: the
/// recordings of a block (`audio`), the words beside a player and the computer-voice mark are
/// the HTML page's only.
fn card_texts(sheet: &Sheet) -> Vec<String> {
    let mut v = serde_json::to_value(sheet).expect("model");
    let top = v.as_object_mut().expect("object");
    for k in [
        "edition",
        "lang",
        "typst_lang",
        "typst_region",
        "dir",
        "fonts",
        "paper",
        "tier",
        "template",
        "region_name",
        "endonym",
        "generator",
        "labels",
        "phone_pictogram",
        "footer_note",
        "spacing",
        "audio_labels",
        "audio_mark",
        "page_numbering",
    ] {
        top.remove(k);
    }
    if let Some(call) = top.get_mut("call").and_then(Value::as_object_mut) {
        call.remove("heading");
    }
    prune(
        &mut v,
        &[
            "lang",
            "tel",
            "id",
            "kind",
            "pictogram",
            "body",
            "legal_basis",
            "support",
            "panels",
            "contacts_intro",
            "services",
            "address",
            "email",
            "website",
            "email_parts",
            "website_parts",
            "last_verified",
            "reference",
            "audio",
        ],
    );
    // The back lists its contacts with number, name and hours, not their languages (the
    // numbers on the front list theirs).
    if let Some(sections) = v.get_mut("sections").and_then(Value::as_array_mut) {
        for contact in sections.iter_mut().flat_map(|s| {
            s.get_mut("contacts")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
        }) {
            if let Some(c) = contact.as_object_mut() {
                c.remove("languages");
            }
        }
    }
    // A notice's long `text`: drop it from the marks only (`text` is every Text's own field).
    if let Some(marks) = v.get_mut("marks").and_then(Value::as_array_mut) {
        for m in marks {
            if let Some(m) = m.as_object_mut() {
                m.remove("text");
            }
        }
    }
    let mut out = json_strings(&v);
    let contacts = sheet.sections.iter().flat_map(|s| &s.contacts);
    if sheet
        .call
        .iter()
        .flat_map(|c| &c.contacts)
        .any(|c| c.sample)
    {
        out.push(sheet.labels.sample_contact.text.clone());
    }
    if contacts.clone().any(|c| c.complaints) {
        out.push(sheet.labels.complaints.text.clone());
    }
    out
}

/// Words (pdftotext -bbox) off the card's safe area: a word whose box leaves the page's width,
/// or whose middle lies nearer an edge than `safe_mm` less 1 mm (poppler's boxes hold the
/// font's whole ascent and descent, which for Arabic at 22 pt reach above the ink and the page).
fn words_off_the_card(pdf: &Path, safe_mm: f64) -> Vec<String> {
    let html = tool("pdftotext", &["-bbox", &pdf.to_string_lossy(), "-"]);
    let mut off = Vec::new();
    let (mut width, mut height) = (0.0, 0.0);
    let attr = |line: &str, name: &str| -> f64 {
        let at = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        let rest = &line[at..];
        rest[..rest.find('"').expect("quote")]
            .parse()
            .expect("number")
    };
    let margin = (safe_mm - 1.0) * PT_PER_MM;
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            (width, height) = (attr(line, "width"), attr(line, "height"));
        } else if line.starts_with("<word ") {
            let (x0, y0) = (attr(line, "xMin"), attr(line, "yMin"));
            let (x1, y1) = (attr(line, "xMax"), attr(line, "yMax"));
            let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
            let leaves = x0 < 0.0 || x1 > width;
            let near = mx < margin || my < margin || mx > width - margin || my > height - margin;
            if leaves || near {
                off.push(line.to_string());
            }
        }
    }
    off
}

fn card_editions() -> Vec<(EditionId, std::path::PathBuf)> {
    let (locales, tiers, regions, _) = default_matrix();
    let mut out = Vec::new();
    for region in &regions {
        for locale in &locales {
            for tier in &tiers {
                let id = EditionId {
                    sheet: "help-card".into(),
                    region: region.clone(),
                    locale: locale.clone(),
                    tier: tier.clone(),
                };
                let pdf = default_build().join(edition_path(&id, Format::Pdf));
                out.push((id, pdf));
            }
        }
    }
    out
}

#[test]
fn every_card_is_id1_front_and_back_with_every_text_on_it_and_none_off_it() {
    let project = infosheet::project::Project::load(&repo()).expect("project");
    let mut failures = Vec::new();
    let mut texts = 0;
    let editions = card_editions();
    for (id, pdf) in &editions {
        let (pages, (w, h)) = pages_and_size(pdf);
        if pages != 2 {
            failures.push(format!("{id}: {pages} pages, not front and back"));
        }
        if (w - CARD_MM.0).abs() > TOLERANCE_MM || (h - CARD_MM.1).abs() > TOLERANCE_MM {
            failures.push(format!("{id}: {w:.1} x {h:.1} mm, not ID-1"));
        }
        let (sheet, _) = infosheet::build::sheet_model(&project, id).expect("model");
        let text = normalized(&tool("pdftotext", &[&pdf.to_string_lossy(), "-"]));
        for t in card_texts(&sheet) {
            texts += 1;
            if !text.contains(&normalized(&t)) {
                failures.push(format!("{id}: not on the card: {t:?}"));
            }
        }
        // The card's margin is 3 mm (templates/typst/card-faces.typ).
        for word in words_off_the_card(pdf, 3.0) {
            failures.push(format!("{id}: outside the safe area: {word}"));
        }
    }
    eprintln!(
        "cards: {} checked, {texts} model texts looked for",
        editions.len()
    );
    let (locales, tiers, regions, _) = default_matrix();
    assert_eq!(
        editions.len(),
        locales.len() * tiers.len() * regions.len(),
        "every locale, tier and region"
    );
    assert!(
        texts > editions.len() * 20,
        "the texts are found in the model"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_card_text_check_sees_a_missing_text() {
    // The same check on a card with a text the card does not print fails: it can fail.
    let project = infosheet::project::Project::load(&repo()).expect("project");
    let (id, pdf) = card_editions().remove(0);
    let (mut sheet, _) = infosheet::build::sheet_model(&project, &id).expect("model");
    sheet.title.text = "A title this card never printed".into();
    let text = normalized(&tool("pdftotext", &[&pdf.to_string_lossy(), "-"]));
    let missing: Vec<String> = card_texts(&sheet)
        .into_iter()
        .filter(|t| !text.contains(&normalized(t)))
        .collect();
    assert_eq!(missing, ["A title this card never printed"]);
}

/// A page of a PDF as 8-bit grey pixels at `dpi` (pdftoppm's PGM).
fn grey_page(pdf: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let prefix = dir.path().join("p");
    let p = page.to_string();
    tool(
        "pdftoppm",
        &[
            "-gray",
            "-r",
            &dpi.to_string(),
            "-f",
            &p,
            "-l",
            &p,
            "-singlefile",
            &pdf.to_string_lossy(),
            &prefix.to_string_lossy(),
        ],
    );
    let data = std::fs::read(dir.path().join("p.pgm")).expect("pgm");
    // P5 header: magic, width, height, maxval, then one byte per pixel.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while data[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !data[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..i]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, data[i + 1..].to_vec())
}

/// Dark marks outside the grid of cards (`grid` = left, top, right, bottom in mm): the centre
/// (mm) of each connected group of dark pixels.
fn marks_outside(
    page: &(usize, usize, Vec<u8>),
    dpi: f64,
    grid: (f64, f64, f64, f64),
) -> Vec<(f64, f64)> {
    let (w, h, px) = page;
    let mm = |p: usize| p as f64 / dpi * 25.4;
    let inside = |x: usize, y: usize| {
        mm(x) > grid.0 - 0.3 && mm(x) < grid.2 + 0.3 && mm(y) > grid.1 - 0.3 && mm(y) < grid.3 + 0.3
    };
    let dark = |x: usize, y: usize| px[y * w + x] < 160 && !inside(x, y);
    let mut seen = vec![false; w * h];
    let mut out = Vec::new();
    for y in 0..*h {
        for x in 0..*w {
            if seen[y * w + x] || !dark(x, y) {
                continue;
            }
            let (mut stack, mut sum, mut n) = (vec![(x, y)], (0.0, 0.0), 0.0);
            seen[y * w + x] = true;
            while let Some((cx, cy)) = stack.pop() {
                sum = (sum.0 + mm(cx), sum.1 + mm(cy));
                n += 1.0;
                for (dx, dy) in [(-1i64, 0i64), (1, 0), (0, -1), (0, 1)] {
                    let (nx, ny) = (cx as i64 + dx, cy as i64 + dy);
                    if nx < 0 || ny < 0 || nx >= *w as i64 || ny >= *h as i64 {
                        continue;
                    }
                    let (nx, ny) = (nx as usize, ny as usize);
                    if !seen[ny * w + nx] && dark(nx, ny) {
                        seen[ny * w + nx] = true;
                        stack.push((nx, ny));
                    }
                }
            }
            out.push((sum.0 / n, sum.1 / n));
        }
    }
    out
}

/// Checks a print sheet for paper `(w, h)` in mm holding `cols` x `rows` cells of `cell` mm:
/// the main number once per card on each page, and one crop mark at each end of every cut.
fn check_print_sheet(
    pdf: &Path,
    number: &str,
    paper: (f64, f64),
    cols: usize,
    rows: usize,
    cell: (f64, f64),
) {
    let at = pdf.display();
    tool("qpdf", &["--check", &pdf.to_string_lossy()]);
    let (pages, (w, h)) = pages_and_size(pdf);
    assert_eq!(pages, 2, "{at}: fronts, then backs");
    assert!(
        (w - paper.0).abs() < 0.5 && (h - paper.1).abs() < 0.5,
        "{at}: {w} x {h} mm"
    );
    let cards = cols * rows;
    let digits: String = number.chars().filter(|c| !c.is_whitespace()).collect();
    for page in 1..=2 {
        let p = page.to_string();
        let text = tool(
            "pdftotext",
            &["-f", &p, "-l", &p, &pdf.to_string_lossy(), "-"],
        );
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let found = squeezed.matches(&digits).count();
        assert_eq!(found, cards, "{at} page {page}: {found} copies of {number}");
    }
    let (left, top) = (
        (paper.0 - cols as f64 * cell.0) / 2.0,
        (paper.1 - rows as f64 * cell.1) / 2.0,
    );
    let grid = (
        left,
        top,
        left + cols as f64 * cell.0,
        top + rows as f64 * cell.1,
    );
    let dpi = 150.0;
    for page in 1..=2 {
        let marks = marks_outside(&grey_page(pdf, page, dpi as u32), dpi, grid);
        assert_eq!(
            marks.len(),
            2 * (cols + 1) + 2 * (rows + 1),
            "{at} page {page}: crop marks {marks:?}"
        );
        // Each mark lies on a cut: a vertical one above or below the grid at a column edge, a
        // horizontal one beside it at a row edge.
        for (x, y) in &marks {
            let on_column = (0..=cols).any(|i| (x - (left + i as f64 * cell.0)).abs() < 0.5);
            let on_row = (0..=rows).any(|j| (y - (top + j as f64 * cell.1)).abs() < 0.5);
            let above_below = *y < grid.1 || *y > grid.3;
            let beside = *x < grid.0 || *x > grid.2;
            assert!(
                (on_column && above_below) || (on_row && beside),
                "{at} page {page}: a mark at ({x:.1}, {y:.1}) mm is on no cut"
            );
        }
    }
}

#[test]
fn the_print_sheet_lays_ten_cards_on_a4_with_crop_marks_on_both_sides() {
    let mut checked = 0;
    for (id, _) in card_editions() {
        if id.region != "sample-destination" || !["en", "my", "fa"].contains(&id.locale.as_str()) {
            continue;
        }
        let pdf = default_build().join(print_path(&id));
        let project = infosheet::project::Project::load(&repo()).expect("project");
        let (sheet, _) = infosheet::build::sheet_model(&project, &id).expect("model");
        let number = &sheet.main_number.as_ref().expect("a number").phone.display;
        check_print_sheet(&pdf, number, (210.0, 297.0), 2, 5, CARD_MM);
        let info = tool("pdfinfo", &[&pdf.to_string_lossy()]);
        assert!(
            info.contains("Tagged:          no"),
            "{id}: copies are untagged"
        );
        checked += 1;
    }
    assert_eq!(checked, 3 * 4);
}

#[test]
fn the_print_sheet_follows_the_projects_paper_and_the_check_sees_missing_marks() {
    for (paper, size, cols, rows, cell) in [
        ("letter", (215.9, 279.4), 2, 4, CARD_MM),
        ("a5", (148.0, 210.0), 2, 2, (CARD_MM.1, CARD_MM.0)),
    ] {
        let project = copy_project();
        let toml = project.path().join("infosheet.toml");
        let text = std::fs::read_to_string(&toml).unwrap();
        std::fs::write(
            &toml,
            text.replace("paper = \"a4\"", &format!("paper = \"{paper}\"")),
        )
        .unwrap();
        let out = project.path().join("out");
        let o = run(
            project.path(),
            &[
                "build",
                "--sheet",
                "help-card",
                "--locale",
                "km",
                "--tier",
                "adult",
                "--region",
                "sample-destination",
                "--format",
                "pdf",
                "--out",
                &out.to_string_lossy(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let pdf = out.join("sample-destination/km/adult/help-card-print.pdf");
        check_print_sheet(&pdf, "+44 20 7946 0100", size, cols, rows, cell);
        if paper == "letter" {
            // The card's own PDF has no crop marks: the same count finds none there.
            let card = out.join("sample-destination/km/adult/help-card.pdf");
            let page = grey_page(&card, 1, 150);
            assert!(marks_outside(&page, 150.0, (3.0, 3.0, 82.6, 51.0)).is_empty());
            let result = std::panic::catch_unwind(|| {
                check_print_sheet(&card, "+44 20 7946 0100", size, cols, rows, cell)
            });
            assert!(
                result.is_err(),
                "the print-sheet check accepts a single card"
            );
        }
    }
}
