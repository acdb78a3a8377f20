//! Any bytes as a project text file of each kind: read with the checks every loader applies,
//! then parsed (Fluent, TOML content types); problems are rendered as the user sees them.
#![no_main]

use std::path::Path;

use infosheet::content::{RegionFile, SheetFile};
use infosheet::source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, body)) = data.split_first() else {
        return;
    };
    let ext = ["ftl", "toml", "toml", "typ", "html"][usize::from(kind) % 5];
    let dir = std::env::temp_dir().join(format!("infosheet-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("input.{ext}"));
    if std::fs::write(&path, body).is_err() {
        return;
    }
    let mut diagnostics = Vec::new();
    match source::read_text(&path) {
        Err(e) => diagnostics.extend(e.diagnostics()),
        Ok(text) => match (ext, kind % 5) {
            ("ftl", _) => {
                if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_string()) {
                    assert!(!errors.is_empty());
                }
            }
            (_, 1) => {
                if let Err(e) = source::parse_toml::<SheetFile>(&path, &text) {
                    diagnostics.extend(e.diagnostics());
                }
            }
            (_, 2) => {
                if let Err(e) = source::parse_toml::<RegionFile>(&path, &text) {
                    diagnostics.extend(e.diagnostics());
                }
            }
            _ => {}
        },
    }
    let _ = infosheet::diag::render(&diagnostics, Path::new("/"));
});
