//! Line breaks of the Thai, Lao, Khmer and Burmese PDFs, measured against a word segmenter no
//! one here wrote: ICU4C's dictionaries, through PyICU (Debian's python3-icu), in
//! tests/tools/breaks.py. Of the line breaks inside a text of the sheet model, at least
//! `MIN_SHARE` per locale must fall between two ICU4C words, and the PDFs' text may hold no
//! invisible character (zero-width space, word joiner, ...) that the locale's and content's
//! source files do not have. Without PyICU the tests fail when $CI is set and are skipped, saying
//! so, otherwise.
//!
//! The same tool on a copy of the project whose Thai text is full of zero-width spaces must
//! find both faults, so neither check passes without looking.
//!
//! `cargo test --release --test it linebreak -- --nocapture` prints the figures per locale and
//! the breaks inside a word; without the `[patch.crates-io]` of typst-layout in Cargo.toml it
//! measures Typst's own LSTM segmenter.

use std::path::{Path, PathBuf};
use std::process::Command;

use infosheet::model::EditionId;
use infosheet::project::Project;
use serde_json::{Value, json};

use crate::support::*;

const LOCALES: &[&str] = &["th", "lo", "km", "my"];

/// Line breaks found in the model texts per locale, over its 24 PDFs, when this was written:
/// th 457, lo 456, km 531, my 811. Far fewer would mean the PDFs' lines are no longer found in
/// the model texts, and the share below would say little.
const MIN_BREAKS: u64 = 200;

/// Share of those line breaks that must fall between two ICU4C words, per locale. Measured
/// over the 96 PDFs: with Typst's own LSTM segmenter th 94.5 %, lo 85.5 %, km 94.9 %,
/// my 91.8 % (ปลอด|ภัย, ตัว|อย่าง, ຄວາມ|ຊ່ວຍເຫຼືອ, ប្រាក់|ឈ្នួល); with ICU4X's dictionaries
/// (vendor/typst-layout) th 98.7 %, lo 99.3 %, km 99.4 %, my 99.9 %. The breaks still inside a
/// word come from ICU4X's greedy longest match (ต้องตา|มก|ฎห|มาย where ICU4C, which looks ahead,
/// has ต้อง|ตาม|กฎหมาย); the test prints them.
const MIN_SHARE: f64 = 0.98;

const SETUP: &str = "install Debian's python3-icu and poppler-utils \
     (`apt-get install python3-icu poppler-utils`), as .ci/run does, or point $PYTHON3 at a \
     Python that has PyICU";

/// The Python that has PyICU: $PYTHON3, else Debian's (where python3-icu installs it).
fn python() -> PathBuf {
    std::env::var_os("PYTHON3")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/python3"))
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Every string of an edition's sheet model, but the pictograms' SVG.
fn model_texts(project: &Project, id: &EditionId) -> Vec<String> {
    let (sheet, _) = infosheet::build::sheet_model(project, id)
        .unwrap_or_else(|e| panic!("{id}: sheet model: {e:?}"));
    model_strings(&sheet)
}

/// The files an edition's text comes from: its locale's and the reference locale's messages
/// and the content (contacts name organisations in other scripts). Not the templates.
fn source_files(project_dir: &Path, locale: &str) -> Vec<String> {
    let mut out = Vec::new();
    for dir in [
        format!("locales/{locale}"),
        "locales/en".into(),
        "content".into(),
    ] {
        for f in walkdir::WalkDir::new(project_dir.join(dir)) {
            let f = f.expect("walk");
            let ext = f.path().extension().and_then(|e| e.to_str());
            if matches!(ext, Some("ftl" | "toml")) {
                out.push(f.path().to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

/// Runs tests/tools/breaks.py over the PDFs of `locales` under `out`, built from the project in
/// `project_dir`; its report, or None (after saying why) when PyICU is missing outside CI.
fn measure(project_dir: &Path, out: &Path, locales: &[&str]) -> Option<Value> {
    let project = Project::load(project_dir).expect("the project loads");
    let editions: Vec<Value> = edition_pdfs(out, locales)
        .into_iter()
        .map(|(id, pdf)| {
            let html = pdf.with_extension("html");
            json!({
                "id": id.to_string(),
                "locale": id.locale,
                "pdf": pdf,
                "html": html.exists().then_some(html),
                "texts": model_texts(&project, &id),
                "sources": source_files(project_dir, &id.locale),
            })
        })
        .collect();
    let work = tempfile::tempdir().expect("temp dir");
    let input = work.path().join("editions.json");
    std::fs::write(&input, json!({ "editions": editions }).to_string()).expect("write input");
    let o = Command::new(python())
        .arg(repo().join("tests/tools/breaks.py"))
        .arg(&input)
        .output();
    let o = match o {
        Ok(o) if o.status.code() != Some(3) => o,
        failed => {
            let why = match failed {
                Ok(o) => stderr(&o),
                Err(e) => format!("{} does not run: {e}", python().display()),
            };
            assert!(
                !in_ci(),
                "the line-break check cannot run: {why}\nTo fix: {SETUP}."
            );
            eprintln!("SKIPPED: the line-break check cannot run here ({why}); {SETUP}");
            return None;
        }
    };
    eprint!("{}", stderr(&o));
    assert!(o.status.success(), "breaks.py failed:\n{}", stderr(&o));
    Some(serde_json::from_slice(&o.stdout).expect("breaks.py writes JSON"))
}

fn count(r: &Value, key: &str) -> u64 {
    r[key]
        .as_u64()
        .unwrap_or_else(|| panic!("report has {key}"))
}

#[test]
fn complex_script_lines_break_between_icu_words() {
    let out = default_build();
    let Some(report) = measure(&repo(), out, LOCALES) else {
        return;
    };
    let mut failures = Vec::new();
    for &locale in LOCALES {
        let r = &report["locales"][locale];
        let (_, tiers, regions, sheets) = default_matrix();
        assert_eq!(
            count(r, "editions") as usize,
            tiers.len() * regions.len() * sheets.len(),
            "{locale}: every tier, region, sheet"
        );
        let breaks = count(r, "breaks");
        let on_word = count(r, "on_word_boundary");
        assert!(
            breaks >= MIN_BREAKS,
            "{locale}: only {breaks} line breaks found in the model texts (of {} lines)",
            count(r, "lines")
        );
        let share = on_word as f64 / breaks as f64;
        if share < MIN_SHARE {
            failures.push(format!(
                "{locale}: {on_word} of {breaks} line breaks ({:.1} %) fall between ICU4C words, \
                 fewer than {:.0} %; inside a word, e.g. {}",
                100.0 * share,
                100.0 * MIN_SHARE,
                r["examples"]
            ));
        }
        if r["invisible"].as_array().is_some_and(|a| !a.is_empty()) {
            failures.push(format!(
                "{locale}: invisible characters the sources do not have: {}",
                r["invisible"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Puts a zero-width space between every two grapheme clusters of the Thai messages in
/// `ftl` (the message ids and the `=` stay as they are).
fn sprinkle_zwsp(ftl: &str) -> String {
    let mut out = String::new();
    for line in ftl.lines() {
        match line.split_once(" = ") {
            Some((key, value)) if !line.starts_with('#') => {
                let bounds: Vec<usize> = icu_segmenter::GraphemeClusterSegmenter::new()
                    .segment_str(value)
                    .collect();
                let clusters: Vec<&str> = bounds.windows(2).map(|w| &value[w[0]..w[1]]).collect();
                let mut text = String::new();
                for pair in clusters.windows(2) {
                    text.push_str(pair[0]);
                    let thai = |s: &str| s.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c));
                    if thai(pair[0]) && thai(pair[1]) {
                        text.push('\u{200B}');
                    }
                }
                text.push_str(clusters.last().copied().unwrap_or(""));
                out.push_str(&format!("{key} = {text}\n"));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[test]
fn the_check_finds_breaks_inside_words_and_added_invisible_characters() {
    let project = copy_project();
    let messages = project.path().join("locales/th/rights.ftl");
    let text = std::fs::read_to_string(&messages).expect("Thai messages");
    // The sources stay clean: the zero-width spaces are what a renderer would have added.
    let sprinkled = sprinkle_zwsp(&text);
    assert!(sprinkled.matches('\u{200B}').count() > 100);
    let out = tempfile::tempdir().expect("temp dir");
    let dirty = tempfile::tempdir().expect("temp dir");
    std::fs::write(dirty.path().join("rights.ftl"), &text).expect("clean copy");
    std::fs::write(&messages, sprinkled).expect("write messages");
    let o = run(
        project.path(),
        &one_edition(
            "th",
            "adult",
            &["--format", "pdf", "--out", &out.path().to_string_lossy()],
        ),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // Measured against the clean messages, as if the renderer had added the spaces.
    std::fs::copy(dirty.path().join("rights.ftl"), &messages).expect("restore");
    let Some(report) = measure(project.path(), out.path(), &["th"]) else {
        return;
    };
    let r = &report["locales"]["th"];
    assert_eq!(count(r, "editions"), 1);
    assert!(
        count(r, "inside_word") >= 5,
        "breaks inside words are found: {r}"
    );
    let invisible = r["invisible"].to_string();
    assert!(
        invisible.contains("U+200B ZERO WIDTH SPACE"),
        "added zero-width spaces are found: {invisible}"
    );
}
