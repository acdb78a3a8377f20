//! Reading project files as text, with the checks every loader needs.

use std::path::Path;
use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::error::{Error, Result};

/// Largest text file infosheet reads; anything bigger is refused before it is loaded.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a UTF-8 text file, refusing empty, oversized and non-UTF-8 files with a located error.
pub fn read_text(path: &Path) -> Result<Arc<str>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(format!(
            "file is {} bytes, more than the {} bytes infosheet accepts",
            meta.len(),
            MAX_FILE_BYTES
        ))
        .in_file(path)
        .with_hint(
            "content, message and template files are small text files; is this the right file?",
        )
        .into());
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
        let src: Arc<str> = Arc::from(valid.as_str());
        Diagnostic::error("file is not valid UTF-8")
            .at(path, &src, offset..offset)
            .with_hint("save the file as UTF-8")
    })?;
    if text.trim().is_empty() {
        return Err(Diagnostic::error("file is empty").in_file(path).into());
    }
    Ok(Arc::from(text.trim_start_matches('\u{feff}')))
}

/// Parses a TOML document into `T`, turning parse and schema errors into located diagnostics.
pub fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, text: &Arc<str>) -> Result<T> {
    toml::from_str(text).map_err(|e| {
        let message = e.message().trim_end().to_string();
        let diag = match e.span() {
            Some(span) => Diagnostic::error(message).at(path, text, span),
            None => Diagnostic::error(message).in_file(path),
        };
        Error::from(diag)
    })
}
