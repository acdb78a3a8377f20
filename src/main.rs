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
    } = &cli.command;
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
    eprintln!("{}", report.summary());
    Ok(if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
