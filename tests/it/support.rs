//! Helpers: copies of the default project, running the binary, reading outputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The repository root (the default project).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under tests/fixtures/.
pub fn fixture(rel: &str) -> PathBuf {
    repo().join("tests/fixtures").join(rel)
}

/// A fixed date, so builds are reproducible.
pub const EPOCH: &str = "1795000000";

/// Runs `infosheet` with `args` in `project`.
pub fn run(project: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_infosheet"))
        .arg("--project")
        .arg(project)
        .args(args)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("CI", "1")
        .output()
        .expect("the infosheet binary runs")
}

/// Arguments building one edition (sample-destination, rights-and-help) of `locale` at `tier`,
/// then `extra`.
pub fn one_edition<'a>(locale: &'a str, tier: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "build",
        "--region",
        "sample-destination",
        "--sheet",
        "rights-and-help",
        "--locale",
        locale,
        "--tier",
        tier,
    ];
    args.extend_from_slice(extra);
    args
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh copy of the default project in a temporary folder (without output/).
pub fn copy_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for item in ["infosheet.toml", "content", "locales", "templates", "fonts"] {
        copy_tree(&repo().join(item), &dir.path().join(item));
    }
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::copy(from, to).expect("copy file");
        return;
    }
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(from).expect("prefix");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The default project built once into a temporary folder, shared by the tests that only read it.
pub fn default_build() -> &'static Path {
    static BUILT: OnceLock<tempfile::TempDir> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let out = tempfile::tempdir().expect("temp dir");
            let o = run(&repo(), &["build", "--out", &out.path().to_string_lossy()]);
            assert!(o.status.success(), "default build failed:\n{}", stderr(&o));
            let err = stderr(&o);
            assert!(
                err.contains(" 0 warning(s), 0 failed"),
                "the default build has no warning:\n{err}"
            );
            out
        })
        .path()
}

/// Every file under `dir` with extension `ext`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    out.sort();
    out
}

/// Locales, tiers and regions of the default project, read from its project file.
pub fn default_matrix() -> (Vec<String>, Vec<String>, Vec<String>, Vec<String>) {
    let text = std::fs::read_to_string(repo().join("infosheet.toml")).expect("project file");
    let value: toml::Value = toml::from_str(&text).expect("project file parses");
    let list = |key: &str| -> Vec<String> {
        value[key]
            .as_array()
            .expect(key)
            .iter()
            .map(|v| v.as_str().expect("string").to_string())
            .collect()
    };
    let tiers = value["tier"]
        .as_array()
        .expect("tiers")
        .iter()
        .map(|t| t["id"].as_str().expect("id").to_string())
        .collect();
    (list("locales"), tiers, list("regions"), list("sheets"))
}

/// Runs an external checker, returning its stdout.
pub fn tool(cmd: &str, args: &[&str]) -> String {
    let o = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} runs (install poppler-utils and qpdf): {e}"));
    assert!(
        o.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The PDFs of `locales` under `out` (region/locale/tier/sheet.pdf), with their edition ids.
pub fn edition_pdfs(out: &Path, locales: &[&str]) -> Vec<(infosheet::model::EditionId, PathBuf)> {
    files_with_ext(out, "pdf")
        .into_iter()
        .filter_map(|pdf| {
            let rel = pdf.strip_prefix(out).ok()?;
            let parts: Vec<String> = rel
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            let [region, locale, tier, file] = parts.as_slice() else {
                return None;
            };
            // A card's print sheet (`help-card-print.pdf`) is copies of the card's PDF, untagged
            // on purpose: it is no edition of its own (tests/it/card.rs checks it).
            if file.ends_with("-print.pdf") {
                return None;
            }
            if !locales.contains(&locale.as_str()) {
                return None;
            }
            let sheet = file.strip_suffix(".pdf")?;
            // `<sheet>.bilingual.pdf` and other variants are not editions of their own.
            if sheet.contains('.') {
                return None;
            }
            let id = infosheet::model::EditionId {
                sheet: sheet.to_string(),
                region: region.clone(),
                locale: locale.clone(),
                tier: tier.clone(),
            };
            Some((id, pdf))
        })
        .collect()
}

/// The default project and a PDF renderer over its fonts and templates, dated 2026-11-28.
pub fn default_renderer() -> (
    infosheet::project::Project,
    infosheet::render::pdf::PdfRenderer,
) {
    let project = infosheet::project::Project::load(&repo()).expect("default project loads");
    let fonts = infosheet::fonts::Fonts::load(&repo().join("fonts")).expect("fonts load");
    let date = infosheet::date::Date {
        year: 2026,
        month: 11,
        day: 28,
    };
    let pdf = infosheet::render::pdf::PdfRenderer::new(
        fonts,
        &project.typst_templates,
        &project.content.pictogram_svgs,
        date,
    )
    .expect("renderer");
    (project, pdf)
}

/// Every string of a sheet model, as templates receive it, but the pictograms' SVG.
pub fn model_strings(sheet: &infosheet::model::Sheet) -> Vec<String> {
    json_strings(&serde_json::to_value(sheet).expect("model"))
}

/// Every string of a (part of a) sheet model as JSON, but the pictograms' SVG.
pub fn json_strings(value: &serde_json::Value) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o
                .iter()
                .filter(|(k, _)| k.as_str() != "svg_base64")
                .for_each(|(_, v)| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut out);
    out
}

/// Fails with every failure of a corpus run at once.
pub fn assert_no_failures(failures: &[String], cases: usize) {
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// `s` without any whitespace, to find a model text in a reader's extracted text.
pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
