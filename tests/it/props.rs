//! Property tests: arbitrary strings in every content and message field, through the loaders
//! (in process) and the renderers (the real binary). Nothing panics or crashes; a build either
//! fails with located errors or writes outputs that are well-formed (the HTML parses with the
//! strict reader of injection.rs, the PDF opens in pdfinfo) and show the strings as text.
//!
//! Bounded: 32 to 64 cases per property (PROPTEST_CASES=N runs N each, to fuzz longer by hand),
//! no shrinking beyond 32 steps, no regression files; the module runs in about 20 s on two
//! cores.

use std::path::Path;
use std::process::Output;
use std::sync::Mutex;

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

use crate::injection::{edit, ftl_value, parse_html, squash, toml_string, unsafe_parts};
use crate::support::*;

/// `cases` cases, or as many as PROPTEST_CASES asks for (to fuzz longer by hand).
fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        max_shrink_iters: 32,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    }
}

/// A pristine copy of the project, and a scratch copy that each case resets from it.
struct Scratch {
    _dir: tempfile::TempDir,
    work: std::path::PathBuf,
}

impl Scratch {
    fn new() -> Self {
        let dir = copy_project();
        let work = dir.path().to_path_buf();
        Self { _dir: dir, work }
    }

    /// Puts back every file a case may have changed.
    fn reset(&self, files: &[&str]) {
        for rel in files {
            std::fs::copy(repo().join(rel), self.work.join(rel)).expect("reset");
        }
        let extra = self.work.join("locales/en/zz-prop.ftl");
        if extra.exists() {
            std::fs::remove_file(extra).expect("remove");
        }
        let out = self.work.join("output");
        if out.exists() {
            std::fs::remove_dir_all(out).expect("clear output");
        }
    }
}

/// Files the properties overwrite or edit.
const FILES: &[&str] = &[
    "infosheet.toml",
    "content/rights.toml",
    "content/support.toml",
    "content/pictograms.toml",
    "content/regions/sample-destination.toml",
    "content/sheets/rights-and-help.toml",
    "locales/en/locale.toml",
    "locales/en/ui.ftl",
    "locales/th/sheet.ftl",
];

/// Loads and checks the project in process; every problem must name a file.
fn load_and_check(root: &Path) {
    let result = infosheet::project::Project::load(root);
    if let Err(e) = result {
        let diags = e.diagnostics();
        assert!(!diags.is_empty(), "an error without a diagnostic");
        for d in &diags {
            assert!(d.file.is_some(), "a diagnostic without a file: {d}");
        }
        // Rendering the report (excerpts, carets) must not panic either.
        let report = infosheet::diag::render(&diags, root);
        assert!(report.contains("error"), "{report}");
    }
}

/// Any text at all, including control characters, invalid syntax and unpaired brackets.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\[\\]{}\"'=#.*\\-a-z0-9 \\n\\t\\\\]{0,200}",
        "(\\[\\[right\\]\\]\\nid = \"[a-z-]{0,8}\"\\n){0,4}[a-z]{0,5} = [\"\\[{0-9]{0,9}",
        "([a-z-]{1,12} = [^\\n]{0,40}\\n){0,8}",
    ]
}

/// Text every font of the English editions covers: ASCII, Latin-1 letters and markup signs.
fn safe_text() -> impl Strategy<Value = String> {
    // Without U+00AD, the soft hyphen, which is a line-break hint and never printed.
    "[ -~¡-¬®-ÿ]{1,60}".prop_map(|s| s.trim().to_string())
}

/// Text in many scripts, with combining marks and joiners; now and then a character no font
/// covers or a tagged PDF may not carry (bidi embeddings, U+FEFF, emoji, CJK outside the subset).
fn wide_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            10 => "[ -~]",
            5 => "[\u{0E01}-\u{0E3A}\u{0E40}-\u{0E4E}]",
            5 => "[\u{0621}-\u{064A}\u{064B}-\u{0652}]",
            3 => "[\u{0985}-\u{09B9}\u{09BC}-\u{09CD}]",
            3 => "[\u{0300}-\u{036F}\u{200B}-\u{200F}\u{2066}-\u{2069}]",
            1 => "[\u{202A}-\u{202E}\u{FEFF}\u{1F600}-\u{1F64F}\u{4E00}-\u{4E20}]",
        ],
        1..24,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config(64))]

    /// Any text as the whole of a content, project, locale or message file.
    #[test]
    fn any_file_content_loads_or_fails_with_located_errors(
        which in 0..FILES.len(),
        text in any_text(),
    ) {
        let scratch = scratch();
        let scratch = scratch.lock().unwrap_or_else(|p| p.into_inner());
        scratch.reset(FILES);
        std::fs::write(scratch.work.join(FILES[which]), &text).expect("write");
        load_and_check(&scratch.work);
    }

    /// Any string (properly quoted) in every string field of the content files.
    #[test]
    fn any_string_in_any_field_loads_or_fails_with_located_errors(
        field in 0..12usize,
        value in any::<String>(),
    ) {
        let scratch = scratch();
        let scratch = scratch.lock().unwrap_or_else(|p| p.into_inner());
        scratch.reset(FILES);
        let q = toml_string(&value);
        let region = "content/regions/sample-destination.toml";
        let (file, old, new) = match field {
            0 => (region, "organisation = \"Sample Anti-Trafficking Hotline\"".to_string(), format!("organisation = {q}")),
            1 => (region, "address = \"1 Example Street, Sample City\"".to_string(), format!("address = {q}")),
            2 => (region, "phone = \"+44 20 7946 0100\"".to_string(), format!("phone = {q}")),
            3 => (region, "email = \"help@hotline.example.org\"".to_string(), format!("email = {q}")),
            4 => (region, "website = \"https://hotline.example.org/\"".to_string(), format!("website = {q}")),
            5 => (region, "id = \"hotline\"".to_string(), format!("id = {q}")),
            6 => (region, "hours = { days = \"every-day\" }".to_string(), format!("hours = {{ days = {q}, from = {q}, to = {q} }}")),
            7 => (region, "location = \"By phone\"".to_string(), format!("location = {q}")),
            8 => ("content/rights.toml", "article = \"6(5)\"".to_string(), format!("article = {q}")),
            9 => ("content/rights.toml", "title = \"right-safety-title\"".to_string(), format!("title = {q}")),
            10 => ("content/pictograms.toml", "file = \"lock.svg\"".to_string(), format!("file = {q}")),
            _ => ("locales/en/locale.toml", "endonym = \"English\"".to_string(), format!("endonym = {q}")),
        };
        edit(&scratch.work, file, &old, &new);
        load_and_check(&scratch.work);
    }
}

/// One scratch project shared by the in-process properties (cases run one at a time).
fn scratch() -> &'static Mutex<Scratch> {
    static SCRATCH: std::sync::OnceLock<Mutex<Scratch>> = std::sync::OnceLock::new();
    SCRATCH.get_or_init(|| Mutex::new(Scratch::new()))
}

/// Builds one edition with the binary; checks it did not crash and failed only with located
/// errors. Returns the output, and whether it succeeded.
fn build_edition(root: &Path, format: &str) -> (Output, bool) {
    let o = run(root, &one_edition("en", "adult", &["--format", format]));
    let err = stderr(&o);
    assert!(o.status.code().is_some(), "killed by a signal: {err}");
    assert_ne!(o.status.code(), Some(101), "panic: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let ok = o.status.success();
    if !ok {
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("error"), "{err}");
        assert!(
            err.contains("┌─ ") || err.contains("= in "),
            "every failure is located: {err}"
        );
    }
    (o, ok)
}

const HTML_REL: &str = "output/sample-destination/en/adult/rights-and-help.html";
const PDF_REL: &str = "output/sample-destination/en/adult/rights-and-help.pdf";

/// Puts `message` (raw Fluent) and `content` (TOML strings) into the edition: a welcome
/// paragraph, the hotline's organisation and address, an option's location, an article.
fn inject(root: &Path, message: &str, content: &str) {
    std::fs::write(
        root.join("locales/en/zz-prop.ftl"),
        format!("prop-para = P: {message}\n"),
    )
    .expect("ftl");
    edit(
        root,
        "content/sheets/rights-and-help.toml",
        "paragraphs = [\"welcome-not-your-fault\", \"welcome-this-sheet\"]",
        "paragraphs = [\"welcome-not-your-fault\", \"prop-para\"]",
    );
    let q = toml_string(content);
    let region = "content/regions/sample-destination.toml";
    edit(
        root,
        region,
        "organisation = \"Sample Anti-Trafficking Hotline\"",
        &format!("organisation = {}", toml_string(&format!("O: {content}"))),
    );
    edit(
        root,
        region,
        "address = \"1 Example Street, Sample City\"",
        &format!("address = {q}"),
    );
    edit(
        root,
        region,
        "location = \"By phone\"",
        &format!("location = {q}"),
    );
    edit(
        root,
        "content/rights.toml",
        "article = \"6(5)\"",
        &format!("article = {q}"),
    );
}

/// A scratch project for the binary properties (each proptest runs its cases in order).
fn render_scratch() -> &'static Mutex<Scratch> {
    static SCRATCH: std::sync::OnceLock<Mutex<Scratch>> = std::sync::OnceLock::new();
    SCRATCH.get_or_init(|| Mutex::new(Scratch::new()))
}

proptest! {
    #![proptest_config(config(64))]

    /// Raw, unescaped Fluent as a message value: a located error or a well-formed page.
    #[test]
    fn any_fluent_message_value_renders_or_fails_with_located_errors(
        message in "[^\\n\\r]{0,80}",
    ) {
        let s = render_scratch();
        let s = s.lock().unwrap_or_else(|p| p.into_inner());
        s.reset(FILES);
        inject(&s.work, &message, "x");
        let (o, ok) = build_edition(&s.work, "html");
        if ok {
            let html = std::fs::read_to_string(s.work.join(HTML_REL)).expect("html");
            let page = parse_html(&html).map_err(|e| TestCaseError::fail(format!("{e}: {}", stderr(&o))))?;
            prop_assert!(unsafe_parts(&page).is_empty());
        }
    }
}

/// Runs `cases` cases of `property` over `strategy`, then prints how many built and how
/// many failed with located errors, and the time taken.
fn run_property<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<bool, TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let started = std::time::Instant::now();
    let built = std::sync::atomic::AtomicUsize::new(0);
    let refused = std::sync::atomic::AtomicUsize::new(0);
    let mut runner = proptest::test_runner::TestRunner::new(config(cases));
    let result = runner.run(&strategy, |v| {
        let ok = property(v)?;
        let counter = if ok { &built } else { &refused };
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    });
    eprintln!(
        "property {name}: {} built, {} refused with located errors, {:.1} s",
        built.into_inner(),
        refused.into_inner(),
        started.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

/// Covered text anywhere: always builds, and reads back exactly from the HTML and the PDF.
#[test]
fn any_covered_text_reads_back_from_html_and_pdf() {
    run_property("covered text", 32, safe_text(), |text| {
        let s = render_scratch();
        let s = s.lock().unwrap_or_else(|p| p.into_inner());
        s.reset(FILES);
        inject(&s.work, &ftl_value(&text), &text);
        let (o, ok) = build_edition(&s.work, "pdf,html");
        prop_assert!(ok, "{}", stderr(&o));
        let html = std::fs::read_to_string(s.work.join(HTML_REL)).expect("html");
        let page = parse_html(&html).map_err(TestCaseError::fail)?;
        prop_assert!(unsafe_parts(&page).is_empty());
        let shown = squash(&page.text);
        prop_assert!(
            shown.contains(&squash(&format!("P: {text}"))),
            "paragraph in HTML"
        );
        prop_assert!(
            shown.contains(&squash(&format!("O: {text}"))),
            "organisation in HTML"
        );
        let pdf = s.work.join(PDF_REL);
        tool("pdfinfo", &[&pdf.to_string_lossy()]);
        let bare = |x: &str| x.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        // -raw: in the default mode pdftotext drops a hyphen at which a line was broken.
        let pdf_text = bare(&tool(
            "pdftotext",
            &["-raw", "-enc", "UTF-8", &pdf.to_string_lossy(), "-"],
        ));
        prop_assert!(
            pdf_text.contains(&bare(&format!("P: {text}"))),
            "paragraph in PDF: {pdf_text}"
        );
        prop_assert!(
            pdf_text.contains(&bare(&format!("O: {text}"))),
            "organisation in PDF"
        );
        Ok(true)
    });
}

/// Text in many scripts with marks and controls: builds or fails with located errors (a
/// character no font covers, or one a tagged PDF may not carry); what it writes is well-formed.
#[test]
fn any_script_renders_or_fails_with_located_errors() {
    run_property("many scripts", 32, wide_text(), |text| {
        let s = render_scratch();
        let s = s.lock().unwrap_or_else(|p| p.into_inner());
        s.reset(FILES);
        inject(&s.work, &ftl_value(&text), &text);
        let (o, ok) = build_edition(&s.work, "pdf,html");
        if ok {
            let html = std::fs::read_to_string(s.work.join(HTML_REL)).expect("html");
            let page = parse_html(&html)
                .map_err(|e| TestCaseError::fail(format!("{e}: {}", stderr(&o))))?;
            prop_assert!(unsafe_parts(&page).is_empty());
            prop_assert!(
                squash(&page.text).contains(&squash(&format!("O: {text}"))),
                "organisation in HTML"
            );
            let pdf = s.work.join(PDF_REL);
            tool("pdfinfo", &[&pdf.to_string_lossy()]);
        } else {
            let err = stderr(&o);
            prop_assert!(
                err.contains("no font has a glyph")
                    || err.contains("which a tagged PDF may not carry"),
                "{}",
                err
            );
        }
        Ok(ok)
    });
}
