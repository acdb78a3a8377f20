//! `infosheet speak`: computer-voice drafts of a locale's recordings, made with espeak-ng and
//! encoded with opusenc, until a person records them. A person's recording is never replaced.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use crate::date::Date;
use crate::error::{Error, Result};
use crate::project::{Loaded, Project};
use crate::recordings::{self, EXT, Entry, MANIFEST, ManifestFile, SYNTHETIC};

/// Whether espeak-ng speaks a locale usably, as measured here (espeak-ng 1.51, December 2026).
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Voice {
    /// This espeak-ng voice speaks it.
    Espeak { voice: &'static str },
    /// This voice, from this espeak-ng version on; older ones fail as `why` says.
    EspeakFrom {
        voice: &'static str,
        version: (u32, u32),
        why: &'static str,
    },
    /// No usable computer voice: a person must record.
    None { why: &'static str },
}

/// The computer voice of each of the default project's locales; any other locale has none.
pub const VOICES: &[(&str, Voice)] = &[
    ("en", Voice::Espeak { voice: "en-gb" }),
    ("th", Voice::Espeak { voice: "th" }),
    ("vi", Voice::Espeak { voice: "vi" }),
    ("id", Voice::Espeak { voice: "id" }),
    ("ms", Voice::Espeak { voice: "ms" }),
    ("bn", Voice::Espeak { voice: "bn" }),
    ("fa", Voice::Espeak { voice: "fa" }),
    (
        "zh-Hans",
        Voice::EspeakFrom {
            voice: "cmn",
            version: (1, 52),
            why: "espeak-ng before 1.52 reads the tone digits of its pinyin aloud, as English numbers",
        },
    ),
    (
        "my",
        Voice::None {
            why: "espeak-ng 1.51's Burmese aborts on some messages and drops vowels",
        },
    ),
    (
        "km",
        Voice::None {
            why: "espeak-ng has no Khmer voice",
        },
    ),
    (
        "lo",
        Voice::None {
            why: "espeak-ng has no Lao voice",
        },
    ),
    (
        "fil",
        Voice::None {
            why: "espeak-ng has no Filipino voice",
        },
    ),
];

/// The computer voice for `tag`.
pub fn voice(tag: &str) -> Voice {
    VOICES.iter().find(|(t, _)| *t == tag).map_or(
        Voice::None {
            why: "no computer voice is known for this language",
        },
        |(_, v)| *v,
    )
}

impl Voice {
    /// In a few words, for `status`.
    pub fn describe(&self) -> String {
        match self {
            Voice::Espeak { voice } => format!("espeak-ng `{voice}`"),
            Voice::EspeakFrom { voice, version, .. } => {
                format!(
                    "none (espeak-ng `{voice}` from {}.{})",
                    version.0, version.1
                )
            }
            Voice::None { .. } => "none".into(),
        }
    }
}

/// `infosheet speak`'s options.
pub struct SpeakOptions {
    pub locales: Vec<String>,
    /// Opus bit rate in kbit/s.
    pub bitrate: u32,
    pub date: Date,
}

/// What `speak` did for one locale.
#[derive(Debug, Default)]
pub struct Spoken {
    pub locale: String,
    pub voice: String,
    pub made: usize,
    pub up_to_date: usize,
    /// Messages a person recorded, kept as they are (stale ones are listed by `check`).
    pub by_person: usize,
    pub failed: Vec<String>,
    pub bytes: u64,
    pub audio_s: f64,
    pub elapsed_s: f64,
}

impl Spoken {
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{}: {} recording(s) made with {} ({} KB, {:.0} s of audio) in {:.1} s, {} up to date, {} by a person kept",
            self.locale,
            self.made,
            self.voice,
            self.bytes.div_ceil(1024),
            self.audio_s,
            self.elapsed_s,
            self.up_to_date,
            self.by_person
        );
        for f in &self.failed {
            s.push_str(&format!("\n  failed: {f}"));
        }
        s
    }
}

/// The espeak-ng version installed, e.g. (1, 51).
fn espeak_version() -> Result<(u32, u32)> {
    let o = Command::new("espeak-ng")
        .arg("--version")
        .output()
        .map_err(|e| {
            Error::Usage(format!(
                "espeak-ng cannot be run ({e}); install it (Debian: apt-get install espeak-ng)"
            ))
        })?;
    let text = String::from_utf8_lossy(&o.stdout);
    let number = text
        .split_whitespace()
        .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or("0.0");
    let mut parts = number.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    Ok((parts.next().unwrap_or(0), parts.next().unwrap_or(0)))
}

/// The espeak-ng voice to use for `tag` with the installed version, or why there is none.
fn usable_voice(tag: &str, installed: (u32, u32)) -> Result<&'static str> {
    match voice(tag) {
        Voice::Espeak { voice } => Ok(voice),
        Voice::EspeakFrom { voice, version, .. } if installed >= version => Ok(voice),
        Voice::EspeakFrom { why, version, .. } => Err(Error::Usage(format!(
            "no usable computer voice for `{tag}` with espeak-ng {}.{}: {why} (fixed in {}.{}); a person must record it",
            installed.0, installed.1, version.0, version.1
        ))),
        Voice::None { why } => Err(Error::Usage(format!(
            "no computer voice for `{tag}`: {why}; a person must record it (see README, \"Recording messages\")"
        ))),
    }
}

/// Every block message `tag` defines, with the SHA-256 and the text a recording of it must
/// speak, one per line (`message<TAB>text_sha256<TAB>text`): what to record, for any locale,
/// with or without a computer voice.
pub fn list(root: &Path, tag: &str) -> Result<String> {
    let project = Loaded::load(root).into_project(None)?;
    if project.locale(tag).is_none() {
        return Err(Error::Usage(format!("unknown locale `{tag}`")));
    }
    let mut out = String::new();
    for job in jobs_of(&project, tag) {
        let text = job.text.replace(['\t', '\n'], " ");
        out.push_str(&format!(
            "{}\t{}\t{text}\n",
            job.message,
            recordings::text_sha256(&job.text)
        ));
    }
    Ok(out)
}

/// A message to speak: its id as the locale defines it and the text it shows.
struct Job {
    message: String,
    text: String,
}

/// Speaks every block message the locale itself defines (fallbacks to the reference are not
/// its language) into `recordings/<tag>/`, and updates the manifest.
pub fn speak(root: &Path, options: &SpeakOptions) -> Result<Vec<Spoken>> {
    let project = Loaded::load(root).into_project(None)?;
    for tag in &options.locales {
        if project.locale(tag).is_none() {
            return Err(Error::Usage(format!("unknown locale `{tag}`")));
        }
    }
    let installed = espeak_version()?;
    let voices: Vec<&str> = options
        .locales
        .iter()
        .map(|t| usable_voice(t, installed))
        .collect::<Result<_>>()?;
    Command::new("opusenc")
        .arg("--version")
        .output()
        .map_err(|e| {
            Error::Usage(format!(
                "opusenc cannot be run ({e}); install it (Debian: apt-get install opus-tools)"
            ))
        })?;
    let mut out = Vec::new();
    for (tag, voice) in options.locales.iter().zip(voices) {
        out.push(speak_locale(&project, tag, voice, installed, options)?);
    }
    Ok(out)
}

fn speak_locale(
    project: &Project,
    tag: &str,
    voice: &str,
    installed: (u32, u32),
    options: &SpeakOptions,
) -> Result<Spoken> {
    let started = Instant::now();
    let dir = project.root().join(recordings::DIR).join(tag);
    let manifest_path = dir.join(MANIFEST);
    let mut manifest: ManifestFile = if manifest_path.exists() {
        let text = crate::source::read_text(&manifest_path)?;
        crate::source::parse_toml(&manifest_path, &text)?
    } else {
        ManifestFile::default()
    };
    let mut spoken = Spoken {
        locale: tag.to_string(),
        voice: format!("espeak-ng {}.{} `{voice}`", installed.0, installed.1),
        ..Spoken::default()
    };
    let mut jobs = Vec::new();
    for job in jobs_of(project, tag) {
        let existing = manifest
            .recording
            .iter()
            .find(|e| e.message.get_ref() == &job.message);
        match existing {
            Some(e) if e.speaker.get_ref().trim() != SYNTHETIC => spoken.by_person += 1,
            Some(e)
                if *e.text_sha256.get_ref() == recordings::text_sha256(&job.text)
                    && dir.join(format!("{}.{EXT}", job.message)).is_file() =>
            {
                spoken.up_to_date += 1
            }
            _ => jobs.push(job),
        }
    }
    let tool = format!(
        "espeak-ng {}.{} voice {voice}; opusenc {} kbit/s mono, speech",
        installed.0, installed.1, options.bitrate
    );
    let results: Vec<(Job, std::result::Result<Vec<u8>, String>)> = jobs
        .into_par_iter()
        .map(|job| {
            let audio = synthesize(voice, &job.text, options.bitrate);
            (job, audio)
        })
        .collect();
    for (job, audio) in results {
        let bytes = match audio.and_then(|b| {
            recordings::ogg::inspect(&b)
                .map(|info| (b, info))
                .map_err(|e| format!("opusenc wrote a bad file: {e}"))
        }) {
            Ok(b) => b,
            Err(why) => {
                spoken.failed.push(format!("`{}`: {why}", job.message));
                continue;
            }
        };
        let (bytes, info) = bytes;
        crate::output::write_atomic(&dir.join(format!("{}.{EXT}", job.message)), &bytes)?;
        spoken.made += 1;
        spoken.bytes += bytes.len() as u64;
        spoken.audio_s += info.duration_s;
        let entry = synthetic_entry(&job, &tool, options.date)?;
        match manifest
            .recording
            .iter_mut()
            .find(|e| e.message.get_ref() == &job.message)
        {
            Some(e) => *e = entry,
            None => manifest.recording.push(entry),
        }
    }
    manifest
        .recording
        .sort_by(|a, b| a.message.get_ref().cmp(b.message.get_ref()));
    write_manifest(&manifest_path, tag, &manifest)?;
    spoken.elapsed_s = started.elapsed().as_secs_f64();
    Ok(spoken)
}

/// Every block message of every tier and sheet that `tag` itself defines, once, with its text.
fn jobs_of(project: &Project, tag: &str) -> Vec<Job> {
    let Some(locale) = project.locale(tag) else {
        return Vec::new();
    };
    let mut seen = BTreeMap::new();
    for tier in &project.config.file.tiers {
        let l10n = crate::localize::Localizer::new(locale, project.reference(), tier);
        for (sheet, _) in project.content.sheets.values() {
            for id in crate::model::block_message_ids(&project.content, sheet, tier) {
                let Some((served, found)) = l10n.lookup(&id) else {
                    continue;
                };
                if served.tag != tag || seen.contains_key(&found) {
                    continue;
                }
                if let Some(text) = recordings::spoken_text(locale, &found, tier)
                    && !text.trim().is_empty()
                {
                    seen.insert(found, text);
                }
            }
        }
    }
    seen.into_iter()
        .map(|(message, text)| Job { message, text })
        .collect()
}

/// espeak-ng's WAV of `text`, encoded by opusenc at `bitrate` kbit/s mono.
fn synthesize(voice: &str, text: &str, bitrate: u32) -> std::result::Result<Vec<u8>, String> {
    let wav = pipe(
        Command::new("espeak-ng").args(["-v", voice, "--stdout", "--stdin"]),
        text.as_bytes(),
    )
    .map_err(|e| format!("espeak-ng: {e}"))?;
    pipe(
        Command::new("opusenc").args([
            "--quiet",
            "--bitrate",
            &bitrate.to_string(),
            "--downmix-mono",
            "--speech",
            "--framesize",
            "60",
            "--serial",
            "1",
            "-",
            "-",
        ]),
        &wav,
    )
    .map_err(|e| format!("opusenc: {e}"))
}

/// Runs `cmd` with `input` on its standard input; its standard output, or why it failed.
fn pipe(cmd: &mut Command, input: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdin = child.stdin.take().ok_or("no standard input")?;
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let o = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    if !o.status.success() || o.stdout.len() < 64 {
        let err = String::from_utf8_lossy(&o.stderr);
        return Err(format!(
            "exited with {} ({})",
            o.status,
            err.lines().next().unwrap_or("no message")
        ));
    }
    Ok(o.stdout)
}

fn synthetic_entry(job: &Job, tool: &str, date: Date) -> Result<Entry> {
    let recorded: toml::value::Datetime = date
        .to_string()
        .parse()
        .map_err(|_| Error::Usage(format!("bad date {date}")))?;
    let spanned = |v| toml::Spanned::new(0..0, v);
    Ok(Entry {
        message: spanned(job.message.clone()),
        text_sha256: spanned(recordings::text_sha256(&job.text)),
        speaker: spanned(SYNTHETIC.to_string()),
        recorded: toml::Spanned::new(0..0, recorded),
        consent: None,
        tool: Some(tool.to_string()),
    })
}

fn write_manifest(path: &Path, tag: &str, manifest: &ManifestFile) -> Result<()> {
    let body = toml::to_string(manifest)
        .map_err(|e| Error::Usage(format!("cannot write {}: {e}", path.display())))?;
    let text = format!(
        "# Recordings of locale `{tag}`: one [[recording]] per <message>.{EXT} file beside this one.\n\
         # text_sha256: SHA-256 of the message's text as the sheet shows it; speaker: a person's\n\
         # name (with consent = true) or \"synthetic\". See README, \"Recording messages\".\n\n{body}"
    );
    crate::output::write_atomic(path, text.as_bytes())
}
