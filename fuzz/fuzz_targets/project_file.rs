//! Any bytes as one file of a copy of the default project: loading and cross-checking end in
//! a project or in diagnostics that name a file, and rendering them never panics.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

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
    "content/pictograms/lock.svg",
];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn copy(from: &Path, to: &Path) {
    for entry in walk(from) {
        let target = to.join(entry.strip_prefix(from).unwrap_or(&entry));
        if entry.is_dir() {
            let _ = std::fs::create_dir_all(&target);
        } else {
            let _ = std::fs::copy(&entry, &target);
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// A private copy of the project (content, locales, templates; fonts are not loaded here).
fn project() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir =
            std::env::temp_dir().join(format!("infosheet-fuzz-project-{}", std::process::id()));
        for item in ["content", "locales", "templates"] {
            copy(&repo().join(item), &dir.join(item));
        }
        let _ = std::fs::copy(repo().join("infosheet.toml"), dir.join("infosheet.toml"));
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, body)) = data.split_first() else {
        return;
    };
    let rel = FILES[usize::from(which) % FILES.len()];
    let root = project();
    if std::fs::write(root.join(rel), body).is_err() {
        return;
    }
    let result = infosheet::project::Project::load(root)
        .and_then(|p| infosheet::validate::check(&p).map(|()| p));
    if let Err(e) = result {
        let diagnostics = e.diagnostics();
        assert!(!diagnostics.is_empty());
        assert!(diagnostics.iter().all(|d| d.file.is_some()));
        let _ = infosheet::diag::render(&diagnostics, root);
    }
    let _ = std::fs::copy(repo().join(rel), root.join(rel));
});
