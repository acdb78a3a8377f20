//! Reading project files as text, with the checks every loader needs.

use std::cell::RefCell;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::error::{Error, Result};

/// Largest text file infosheet reads; anything bigger is refused before it is loaded.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Deepest nesting of `{ … }` placeables accepted in a Fluent file. Real messages nest two or
/// three levels; the Fluent parser recurses once per level and would overflow the stack on a
/// file nested thousands deep.
pub const MAX_FLUENT_NESTING: usize = 32;

thread_local! {
    /// The folder [`read_text`] reads within on this thread, canonical (see [`confine_to`]).
    static CONFINED_TO: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
}

/// While the returned guard lives, [`read_text`] on this thread refuses any file that resolves
/// (through symbolic links) outside `root`. Loading a project sets it to the project folder.
#[must_use = "the confinement ends when the guard is dropped"]
pub fn confine_to(root: &Path) -> Confinement {
    let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    Confinement {
        previous: CONFINED_TO.with(|c| c.replace(Some(canonical))),
    }
}

/// Restores the previous confinement when dropped.
pub struct Confinement {
    previous: Option<PathBuf>,
}

impl Drop for Confinement {
    fn drop(&mut self) {
        let previous = self.previous.take();
        CONFINED_TO.with(|c| *c.borrow_mut() = previous);
    }
}

/// Refuses `path` if it resolves outside the folder reads are confined to. A path that does
/// not resolve (missing, a dangling link) is left to the reader to report.
fn check_confined(path: &Path) -> Result<()> {
    let Some(root) = CONFINED_TO.with(|c| c.borrow().clone()) else {
        return Ok(());
    };
    match path.canonicalize() {
        Ok(real) if !real.starts_with(&root) => Err(Diagnostic::error(
            "file resolves to a place outside the project folder",
        )
        .in_file(path)
        .with_hint(
            "project files must be inside the project; a symbolic link may not point elsewhere (copy the file in instead)",
        )
        .into()),
        _ => Ok(()),
    }
}

/// Reads a UTF-8 text file, refusing files that resolve outside the project (while confined,
/// see [`confine_to`]), are not regular files, empty, oversized or not UTF-8 (and Fluent files
/// nested too deeply to parse), with a located error.
pub fn read_text(path: &Path) -> Result<Arc<str>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        // A device (/dev/zero) never ends and a pipe blocks: neither is opened.
        return Err(Diagnostic::error("not a regular file")
            .in_file(path)
            .with_hint("content, message and template files must be plain files, not folders, devices or pipes")
            .into());
    }
    check_confined(path)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(path, Some(meta.len())));
    }
    // Never more than the limit is read, even if the file grows after it was measured.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(path, None));
    }
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
    let text: Arc<str> = Arc::from(text.trim_start_matches('\u{feff}'));
    if let Some(at) = text.find(['\0', '\u{feff}', '\u{fffe}']) {
        let c = text[at..].chars().next().unwrap_or('\0');
        return Err(Diagnostic::error(format!(
            "the file contains U+{:04X}, which a tagged PDF may not carry",
            c as u32
        ))
        .at(
            path,
            &excerpt_source(&text, at + c.len_utf8()),
            at..at + c.len_utf8(),
        )
        .with_hint(
            "delete the invisible character (a byte-order mark is allowed only at the very start)",
        )
        .into());
    }
    if path.extension().is_some_and(|e| e == "ftl") {
        check_fluent_nesting(path, &text)?;
    }
    Ok(text)
}

fn too_large(path: &Path, size: Option<u64>) -> Error {
    let size = size.map(|n| format!("{n} bytes, ")).unwrap_or_default();
    Diagnostic::error(format!(
        "file is {size}more than the {MAX_FILE_BYTES} bytes infosheet accepts"
    ))
    .in_file(path)
    .with_hint("content, message and template files are small text files; is this the right file?")
    .into()
}

/// Refuses a Fluent file whose placeables nest deeper than [`MAX_FLUENT_NESTING`].
fn check_fluent_nesting(path: &Path, text: &Arc<str>) -> Result<()> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut line_start = true;
    let mut in_comment = false;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            (line_start, in_comment, in_string, escaped) = (true, false, false, false);
            continue;
        }
        let at_line_start = std::mem::replace(&mut line_start, false);
        if in_comment {
            continue;
        }
        if in_string {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '#' if at_line_start && depth == 0 => in_comment = true,
            '"' if depth > 0 => in_string = true,
            '{' => {
                depth += 1;
                if depth > MAX_FLUENT_NESTING {
                    return Err(Diagnostic::error(format!(
                        "placeables are nested more than {MAX_FLUENT_NESTING} levels deep"
                    ))
                    .at(path, &excerpt_source(text, i + 1), i..i + 1)
                    .with_hint("a message needs at most a few levels of `{ … }`; is a closing `}` missing?")
                    .into());
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Parses a TOML document into `T`, turning parse and schema errors into located diagnostics.
pub fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, text: &Arc<str>) -> Result<T> {
    toml::from_str(text).map_err(|e| {
        let message = e.message().trim_end().to_string();
        let diag = match e.span() {
            Some(span) => {
                Diagnostic::error(message).at(path, &excerpt_source(text, span.end), span)
            }
            None => Diagnostic::error(message).in_file(path),
        };
        Error::from(diag)
    })
}

/// Longest run of a line shown after a problem's position in a source excerpt.
const EXCERPT_TAIL: usize = 120;

/// The text a diagnostic keeps for its excerpt: all of it, unless the problem is on a very
/// long line (a file that is one huge line); then the line is cut shortly after the problem,
/// so that the message is not followed by megabytes of it. Lines and columns are unchanged.
pub fn excerpt_source(text: &Arc<str>, end: usize) -> Arc<str> {
    let end = end.min(text.len());
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    if line_end - end <= EXCERPT_TAIL {
        return text.clone();
    }
    let mut cut = end + EXCERPT_TAIL;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    Arc::from(format!("{} …", &text[..cut]).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ftl(text: &str) -> Result<()> {
        check_fluent_nesting(Path::new("x.ftl"), &Arc::from(text))
    }

    #[test]
    fn fluent_nesting_is_bounded_but_strings_and_comments_do_not_count() {
        assert!(ftl("a = { { { $x } } }\n").is_ok());
        let deep = format!("a = {}\n", "{ ".repeat(MAX_FLUENT_NESTING + 1));
        let err = ftl(&deep).unwrap_err().diagnostics();
        assert_eq!(err[0].line_col(), Some((1, 5 + 2 * MAX_FLUENT_NESTING)));
        let braces = "{".repeat(100);
        assert!(ftl(&format!("# {braces}\na = {{ \"{braces}\" }}\n")).is_ok());
        assert!(ftl(&format!("a = {{ \"\\\"{braces}\" }}\n")).is_ok());
    }

    #[test]
    fn characters_a_tagged_pdf_refuses_are_refused_with_their_position() {
        let dir = std::env::temp_dir().join(format!("infosheet-src-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.ftl");
        std::fs::write(&path, "\u{feff}a = ok\nb = x\u{feff}y\n").unwrap();
        let err = read_text(&path).unwrap_err().diagnostics();
        assert_eq!(err[0].line_col(), Some((2, 6)));
        assert!(err[0].message.contains("U+FEFF"));
        std::fs::write(&path, "\u{feff}a = ok\n").unwrap();
        assert_eq!(read_text(&path).unwrap().as_ref(), "a = ok\n");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_confined_read_refuses_a_link_that_leaves_the_folder() {
        let dir = std::env::temp_dir().join(format!("infosheet-confine-{}", std::process::id()));
        let project = dir.join("project");
        std::fs::create_dir_all(&project).unwrap();
        std::fs::write(dir.join("secret.ftl"), "secret = outside\n").unwrap();
        std::fs::write(project.join("own.ftl"), "own = inside\n").unwrap();
        std::os::unix::fs::symlink(dir.join("secret.ftl"), project.join("a.ftl")).unwrap();
        std::os::unix::fs::symlink("own.ftl", project.join("b.ftl")).unwrap();
        {
            let _confined = confine_to(&project);
            let err = read_text(&project.join("a.ftl")).unwrap_err().diagnostics();
            assert!(err[0].message.contains("outside the project"), "{}", err[0]);
            assert!(!err[0].to_string().contains("secret"), "{}", err[0]);
            assert_eq!(
                read_text(&project.join("b.ftl")).unwrap().as_ref(),
                "own = inside\n"
            );
        }
        assert!(
            read_text(&project.join("a.ftl")).is_ok(),
            "unconfined again"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn excerpts_of_huge_lines_are_cut_after_the_problem() {
        let text: Arc<str> = Arc::from(format!("a\nb = [{}", "[".repeat(10_000)).as_str());
        let cut = excerpt_source(&text, 10);
        assert!(cut.len() < 200, "{}", cut.len());
        assert!(cut.ends_with(" …"));
        let short: Arc<str> = Arc::from("x = 1\ny = 2\n");
        assert_eq!(excerpt_source(&short, 3), short);
    }
}
