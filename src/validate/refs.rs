//! References between the parts of a project: ids, pictograms, rights, support kinds, tiers,
//! templates and the messages the content names. Every problem has the code `content`, but a
//! message the reference locale lacks, which is `undefined-message`.

use std::collections::HashSet;

use crate::content::{Content, Origin, Ref, SheetFile, is_plain_id};
use crate::diag::{Code, Diagnostic};
use crate::locales::Locale;
use crate::localize::Localizer;
use crate::model::UI_MESSAGES;
use crate::project::Project;

/// Every dangling or duplicate reference of the assembled project.
pub fn check(project: &Project) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    ids_and_pictograms(&project.content, &mut problems);
    for (sheet, origin) in project.content.sheets.values() {
        sheet_refs(project, sheet, origin, &mut problems);
    }
    tier_templates(project, &mut problems);
    content_messages(project, &mut problems);
    interface_messages(project, &mut problems);
    problems
        .into_iter()
        .map(|d| match d.code() {
            Some(_) => d,
            None => d.with_code(Code::Content),
        })
        .collect()
}

/// An error at `r` unless it names a declared pictogram.
fn pictogram_ok(content: &Content, r: &Ref, origin: &Origin, problems: &mut Vec<Diagnostic>) {
    if !content
        .pictograms
        .iter()
        .any(|p| p.id.get_ref() == r.get_ref())
    {
        problems.push(
            origin
                .error_at(r, format!("unknown pictogram `{}`", r.get_ref()))
                .with_hint("pictograms are declared in content/pictograms.toml"),
        );
    }
}

/// Pictogram, right and support ids: unique and plain; the pictograms they name exist.
fn ids_and_pictograms(content: &Content, problems: &mut Vec<Diagnostic>) {
    let mut ids = HashSet::new();
    for p in &content.pictograms {
        if !ids.insert(p.id.get_ref().as_str()) || !is_plain_id(p.id.get_ref()) {
            problems.push(
                content
                    .pictograms_origin
                    .error_at(&p.id, dup_or_bad("pictogram", p.id.get_ref())),
            );
        }
    }
    let mut ids = HashSet::new();
    for right in &content.rights {
        if !ids.insert(right.id.get_ref().as_str()) || !is_plain_id(right.id.get_ref()) {
            problems.push(
                content
                    .rights_origin
                    .error_at(&right.id, dup_or_bad("right", right.id.get_ref())),
            );
        }
        if let Some(p) = &right.pictogram {
            pictogram_ok(content, p, &content.rights_origin, problems);
        }
    }
    let mut kinds = HashSet::new();
    for s in &content.support {
        if !kinds.insert(*s.kind.get_ref()) {
            problems.push(
                Diagnostic::error(format!(
                    "support kind `{}` is described twice",
                    s.kind.get_ref().as_str()
                ))
                .at(
                    &content.support_origin.path,
                    &content.support_origin.text,
                    s.kind.span(),
                ),
            );
        }
        if let Some(p) = &s.pictogram {
            pictogram_ok(content, p, &content.support_origin, problems);
        }
    }
}

/// A sheet's template, and its sections' ids, tiers, rights, support kinds and pictograms.
fn sheet_refs(
    project: &Project,
    sheet: &SheetFile,
    origin: &Origin,
    problems: &mut Vec<Diagnostic>,
) {
    let content = &project.content;
    if let Some(template) = &sheet.template {
        let name = template.get_ref();
        let html = project.html_templates.contains_key(&format!("{name}.html"));
        let typst = project.typst_templates.contains_key(&format!("{name}.typ"));
        if !html || !typst {
            problems.push(
                origin
                    .error_at(template, format!("template `{name}` needs templates/html/{name}.html and templates/typst/{name}.typ"))
                    .with_hint("a sheet's template replaces the tiers' own layout, so it must exist in both folders"),
            );
        }
    }
    if let Some(read) = &sheet.reads_aloud
        && !content.sheets.contains_key(read.get_ref())
    {
        problems.push(
            origin
                .error_at(read, format!("unknown sheet `{}`", read.get_ref()))
                .with_hint("`reads_aloud` names a sheet listed in infosheet.toml's `sheets`"),
        );
    }
    let mut section_ids = HashSet::new();
    for section in &sheet.sections {
        if !section_ids.insert(section.id.get_ref().as_str()) {
            problems
                .push(origin.error_at(&section.id, dup_or_bad("section", section.id.get_ref())));
        }
        for tier in section.tiers.iter().flatten() {
            if project.config.tier(tier.get_ref()).is_none() {
                problems.push(origin.error_at(tier, format!("unknown tier `{}`", tier.get_ref())));
            }
        }
        for r in &section.rights {
            if !content.rights.iter().any(|x| x.id.get_ref() == r.get_ref()) {
                problems.push(origin.error_at(r, format!("unknown right `{}`", r.get_ref())));
            }
        }
        for k in &section.support {
            if !content
                .support
                .iter()
                .any(|s| s.kind.get_ref() == k.get_ref())
            {
                problems.push(
                    Diagnostic::error(format!(
                        "support kind `{}` is not described in content/support.toml",
                        k.get_ref().as_str()
                    ))
                    .at(&origin.path, &origin.text, k.span()),
                );
            }
        }
        if let Some(p) = &section.pictogram {
            pictogram_ok(content, p, origin, problems);
        }
    }
}

/// Each tier's layout exists in both template folders, and so does the catalogue page.
fn tier_templates(project: &Project, problems: &mut Vec<Diagnostic>) {
    let config = &project.config;
    for tier in &config.file.tiers {
        for (kind, ext, map) in [
            ("html", "html", &project.html_templates),
            ("typst", "typ", &project.typst_templates),
        ] {
            let name = format!("{}.{ext}", tier.template);
            if !map.contains_key(&name) {
                problems.push(
                    Diagnostic::error(format!(
                        "tier `{}` uses template `{}` but templates/{kind}/{name} does not exist",
                        tier.id, tier.template
                    ))
                    .in_file(&config.origin.path),
                );
            }
        }
    }
    if !project.html_templates.contains_key("index.html") {
        problems.push(Diagnostic::error(
            "templates/html/index.html (the catalogue page) does not exist",
        ));
    }
}

/// Every message id the content files name, with the file that names it.
fn named_messages(content: &Content) -> Vec<(&Ref, &Origin)> {
    let mut wanted: Vec<(&Ref, &Origin)> = Vec::new();
    for r in &content.rights {
        wanted.push((&r.title, &content.rights_origin));
        wanted.push((&r.body, &content.rights_origin));
        for b in &r.legal_basis {
            wanted.push((&b.instrument, &content.rights_origin));
        }
    }
    for s in &content.support {
        wanted.push((&s.title, &content.support_origin));
        wanted.push((&s.body, &content.support_origin));
    }
    for p in &content.pictograms {
        wanted.push((&p.alt, &content.pictograms_origin));
    }
    for (region, origin) in content.regions.values() {
        wanted.push((&region.name, origin));
    }
    for (sheet, origin) in content.sheets.values() {
        wanted.push((&sheet.title, origin));
        if let Some(s) = &sheet.subtitle {
            wanted.push((s, origin));
        }
        if let Some(n) = &sheet.footer_note {
            wanted.push((n, origin));
        }
        for section in &sheet.sections {
            wanted.push((&section.heading, origin));
            for p in &section.paragraphs {
                wanted.push((p, origin));
            }
            for s in &section.steps {
                wanted.push((s.message(), origin));
            }
        }
    }
    wanted
}

/// Every message the content names resolves in the reference locale, for every tier.
fn content_messages(project: &Project, problems: &mut Vec<Diagnostic>) {
    let reference = project.reference();
    let wanted = named_messages(&project.content);
    let mut seen = HashSet::new();
    for tier in &project.config.file.tiers {
        let l10n = Localizer::new(reference, reference, tier);
        for (id, origin) in &wanted {
            if l10n.lookup(id.get_ref()).is_none() && seen.insert(id.get_ref().clone()) {
                problems.push(
                    origin
                        .error_at(
                            id,
                            format!(
                                "message `{}` is not defined in the reference locale `{}`",
                                id.get_ref(),
                                reference.tag
                            ),
                        )
                        .with_code(Code::UndefinedMessage)
                        .with_hint(format!(
                            "add `{} = …` to a .ftl file in locales/{}/",
                            id.get_ref(),
                            reference.tag
                        )),
                );
            }
        }
    }
}

/// The messages of the interface, the catalogue and the tier names, in the reference locale.
fn interface_messages(project: &Project, problems: &mut Vec<Diagnostic>) {
    let reference = project.reference();
    let ids: Vec<String> = UI_MESSAGES
        .iter()
        .map(|s| s.to_string())
        .chain(crate::catalogue::MESSAGES.iter().map(|s| s.to_string()))
        .chain(
            project
                .config
                .file
                .tiers
                .iter()
                .map(|t| format!("tier-{}", t.id)),
        )
        .collect();
    let mut seen = HashSet::new();
    for tier in &project.config.file.tiers {
        let l10n = Localizer::new(reference, reference, tier);
        for id in &ids {
            if l10n.lookup(id).is_none() && seen.insert(id.clone()) {
                problems.push(missing_interface_message(project, reference, id));
            }
        }
    }
}

/// A missing interface message, pointing at the file of its siblings (`ui-…`, `tier-…`).
fn missing_interface_message(project: &Project, reference: &Locale, id: &str) -> Diagnostic {
    let prefix = id.split('-').next().unwrap_or(id);
    let home = reference
        .messages
        .iter()
        .find(|(other, _)| other.split('-').next() == Some(prefix))
        .map(|(_, site)| site.file.to_path_buf())
        .unwrap_or_else(|| reference.dir.clone());
    Diagnostic::error(format!(
        "interface message `{id}` is not defined in the reference locale `{}`",
        reference.tag
    ))
    .in_file(&home)
    .with_code(Code::UndefinedMessage)
    .with_hint(format!(
        "add `{id} = …` to {}",
        home.strip_prefix(project.root()).unwrap_or(&home).display()
    ))
}

fn dup_or_bad(what: &str, id: &str) -> String {
    if is_plain_id(id) {
        format!("{what} id `{id}` is used twice")
    } else {
        format!("{what} id `{id}` may only contain lowercase letters, digits and hyphens")
    }
}
