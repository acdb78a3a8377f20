//! Cross-checks after loading: references between content files, message ids, tiers, templates.

use std::collections::HashSet;

use crate::content::{Origin, Ref, is_plain_id};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::locales::parse_tag;
use crate::localize::Localizer;
use crate::model::UI_MESSAGES;
use crate::project::Project;

/// Checks the loaded project; returns every problem found.
pub fn check(project: &Project) -> Result<()> {
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

    for (region, origin) in content.regions.values() {
        let mut contact_ids = HashSet::new();
        for c in &region.contacts {
            if !contact_ids.insert(c.id.get_ref().as_str()) {
                problems.push(origin.error_at(&c.id, dup_or_bad("contact", c.id.get_ref())));
            }
            for tag in std::iter::once(&c.lang).chain(&c.languages) {
                match parse_tag(tag.get_ref()) {
                    Err(msg) => problems.push(origin.error_at(tag, msg)),
                    Ok(id) if id.to_string() != *tag.get_ref() => problems.push(
                        origin
                            .error_at(tag, format!("`{}` is not in canonical form", tag.get_ref()))
                            .with_hint(format!("write `{id}`")),
                    ),
                    Ok(_) => {}
                }
            }
            for tag in &c.languages {
                let known = config
                    .file
                    .locales
                    .iter()
                    .any(|l| l.get_ref() == tag.get_ref())
                    || config.file.language_names.contains_key(tag.get_ref());
                if !known {
                    problems.push(
                        origin
                            .error_at(tag, format!("no name is known for language `{}`", tag.get_ref()))
                            .with_hint("add it to [language_names] in infosheet.toml, written in its own script"),
                    );
                }
            }
            if let Some(phone) = &c.phone {
                let digits = phone.get_ref().chars().filter(char::is_ascii_digit).count();
                let allowed = phone
                    .get_ref()
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || " +-()".contains(ch));
                if !allowed || !(3..=15).contains(&digits) {
                    problems.push(
                        origin
                            .error_at(
                                phone,
                                format!("`{}` is not a phone number", phone.get_ref()),
                            )
                            .with_hint("write it in international form, e.g. +44 20 7946 0123"),
                    );
                }
            }
            if let Some(web) = &c.website {
                let w = web.get_ref();
                if !w.starts_with("https://") {
                    problems.push(origin.error_at(web, "websites must be https:// addresses"));
                } else if !is_web_address(w) {
                    problems.push(
                        origin
                            .error_at(web, format!("`{w}` is not a web address"))
                            .with_hint("write it as https://host/path, without spaces or quotes"),
                    );
                }
            }
            if let Some(email) = &c.email {
                let e = email.get_ref();
                let ok = e
                    .split_once('@')
                    .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
                    && !e
                        .chars()
                        .any(|ch| ch.is_whitespace() || "<>\"':;,".contains(ch));
                if !ok {
                    problems.push(origin.error_at(email, format!("`{e}` is not an email address")));
                }
            }
            let days = c.hours.days.get_ref();
            if !matches!(days.as_str(), "every-day" | "mon-fri" | "mon-sat") {
                problems.push(
                    origin
                        .error_at(&c.hours.days, format!("unknown days `{days}`"))
                        .with_hint("use every-day, mon-fri or mon-sat"),
                );
            }
            for t in [&c.hours.from, &c.hours.to].into_iter().flatten() {
                if !is_clock_time(t) {
                    // `from` and `to` carry no position of their own: find the quoted value
                    // after `days`, in the same `hours` table.
                    let days = c.hours.days.span();
                    let quoted = format!("\"{t}\"");
                    let span = origin
                        .text
                        .get(days.start..)
                        .and_then(|rest| rest.find(&quoted))
                        .filter(|&i| i < 400)
                        .map_or(days.clone(), |i| {
                            let start = days.start + i + 1;
                            start..start + t.len()
                        });
                    problems.push(
                        Diagnostic::error(format!("`{t}` is not a time of day (HH:MM)")).at(
                            &origin.path,
                            &origin.text,
                            span,
                        ),
                    );
                }
            }
            if c.hours.from.is_some() != c.hours.to.is_some() {
                problems.push(origin.error_at(
                    &c.hours.days,
                    "give both `from` and `to`, or neither (open 24 hours)",
                ));
            }
        }
        for option in &region.options {
            if !region
                .contacts
                .iter()
                .any(|c| c.id.get_ref() == option.provider.get_ref())
            {
                problems.push(
                    origin
                        .error_at(
                            &option.provider,
                            format!("unknown contact `{}`", option.provider.get_ref()),
                        )
                        .with_hint("the provider must be the id of a [[contact]] in this region"),
                );
            }
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
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
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

/// An https address with a host and no character that a URL may not contain as such.
fn is_web_address(w: &str) -> bool {
    let Some(rest) = w.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !w
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\^`{|}".contains(c))
}

fn is_clock_time(t: &str) -> bool {
    let Some((h, m)) = t.split_once(':') else {
        return false;
    };
    h.len() == 2
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60)
}
