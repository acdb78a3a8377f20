//! What the sheets say: every guidance point of the practitioner guide that a tier must carry
//! is on that tier's sheet (tests/fixtures/guidance.toml lists the points and the messages that
//! carry them), no country-dependent entitlement is stated without a qualifier, and no promise
//! the guide contradicts is printed. Checked on the built sheet models of the English editions.

use std::collections::BTreeMap;
use std::path::Path;

use infosheet::build::sheet_model;
use infosheet::localize::Localizer;
use infosheet::model::EditionId;
use infosheet::project::Project;
use serde_json::Value;

use crate::support::*;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Guidance {
    point: Vec<Point>,
    entitlement: Vec<Entitlement>,
    qualifiers: BTreeMap<String, Vec<String>>,
    certainty: BTreeMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
struct Point {
    id: String,
    #[allow(dead_code)]
    guide: String,
    sheet: String,
    #[serde(default)]
    exempt: BTreeMap<String, String>,
    #[serde(default)]
    adult_wording: Vec<String>,
    /// Tier id -> message ids.
    #[serde(flatten)]
    tiers: BTreeMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entitlement {
    message: String,
    #[allow(dead_code)]
    why: String,
    tiers: Vec<String>,
}

fn guidance() -> Guidance {
    let text = std::fs::read_to_string(fixture("guidance.toml")).expect("guidance.toml");
    toml::from_str(&text).expect("guidance.toml parses")
}

/// Every string of a sheet model (the texts its templates print), whitespace squeezed.
fn model_texts(project: &Project, id: &EditionId) -> Vec<String> {
    let (sheet, _) = sheet_model(project, id).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(squeeze(s)),
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(&sheet).expect("model"), &mut out);
    out
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// English edition ids of `sheet` at `tier`, one per region.
fn editions(project: &Project, sheet: &str, tier: &str) -> Vec<EditionId> {
    project
        .content
        .regions
        .keys()
        .map(|region| EditionId {
            sheet: sheet.to_string(),
            region: region.clone(),
            locale: project.reference().tag.clone(),
            tier: tier.to_string(),
        })
        .collect()
}

/// The English text of `message` for `tier`, and the id that served it.
fn text_for(project: &Project, message: &str, tier: &str) -> Option<(String, String)> {
    let tier = project.config.tier(tier)?;
    let reference = project.reference();
    let l10n = Localizer::new(reference, reference, tier);
    let (_, served) = l10n.lookup(message)?;
    Some((squeeze(&l10n.text(message, &[])?.text), served))
}

/// Every way the project in `root` fails the guidance points: one line per point, tier and
/// message that is missing from the tier's sheet (or shown there in the adult's words).
fn guidance_failures(root: &Path) -> Vec<String> {
    let g = guidance();
    let project = Project::load(root).expect("the project loads");
    let tiers: Vec<String> = project
        .config
        .file
        .tiers
        .iter()
        .map(|t| t.id.clone())
        .collect();
    let mut failures = Vec::new();
    for p in &g.point {
        for t in p.tiers.keys().chain(p.exempt.keys()) {
            assert!(tiers.contains(t), "point {}: unknown tier `{t}`", p.id);
        }
        for tier in &tiers {
            if p.exempt.contains_key(tier) {
                continue;
            }
            let Some(messages) = p.tiers.get(tier).filter(|m| !m.is_empty()) else {
                failures.push(format!("{}: tier {tier} names no message", p.id));
                continue;
            };
            let child = project.config.tier(tier).expect("tier").audience.as_str() == "child";
            for m in messages {
                let Some((text, served)) = text_for(&project, m, tier) else {
                    failures.push(format!("{}: {tier}: message `{m}` does not exist", p.id));
                    continue;
                };
                if child && served == *m && !p.adult_wording.contains(tier) {
                    failures.push(format!(
                        "{}: {tier}: `{m}` has no wording for children, the adult text is shown",
                        p.id
                    ));
                }
                for id in editions(&project, &p.sheet, tier) {
                    if !model_texts(&project, &id).iter().any(|s| s == &text) {
                        failures.push(format!("{}: {id}: `{served}` is not on the sheet", p.id));
                    }
                }
            }
        }
    }
    failures
}

#[test]
fn every_tier_carries_every_guidance_point() {
    let failures = guidance_failures(&repo());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let g = guidance();
    eprintln!(
        "guidance: {} points checked over every tier and region",
        g.point.len()
    );
    assert!(g.point.len() >= 15, "the guidance list is not a stub");
}

#[test]
fn removing_one_message_from_a_sheet_fails_the_guidance_test() {
    let copy = copy_project();
    let sheet = copy.path().join("content/sheets/rights-and-help.toml");
    let text = std::fs::read_to_string(&sheet).expect("sheet");
    // Once from the older tiers' paragraphs, once from the youngest tier's panels.
    let cut = text
        .replacen(
            "  { text = \"safety-helpers\", pictogram = \"alert\" },\n",
            "",
            1,
        )
        .replacen("\"safety-helpers\", ", "", 1);
    assert_eq!(
        text.len() - cut.len(),
        "\"safety-helpers\", ".len()
            + "  { text = \"safety-helpers\", pictogram = \"alert\" },\n".len(),
        "the sheet lists safety-helpers in both places"
    );
    std::fs::write(&sheet, cut).expect("write");
    let failures = guidance_failures(copy.path());
    // Every tier and region loses the complaints paragraph, and nothing else.
    assert_eq!(failures.len(), 4 * 3, "{}", failures.join("\n"));
    assert!(
        failures
            .iter()
            .all(|f| f.starts_with("complain-about-helpers: ") && f.contains("safety-helpers")),
        "{}",
        failures.join("\n")
    );
}

#[test]
fn removing_a_child_wording_fails_the_guidance_test() {
    let copy = copy_project();
    let ftl = copy.path().join("locales/en/sheet.ftl");
    let text = std::fs::read_to_string(&ftl).expect("ftl");
    let cut: String = text
        .lines()
        .filter(|l| !l.starts_with("choices-family--child-9-12 ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(cut, text);
    std::fs::write(&ftl, cut).expect("write");
    let failures = guidance_failures(copy.path());
    assert_eq!(
        failures,
        [
            "family-embassy-papers: child-9-12: `choices-family` has no wording for children, \
          the adult text is shown"
        ],
    );
}

/// Every English text of `message` a tier of `tiers` reads, with the tier.
fn shown_texts(project: &Project, message: &str, tiers: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for tier in tiers {
        let Some((text, _)) = text_for(project, message, tier) else {
            continue;
        };
        let shown = project.content.sheets.keys().any(|sheet| {
            editions(project, sheet, tier)
                .iter()
                .any(|id| model_texts(project, id).contains(&text))
        });
        if shown {
            out.push((tier.clone(), text));
        }
    }
    out
}

#[test]
fn country_dependent_entitlements_carry_a_qualifier() {
    let g = guidance();
    let project = Project::load(&repo()).expect("the project loads");
    let qualifiers = &g.qualifiers["en"];
    let mut failures = Vec::new();
    let mut checked = 0;
    for e in &g.entitlement {
        let shown = shown_texts(&project, &e.message, &e.tiers);
        if shown.len() != e.tiers.len() {
            failures.push(format!(
                "{}: listed for {:?} but shown to {:?}",
                e.message,
                e.tiers,
                shown.iter().map(|(t, _)| t).collect::<Vec<_>>()
            ));
        }
        for (tier, text) in shown {
            checked += 1;
            let lower = text.to_lowercase();
            if !qualifiers.iter().any(|q| lower.contains(q.as_str())) {
                failures.push(format!(
                    "{} ({tier}) states it as certain: \"{text}\"",
                    e.message
                ));
            }
        }
    }
    eprintln!("entitlements: {checked} texts checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_english_sheet_makes_a_promise_the_guide_contradicts() {
    let g = guidance();
    let project = Project::load(&repo()).expect("the project loads");
    let (_, tiers, _, sheets) = default_matrix();
    let mut failures = Vec::new();
    for sheet in &sheets {
        for tier in &tiers {
            for id in editions(&project, sheet, tier) {
                for text in model_texts(&project, &id) {
                    for phrase in &g.certainty["en"] {
                        if text.contains(phrase.as_str()) {
                            failures.push(format!("{id}: \"{phrase}\" in \"{text}\""));
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_qualifier_check_catches_a_certain_promise() {
    // The checks above would pass on anything if the qualifier list matched every text.
    let g = guidance();
    let lower = "you cannot be sent away while you recover.";
    assert!(
        !g.qualifiers["en"]
            .iter()
            .any(|q| lower.contains(q.as_str()))
    );
    assert!(
        g.certainty["en"]
            .iter()
            .any(|p| "during which you cannot be sent away".contains(p.as_str()))
    );
}

#[test]
fn an_adults_only_service_is_left_off_a_childs_sheet_and_target_groups_are_printed() {
    let project = Project::load(&repo()).expect("the project loads");
    let id = |tier: &str, region: &str| EditionId {
        sheet: "rights-and-help".into(),
        region: region.into(),
        locale: "en".into(),
        tier: tier.into(),
    };
    // The destination's Safe House Network shelters adults only: a child's sheet may list it
    // for its other services (food and clothes for children too), never as a place to stay.
    let shelter_services = |tier: &str| -> Vec<String> {
        let (sheet, _) = sheet_model(&project, &id(tier, "sample-destination")).expect("model");
        sheet
            .sections
            .iter()
            .flat_map(|s| &s.contacts)
            .filter(|c| c.id == "shelter")
            .flat_map(|c| c.services.iter().map(|t| t.text.clone()))
            .collect()
    };
    // The 5-8 sheet lists no contacts (its call band shows the children's lines only).
    for tier in ["child-9-12", "teen-13-17"] {
        let services = shelter_services(tier);
        assert!(
            !services.is_empty(),
            "{tier}: the shelter's other services are gone"
        );
        assert!(
            !services.iter().any(|s| s.contains("safe place")),
            "{tier}: the adults-only shelter is listed as a place to stay: {services:?}"
        );
    }
    assert!(
        shelter_services("adult")
            .iter()
            .any(|s| s == "A safe place to stay")
    );
    let adult = model_texts(&project, &id("adult", "sample-destination"));
    assert!(adult.iter().any(|t| t == "adults (18 and over)"));
    // The border's transit shelter takes women and girls only, and says so to everyone.
    for tier in ["teen-13-17", "adult"] {
        let texts = model_texts(&project, &id(tier, "sample-border"));
        assert!(
            texts.iter().any(|t| t == "women and girls"),
            "{tier}: target group not printed"
        );
    }
    // Every sample region names its independent complaints contact, marked sample, on every
    // rights-and-help sheet and on the card from 9 up; the 5-8 card, which must stay one page at
    // 18 pt, keeps a hotline whose organisation runs no accommodation.
    let (_, tiers, regions, _) = default_matrix();
    for region in &regions {
        let (file, _) = &project.content.regions[region];
        let shelters: Vec<&str> = file
            .options
            .iter()
            .filter(|o| o.kind.get_ref().as_str() == "shelter-housing")
            .map(|o| o.provider.get_ref().as_str())
            .collect();
        for tier in &tiers {
            for sheet_id in ["rights-and-help", "help-card"] {
                let edition = EditionId {
                    sheet: sheet_id.into(),
                    ..id(tier, region)
                };
                let (sheet, _) = sheet_model(&project, &edition).expect("model");
                let contacts: Vec<_> = sheet.sections.iter().flat_map(|s| &s.contacts).collect();
                let complaints: Vec<_> = contacts.iter().filter(|c| c.complaints).collect();
                // The youngest readers get at most two numbers, the children's lines of the
                // call band (issue 11): the complaints line is for their carers' sheets.
                if tier == "child-5-8" && sheet_id == "rights-and-help" {
                    assert!(complaints.is_empty(), "{edition}");
                    assert!(sheet.call.is_some(), "{edition}: no call band");
                    continue;
                }
                if sheet_id == "help-card" && tier == "child-5-8" {
                    assert!(complaints.is_empty(), "{edition}");
                    assert!(
                        contacts
                            .iter()
                            .any(|c| c.hotline && !shelters.contains(&c.id.as_str())),
                        "{edition}: no hotline independent of the accommodation"
                    );
                    continue;
                }
                assert_eq!(complaints.len(), 1, "{edition}");
                assert!(
                    complaints[0].sample,
                    "{edition}: complaints contact not marked sample"
                );
            }
        }
    }
}

#[test]
fn a_complaints_contact_that_runs_the_shelter_is_refused_at_its_line() {
    let copy = copy_project();
    let path = copy.path().join("content/regions/sample-destination.toml");
    let text = std::fs::read_to_string(&path).expect("region");
    let bad = text.replacen(
        "id = \"child-services\"\n",
        "id = \"child-services\"\ncomplaints = true\n",
        1,
    );
    assert_ne!(bad, text);
    std::fs::write(&path, bad).expect("write");
    let o = run(copy.path(), &["check"]);
    assert!(!o.status.success(), "check accepted it");
    let out = String::from_utf8_lossy(&o.stdout).into_owned() + &stderr(&o);
    assert!(
        out.contains("complaints contact `child-services` also provides accommodation")
            && out.contains("content/regions/sample-destination.toml:"),
        "{out}"
    );
}
