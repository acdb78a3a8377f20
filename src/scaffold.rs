//! `infosheet new-locale <tag>`: a new locale folder a translator can start from.
//!
//! Every `.ftl` file of the reference locale is copied under the same name, with each message
//! commented out under its reference text, so the new locale builds at once: every message
//! falls back to the reference locale (reported as a warning) until it is translated.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::diag::relative;
use crate::error::{Error, Result};
use crate::fonts::Fonts;
use crate::locales::Direction;
use crate::locales::ftl::{entry_source, span_of};
use crate::locales::load::ftl_paths;
use crate::locales::script::{families_covering, likely_script, script_direction, suggest_tag};
use crate::output::write_atomic;
use crate::source;

/// What `new-locale` created.
#[derive(Debug)]
pub struct NewLocale {
    pub tag: String,
    pub dir: PathBuf,
    /// `.ftl` files written, relative to the project.
    pub files: Vec<String>,
    /// Messages (and terms) waiting for a translation.
    pub messages: usize,
    pub script: String,
    pub direction: Direction,
    pub fonts: Vec<String>,
    /// Whether the tag was added to `locales` in infosheet.toml.
    pub registered: bool,
    pub reference: String,
    /// An edition to look at: (region, tier, sheet).
    pub example: Option<(String, String, String)>,
}

/// Checks that `tag` is a canonical, current BCP 47 tag; the error suggests the right one.
pub fn check_tag(tag: &str) -> Result<LanguageIdentifier> {
    let suggestion = suggest_tag(tag);
    match tag.parse::<LanguageIdentifier>() {
        Ok(id) if id == tag && suggestion.as_deref() == Some(tag) => Ok(id),
        Ok(_) | Err(_) => Err(Error::Usage(match suggestion {
            Some(s) if s != tag => format!(
                "`{tag}` is not a canonical BCP 47 language tag; did you mean `{s}`? (infosheet new-locale {s})"
            ),
            _ => format!(
                "`{tag}` is not a valid BCP 47 language tag; use one such as `th`, `fa`, `zh-Hans` or `pt-BR`"
            ),
        })),
    }
}

/// Creates `locales/<tag>/` in the project at `root`; adds the tag to infosheet.toml if `register`.
pub fn new_locale(root: &Path, tag: &str, register: bool) -> Result<NewLocale> {
    let langid = check_tag(tag)?;
    let config = Config::load(root)?;
    let dir = root.join("locales").join(tag);
    if dir.exists() || config.file.locales.iter().any(|l| l.get_ref() == tag) {
        return Err(Error::Usage(format!(
            "locale `{tag}` already exists (locales/{tag}/ or in infosheet.toml); new-locale never overwrites a locale"
        )));
    }
    let reference = config.reference_locale().to_string();
    let ref_dir = root.join("locales").join(&reference);
    let fonts = Fonts::load(&root.join("fonts")).ok();
    let script = likely_script(&langid).unwrap_or_else(|| "TODO".to_string());
    let direction = if script == "TODO" {
        match langid.character_direction() {
            unic_langid::CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    } else {
        script_direction(&script)
    };
    let font_list = choose_fonts(fonts.as_ref(), &script);

    let mut outputs: Vec<(PathBuf, String)> = Vec::new();
    let mut messages = 0;
    for path in ftl_paths(&ref_dir) {
        let text = source::read_text(&path)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (body, count) = scaffold_ftl(&text, tag, &reference, &name);
        messages += count;
        outputs.push((dir.join(&name), body));
    }
    if outputs.is_empty() {
        return Err(Error::Usage(format!(
            "the reference locale `{reference}` has no .ftl files to start from"
        )));
    }
    outputs.push((
        dir.join("locale.toml"),
        locale_toml(tag, &script, direction, &font_list),
    ));
    for (path, body) in &outputs {
        write_atomic(path, body.as_bytes())?;
    }
    if register {
        add_to_project_file(&config, tag)?;
    }
    Ok(NewLocale {
        tag: tag.to_string(),
        dir,
        files: outputs
            .iter()
            .map(|(p, _)| relative(root, p))
            .filter(|p| p.ends_with(".ftl"))
            .collect(),
        messages,
        script,
        direction,
        fonts: font_list,
        registered: register,
        reference,
        example: example_edition(&config),
    })
}

fn example_edition(config: &Config) -> Option<(String, String, String)> {
    let region = config.file.regions.first()?.get_ref().clone();
    let sheet = config.file.sheets.first()?.get_ref().clone();
    let tier = config
        .file
        .tiers
        .iter()
        .find(|t| t.audience == crate::config::Audience::Adult)
        .or(config.file.tiers.first())?
        .id
        .clone();
    Some((region, tier, sheet))
}

/// What `new-locale` did, and what the translator does next.
pub fn next_steps(n: &NewLocale) -> String {
    let tag = &n.tag;
    let dir = match n.direction {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    };
    let mut out = format!(
        "created locales/{tag}/: {} .ftl file(s) with {} message(s) to translate, and locale.toml\n\
         \x20 script {}, direction {dir}, fonts {} (guessed from the tag: check them)\n",
        n.files.len(),
        n.messages,
        n.script,
        n.fonts.join(", ")
    );
    let mut step = 1;
    let mut steps = String::new();
    if n.registered {
        out.push_str(&format!(
            "added \"{tag}\" to `locales` in infosheet.toml: it builds now, as a draft showing the `{}` text until translated\n",
            n.reference
        ));
    } else {
        steps.push_str(&format!(
            "  {step}. add \"{tag}\" to `locales` in infosheet.toml\n"
        ));
        step += 1;
    }
    steps.push_str(&format!(
        "  {step}. fill in locales/{tag}/locale.toml (endonym, english_name, translator)\n"
    ));
    step += 1;
    steps.push_str(&format!(
        "  {step}. translate locales/{tag}/*.ftl: under each `# {}:` line, remove the `# ` before the id and write the text after `=`\n",
        n.reference
    ));
    step += 1;
    steps.push_str(&format!("  {step}. infosheet check --locale {tag}\n"));
    step += 1;
    if let Some((region, tier, sheet)) = &n.example {
        steps.push_str(&format!(
            "  {step}. infosheet build --locale {tag} --tier {tier} --sheet {sheet} --region {region}\n\
             \x20    then open output/{region}/{tag}/{tier}/{sheet}.pdf\n"
        ));
    }
    out.push_str("\nnext steps:\n");
    out.push_str(&steps);
    out
}

/// Fonts for a script: the first font in fonts/ that covers it, then Noto Sans for Latin text.
fn choose_fonts(fonts: Option<&Fonts>, script: &str) -> Vec<String> {
    let base = "Noto Sans".to_string();
    let Some(fonts) = fonts else {
        return vec![base];
    };
    let covering = families_covering(fonts, script);
    let has_base = fonts.families().contains(&base);
    let mut list = Vec::new();
    if covering.contains(&base) {
        list.push(base);
    } else {
        // The family named most like the script's own ("Noto Sans Thai" over "Noto Sans CJK SC").
        if let Some(first) = covering.first() {
            list.push(first.clone());
        }
        if has_base {
            list.push(base);
        }
    }
    if list.is_empty() {
        list.push("Noto Sans".into());
    }
    list
}

/// A reference `.ftl` file, with each message commented out under its reference text.
pub fn scaffold_ftl(text: &str, tag: &str, reference: &str, name: &str) -> (String, usize) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Locale `{tag}`: translation of locales/{reference}/{name}, scaffolded by `infosheet new-locale`.\n\
         # Under each `# {reference}:` text, remove the `# ` before the message id and write the\n\
         # translation after `=`. Until a message is translated, sheets show the `{reference}` text\n\
         # (and `infosheet check` and `infosheet build` report it). Keep `{{ $variables }}` as they are.\n"
    );
    let mut count = 0;
    let comment = |out: &mut String, prefix: &str, c: &ast::Comment<&str>| {
        for line in &c.content {
            if line.is_empty() {
                let _ = writeln!(out, "{prefix}");
            } else {
                let _ = writeln!(out, "{prefix} {line}");
            }
        }
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::ResourceComment(c) => {
                comment(&mut out, "###", c);
                out.push('\n');
            }
            ast::Entry::GroupComment(c) => {
                comment(&mut out, "##", c);
                out.push('\n');
            }
            ast::Entry::Comment(c) => {
                comment(&mut out, "#", c);
                out.push('\n');
            }
            ast::Entry::Message(ast::Message {
                id, comment: note, ..
            })
            | ast::Entry::Term(ast::Term {
                id, comment: note, ..
            }) => {
                let is_term = matches!(entry, ast::Entry::Term(_));
                let mut span = span_of(text, id.name);
                if is_term {
                    span.start = span.start.saturating_sub(1);
                }
                let full_id = &text[span.clone()];
                if let Some(c) = note {
                    comment(&mut out, "#", c);
                }
                let source = entry_source(text, &span);
                let value = source.split_once('=').map_or("", |(_, v)| v);
                let mut lines = value.trim_start_matches([' ', '\t']).lines();
                let first = lines.next().unwrap_or("").trim();
                let _ = writeln!(out, "# {reference}: {first}");
                for line in lines {
                    let _ = writeln!(out, "# {reference}: {line}");
                }
                let _ = writeln!(out, "# {full_id} =\n");
                count += 1;
            }
            ast::Entry::Junk { .. } => {}
        }
    }
    (out, count)
}

fn locale_toml(tag: &str, script: &str, direction: Direction, fonts: &[String]) -> String {
    let dir = match direction {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    };
    let fonts: Vec<String> = fonts.iter().map(|f| format!("\"{f}\"")).collect();
    format!(
        "# Facts about locale `{tag}`, scaffolded by `infosheet new-locale`. Replace every `{tag}` below.\n\
         \n\
         # The language's name in its own script (shown in the catalogue), e.g. \"ไทย\".\n\
         endonym = \"{tag}\"\n\
         # The language's name in English, e.g. \"Thai\".\n\
         english_name = \"{tag}\"\n\
         # ISO 15924 code of the script (guessed from the tag): Latn, Thai, Arab, Hans, Mymr...\n\
         script = \"{script}\"\n\
         # \"rtl\" for scripts written right to left (Arabic, Hebrew, Thaana, Syriac), else \"ltr\".\n\
         direction = \"{dir}\"\n\
         # Font families from fonts/ that cover the script, tried in order.\n\
         fonts = [{}]\n\
         # Who translated the messages (a person, or \"machine-drafted\").\n\
         translator = \"{tag}\"\n\
         # Set to true once a native speaker has reviewed every message; until then every sheet\n\
         # carries a visible draft mark.\n\
         reviewed = false\n",
        fonts.join(", ")
    )
}

/// Appends `tag` to the `locales` list of infosheet.toml, keeping the rest of the file as written.
fn add_to_project_file(config: &Config, tag: &str) -> Result<()> {
    let text = &config.origin.text;
    let Some(last) = config.file.locales.last() else {
        return Err(Error::Usage(
            "infosheet.toml has an empty `locales` list; add the tag by hand".into(),
        ));
    };
    let end = last.span().end.min(text.len());
    let updated = format!("{}, \"{tag}\"{}", &text[..end], &text[end..]);
    write_atomic(&config.origin.path, updated.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_must_be_canonical_and_current() {
        assert!(check_tag("ar").is_ok());
        assert!(check_tag("pt-BR").is_ok());
        let err = check_tag("pt_br").unwrap_err().to_string();
        assert!(err.contains("did you mean `pt-BR`"), "{err}");
        let err = check_tag("iw").unwrap_err().to_string();
        assert!(err.contains("did you mean `he`"), "{err}");
        assert!(check_tag("not a tag").is_err());
    }

    #[test]
    fn messages_are_commented_out_under_their_reference_text() {
        let en = "### Title\n\n## Group\n\nhello = Hello\ncount = { $count ->\n    [one] One\n   *[other] Many\n}\n";
        let (out, n) = scaffold_ftl(en, "xx", "en", "a.ftl");
        assert_eq!(n, 2);
        assert!(out.contains("### Title\n"), "{out}");
        assert!(out.contains("## Group\n"), "{out}");
        assert!(out.contains("# en: Hello\n# hello =\n"), "{out}");
        assert!(
            out.contains("# en: { $count ->\n# en:     [one] One\n# en:    *[other] Many\n# en: }\n# count =\n"),
            "{out}"
        );
        let resource = fluent_bundle::FluentResource::try_new(out);
        assert!(resource.is_ok(), "the scaffold is valid Fluent");
    }
}
