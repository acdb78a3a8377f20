//! Loading a whole project folder: project file, content, locales and templates.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::Config;
use crate::content::{self, Content};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::locales::{self, Locale};
use crate::source;

/// A template file's text and where it came from.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    pub path: PathBuf,
    pub text: Arc<str>,
}

/// Every project file, loaded and parsed (but not yet cross-checked).
#[derive(Debug)]
pub struct Project {
    pub config: Config,
    pub content: Content,
    pub locales: Vec<Locale>,
    /// `templates/html/*.html`, by file name.
    pub html_templates: BTreeMap<String, TemplateFile>,
    /// `templates/typst/*.typ`, by file name.
    pub typst_templates: BTreeMap<String, TemplateFile>,
}

impl Project {
    /// Loads the project in `root`, collecting every loading problem before failing.
    pub fn load(root: &Path) -> Result<Self> {
        let config = Config::load(root)?;
        let mut problems = Vec::new();
        let content = content::load(
            root,
            &config.file.regions,
            &config.file.sheets,
            &config.origin,
        );
        let locales = locales::load_all(root, &config.file.locales, &config.origin);
        let html = load_templates(&root.join("templates/html"), "html");
        let typst = load_templates(&root.join("templates/typst"), "typ");
        let content = content.map_err(|e| problems.extend(e.diagnostics())).ok();
        let locales = locales.map_err(|e| problems.extend(e.diagnostics())).ok();
        let html = html.map_err(|e| problems.extend(e.diagnostics())).ok();
        let typst = typst.map_err(|e| problems.extend(e.diagnostics())).ok();
        match (content, locales, html, typst) {
            (Some(content), Some(locales), Some(html_templates), Some(typst_templates))
                if problems.is_empty() =>
            {
                Ok(Self {
                    config,
                    content,
                    locales,
                    html_templates,
                    typst_templates,
                })
            }
            _ => Err(Error::Invalid(problems)),
        }
    }

    pub fn root(&self) -> &Path {
        &self.config.root
    }

    pub fn locale(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// The reference locale (present: checked when the project file was loaded).
    pub fn reference(&self) -> &Locale {
        let tag = self.config.reference_locale();
        self.locale(tag).unwrap_or(&self.locales[0])
    }
}

/// Reads the templates of one folder, refusing files that resolve outside it.
pub fn load_templates(dir: &Path, ext: &str) -> Result<BTreeMap<String, TemplateFile>> {
    let canonical_dir = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
        let path = entry.path();
        if path.extension().is_none_or(|e| e != ext) {
            continue;
        }
        let inside = path
            .canonicalize()
            .is_ok_and(|p| p.starts_with(&canonical_dir));
        if !inside {
            problems.push(
                Diagnostic::error("template resolves to a file outside its templates folder")
                    .in_file(path)
                    .with_hint("templates must be regular files inside templates/; a symlink may not point elsewhere"),
            );
            continue;
        }
        match source::read_text(path) {
            Ok(text) => {
                let name = entry.file_name().to_string_lossy().into_owned();
                out.insert(
                    name,
                    TemplateFile {
                        path: path.to_path_buf(),
                        text,
                    },
                );
            }
            Err(e) => problems.extend(e.diagnostics()),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::Invalid(problems))
    }
}
