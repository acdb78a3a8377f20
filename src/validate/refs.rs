//! References between the parts of a project: ids, pictograms, rights, support kinds, tiers,
//! templates and the messages the content names. Every problem has the code `content`, but a
//! message the reference locale lacks, which is `undefined-message`.

use std::collections::HashSet;

use crate::content::{Origin, Ref, is_plain_id};
use crate::diag::{Code, Diagnostic};
use crate::localize::Localizer;
use crate::model::UI_MESSAGES;
use crate::project::Project;

/// Every dangling or duplicate reference of the assembled project.
pub fn check(project: &Project) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let content = &project.content;
    let config = &project.config;

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
    let pictogram_ok = |r: &Ref, origin: &Origin, problems: &mut Vec<Diagnostic>| {
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
    };

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
            pictogram_ok(p, &content.rights_origin, &mut problems);
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
            pictogram_ok(p, &content.support_origin, &mut problems);
        }
    }

    for (sheet, origin) in content.sheets.values() {
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
        let mut section_ids = HashSet::new();
        for section in &sheet.sections {
            if !section_ids.insert(section.id.get_ref().as_str()) {
                problems.push(
                    origin.error_at(&section.id, dup_or_bad("section", section.id.get_ref())),
                );
            }
            for tier in section.tiers.iter().flatten() {
                if config.tier(tier.get_ref()).is_none() {
                    problems
                        .push(origin.error_at(tier, format!("unknown tier `{}`", tier.get_ref())));
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
                pictogram_ok(p, origin, &mut problems);
            }
        }
    }

    for tier in &config.file.tiers {
        for (kind, map) in [
            ("html", &project.html_templates),
            ("typst", &project.typst_templates),
        ] {
            let ext = if kind == "html" { "html" } else { "typ" };
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

    problems.extend(check_messages(project));
    problems
        .into_iter()
        .map(|d| match d.code() {
            Some(_) => d,
            None => d.with_code(Code::Content),
        })
        .collect()
}

/// Every message id the content names must resolve in the reference locale, for every tier.
fn check_messages(project: &Project) -> Vec<Diagnostic> {
    let content = &project.content;
    let reference = project.reference();
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
        for section in &sheet.sections {
            wanted.push((&section.heading, origin));
            for p in &section.paragraphs {
                wanted.push((p, origin));
            }
        }
    }
    let mut problems = Vec::new();
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
        let catalogue =
            ["title", "intro", "draft", "pdf", "html"].map(|s| format!("catalogue-{s}"));
        let tier_names = project
            .config
            .file
            .tiers
            .iter()
            .map(|t| format!("tier-{}", t.id));
        let ids: Vec<String> = UI_MESSAGES
            .iter()
            .map(|s| s.to_string())
            .chain(catalogue)
            .chain(tier_names)
            .collect();
        for id in &ids {
            let id = id.as_str();
            if l10n.lookup(id).is_none() && seen.insert(id.to_string()) {
                // The file that holds its siblings (`ui-…`, `tier-…`), where it belongs too.
                let prefix = id.split('-').next().unwrap_or(id);
                let home = reference
                    .messages
                    .iter()
                    .find(|(other, _)| other.split('-').next() == Some(prefix))
                    .map(|(_, site)| site.file.to_path_buf())
                    .unwrap_or_else(|| reference.dir.clone());
                problems.push(
                    Diagnostic::error(format!(
                        "interface message `{id}` is not defined in the reference locale `{}`",
                        reference.tag
                    ))
                    .in_file(&home)
                    .with_code(Code::UndefinedMessage)
                    .with_hint(format!(
                        "add `{id} = …` to {}",
                        home.strip_prefix(project.root()).unwrap_or(&home).display()
                    )),
                );
            }
        }
    }
    problems
}

fn dup_or_bad(what: &str, id: &str) -> String {
    if is_plain_id(id) {
        format!("{what} id `{id}` is used twice")
    } else {
        format!("{what} id `{id}` may only contain lowercase letters, digits and hyphens")
    }
}
