//! The command line: arguments (clap) and what each command runs.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::build::{BuildOptions, build};
use crate::check::{CheckOptions, OutputFormat};
use crate::config::{Config, Format};
use crate::date::{Date, default_date};
use crate::diag::{Diagnostic, render};
use crate::error::{Error, Result};
use crate::pseudo::Pseudo;
use crate::status::StatusFormat;

/// Accessible information sheets on rights and support for victims of trafficking.
#[derive(Parser)]
#[command(name = "infosheet", version, about)]
pub struct Cli {
    /// The project folder (holding infosheet.toml).
    #[arg(long, global = true, default_value = ".")]
    pub project: PathBuf,
    /// Print nothing but errors and the summary line.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand)]
pub enum Command {
    /// Build every edition (sheet × region × locale × tier) as PDF and HTML.
    Build(BuildArgs),
    /// Report every problem of the project at once, with file:line:column and a hint.
    Check {
        /// Only this locale's problems (and those of the whole project).
        #[arg(long)]
        locale: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Exit with status 1 when there are warnings, not only errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Show how far each locale is translated, per age tier.
    Status {
        /// Output format.
        #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
        format: StatusFormat,
    },
    /// Create locales/<TAG>/ from the reference locale, every message ready to translate.
    NewLocale {
        /// BCP 47 tag of the new locale, e.g. `ar`, `pt-BR`, `zh-Hant`.
        tag: String,
        /// Do not add the tag to `locales` in infosheet.toml.
        #[arg(long)]
        no_register: bool,
    },
    /// Serve one edition (HTML and PDF) on 127.0.0.1 and rebuild it on every save.
    Preview(PreviewArgs),
}

/// `infosheet preview`.
#[derive(clap::Args)]
pub struct PreviewArgs {
    /// The locale to preview (BCP 47 tag).
    #[arg(long)]
    locale: String,
    /// The age tier to preview.
    #[arg(long)]
    tier: String,
    /// The region (default: the project's first).
    #[arg(long)]
    region: Option<String>,
    /// The sheet (default: the project's first).
    #[arg(long)]
    sheet: Option<String>,
    /// Port on 127.0.0.1 (default: one the system picks).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Date stamped into the PDF, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
}

/// `infosheet build`.
#[derive(clap::Args)]
pub struct BuildArgs {
    /// Only these locales (comma-separated BCP 47 tags).
    #[arg(long, value_delimiter = ',')]
    locale: Vec<String>,
    /// Only these age tiers.
    #[arg(long, value_delimiter = ',')]
    tier: Vec<String>,
    /// Only the tier for a person of this age in years ("unknown" picks the oldest child tier).
    #[arg(long, conflicts_with = "tier", value_parser = parse_age)]
    age: Option<Age>,
    /// Only these regions.
    #[arg(long, value_delimiter = ',')]
    region: Vec<String>,
    /// Only these sheets.
    #[arg(long, value_delimiter = ',')]
    sheet: Vec<String>,
    /// Output formats (default: the project's `formats`).
    #[arg(long, value_delimiter = ',', value_enum)]
    format: Vec<Format>,
    /// Output folder (default: output/ in the project).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Date stamped into the PDFs, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Render every edition, even those whose inputs did not change since the last build.
    #[arg(long)]
    force: bool,
    /// Print where the time went, per stage.
    #[arg(long)]
    timings: bool,
    /// Build in a pseudo-locale instead (accented: en-XA, bidi: ar-XB), to find overflow and
    /// text that does not come from a message.
    #[arg(long, value_enum, conflicts_with = "locale")]
    pseudo: Option<Pseudo>,
}

/// An age in years, or not known.
#[derive(Debug, Clone, Copy)]
pub struct Age(Option<u8>);

fn parse_age(text: &str) -> std::result::Result<Age, String> {
    match text {
        "unknown" => Ok(Age(None)),
        n => n
            .parse::<u8>()
            .map(|years| Age(Some(years)))
            .map_err(|_| format!("`{n}` is not an age in years or `unknown`")),
    }
}

fn parse_date(text: &str) -> std::result::Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("`{text}` is not a date (YYYY-MM-DD)"))
}

/// Runs the command; errors are printed here, and the exit status says what happened.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            eprint!("{}", render(&e.diagnostics(), &cli.project));
            match e {
                Error::Usage(_) => ExitCode::from(2),
                _ => ExitCode::from(1),
            }
        }
    }
}

fn run(cli: &Cli) -> Result<ExitCode> {
    match &cli.command {
        Command::Build(args) => run_build(cli, args),
        Command::Check {
            locale,
            format,
            deny_warnings,
        } => {
            let options = CheckOptions {
                project: cli.project.clone(),
                locale: locale.clone(),
                today: default_date()?,
            };
            let report = crate::check::check(&options)?;
            print_stdout(&match format {
                OutputFormat::Json => report.to_json(),
                OutputFormat::Text => report.render_text(cli.quiet),
            });
            Ok(ExitCode::from(report.exit_code(*deny_warnings)))
        }
        Command::Status { format } => {
            let status = crate::status::status(&cli.project)?;
            print_stdout(&status.render(*format));
            Ok(ExitCode::SUCCESS)
        }
        Command::NewLocale { tag, no_register } => {
            let created = crate::scaffold::new_locale(&cli.project, tag, !no_register)?;
            print_stdout(&crate::scaffold::next_steps(&created));
            Ok(ExitCode::SUCCESS)
        }
        Command::Preview(args) => {
            let options = crate::preview::PreviewOptions {
                project: cli.project.clone(),
                wanted: crate::preview::Wanted {
                    locale: args.locale.clone(),
                    tier: args.tier.clone(),
                    region: args.region.clone(),
                    sheet: args.sheet.clone(),
                },
                port: args.port,
                date: match args.date {
                    Some(d) => d,
                    None => default_date()?,
                },
                quiet: cli.quiet,
            };
            crate::preview::run(&options)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn run_build(cli: &Cli, args: &BuildArgs) -> Result<ExitCode> {
    let tiers = match args.age {
        Some(Age(years)) => {
            let config = Config::load(&cli.project)?;
            let picked = config.tier_for_age(years).ok_or_else(|| {
                Error::Usage(match years {
                    Some(y) => format!("no tier covers age {y}"),
                    None => "no tier covers an unknown age".to_string(),
                })
            })?;
            vec![picked.id.clone()]
        }
        None => args.tier.clone(),
    };
    let options = BuildOptions {
        out: args
            .out
            .clone()
            .unwrap_or_else(|| cli.project.join("output")),
        project: cli.project.clone(),
        locales: args.locale.clone(),
        tiers,
        regions: args.region.clone(),
        sheets: args.sheet.clone(),
        formats: args.format.clone(),
        date: match args.date {
            Some(d) => d,
            None => default_date()?,
        },
        progress: !cli.quiet,
        force: args.force,
        pseudo: args.pseudo,
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
    if args.timings {
        eprint!("{}", report.timings.report(report.elapsed));
    }
    eprintln!("{}", report.summary());
    Ok(if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Writes to standard output; a closed pipe (`infosheet check | head`) is not an error.
fn print_stdout(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
