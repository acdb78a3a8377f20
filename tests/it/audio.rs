//! Recordings (recordings/<locale>/): check finds stale, orphaned, unlisted and malformed ones
//! where they are; the HTML page plays each recorded block from inside the file, marks a
//! computer voice, and stays under its budget; status counts them; speak refuses a locale
//! without a voice. The fixture, tests/fixtures/audio/recordings/th/, holds two small Thai
//! recordings made by `infosheet speak` (see its manifest.toml).

use std::path::Path;

use serde_json::Value;

use crate::support::*;

const HEADING: &str = "section-welcome-heading--child-5-8";
const TITLE: &str = "right-safety-title--child-5-8";

/// A copy of the default project with the fixture's Thai recordings.
pub fn project_with_recordings() -> tempfile::TempDir {
    let dir = copy_project();
    let from = fixture("audio/recordings/th");
    let to = dir.path().join("recordings/th");
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(&from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// `check --format json` of `project`: exit code and the diagnostics with a `recording-` or
/// `audio-` code.
fn audio_findings(project: &Path) -> (Option<i32>, Vec<Value>) {
    let o = run(project, &["check", "--format", "json"]);
    let report: Value = serde_json::from_slice(&o.stdout).expect("check's JSON");
    let found = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            let code = d["code"].as_str().unwrap_or("");
            code.starts_with("recording-") || code.starts_with("audio-")
        })
        .cloned()
        .collect();
    (o.status.code(), found)
}

/// 1-based line of the first line of `file` in `project` containing `needle`, after `after`.
fn line_of(project: &Path, file: &str, after: &str, needle: &str) -> u64 {
    let text = std::fs::read_to_string(project.join(file)).unwrap();
    let start = text.find(after).expect("anchor in file");
    let at = start + text[start..].find(needle).expect("needle in file");
    text[..at].matches('\n').count() as u64 + 1
}

#[test]
fn a_recording_whose_message_changed_is_stale_at_its_manifest_entry() {
    let dir = project_with_recordings();
    let p = dir.path();
    let (code, found) = audio_findings(p);
    assert_eq!(code, Some(0));
    assert!(found.is_empty(), "fresh recordings: {found:#?}");

    let ftl = p.join("locales/th/rights.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let changed = text.replacen(&format!("{TITLE} = "), &format!("{TITLE} = เปลี่ยนแล้ว "), 1);
    assert_ne!(text, changed, "the fixture's message is in rights.ftl");
    std::fs::write(&ftl, changed).unwrap();
    let (code, found) = audio_findings(p);
    assert_eq!(code, Some(0), "a stale recording is a warning");
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = &found[0];
    assert_eq!(d["code"], "recording-stale");
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["file"], "recordings/th/manifest.toml");
    assert_eq!(d["locale"], "th");
    let line = line_of(
        p,
        "recordings/th/manifest.toml",
        &format!("message = \"{TITLE}\""),
        "text_sha256",
    );
    assert_eq!(d["line"], line);
    assert_eq!(d["column"], 15, "at the hash's value");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains(&format!("recordings/th/{TITLE}.opus is stale")),
        "{d}"
    );

    // The stale recording is left off its page (the help card lists the right's title); the
    // other one still plays.
    let out = tempfile::tempdir().unwrap();
    let o = run(
        p,
        &[
            "build",
            "--locale",
            "th",
            "--tier",
            "child-5-8",
            "--region",
            "sample-destination",
            "--format",
            "html",
            "--out",
            &out.path().to_string_lossy(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("recording-stale"), "the build says so");
    let players = |sheet: &str| {
        std::fs::read_to_string(
            out.path()
                .join(format!("sample-destination/th/child-5-8/{sheet}.html")),
        )
        .unwrap()
        .matches("<audio")
        .count()
    };
    assert_eq!(players("help-card"), 0);
    assert_eq!(players("rights-and-help"), 1);
}

/// Every `audio` object in a sheet model (JSON), each block's recording.
fn model_audio(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            if let Some(a) = o.get("audio") {
                out.push(a["file"].as_str().unwrap().to_string());
            }
            o.values().for_each(|v| model_audio(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| model_audio(v, out)),
        _ => {}
    }
}

#[test]
fn html_plays_one_audio_per_recorded_block_from_inside_the_file() {
    let dir = project_with_recordings();
    let out = tempfile::tempdir().unwrap();
    let o = run(
        dir.path(),
        &[
            "build",
            "--locale",
            "th",
            "--region",
            "sample-destination",
            "--format",
            "html,json",
            "--out",
            &out.path().to_string_lossy(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("audio: "),
        "the build reports the pages' sizes"
    );
    let mut pages_with_audio = 0;
    for html_path in files_with_ext(out.path(), "html") {
        if html_path.ends_with("index.html") {
            continue;
        }
        let html = std::fs::read_to_string(&html_path).unwrap();
        let model: Value =
            serde_json::from_slice(&std::fs::read(html_path.with_extension("json")).unwrap())
                .unwrap();
        let mut recorded = Vec::new();
        model_audio(&model, &mut recorded);
        let name = html_path.display();
        assert_eq!(
            html.matches("<audio").count(),
            recorded.len(),
            "{name}: one player per recorded block"
        );
        assert_eq!(html.matches("<audio controls").count(), recorded.len());
        assert!(
            !html.contains("autoplay") && !html.contains("<script"),
            "{name}"
        );
        for (i, _) in html.match_indices(" src=\"") {
            let src = &html[i + 6..];
            assert!(
                src.starts_with("data:image/svg+xml;base64,")
                    || src.starts_with("data:audio/ogg;base64,"),
                "{name}: src {}",
                &src[..40.min(src.len())]
            );
        }
        let csp = html
            .lines()
            .find(|l| l.contains("Content-Security-Policy"))
            .unwrap();
        assert_eq!(
            csp.contains("media-src data:;"),
            !recorded.is_empty(),
            "{name}: {csp}"
        );
        assert!(!csp.contains("media-src *") && !csp.contains("media-src http"));
        if recorded.is_empty() {
            assert!(!html.contains("computer voice, not a person"), "{name}");
            continue;
        }
        pages_with_audio += 1;
        for file in &recorded {
            let bytes = std::fs::read(dir.path().join(file)).unwrap();
            let url = format!(
                "data:audio/ogg;base64,{}",
                infosheet::base64::encode(&bytes)
            );
            assert!(html.contains(&url), "{name}: {file} embedded whole");
        }
        // Marked as a computer voice: beside each player in Thai and English, and with the
        // page's other notices in few words: in the footer, and on a card's printed front
        // (templates/html/card.html, `card-marks`, shown in print only) too.
        let card = model["template"] == "card";
        assert_eq!(
            html.matches("<span lang=\"en\" dir=\"auto\">computer voice, not a person</span>")
                .count(),
            recorded.len() + 1 + usize::from(card),
            "{name}: beside each player and in the footer (and on a card's front)"
        );
        if card {
            let front = &html[html.find("class=\"card-marks\"").expect("card front marks")..];
            let front = &front[..front.find("</p>").unwrap()];
            assert!(
                front.contains("computer voice, not a person"),
                "{name}: {front}"
            );
        }
        assert!(html.contains("เสียงคอมพิวเตอร์ ไม่ใช่คน"), "{name}");
        assert!(
            html.contains("class=\"mark mark-synthetic-voice\"")
                && html.contains("A computer speaks these recordings, not a person."),
            "{name}"
        );
    }
    // The young tier's rights-and-help opens with the recorded heading; its help card lists
    // the recorded right's title; its read-aloud script names the heading too.
    let page = |sheet: &str| {
        std::fs::read_to_string(
            out.path()
                .join(format!("sample-destination/th/child-5-8/{sheet}.html")),
        )
        .unwrap()
    };
    let main = page("rights-and-help");
    assert_eq!(main.matches("<audio").count(), 1);
    assert_eq!(page("help-card").matches("<audio").count(), 1);
    // The read-aloud script opens its part with the sheet's own (recorded) heading.
    assert_eq!(page("read-aloud").matches("<audio").count(), 1);
    assert_eq!(pages_with_audio, 3);
}

#[test]
fn status_counts_recordings_and_names_the_locales_without_a_voice() {
    let dir = project_with_recordings();
    let o = run(dir.path(), &["status", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let status: Value = serde_json::from_slice(&o.stdout).unwrap();
    let locale = |tag: &str| {
        status["locales"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["tag"] == tag)
            .unwrap()
            .clone()
    };
    let th = locale("th");
    for tier in th["tiers"].as_array().unwrap() {
        let young = tier["tier"] == "child-5-8";
        assert_eq!(tier["audio_recorded"], if young { 2 } else { 0 }, "{tier}");
        assert_eq!(tier["audio_synthetic"], if young { 2 } else { 0 });
        assert_eq!(tier["audio_stale"], 0);
        assert!(tier["audio_blocks"].as_u64().unwrap() > 2);
    }
    assert_eq!(th["voice"], "espeak-ng `th`");
    assert!(th["no_voice_reason"].is_null());
    for tag in ["km", "lo", "fil", "my", "zh-Hans"] {
        assert!(locale(tag)["no_voice_reason"].is_string(), "{tag}");
    }
    let o = run(dir.path(), &["status"]);
    let text = String::from_utf8_lossy(&o.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("No computer voice"))
        .expect("a line naming the locales without a voice");
    for tag in ["km (", "lo (", "fil (", "my (", "zh-Hans ("] {
        assert!(line.contains(tag), "{line}");
    }
    assert!(text.contains("2/"), "{text}");
}

/// Check and build of `project` both refuse with `code` at `file` (project-relative).
fn refused_at(project: &Path, code: &str, file: &str) -> Value {
    let (exit, found) = audio_findings(project);
    assert_eq!(exit, Some(1), "{found:#?}");
    let d = found
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code}: {found:#?}"))
        .clone();
    assert_eq!(d["file"], file, "{d}");
    assert_eq!(d["severity"], "error");
    let out = tempfile::tempdir().unwrap();
    let o = run(
        project,
        &one_edition("th", "child-5-8", &["--out", &out.path().to_string_lossy()]),
    );
    assert_eq!(o.status.code(), Some(1), "build refuses what check reports");
    assert!(
        stderr(&o).contains(&format!("error[{code}]")),
        "{}",
        stderr(&o)
    );
    d
}

#[test]
fn malformed_recordings_are_errors_at_their_file() {
    let dir = project_with_recordings();
    let p = dir.path();
    let heading = p.join(format!("recordings/th/{HEADING}.opus"));
    let good = std::fs::read(&heading).unwrap();
    let rel = format!("recordings/th/{HEADING}.opus");

    std::fs::write(&heading, b"RIFF\x24\0\0\0WAVEfmt not opus at all").unwrap();
    let d = refused_at(p, "recording-malformed", &rel);
    assert!(
        d["message"].as_str().unwrap().contains("not an Ogg file"),
        "{d}"
    );

    std::fs::write(&heading, &good[..good.len() - 100]).unwrap();
    let d = refused_at(p, "recording-malformed", &rel);
    assert!(d["message"].as_str().unwrap().contains("cut short"), "{d}");

    let mut damaged = good.clone();
    let n = damaged.len();
    damaged[n / 2] ^= 0x55;
    std::fs::write(&heading, &damaged).unwrap();
    let d = refused_at(p, "recording-malformed", &rel);
    assert!(d["message"].as_str().unwrap().contains("checksum"), "{d}");

    let huge = vec![0u8; 600 * 1024];
    std::fs::write(&heading, &huge).unwrap();
    let d = refused_at(p, "recording-malformed", &rel);
    assert!(
        d["message"].as_str().unwrap().contains("bytes allowed"),
        "{d}"
    );

    // A manifest that does not parse, and a person's recording without consent.
    std::fs::write(&heading, &good).unwrap();
    let manifest = p.join("recordings/th/manifest.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replace(
            "speaker = \"synthetic\"\nrecorded = 2026-11-18\ntool",
            "speaker = \"Somchai\"\nrecorded = 2026-11-18\ntool",
        ),
    )
    .unwrap();
    let d = refused_at(p, "recording-manifest", "recordings/th/manifest.toml");
    assert!(d["message"].as_str().unwrap().contains("consented"), "{d}");
    assert!(d["line"].is_u64(), "located: {d}");
    std::fs::write(&manifest, text.replace("text_sha256 =", "text_sha = ")).unwrap();
    refused_at(p, "recording-manifest", "recordings/th/manifest.toml");
}

#[test]
fn unlisted_missing_and_orphaned_recordings_are_warnings_where_they_are() {
    let dir = project_with_recordings();
    let p = dir.path();
    let th = p.join("recordings/th");
    std::fs::copy(th.join(format!("{HEADING}.opus")), th.join("extra.opus")).unwrap();
    std::fs::remove_file(th.join(format!("{TITLE}.opus"))).unwrap();
    let manifest = th.join("manifest.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replace(
            &format!("message = \"{HEADING}\""),
            "message = \"section-gone-heading\"",
        ),
    )
    .unwrap();
    std::fs::rename(
        th.join(format!("{HEADING}.opus")),
        th.join("section-gone-heading.opus"),
    )
    .unwrap();
    let (exit, found) = audio_findings(p);
    assert_eq!(exit, Some(0), "{found:#?}");
    let by_code =
        |code: &str| -> Vec<&Value> { found.iter().filter(|d| d["code"] == code).collect() };
    let unlisted = by_code("recording-unlisted");
    assert_eq!(unlisted.len(), 1, "{found:#?}");
    assert_eq!(unlisted[0]["file"], "recordings/th/extra.opus");
    let missing = by_code("recording-missing");
    assert_eq!(missing.len(), 1, "{found:#?}");
    assert_eq!(missing[0]["file"], "recordings/th/manifest.toml");
    assert_eq!(
        missing[0]["line"],
        line_of(
            p,
            "recordings/th/manifest.toml",
            "",
            &format!("message = \"{TITLE}\"")
        )
    );
    let orphan = by_code("recording-orphan");
    assert_eq!(orphan.len(), 1, "{found:#?}");
    assert_eq!(orphan[0]["file"], "recordings/th/manifest.toml");
    assert!(
        orphan[0]["message"]
            .as_str()
            .unwrap()
            .contains("no longer has")
    );
}

#[test]
fn a_page_over_the_budget_is_refused_by_check_and_build() {
    let dir = project_with_recordings();
    let p = dir.path();
    // Five recordings of about 480 KB (a minute of noise at 64 kbit/s) for the young tier's
    // first blocks, each listed with its message's real text hash.
    let project = infosheet::project::Project::load(p).expect("project loads");
    let th = project.locale("th").unwrap();
    let tier = project.config.tier("child-5-8").unwrap();
    let (sheet, _) = &project.content.sheets["rights-and-help"];
    let l10n = infosheet::localize::Localizer::new(th, project.reference(), tier);
    let mut ids: Vec<String> = infosheet::model::block_message_ids(&project.content, sheet, tier)
        .iter()
        .filter_map(|id| {
            l10n.lookup(id)
                .filter(|(l, _)| l.tag == "th")
                .map(|(_, f)| f)
        })
        .filter(|f| f != HEADING && f != TITLE)
        .collect();
    ids.dedup();
    let noise = noise_opus(p);
    let mut manifest = std::fs::read_to_string(p.join("recordings/th/manifest.toml")).unwrap();
    for id in ids.iter().take(5) {
        let text = infosheet::recordings::spoken_text(th, id, tier).unwrap();
        std::fs::write(p.join(format!("recordings/th/{id}.opus")), &noise).unwrap();
        manifest.push_str(&format!(
            "\n[[recording]]\nmessage = \"{id}\"\ntext_sha256 = \"{}\"\nspeaker = \"synthetic\"\nrecorded = 2026-12-01\n",
            infosheet::recordings::text_sha256(&text)
        ));
    }
    std::fs::write(p.join("recordings/th/manifest.toml"), manifest).unwrap();
    let d = refused_at(p, "audio-budget", &format!("recordings/th/{}.opus", ids[0]));
    let message = d["message"].as_str().unwrap();
    assert!(message.contains("over the 2000 KB budget"), "{message}");
}

/// A minute of white noise at 64 kbit/s, encoded by opusenc: about 480 KB.
fn noise_opus(dir: &Path) -> Vec<u8> {
    let rate = 16_000u32;
    let samples = rate * 60;
    let mut wav = Vec::new();
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + samples * 2).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes());
    wav.extend_from_slice(&rate.to_le_bytes());
    wav.extend_from_slice(&(rate * 2).to_le_bytes());
    wav.extend_from_slice(&2u16.to_le_bytes());
    wav.extend_from_slice(&16u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&(samples * 2).to_le_bytes());
    let mut x: u32 = 12345;
    for _ in 0..samples {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        wav.extend_from_slice(&((x >> 16) as i16 / 4).to_le_bytes());
    }
    let wav_path = dir.join("noise.wav");
    let opus_path = dir.join("noise.opus");
    std::fs::write(&wav_path, wav).unwrap();
    let o = std::process::Command::new("opusenc")
        .args(["--quiet", "--bitrate", "64", "--hard-cbr"])
        .arg(&wav_path)
        .arg(&opus_path)
        .output()
        .expect("opusenc runs (Debian opus-tools; .ci/run installs it)");
    assert!(o.status.success());
    let bytes = std::fs::read(&opus_path).unwrap();
    std::fs::remove_file(wav_path).unwrap();
    std::fs::remove_file(opus_path).unwrap();
    assert!(
        bytes.len() > 400 * 1024 && bytes.len() < 512 * 1024,
        "{}",
        bytes.len()
    );
    bytes
}

#[test]
fn speak_refuses_a_locale_without_a_voice() {
    let dir = copy_project();
    for tag in ["km", "lo", "fil"] {
        let o = run(dir.path(), &["speak", "--locale", tag]);
        assert_eq!(o.status.code(), Some(2), "{tag}: {}", stderr(&o));
        assert!(stderr(&o).contains("no computer voice"), "{}", stderr(&o));
    }
    assert!(!dir.path().join("recordings").exists(), "nothing written");
}

#[test]
fn speak_lists_what_to_record_with_the_hash_check_expects() {
    let dir = project_with_recordings();
    let o = run(dir.path(), &["speak", "--locale", "km", "--list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.lines().count() > 50, "{text}");
    let o = run(dir.path(), &["speak", "--locale", "th", "--list"]);
    let text = String::from_utf8_lossy(&o.stdout);
    let manifest = std::fs::read_to_string(dir.path().join("recordings/th/manifest.toml")).unwrap();
    for id in [HEADING, TITLE] {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{id}\t")))
            .unwrap_or_else(|| panic!("{id} listed:\n{text}"));
        let hash = line.split('\t').nth(1).unwrap();
        assert!(
            manifest.contains(&format!("text_sha256 = \"{hash}\"")),
            "{line}"
        );
    }
}

#[test]
fn the_printed_script_says_which_parts_the_web_page_plays() {
    let dir = project_with_recordings();
    let out = tempfile::tempdir().unwrap();
    let o = run(
        dir.path(),
        &[
            "build",
            "--locale",
            "th,en",
            "--tier",
            "child-5-8",
            "--region",
            "sample-destination",
            "--sheet",
            "read-aloud,rights-and-help",
            "--format",
            "pdf,json",
            "--no-bilingual",
            "--out",
            &out.path().to_string_lossy(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let edition = |locale: &str, sheet: &str, ext: &str| {
        out.path().join(format!(
            "sample-destination/{locale}/child-5-8/{sheet}.{ext}"
        ))
    };
    let json = |locale: &str, sheet: &str| -> Value {
        serde_json::from_slice(&std::fs::read(edition(locale, sheet, "json")).unwrap()).unwrap()
    };
    let pdf_text = |locale: &str| {
        squeeze(&tool(
            "pdftotext",
            &[&edition(locale, "read-aloud", "pdf").to_string_lossy(), "-"],
        ))
    };

    // Thai: the welcome part's recorded heading (a computer voice) is one of that part's
    // texts on the sheet; no other part of the sheet is recorded.
    let sheet = json("th", "rights-and-help");
    let script = json("th", "read-aloud");
    let heading = |s: &Value| s["heading"]["text"].as_str().unwrap().to_string();
    let script_welcome = script["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "welcome")
        .expect("the script's welcome part");
    let welcome = sheet["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| heading(s) == heading(script_welcome))
        .expect("the sheet's part of the same heading");
    let len = |k: &str| welcome[k].as_array().map_or(0, Vec::len);
    let total = 1 + len("paragraphs") + len("panels") + 2 * (len("rights") + len("support"));
    let text = pdf_text("th");
    let intro = script["audio_intro"]["text"]
        .as_str()
        .expect("an intro line");
    assert!(intro.contains("หน้าเว็บเปิดเสียงบางส่วนได้"), "{intro}");
    assert!(text.contains(&squeeze(intro)), "the PDF prints {intro}");
    for s in script["sections"].as_array().unwrap() {
        let note = s["audio_note"]["text"].as_str();
        if s["id"] == "welcome" {
            let note = note.expect("the welcome part's note");
            assert!(
                note.contains(&format!("1 จาก {total} ข้อความ")) && note.contains("คอมพิวเตอร์"),
                "{note}"
            );
            assert!(text.contains(&squeeze(note)), "the PDF prints {note}");
        } else {
            assert_eq!(note, None, "part {}", s["id"]);
        }
    }

    // English has no recording: the script says so once, and marks no part.
    let script = json("en", "read-aloud");
    let intro = script["audio_intro"]["text"].as_str().unwrap();
    assert_eq!(
        intro,
        "Nothing is recorded in this language yet. Read every part aloud."
    );
    assert!(pdf_text("en").contains(&squeeze(intro)));
    assert!(
        script["sections"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s.get("audio_note").is_none())
    );
}
