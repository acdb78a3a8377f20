//! The rules only rendering can apply: every message of every edition can be formatted (no
//! cycle, no runaway expansion), and every template renders a sheet of each tier. `check` runs
//! them so that it refuses what `build` would refuse while rendering.

use std::collections::HashSet;

use crate::build::sheet_model;
use crate::date::Date;
use crate::diag::{Code, Diagnostic, Finding};
use crate::fonts::Fonts;
use crate::model::EditionId;
use crate::project::Project;
use crate::render::html::HtmlRenderer;
use crate::render::pdf::PdfRenderer;
use crate::timings::Timings;

/// Every edition's sheet model, for every locale, tier, sheet and region.
pub fn models(project: &Project) -> Vec<Finding> {
    let mut out = Vec::new();
    for id in editions(project, project.locales.iter().map(|l| l.tag.as_str())) {
        if let Err(problems) = sheet_model(project, &id) {
            out.extend(problems.into_iter().map(|d| {
                let d = if d.code().is_some() {
                    d
                } else {
                    d.with_code(Code::MessageFormat)
                };
                Finding::new(d, Some(&id.locale))
            }));
        }
    }
    dedup(out)
}

/// Each sheet of each tier in every locale, in the first region, rendered as HTML and typeset
/// (not exported) with the project's templates; `fonts` enables the typesetting. Every locale
/// is laid out because a translation alone can overflow a block that holds the reference text
/// (`text-clipped`), which `build` refuses.
pub fn templates(project: &Project, fonts: Option<Fonts>, date: Date) -> Vec<Finding> {
    let html = match HtmlRenderer::new(&project.html_templates) {
        Ok(html) => Some(html),
        Err(problems) => return problems.into_iter().map(template_finding).collect(),
    };
    let pdf = fonts.and_then(|fonts| {
        PdfRenderer::new(
            fonts,
            &project.typst_templates,
            &project.content.pictogram_svgs,
            date,
        )
        .ok()
    });
    let ids: Vec<EditionId> = editions(project, project.locales.iter().map(|l| l.tag.as_str()))
        .into_iter()
        .filter(first_region(project))
        .collect();
    let check_one = |id: &EditionId| render_one(project, id, html.as_ref(), pdf.as_ref());
    // Typst's layout recurses deeply: the workers get the stacks a build gives its own.
    let found: Vec<Finding> = match rayon::ThreadPoolBuilder::new()
        .stack_size(crate::build::TYPST_STACK_BYTES)
        .build()
    {
        Ok(pool) => pool.install(|| {
            use rayon::prelude::*;
            ids.par_iter().flat_map_iter(check_one).collect()
        }),
        Err(_) => ids.iter().flat_map(check_one).collect(),
    };
    dedup(found)
}

/// A template problem as a finding (`template` unless it has its own code).
fn template_finding(d: Diagnostic) -> Finding {
    let d = if d.code().is_some() {
        d
    } else {
        d.with_code(Code::Template)
    };
    Finding::new(d, None)
}

/// The problems of rendering edition `id` as HTML and typesetting it.
fn render_one(
    project: &Project,
    id: &EditionId,
    html: Option<&HtmlRenderer>,
    pdf: Option<&PdfRenderer>,
) -> Vec<Finding> {
    let Ok((model, _)) = sheet_model(project, id) else {
        return Vec::new();
    };
    let doing = |kind: &str, ext: &str| {
        crate::limits::doing(
            format!("checking the {kind} template with the {id} sheet"),
            format!("templates/{kind}/{}.{ext}", model.template),
        )
    };
    let mut out = Vec::new();
    if let Some(html) = html {
        let _doing = doing("html", "html");
        if let Err(d) = html.render_sheet(&format!("{}.html", model.template), &model) {
            out.push(template_finding(d));
        }
    }
    if let Some(pdf) = pdf
        && let Ok(json) = serde_json::to_vec(&model)
    {
        let _doing = doing("typst", "typ");
        let typeset = pdf.typeset(&model, json, &Timings::default());
        crate::render::pdf::evict_unused();
        if let Err(problems) = typeset {
            out.extend(
                problems
                    .into_iter()
                    .map(|d| template_finding(crate::render::locate_clipped(project, id, d))),
            );
        }
    }
    out
}

/// Every edition of the given locales.
fn editions<'a>(project: &'a Project, locales: impl Iterator<Item = &'a str>) -> Vec<EditionId> {
    let file = &project.config.file;
    let mut out = Vec::new();
    for locale in locales {
        for tier in &file.tiers {
            for sheet in &file.sheets {
                for region in &file.regions {
                    out.push(EditionId {
                        sheet: sheet.get_ref().clone(),
                        region: region.get_ref().clone(),
                        locale: locale.to_string(),
                        tier: tier.id.clone(),
                    });
                }
            }
        }
    }
    out
}

fn first_region(project: &Project) -> impl Fn(&EditionId) -> bool + '_ {
    move |id| {
        project
            .config
            .file
            .regions
            .first()
            .is_some_and(|r| *r.get_ref() == id.region)
    }
}

/// One finding per place and code: the same broken message or template breaks many editions.
fn dedup(mut out: Vec<Finding>) -> Vec<Finding> {
    let mut seen = HashSet::new();
    out.retain(|f| {
        let place = (
            f.diag.code(),
            f.diag.file.clone(),
            f.diag.span.clone(),
            f.locale.clone(),
        );
        f.diag.file.is_none() || seen.insert(place)
    });
    out
}
