//! Broken inputs: each yields a located error, a non-zero exit, and no output.

use std::path::Path;

use crate::support::*;

/// Replaces `target` in a copy of the project with fixture `broken`, builds, and returns stderr.
fn build_with(broken: &str, target: &str) -> (String, tempfile::TempDir) {
    let project = copy_project();
    std::fs::copy(fixture(broken), project.path().join(target)).unwrap();
    let o = run(project.path(), &one_edition("en", "adult", &[]));
    assert_eq!(
        o.status.code(),
        Some(1),
        "{broken} must fail the build:\n{}",
        stderr(&o)
    );
    (stderr(&o), project)
}

fn assert_no_edition_written(project: &Path) {
    let out = project.join("output");
    let editions: Vec<_> = files_with_ext(&out, "pdf")
        .into_iter()
        .chain(files_with_ext(&out, "html"))
        .filter(|p| !p.ends_with("index.html"))
        .collect();
    assert!(
        editions.is_empty(),
        "no edition written on error: {editions:?}"
    );
}

#[test]
fn fluent_syntax_error_is_located() {
    let (err, project) = build_with("broken/bad-syntax.ftl", "locales/en/zz-broken.ftl");
    assert!(err.contains("Fluent syntax error"), "{err}");
    assert!(err.contains("locales/en/zz-broken.ftl:2:"), "{err}");
    assert_no_edition_written(project.path());
}

#[test]
fn wrong_type_in_content_is_located() {
    let (err, project) = build_with("broken/bad-type.toml", "content/rights.toml");
    assert!(err.contains("content/rights.toml:6:13"), "{err}");
    assert!(
        err.contains("invalid type: integer `7`, expected a sequence"),
        "{err}"
    );
    assert_no_edition_written(project.path());
}

#[test]
fn dangling_reference_is_located() {
    let (err, project) = build_with(
        "broken/dangling-right.toml",
        "content/sheets/rights-and-help.toml",
    );
    assert!(
        err.contains("content/sheets/rights-and-help.toml:6:21"),
        "{err}"
    );
    assert!(err.contains("unknown right `no-such-right`"), "{err}");
    assert_no_edition_written(project.path());
}

#[test]
fn unknown_field_in_content_is_located() {
    let project = copy_project();
    let path = project.path().join("content/support.toml");
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "pictogram = \"home\"",
        "pictogram = \"home\"\ncolour = \"red\"",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let o = run(project.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("unknown field `colour`"), "{err}");
    assert!(err.contains("content/support.toml:"), "{err}");
}

#[test]
fn template_using_an_undefined_value_is_located() {
    let (err, project) = build_with("broken/undefined-variable.html", "templates/html/full.html");
    assert!(err.contains("undefined value"), "{err}");
    assert!(err.contains("templates/html/full.html:3:"), "{err}");
    assert_no_edition_written(project.path());
}

#[test]
fn typst_template_error_points_into_the_template() {
    let (err, _project) = build_with("broken/typst-error.typ", "templates/typst/full.typ");
    assert!(err.contains("templates/typst/full.typ:5:"), "{err}");
    assert!(err.contains("array index out of bounds"), "{err}");
}

#[test]
fn typst_templates_cannot_read_files_outside_the_world() {
    let (err, _project) = build_with("broken/escape.typ", "templates/typst/full.typ");
    assert!(err.contains("templates/typst/full.typ:5:"), "{err}");
    assert!(err.contains("not found"), "{err}");
}

#[test]
fn a_script_without_a_font_is_an_error_not_tofu() {
    let project = copy_project();
    for face in ["Regular", "Bold"] {
        std::fs::remove_file(
            project
                .path()
                .join(format!("fonts/noto/NotoSansThai-{face}.ttf")),
        )
        .unwrap();
    }
    let o = run(
        project.path(),
        &one_edition("th", "adult", &["--format", "pdf"]),
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("locales/th/locale.toml:5:9"),
        "the error points at the locale's fonts: {err}"
    );
    assert!(
        err.contains("error[font-unknown]: font `Noto Sans Thai` is not in fonts/"),
        "{err}"
    );
    assert!(
        err.contains("error[font-coverage]: none of the fonts of `th` covers its script `Thai`"),
        "{err}"
    );
}

#[test]
fn a_file_that_is_not_a_font_is_refused() {
    let project = copy_project();
    std::fs::write(
        project.path().join("fonts/broken.ttf"),
        b"this is not a font",
    )
    .unwrap();
    let o = run(project.path(), &one_edition("en", "adult", &[]));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("not a font infosheet can read") && err.contains("fonts/broken.ttf"),
        "{err}"
    );
}

#[test]
fn a_missing_reference_message_is_located_at_its_use() {
    let project = copy_project();
    let path = project.path().join("content/sheets/rights-and-help.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"welcome-this-sheet\"", "\"welcome-nowhere\"");
    std::fs::write(&path, text).unwrap();
    let o = run(project.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("message `welcome-nowhere` is not defined in the reference locale `en`"),
        "{err}"
    );
    assert!(
        err.contains("content/sheets/rights-and-help.toml:"),
        "{err}"
    );
}
