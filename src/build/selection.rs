//! The part of the matrix a build covers, and the order its editions are built in.

use super::BuildOptions;
use crate::error::{Error, Result};
use crate::model::EditionId;
use crate::project::Project;

/// The part of the matrix selected on the command line.
pub struct Selection {
    pub locales: Vec<String>,
    pub tiers: Vec<String>,
    pub regions: Vec<String>,
    pub sheets: Vec<String>,
}

impl Selection {
    pub fn new(project: &Project, options: &BuildOptions) -> Result<Self> {
        let file = &project.config.file;
        let pick = |what: &str, asked: &[String], all: Vec<String>| -> Result<Vec<String>> {
            if asked.is_empty() {
                return Ok(all);
            }
            for a in asked {
                if !all.contains(a) {
                    return Err(Error::Usage(format!(
                        "unknown {what} `{a}`; the project has: {}",
                        all.join(", ")
                    )));
                }
            }
            Ok(all.into_iter().filter(|x| asked.contains(x)).collect())
        };
        let strings =
            |v: &[toml::Spanned<String>]| v.iter().map(|s| s.get_ref().clone()).collect::<Vec<_>>();
        Ok(Self {
            locales: pick("locale", &options.locales, strings(&file.locales))?,
            tiers: pick(
                "tier",
                &options.tiers,
                file.tiers.iter().map(|t| t.id.clone()).collect(),
            )?,
            regions: pick("region", &options.regions, strings(&file.regions))?,
            sheets: pick("sheet", &options.sheets, strings(&file.sheets))?,
        })
    }

    /// Every edition selected, the regions of one locale, tier and sheet next to each other.
    pub fn editions(&self) -> Vec<EditionId> {
        let mut out = Vec::new();
        for locale in &self.locales {
            for tier in &self.tiers {
                for sheet in &self.sheets {
                    for region in &self.regions {
                        out.push(EditionId {
                            sheet: sheet.clone(),
                            region: region.clone(),
                            locale: locale.clone(),
                            tier: tier.clone(),
                        });
                    }
                }
            }
        }
        out
    }
}

/// The editions that differ only in their region, as ranges of `editions`: a worker builds
/// one group back to back, so the later regions reuse Typst's layout of the shared text.
pub fn region_groups(editions: &[EditionId]) -> Vec<std::ops::Range<usize>> {
    let mut start = 0;
    editions
        .chunk_by(|a, b| (&a.locale, &a.tier, &a.sheet) == (&b.locale, &b.tier, &b.sheet))
        .map(|group| {
            let range = start..start + group.len();
            start = range.end;
            range
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(locale: &str, tier: &str, sheet: &str, region: &str) -> EditionId {
        EditionId {
            sheet: sheet.into(),
            region: region.into(),
            locale: locale.into(),
            tier: tier.into(),
        }
    }

    #[test]
    fn regions_of_one_sheet_locale_and_tier_form_one_group() {
        let editions = [
            id("th", "adult", "card", "a"),
            id("th", "adult", "card", "b"),
            id("th", "adult", "full", "a"),
            id("km", "adult", "full", "a"),
            id("km", "adult", "full", "b"),
            id("km", "adult", "full", "c"),
        ];
        assert_eq!(region_groups(&editions), vec![0..2, 2..3, 3..6]);
        assert!(region_groups(&[]).is_empty());
    }

    #[test]
    fn the_region_varies_fastest_in_the_build_order() {
        let selection = Selection {
            locales: vec!["en".into(), "th".into()],
            tiers: vec!["adult".into()],
            regions: vec!["a".into(), "b".into()],
            sheets: vec!["full".into()],
        };
        let order: Vec<String> = selection.editions().iter().map(|e| e.to_string()).collect();
        assert_eq!(
            order,
            [
                "a/en/adult/full",
                "b/en/adult/full",
                "a/th/adult/full",
                "b/th/adult/full"
            ]
        );
    }
}
