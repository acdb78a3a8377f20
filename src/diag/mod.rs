//! Located diagnostics: what went wrong, where (file:line:column), and a hint.

mod code;
mod json;
mod text;

pub use code::Code;
pub use json::{by_code, relative, to_json};
pub use text::render;

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// One problem found in the project, optionally tied to a byte range of a file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub file: Option<PathBuf>,
    /// The file's text, kept so the problem can be shown with an excerpt.
    pub source: Option<Arc<str>>,
    pub span: Option<Range<usize>>,
    pub hint: Option<String>,
    /// The stable name of the kind of problem, if it has one.
    pub code: Option<Code>,
}

impl Diagnostic {
    /// An error with no location.
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            file: None,
            source: None,
            span: None,
            hint: None,
            code: None,
        }
    }

    /// A warning with no location.
    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    /// Ties the diagnostic to a file (without a position).
    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.file = Some(file.into());
        self
    }

    /// Ties the diagnostic to a byte range of a file whose text is `source`.
    pub fn at(mut self, file: impl Into<PathBuf>, source: &Arc<str>, span: Range<usize>) -> Self {
        let len = source.len();
        let start = span.start.min(len);
        let end = span.end.clamp(start, len);
        self.file = Some(file.into());
        self.source = Some(source.clone());
        self.span = Some(start..end);
        self
    }

    /// Adds a hint telling the user how to fix the problem.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Gives the diagnostic a stable code naming the kind of problem.
    pub fn with_code(mut self, code: Code) -> Self {
        self.code = Some(code);
        self
    }

    /// The stable code naming the kind of problem (e.g. `missing-message`), if it has one.
    pub fn code(&self) -> Option<Code> {
        self.code
    }

    /// 1-based line and column (in characters) of the start of the span.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let (source, span) = (self.source.as_deref()?, self.span.as_ref()?);
        Some(line_col(source, span.start))
    }

    /// `file:line:col` (or as much of it as is known).
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_ref()?;
        Some(match self.line_col() {
            Some((line, col)) => format!("{}:{line}:{col}", file.display()),
            None => file.display().to_string(),
        })
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A diagnostic, and the locale it concerns (if any).
#[derive(Debug, Clone)]
pub struct Finding {
    pub diag: Diagnostic,
    pub locale: Option<String>,
}

impl Finding {
    pub fn new(diag: Diagnostic, locale: Option<&str>) -> Self {
        Self {
            diag,
            locale: locale.map(str::to_string),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if let Some(location) = self.location() {
            write!(f, "{location}: ")?;
        }
        match self.code() {
            Some(code) => write!(f, "{kind}[{code}]: {}", self.message)?,
            None => write!(f, "{kind}: {}", self.message)?,
        }
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// 1-based line and character column of byte offset `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a = 1\nคุณ = x\n";
        let offset = text
            .find('=')
            .map(|_| text.rfind('=').unwrap_or(0))
            .unwrap_or(0);
        assert_eq!(line_col(text, offset), (2, 5));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn display_names_file_line_and_column() {
        let src: Arc<str> = Arc::from("x = 1\ny = [\n");
        let d = Diagnostic::error("unterminated array").at("a.toml", &src, 10..11);
        assert_eq!(d.to_string(), "a.toml:2:5: error: unterminated array");
    }

    #[test]
    fn a_long_line_is_shown_around_the_problem_at_its_real_line_and_column() {
        let long = format!("key = \"{}BAD{}\"", "a".repeat(3000), "b".repeat(3000));
        let src: Arc<str> = Arc::from(format!("first = 1\n{long}\n"));
        let at = src.find("BAD").unwrap();
        let d = Diagnostic::error("bad value").at("x.toml", &src, at..at + 3);
        let shown = render(&[d], Path::new("/"));
        assert!(shown.contains("x.toml:2:3008"), "{shown}");
        assert!(shown.contains("…aaaa") && shown.contains("BADbbb") && shown.contains("b…"));
        assert!(shown.contains("^^^"), "{shown}");
        let widest = shown.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest < 160, "widest line {widest}:\n{shown}");
    }

    #[test]
    fn a_short_line_is_shown_whole() {
        let src: Arc<str> = Arc::from("a = 1\nb = [\n");
        let d = Diagnostic::error("unterminated array").at("a.toml", &src, 10..11);
        let shown = render(&[d], Path::new("/"));
        assert!(
            shown.contains("a.toml:2:5") && shown.contains("b = ["),
            "{shown}"
        );
    }
}
