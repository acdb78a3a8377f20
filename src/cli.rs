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
    /// Record computer-voice drafts of a locale's messages into recordings/<TAG>/ (espeak-ng).
    ///
    /// Only for the locales espeak-ng speaks usably (see `status`); encodes with opusenc, writes
    /// recordings/<TAG>/manifest.toml with speaker "synthetic", and never replaces a recording
    /// a person made.
    Speak {
        /// The locales to speak (comma-separated).
        #[arg(long, value_delimiter = ',', required = true)]
        locale: Vec<String>,
        /// Opus bit rate in kbit/s (mono).
        #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u32).range(6..=64))]
        bitrate: u32,
        /// Record nothing: list each message to record (id, text_sha256, text), tab-separated.
        #[arg(long)]
        list: bool,
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
    /// Review translations message by message: records, and packs for reviewers without git.
    #[command(subcommand)]
    Review(ReviewCommand),
}

/// `infosheet review …`.
#[derive(Subcommand)]
pub enum ReviewCommand {
    /// Record every translation that has no review record (as made against the current
    /// English), and migrate locale.toml's old `reviewed` flag.
    Init {
        /// Only this locale.
        #[arg(long)]
        locale: Option<String>,
        /// Date of migrated reviews, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
    },
    /// Record messages as updated to the current English, and as reviewed with --reviewer.
    Mark {
        #[arg(long)]
        locale: String,
        /// Who reviewed them (without it: updated, not reviewed).
        #[arg(long)]
        reviewer: Option<String>,
        /// Review date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        /// Message ids.
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Write a review pack of one locale: XLSX, CSV or XLIFF 2.0.
    Export {
        #[arg(long)]
        locale: String,
        /// Pack format (default: from the --out file's extension).
        #[arg(long, value_enum)]
        format: Option<crate::review::commands::PackFormat>,
        /// The pack file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a returned review pack cell by cell, then apply its corrections and sign-offs.
    Import {
        /// The pack (.xlsx, .csv or .xlf).
        file: PathBuf,
        /// Who reviewed, for rows whose reviewer cell is empty.
        #[arg(long)]
        reviewer: Option<String>,
        /// Review date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
    },
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
    /// Do not write the bilingual editions (`<sheet>.bilingual.pdf`, `.html`).
    #[arg(long)]
    no_bilingual: bool,
    /// Build discreet editions only: neutral title and file name, no word on the first page
    /// that says what the help is for (see README).
    #[arg(long)]
    discreet: bool,
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
    crate::limits::install();
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
        Command::Speak {
            locale,
            bitrate: _,
            list: true,
        } => {
            for tag in locale {
                print_stdout(&crate::speak::list(&cli.project, tag)?);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Speak {
            locale, bitrate, ..
        } => {
            let options = crate::speak::SpeakOptions {
                locales: locale.clone(),
                bitrate: *bitrate,
                date: default_date()?,
            };
            let mut failed = false;
            for spoken in crate::speak::speak(&cli.project, &options)? {
                failed |= !spoken.failed.is_empty();
                eprintln!("{}", spoken.summary());
            }
            Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Review(command) => run_review(cli, command),
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

fn run_review(cli: &Cli, command: &ReviewCommand) -> Result<ExitCode> {
    use crate::review::commands as review;
    let date = |d: &Option<Date>| match d {
        Some(d) => Ok(*d),
        None => default_date(),
    };
    let report = match command {
        ReviewCommand::Init { locale, date: d } => {
            review::init(&cli.project, locale.as_deref(), date(d)?)?
        }
        ReviewCommand::Mark {
            locale,
            reviewer,
            date: d,
            ids,
        } => review::mark(&cli.project, locale, ids, reviewer.as_deref(), date(d)?)?,
        ReviewCommand::Export {
            locale,
            format,
            out,
        } => {
            let format = format
                .or_else(|| review::PackFormat::from_path(out))
                .ok_or_else(|| {
                    Error::Usage(
                        "say --format xlsx, csv or xliff (or end --out in .xlsx, .csv or .xlf)"
                            .into(),
                    )
                })?;
            review::export(&cli.project, locale, format, out)?
        }
        ReviewCommand::Import {
            file,
            reviewer,
            date: d,
        } => review::import(&cli.project, file, reviewer.as_deref(), date(d)?)?,
    };
    print_stdout(&report);
    Ok(ExitCode::SUCCESS)
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
        bilingual: !args.no_bilingual,
        discreet: args.discreet,
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
    if let Some(audio) = report.audio_summary() {
        eprintln!("{audio}");
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
