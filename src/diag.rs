//! Located diagnostics: what went wrong, where (file:line:column), and a hint.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;

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
    /// A stable name for the kind of problem, as an index into `check::CODES` (one byte, so
    /// the type stays small); see [`Diagnostic::code`].
    code: Option<std::num::NonZeroU8>,
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

    /// Gives the diagnostic a stable code naming the kind of problem, one of `check::CODES`
    /// (register a new code there: another name is ignored).
    pub fn with_code(mut self, code: &str) -> Self {
        self.code = crate::check::CODES
            .iter()
            .position(|(c, _)| *c == code)
            .and_then(|i| u8::try_from(i + 1).ok())
            .and_then(std::num::NonZeroU8::new);
        self
    }

    /// The stable code naming the kind of problem (e.g. `missing-message`), if it has one.
    pub fn code(&self) -> Option<&'static str> {
        let index = usize::from(self.code?.get()) - 1;
        crate::check::CODES.get(index).map(|(c, _)| *c)
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

/// Renders diagnostics for people: location, a source excerpt with a caret, and the hint.
pub fn render(diagnostics: &[Diagnostic], project_root: &Path) -> String {
    let config = term::Config::default();
    let mut out = String::new();
    for diag in diagnostics {
        let name = diag
            .file
            .as_ref()
            .map(|p| {
                p.strip_prefix(project_root)
                    .unwrap_or(p)
                    .display()
                    .to_string()
            })
            .unwrap_or_default();
        let source = diag.source.as_deref().unwrap_or("");
        let window = diag
            .span
            .as_ref()
            .and_then(|span| LineWindow::around(&name, source, span));
        let mut cs = match diag.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
        }
        .with_message(&diag.message);
        if let Some(code) = diag.code() {
            cs = cs.with_code(code);
        }
        let mut notes = Vec::new();
        match (&diag.span, diag.source.is_some()) {
            (Some(span), true) => {
                let range = window.as_ref().map_or(span.clone(), |w| w.label.clone());
                cs = cs.with_labels(vec![Label::primary((), range)]);
            }
            _ if !name.is_empty() => notes.push(format!("in {name}")),
            _ => {}
        }
        if let Some(hint) = &diag.hint {
            notes.push(format!("hint: {hint}"));
        }
        cs = cs.with_notes(notes);
        let emitted = match &window {
            Some(window) => term::emit_into_string(&config, window, &cs),
            None => term::emit_into_string(&config, &SimpleFile::new(name.clone(), source), &cs),
        };
        match emitted {
            Ok(text) => out.push_str(&text),
            Err(_) => {
                out.push_str(&diag.to_string());
                out.push('\n');
            }
        }
    }
    out
}

/// Lines longer than this (in characters) are shown only around the problem.
const LONG_LINE_CHARS: usize = 160;

/// One long source line seen through a window around a problem: the excerpt stays short while
/// the header and gutter keep the real line and column.
struct LineWindow {
    name: String,
    /// The shown part of the line, with `…` where it was cut.
    text: String,
    line: usize,
    /// The real column of the first shown character after the leading `…`.
    column: usize,
    /// Bytes of the leading `…` (0 when the line is shown from its start).
    lead: usize,
    /// The problem's range within `text`.
    label: Range<usize>,
}

impl LineWindow {
    /// A window on the line where `span` starts, if that line is too long to show whole.
    fn around(name: &str, source: &str, span: &Range<usize>) -> Option<Self> {
        let mut start = span.start.min(source.len());
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        if source[line_start..line_end].chars().count() <= LONG_LINE_CHARS {
            return None;
        }
        let from = source[line_start..start]
            .char_indices()
            .rev()
            .nth(39)
            .map_or(line_start, |(i, _)| line_start + i);
        let to = source[start..line_end]
            .char_indices()
            .nth(80)
            .map_or(line_end, |(i, _)| start + i);
        let lead = if from > line_start { "…" } else { "" };
        let tail = if to < line_end { "…" } else { "" };
        let (line, column) = line_col(source, from);
        let mut end = span.end.clamp(start, to);
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        Some(Self {
            name: name.to_string(),
            text: format!("{lead}{}{tail}", &source[from..to]),
            line,
            column,
            lead: lead.len(),
            label: lead.len() + start - from..lead.len() + end - from,
        })
    }
}

impl<'a> codespan_reporting::files::Files<'a> for LineWindow {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }

    fn line_number(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.line)
    }

    fn column_number(
        &'a self,
        (): (),
        _: usize,
        byte: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let mut byte = byte.clamp(self.lead, self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        Ok(self.column + self.text[self.lead..byte].chars().count())
    }

    fn line_range(
        &'a self,
        (): (),
        _: usize,
    ) -> Result<Range<usize>, codespan_reporting::files::Error> {
        Ok(0..self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
