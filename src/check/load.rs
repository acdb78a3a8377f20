//! Loading locales without stopping at the first broken file, so that `check` sees everything.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use super::Finding;
use super::ftl::{FtlFile, syntax_code};
use super::meta::suggest_tag;
use crate::content::{Origin, Ref};
use crate::diag::Diagnostic;
use crate::locales::{Locale, LocaleMeta, MessageSite};
use crate::source;

/// A locale as far as it could be loaded.
pub struct LoadedLocale {
    pub tag: String,
    pub dir: PathBuf,
    /// Its `.ftl` files, parsed (also those with syntax errors).
    pub files: Vec<FtlFile>,
    /// The usable locale, when its metadata could be read.
    pub locale: Option<Locale>,
}

impl LoadedLocale {
    /// The entry `id` and the file defining it.
    pub fn entry(&self, id: &str) -> Option<(&FtlFile, &super::ftl::Entry)> {
        self.files.iter().find_map(|f| f.entry(id).map(|e| (f, e)))
    }

    /// The file named `name` (e.g. `ui.ftl`).
    pub fn file(&self, name: &str) -> Option<&FtlFile> {
        self.files.iter().find(|f| f.name == name)
    }
}

/// The `.ftl` files directly in `dir`, sorted by name.
pub fn ftl_paths(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Loads the locale `tag` listed in the project file, reporting every problem into `out`.
pub fn load_locale(
    root: &Path,
    tag: &Ref,
    config_origin: &Origin,
    out: &mut Vec<Finding>,
) -> Option<LoadedLocale> {
    let name = tag.get_ref().clone();
    let mut report = |d: Diagnostic| out.push(Finding::new(d, Some(name.as_str())));
    let langid = match tag.get_ref().parse::<LanguageIdentifier>() {
        Ok(id) => {
            let canonical = id.to_string();
            if canonical != *tag.get_ref() {
                report(
                    config_origin
                        .error_at(
                            tag,
                            format!("`{}` is not written in canonical form", tag.get_ref()),
                        )
                        .with_code("locale-tag")
                        .with_hint(format!(
                            "write `{canonical}` (and name the folder locales/{canonical}/)"
                        )),
                );
            } else if let Some(better) = suggest_tag(tag.get_ref()).filter(|s| s != tag.get_ref()) {
                report(
                    config_origin
                        .error_at(
                            tag,
                            format!("`{}` is a deprecated language code", tag.get_ref()),
                        )
                        .with_code("locale-tag")
                        .with_hint(format!("write `{better}`")),
                );
            }
            Some(id)
        }
        Err(e) => {
            let hint = match suggest_tag(tag.get_ref()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "use a tag such as `th`, `fa`, `zh-Hans` or `pt-BR`".to_string(),
            };
            report(
                config_origin
                    .error_at(
                        tag,
                        format!(
                            "`{}` is not a valid BCP 47 language tag ({e})",
                            tag.get_ref()
                        ),
                    )
                    .with_code("locale-tag")
                    .with_hint(hint),
            );
            None
        }
    };
    let dir = root.join("locales").join(tag.get_ref());
    if !dir.is_dir() {
        report(
            config_origin
                .error_at(
                    tag,
                    format!("locale `{name}` has no folder locales/{name}/"),
                )
                .with_code("locale-folder")
                .with_hint(format!(
                    "run `infosheet new-locale {name}` to create it, or remove the tag from `locales`"
                )),
        );
        return None;
    }
    let meta_path = dir.join("locale.toml");
    let meta = if meta_path.is_file() {
        match source::read_text(&meta_path)
            .and_then(|text| source::parse_toml::<LocaleMeta>(&meta_path, &text))
        {
            Ok(meta) => Some(meta),
            Err(e) => {
                for d in e.diagnostics() {
                    report(d.with_code("locale-meta"));
                }
                None
            }
        }
    } else {
        report(
            Diagnostic::error(format!("locale `{name}` has no locale.toml"))
                .in_file(&meta_path)
                .with_code("locale-meta")
                .with_hint("copy locales/en/locale.toml and describe the language"),
        );
        None
    };

    let paths = ftl_paths(&dir);
    if paths.is_empty() {
        report(
            Diagnostic::error(format!("locale `{name}` has no .ftl files"))
                .in_file(&dir)
                .with_code("ftl-syntax"),
        );
    }
    let mut files = Vec::new();
    for path in paths {
        match source::read_text(&path) {
            Ok(text) => files.push(FtlFile::parse(path, text)),
            Err(e) => {
                for d in e.diagnostics() {
                    report(d.with_code("ftl-syntax"));
                }
            }
        }
    }
    let mut seen: BTreeMap<String, (PathBuf, Arc<str>, usize)> = BTreeMap::new();
    for file in &files {
        for err in &file.errors {
            let start = err
                .slice
                .as_ref()
                .map_or(err.pos.start, |s| err.pos.start.max(s.start));
            let mut end = err.pos.end.max(start);
            let mut start = start;
            if matches!(
                err.kind,
                fluent_syntax::parser::ErrorKind::MissingDefaultVariant
            ) && let Some(slice) = &err.slice
                && let Some(arrow) = file
                    .text
                    .get(slice.start..err.pos.start)
                    .and_then(|t| t.rfind("->"))
            {
                // Point at the select's `->`, not at the `}` where the parser noticed.
                start = slice.start + arrow;
                end = start + 2;
            }
            report(
                Diagnostic::error(format!("Fluent syntax error: {}", err.kind))
                    .at(&file.path, &file.text, start..end)
                    .with_code(syntax_code(&err.kind))
                    .with_hint(syntax_hint(&err.kind)),
            );
        }
        for entry in &file.entries {
            if let Some((path, text, at)) = seen.get(&entry.id) {
                let (line, col) = crate::diag::line_col(text, *at);
                report(
                    Diagnostic::error(format!("message `{}` is defined twice", entry.id))
                        .at(&file.path, &file.text, entry.id_span.clone())
                        .with_code("duplicate-message")
                        .with_hint(format!(
                            "the first definition is at {}:{line}:{col}; keep one",
                            relative(root, path)
                        )),
                );
            } else {
                seen.insert(
                    entry.id.clone(),
                    (file.path.clone(), file.text.clone(), entry.id_span.start),
                );
            }
        }
    }

    let locale = match (meta, langid) {
        (Some(meta), langid) => {
            let langid = langid.unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
            bundle.set_use_isolating(false);
            let mut messages = BTreeMap::new();
            for file in &files {
                let resource = match FluentResource::try_new(file.text.to_string()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                // Duplicates were reported above with their positions.
                let _ = bundle.add_resource(resource);
                let path: Arc<Path> = Arc::from(file.path.as_path());
                for entry in &file.entries {
                    messages
                        .entry(entry.id.clone())
                        .or_insert_with(|| MessageSite {
                            file: path.clone(),
                            text: file.text.clone(),
                            span: entry.id_span.clone(),
                        });
                }
            }
            Some(Locale {
                tag: name.clone(),
                langid,
                meta,
                bundle,
                messages,
                dir: dir.clone(),
            })
        }
        (None, _) => None,
    };
    Some(LoadedLocale {
        tag: name,
        dir,
        files,
        locale,
    })
}

fn syntax_hint(kind: &fluent_syntax::parser::ErrorKind) -> &'static str {
    use fluent_syntax::parser::ErrorKind;
    match kind {
        ErrorKind::MissingDefaultVariant => {
            "mark one variant as the default with `*`, e.g. `*[other] …`; it is used when no other variant matches"
        }
        ErrorKind::ExpectedToken('=') => {
            "a message is written `id = text`; continuation lines must be indented"
        }
        ErrorKind::UnterminatedStringLiteral => "close the string with `\"`",
        _ => "see https://projectfluent.org/fluent/guide/ for the syntax",
    }
}

/// `path` relative to the project root, with `/` separators.
pub fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}
