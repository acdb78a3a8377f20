//! The catalogue: `index.html`, listing every edition of the project found in the output folder.

use std::path::Path;

use serde::Serialize;

use crate::build::{edition_path, print_path};
use crate::config::Format;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::localize::{Localizer, Text};
use crate::model::EditionId;
use crate::output::write_atomic;
use crate::project::Project;
use crate::render::html::HtmlRenderer;
use crate::render::webfonts::WebFonts;

/// The messages of the catalogue page, in the order it uses them (title, introduction, draft
/// mark, link labels: PDF, HTML, a card's print sheet, a bilingual edition). Only the reference
/// locale needs them.
pub const MESSAGES: [&str; 11] = [
    "catalogue-title",
    "catalogue-intro",
    "catalogue-draft",
    "catalogue-pdf",
    "catalogue-html",
    "catalogue-print",
    "catalogue-bilingual",
    "catalogue-discreet-title",
    "catalogue-age-unknown",
    "catalogue-age-unknown-note",
    "catalogue-thumbnail",
];

/// The catalogue page's data.
#[derive(Serialize)]
struct Catalogue {
    lang: String,
    title: Text,
    intro: Text,
    draft: Text,
    pdf_label: Text,
    html_label: Text,
    print_label: Text,
    bilingual_label: Text,
    /// The text alternative of a sheet's page-1 thumbnail.
    thumbnail_label: Text,
    generator: String,
    /// The page's `font-family` list: the project's fallback fonts, which cover every endonym.
    fonts: Vec<String>,
    languages: Vec<CatalogueLanguage>,
}

#[derive(Serialize)]
struct CatalogueLanguage {
    tag: String,
    endonym: String,
    english_name: String,
    dir: crate::locales::Direction,
    reviewed: bool,
    editions: Vec<CatalogueEdition>,
    /// The same editions by age tier, then region: what a worker chooses after the language.
    tiers: Vec<CatalogueTier>,
}

#[derive(Serialize)]
struct CatalogueTier {
    id: String,
    name: Text,
    /// Why this choice leads to these sheets (the "not sure of the age" choice).
    note: Option<Text>,
    regions: Vec<CatalogueRegion>,
}

#[derive(Serialize)]
struct CatalogueRegion {
    id: String,
    name: Text,
    editions: Vec<CatalogueEdition>,
}

#[derive(Serialize, Clone)]
struct CatalogueEdition {
    #[serde(skip)]
    tier_id: String,
    #[serde(skip)]
    region_id: String,
    title: Text,
    region: Text,
    tier: Text,
    html: Option<String>,
    pdf: Option<String>,
    /// The print sheet of copies to cut out (the card's), when there is one.
    print: Option<String>,
    /// The bilingual edition's files, and the staff language it pairs with.
    bilingual: Option<BilingualLinks>,
    /// Page 1 of the PDF as a small PNG beside it.
    thumbnail: Option<String>,
}

#[derive(Serialize, Clone)]
struct BilingualLinks {
    lang: String,
    endonym: String,
    html: Option<String>,
    pdf: Option<String>,
}

/// Writes `index.html`, listing every edition of the project whose files exist in `out`. A
/// `discreet` build's catalogue (and a discreet region's entries) lists the discreet editions
/// alone, by their neutral titles, under a neutral title.
pub fn write_catalogue(
    project: &Project,
    html: &HtmlRenderer,
    webfonts: &WebFonts,
    out: &Path,
    discreet: bool,
) -> Result<()> {
    let reference = project.reference();
    let Some(adult) = project
        .config
        .file
        .tiers
        .iter()
        .find(|t| t.audience == crate::config::Audience::Adult)
    else {
        return Err(
            Diagnostic::error("the catalogue needs an adult tier for its own wording").into(),
        );
    };
    let l10n = Localizer::new(reference, reference, adult);
    let text = |id: &str| l10n.text(id, &[]);
    let mut languages = Vec::new();
    for locale in &project.locales {
        let mut editions = Vec::new();
        for region in project.config.file.regions.iter().map(|r| r.get_ref()) {
            for tier in &project.config.file.tiers {
                for sheet in project.config.file.sheets.iter().map(|s| s.get_ref()) {
                    let id = EditionId {
                        sheet: sheet.clone(),
                        region: region.clone(),
                        locale: locale.tag.clone(),
                        tier: tier.id.clone(),
                    };
                    let link = |rel: std::path::PathBuf| {
                        out.join(&rel)
                            .is_file()
                            .then(|| rel.to_string_lossy().replace('\\', "/"))
                    };
                    let discreet_region = project
                        .content
                        .regions
                        .get(region)
                        .is_some_and(|(r, _)| r.discreet);
                    let neutral = discreet || discreet_region;
                    let path = |f: Format| {
                        if neutral {
                            crate::build::discreet_path(project, &id, f)
                        } else {
                            edition_path(&id, f)
                        }
                    };
                    let html_link = link(path(Format::Html));
                    let pdf_link = link(path(Format::Pdf));
                    let thumbnail = pdf_link
                        .as_deref()
                        .map(crate::build::thumbnail_path)
                        .filter(|png| out.join(png).is_file());
                    let print_rel = print_path(&id);
                    let print_link = out
                        .join(&print_rel)
                        .is_file()
                        .then(|| print_rel.to_string_lossy().replace('\\', "/"));
                    if html_link.is_none() && pdf_link.is_none() {
                        continue;
                    }
                    let (Some((sheet_file, _)), Some((region_file, _))) = (
                        project.content.sheets.get(sheet),
                        project.content.regions.get(region),
                    ) else {
                        continue;
                    };
                    let bilingual = if neutral {
                        None
                    } else {
                        bilingual_links(project, region_file, &id, &link)
                    };
                    let edition_l10n = Localizer::new(locale, reference, tier);
                    let title = if neutral {
                        edition_l10n.text("discreet-title", &[])
                    } else {
                        edition_l10n.text(sheet_file.title.get_ref(), &[])
                    };
                    let region_name = text(region_file.name.get_ref());
                    let tier_name = text(&format!("tier-{}", tier.id));
                    let (Some(title), Some(region_name), Some(tier_name)) =
                        (title, region_name, tier_name)
                    else {
                        continue;
                    };
                    editions.push(CatalogueEdition {
                        tier_id: tier.id.clone(),
                        region_id: region.clone(),
                        title: Text {
                            lang: Some(title.lang.unwrap_or_else(|| locale.tag.clone())),
                            text: title.text,
                            audio: None,
                        },
                        region: region_name,
                        tier: tier_name,
                        html: html_link,
                        pdf: pdf_link,
                        print: print_link,
                        bilingual,
                        thumbnail,
                    });
                }
            }
        }
        let mut tiers = by_tier_and_region(project, &editions);
        if let Some(unsure) = age_unknown(project, &tiers, &l10n) {
            tiers.push(unsure);
        }
        languages.push(CatalogueLanguage {
            tag: locale.tag.clone(),
            endonym: locale.meta.endonym.clone(),
            english_name: locale.meta.english_name.clone(),
            dir: locale.meta.direction,
            reviewed: !locale.review.is_draft(locale.messages.keys()),
            editions,
            tiers,
        });
    }
    let [
        title,
        intro,
        draft,
        pdf_label,
        html_label,
        print_label,
        bilingual_label,
        discreet_title,
        _,
        _,
        thumbnail_label,
    ] = MESSAGES.map(text);
    let any_discreet = discreet
        || project
            .content
            .regions
            .values()
            .any(|(region, _)| region.discreet);
    let title = if any_discreet { discreet_title } else { title };
    let labels = (
        title,
        intro,
        draft,
        pdf_label,
        html_label,
        print_label,
        bilingual_label,
        thumbnail_label,
    );
    let (
        Some(title),
        Some(intro),
        Some(draft),
        Some(pdf_label),
        Some(html_label),
        Some(print_label),
        Some(bilingual_label),
        Some(thumbnail_label),
    ) = labels
    else {
        return Err(Error::Invalid(l10n.take_problems()));
    };
    let problems = l10n.take_problems();
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let catalogue = Catalogue {
        lang: reference.tag.clone(),
        title,
        intro,
        draft,
        pdf_label,
        html_label,
        print_label,
        bilingual_label,
        thumbnail_label,
        generator: format!("infosheet {}", env!("CARGO_PKG_VERSION")),
        fonts: project.config.file.fallback_fonts.clone(),
        languages,
    };
    let page = html.render("index.html", &catalogue)?;
    let page = webfonts.embed(&page, &catalogue.fonts)?;
    write_atomic(&out.join("index.html"), page.as_bytes())
}

/// The bilingual edition's files of `id` found in the output folder, with its staff language.
fn bilingual_links(
    project: &Project,
    region: &crate::content::RegionFile,
    id: &EditionId,
    link: &dyn Fn(std::path::PathBuf) -> Option<String>,
) -> Option<BilingualLinks> {
    let html = link(crate::build::bilingual_path(id, Format::Html));
    let pdf = link(crate::build::bilingual_path(id, Format::Pdf));
    if html.is_none() && pdf.is_none() {
        return None;
    }
    let staff = crate::bilingual::staff_locale(project, region);
    Some(BilingualLinks {
        lang: staff.tag.clone(),
        endonym: staff.meta.endonym.clone(),
        html,
        pdf,
    })
}

/// The choice "not sure of the age: may be a child", last after the ages: the sheets of the
/// tier an unknown age is presumed to be (the oldest child tier, as `--age unknown` picks),
/// since the guide says a person who may be a child is treated as one until their age is known.
fn age_unknown(
    project: &Project,
    tiers: &[CatalogueTier],
    l10n: &Localizer<'_>,
) -> Option<CatalogueTier> {
    let presumed = project.config.tier_for_age(None)?;
    let of_presumed = tiers.iter().find(|t| t.id == presumed.id)?;
    Some(CatalogueTier {
        id: "age-unknown".to_string(),
        name: l10n.text("catalogue-age-unknown", &[])?,
        note: Some(l10n.text("catalogue-age-unknown-note", &[])?),
        regions: of_presumed
            .regions
            .iter()
            .map(|r| CatalogueRegion {
                id: r.id.clone(),
                name: r.name.clone(),
                editions: r.editions.clone(),
            })
            .collect(),
    })
}

/// A language's editions grouped by tier (in the project's order), then by region.
fn by_tier_and_region(project: &Project, editions: &[CatalogueEdition]) -> Vec<CatalogueTier> {
    let mut tiers = Vec::new();
    for tier in &project.config.file.tiers {
        let mut regions = Vec::new();
        for region in project.config.file.regions.iter().map(|r| r.get_ref()) {
            let of_region: Vec<CatalogueEdition> = editions
                .iter()
                .filter(|e| e.tier_id == tier.id && &e.region_id == region)
                .cloned()
                .collect();
            if let Some(first) = of_region.first() {
                regions.push(CatalogueRegion {
                    id: region.clone(),
                    name: first.region.clone(),
                    editions: of_region,
                });
            }
        }
        if let Some(first) = regions.first().and_then(|r| r.editions.first()) {
            tiers.push(CatalogueTier {
                id: tier.id.clone(),
                name: first.tier.clone(),
                note: None,
                regions,
            });
        }
    }
    tiers
}
