//! Every HTML file of the default build in a real browser and against the HTML standard:
//! tests/a11y/check.mjs (axe-core WCAG 2.2 A/AA, reflow at 320 px, 200% zoom with text
//! spacing, structure, nothing loaded from outside the file) in Debian's Chromium, and the
//! Nu HTML checker (vnu). Both need `npm ci` and Chromium (.ci/run installs them); when they
//! are missing these tests fail, they never pass without checking.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use crate::support::*;

const SETUP: &str = "run `npm ci --ignore-scripts` at the repository root and install \
     Debian's chromium and a Java runtime (`apt-get install chromium default-jre-headless`), \
     as .ci/run does";

/// Chromium for tests/a11y/check.mjs: $CHROMIUM, else Debian's.
fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// Fails, naming what to install, unless `paths` exist and `commands` run.
fn require(paths: &[PathBuf], commands: &[&str]) {
    let mut missing: Vec<String> = paths
        .iter()
        .filter(|p| !p.exists())
        .map(|p| p.display().to_string())
        .collect();
    for cmd in commands {
        let arg = if *cmd == "java" {
            "-version"
        } else {
            "--version"
        };
        let runs = Command::new(cmd)
            .arg(arg)
            .output()
            .is_ok_and(|o| o.status.success());
        if !runs {
            missing.push(format!("`{cmd}`"));
        }
    }
    assert!(
        missing.is_empty(),
        "the HTML accessibility checks cannot run, missing: {}.\nTo fix: {SETUP}.",
        missing.join(", ")
    );
}

/// A checker's stdout and stderr, cut to a readable length.
fn report(o: &Output) -> String {
    let mut text = String::from_utf8_lossy(&o.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&o.stderr));
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= 400 {
        return text;
    }
    format!(
        "{}\n… {} lines left out …\n{}",
        lines[..300].join("\n"),
        lines.len() - 350,
        lines[lines.len() - 50..].join("\n")
    )
}

fn html_files(out: &Path) -> Vec<PathBuf> {
    let files = files_with_ext(out, "html");
    assert!(files.len() > 1, "the default build wrote HTML files");
    files
}

#[test]
fn html_passes_axe_reflow_and_structure_checks_in_chromium() {
    let modules = repo().join("node_modules");
    require(
        &[
            modules.join("playwright-core/package.json"),
            modules.join("axe-core/axe.min.js"),
            chromium(),
        ],
        &["node"],
    );
    let out = default_build();
    let count = html_files(out).len();
    let started = Instant::now();
    let o = Command::new("node")
        .current_dir(repo())
        .arg("tests/a11y/check.mjs")
        .arg(out)
        .output()
        .expect("node runs");
    let text = report(&o);
    assert!(
        o.status.success(),
        "tests/a11y/check.mjs found problems (or could not run) after {:.0} s:\n{text}",
        started.elapsed().as_secs_f64()
    );
    assert!(
        text.lines()
            .any(|l| l == format!("{count} passed, 0 failed")),
        "check.mjs checked every one of the {count} HTML files:\n{text}"
    );
}

#[test]
fn html_has_no_nu_html_checker_error() {
    let jar = repo().join("node_modules/vnu-jar/build/dist/vnu.jar");
    require(std::slice::from_ref(&jar), &["java"]);
    let out = default_build();
    let files = html_files(out);
    // One Java process for every file.
    let o = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .args(&files)
        .output()
        .expect("java runs");
    let text = report(&o);
    assert!(
        o.status.success() && !text.contains("error:"),
        "the Nu HTML checker found errors in the {} HTML files:\n{text}",
        files.len()
    );
}

/// The Thai pages of the young tier with the fixture's recordings (tests/it/audio.rs): players,
/// computer-voice marks and the `media-src data:` policy pass both checkers too.
#[test]
fn html_with_recordings_passes_axe_and_the_nu_html_checker() {
    let modules = repo().join("node_modules");
    let jar = modules.join("vnu-jar/build/dist/vnu.jar");
    require(
        &[
            modules.join("playwright-core/package.json"),
            modules.join("axe-core/axe.min.js"),
            chromium(),
            jar.clone(),
        ],
        &["node", "java"],
    );
    let project = crate::audio::project_with_recordings();
    let out = tempfile::tempdir().unwrap();
    let o = run(
        project.path(),
        &[
            "build",
            "--locale",
            "th",
            "--tier",
            "child-5-8",
            "--format",
            "html",
            "--out",
            &out.path().to_string_lossy(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let files: Vec<PathBuf> = html_files(out.path())
        .into_iter()
        .filter(|f| !f.ends_with("index.html"))
        .collect();
    let with_audio = files
        .iter()
        .filter(|f| std::fs::read_to_string(f).unwrap().contains("<audio"))
        .count();
    assert!(
        with_audio >= 3,
        "every region's rights-and-help plays recordings"
    );
    let o = Command::new("node")
        .current_dir(repo())
        .arg("tests/a11y/check.mjs")
        .arg(out.path())
        .output()
        .expect("node runs");
    let text = report(&o);
    assert!(o.status.success(), "check.mjs:\n{text}");
    let o = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .args(&files)
        .output()
        .expect("java runs");
    let text = report(&o);
    assert!(
        o.status.success() && !text.contains("error:"),
        "vnu:\n{text}"
    );
}
