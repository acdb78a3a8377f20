//! HTML rendering with minijinja: auto-escaped, strict about undefined values, no code from data.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::diag::Diagnostic;
use crate::project::TemplateFile;

/// Steps (minijinja instructions) one rendering may take.
const TEMPLATE_FUEL: u64 = 20_000_000;

/// Renders sheet models (and the catalogue) with the project's HTML templates.
pub struct HtmlRenderer {
    env: Environment<'static>,
    files: BTreeMap<String, (PathBuf, Arc<str>)>,
}

impl HtmlRenderer {
    /// Parses every template up front, reporting all syntax errors with their positions.
    pub fn new(templates: &BTreeMap<String, TemplateFile>) -> Result<Self, Vec<Diagnostic>> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // A sheet takes well under a hundred thousand steps; nested loops stop with an error.
        env.set_fuel(Some(TEMPLATE_FUEL));
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        let mut files = BTreeMap::new();
        let mut problems = Vec::new();
        for (name, file) in templates {
            files.insert(name.clone(), (file.path.clone(), file.text.clone()));
            if let Err(e) = env.add_template_owned(name.clone(), file.text.to_string()) {
                problems.push(locate(&e, &files));
            }
        }
        if problems.is_empty() {
            Ok(Self { env, files })
        } else {
            Err(problems)
        }
    }

    /// Renders `data` with template `name` (e.g. `index.html`); its fields are top-level names.
    pub fn render<T: serde::Serialize>(&self, name: &str, data: &T) -> Result<String, Diagnostic> {
        self.render_value(name, Value::from(Serde(data)))
    }

    /// Renders a sheet model with template `name`; templates see it as `sheet` (and no
    /// recordings: `audio_src` is empty).
    pub fn render_sheet(
        &self,
        name: &str,
        sheet: &crate::model::Sheet,
    ) -> Result<String, Diagnostic> {
        self.render_page(name, sheet, &BTreeMap::new())
    }

    /// Renders a sheet model with its recordings: `audio_src` maps each block's
    /// `audio.file` to a `data:` URL (see [`audio_sources`]).
    pub fn render_page(
        &self,
        name: &str,
        sheet: &crate::model::Sheet,
        audio_src: &BTreeMap<String, String>,
    ) -> Result<String, Diagnostic> {
        self.render_value(
            name,
            minijinja::context! {
                sheet => Value::from(Serde(sheet)),
                audio_src => Value::from(Serde(audio_src)),
            },
        )
    }

    /// Renders a sheet model given as JSON (a bilingual or discreet model) with template
    /// `name`; it plays no recordings.
    pub fn render_sheet_value(
        &self,
        name: &str,
        sheet: &serde_json::Value,
    ) -> Result<String, Diagnostic> {
        let none: BTreeMap<String, String> = BTreeMap::new();
        self.render_value(
            name,
            minijinja::context! {
                sheet => Value::from(Serde(sheet)),
                audio_src => Value::from(Serde(&none)),
            },
        )
    }

    fn render_value(&self, name: &str, context: Value) -> Result<String, Diagnostic> {
        let template = self
            .env
            .get_template(name)
            .map_err(|_| Diagnostic::error(format!("no HTML template templates/html/{name}")))?;
        template
            .render(context)
            .map_err(|e| locate(&e, &self.files))
    }
}

/// The `data:` URL of every recording `sheet` plays, by its project-relative file.
pub fn audio_sources(
    project: &crate::project::Project,
    sheet: &crate::model::Sheet,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for audio in sheet.audio_blocks() {
        if out.contains_key(&audio.file) {
            continue;
        }
        if let Some(rec) = project.recordings.by_file(&audio.file) {
            let url = format!(
                "data:audio/ogg;base64,{}",
                crate::base64::encode(&rec.bytes)
            );
            out.insert(audio.file.clone(), url);
        }
    }
    out
}

/// Turns a minijinja error into a diagnostic at the template's file:line:col.
fn locate(e: &minijinja::Error, files: &BTreeMap<String, (PathBuf, Arc<str>)>) -> Diagnostic {
    let message = match e.detail() {
        Some(detail) => format!("template: {} ({detail})", e.kind()),
        None => format!("template: {}", e.kind()),
    };
    let mut diag = Diagnostic::error(message);
    if let Some((path, text)) = e.name().and_then(|n| files.get(n)) {
        let range = e.range().or_else(|| {
            let line = e.line()?;
            let start: usize = text
                .split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(str::len)
                .sum();
            Some(start..start)
        });
        diag = match range {
            Some(range) => diag.at(path, text, range),
            None => diag.in_file(path),
        };
    }
    diag.with_hint(
        "templates receive the sheet model as data; see templates/README.md for its fields",
    )
}
