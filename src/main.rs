//! The `infosheet` command line: a thin layer over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use infosheet::build::{BuildOptions, build, default_date};
use infosheet::config::Format;
use infosheet::diag::{Diagnostic, render};
use infosheet::render::pdf::Date;

/// Accessible information sheets on rights and support for victims of trafficking.
#[derive(Parser)]
#[command(name = "infosheet", version, about)]
struct Cli {
    /// The project folder (holding infosheet.toml).
    #[arg(long, global = true, default_value = ".")]
    project: PathBuf,
    /// Print nothing but errors and the summary line.
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build every edition (sheet × region × locale × tier) as PDF and HTML.
    Build {
        /// Only these locales (comma-separated BCP 47 tags).
        #[arg(long, value_delimiter = ',')]
        locale: Vec<String>,
        /// Only these age tiers.
        #[arg(long, value_delimiter = ',')]
        tier: Vec<String>,
        /// Only the tier for a person of this age ("unknown" picks the oldest child tier).
        #[arg(long, conflicts_with = "tier")]
        age: Option<String>,
        /// Only these regions.
        #[arg(long, value_delimiter = ',')]
        region: Vec<String>,
        /// Only these sheets.
        #[arg(long, value_delimiter = ',')]
        sheet: Vec<String>,
        /// Output formats: pdf, html.
        #[arg(long, value_delimiter = ',')]
        format: Vec<String>,
        /// Output folder (default: output/ in the project).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Date stamped into the PDFs, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
        #[arg(long)]
        date: Option<String>,
        /// Render every edition, even those whose inputs did not change since the last build.
        #[arg(long)]
        force: bool,
        /// Print where the time went, per stage.
        #[arg(long)]
        timings: bool,
        /// Build in a pseudo-locale instead (accented: en-XA, bidi: ar-XB), to find overflow
        /// and text that does not come from a message.
        #[arg(long, value_parser = ["accented", "bidi"], conflicts_with = "locale")]
        pseudo: Option<String>,
    },
    /// Report every problem of the project at once, with file:line:column and a hint.
    Check {
        /// Only this locale's problems (and those of the whole project).
        #[arg(long)]
        locale: Option<String>,
        /// Output: text (with source excerpts) or json (schema in README).
        #[arg(long, value_parser = ["text", "json"], default_value = "text")]
        format: String,
        /// Exit with status 1 when there are warnings, not only errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Show how far each locale is translated, per age tier.
    Status {
        /// Output: text, markdown or json.
        #[arg(long, value_parser = ["text", "markdown", "json"], default_value = "text")]
        format: String,
    },
    /// Create locales/<TAG>/ from the reference locale, every message ready to translate.
    NewLocale {
        /// BCP 47 tag of the new locale, e.g. `ar`, `pt-BR`, `zh-Hant`.
        tag: String,
        /// Do not add the tag to `locales` in infosheet.toml.
        #[arg(long)]
        no_register: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            eprint!("{}", render(&e.diagnostics(), &cli.project));
            match e {
                infosheet::Error::Usage(_) => ExitCode::from(2),
                _ => ExitCode::from(1),
            }
        }
    }
}

fn run(cli: &Cli) -> infosheet::Result<ExitCode> {
    let Command::Build {
        locale,
        tier,
        age,
        region,
        sheet,
        format,
        out,
        date,
        force,
        timings,
        pseudo,
    } = &cli.command
    else {
        return run_translator_command(cli);
    };
    let mut formats = Vec::new();
    for f in format {
        formats.push(Format::parse(f).ok_or_else(|| {
            infosheet::Error::Usage(format!("unknown format `{f}`; use pdf or html"))
        })?);
    }
    let date = match date {
        Some(d) => Date::parse(d)
            .ok_or_else(|| infosheet::Error::Usage(format!("`{d}` is not a date (YYYY-MM-DD)")))?,
        None => default_date()?,
    };
    let mut tiers = tier.clone();
    if let Some(age) = age {
        let config = infosheet::config::Config::load(&cli.project)?;
        let years = match age.as_str() {
            "unknown" => None,
            n => Some(n.parse::<u8>().map_err(|_| {
                infosheet::Error::Usage(format!("`{n}` is not an age in years or `unknown`"))
            })?),
        };
        let picked = config
            .tier_for_age(years)
            .ok_or_else(|| infosheet::Error::Usage(format!("no tier covers age {age}")))?;
        tiers = vec![picked.id.clone()];
    }
    let options = BuildOptions {
        out: out.clone().unwrap_or_else(|| cli.project.join("output")),
        project: cli.project.clone(),
        locales: locale.clone(),
        tiers,
        regions: region.clone(),
        sheets: sheet.clone(),
        formats,
        date,
        progress: !cli.quiet,
        force: *force,
        pseudo: pseudo.as_deref().and_then(infosheet::pseudo::Pseudo::parse),
    };
    let report = build(&options)?;
    if !cli.quiet && !report.warnings.is_empty() {
        eprint!("{}", render(&report.warnings, &cli.project));
    }
    let errors: Vec<Diagnostic> = report
        .failures
        .iter()
        .flat_map(|(_, d)| d.iter().cloned())
        .collect();
    if !errors.is_empty() {
        eprint!("{}", render(&errors, &cli.project));
        for (id, _) in &report.failures {
            eprintln!("failed: {id}");
        }
    }
    if *timings {
        eprint!("{}", report.timings.report(report.elapsed));
    }
    eprintln!("{}", report.summary());
    Ok(if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `check`, `status` and `new-locale`.
fn run_translator_command(cli: &Cli) -> infosheet::Result<ExitCode> {
    match &cli.command {
        Command::Check {
            locale,
            format,
            deny_warnings,
        } => {
            let options = infosheet::check::CheckOptions {
                project: cli.project.clone(),
                locale: locale.clone(),
                today: default_date()?,
            };
            let report = infosheet::check::check(&options)?;
            if format == "json" {
                print_stdout(&report.to_json());
            } else {
                print_stdout(&report.render_text(cli.quiet));
            }
            Ok(ExitCode::from(report.exit_code(*deny_warnings)))
        }
        Command::Status { format } => {
            let format = infosheet::status::StatusFormat::parse(format)
                .ok_or_else(|| infosheet::Error::Usage(format!("unknown format `{format}`")))?;
            let status = infosheet::status::status(&cli.project)?;
            print_stdout(&status.render(format));
            Ok(ExitCode::SUCCESS)
        }
        Command::NewLocale { tag, no_register } => {
            let created = infosheet::scaffold::new_locale(&cli.project, tag, !no_register)?;
            print_stdout(&infosheet::scaffold::next_steps(&created));
            Ok(ExitCode::SUCCESS)
        }
        Command::Build { .. } => Ok(ExitCode::from(2)),
    }
}

/// Writes to standard output; a closed pipe (`infosheet check | head`) is not an error.
fn print_stdout(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
