//! Faults: a disk that fills up or an output folder that cannot be written, a build killed at a
//! random moment, two builds into the same folder. In every case the previous outputs stay
//! intact and complete, no partial file appears, and the error says clearly what happened.
//!
//! Disk-full is simulated with the test seam `INFOSHEET_FAIL_WRITE_AFTER=N` (src/output.rs:
//! the first N files written succeed, every later one fails halfway through) and, where this
//! machine lets the tests mount one, with a real 512 KiB tmpfs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use crate::bad_input::snapshot;
use crate::injection::parse_html;
use crate::support::*;

/// A selection of 8 editions (28 files with thumbnails and print sheets): big enough to be interrupted, small enough to be quick.
const SELECTION: &[&str] = &[
    "--region",
    "sample-destination",
    "--locale",
    "en,th",
    "--tier",
    "adult,child-9-12",
    "--sheet",
    "rights-and-help,help-card",
    // The fault tests count the files and writes of the editions themselves; bilingual
    // editions go through the same staging and commit.
    "--no-bilingual",
];

fn command(project: &Path, args: &[&str], out: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_infosheet"));
    c.arg("--project")
        .arg(project)
        .arg("build")
        .args(SELECTION)
        .arg("--out")
        .arg(out)
        .args(args)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("CI", "1")
        .env_remove(infosheet::output::FAIL_WRITE_AFTER_VAR)
        .stdin(Stdio::null());
    c
}

fn build(project: &Path, out: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = command(project, args, out);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("the infosheet binary runs")
}

/// Temporary files infosheet writes (`.infosheet-staging/PID-N.tmp`, …) under `dir`.
fn temporaries(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| infosheet::output::is_temporary_name(&e.file_name().to_string_lossy()))
        .map(|e| e.into_path())
        .collect()
}

/// Checks that every output file under `dir` is whole: PDFs open and pass qpdf's check, HTML
/// pages parse to their last `</html>`, the manifest is JSON. Returns the number of files.
fn assert_complete(dir: &Path) -> usize {
    let mut n = 0;
    for (rel, (bytes, _)) in snapshot(dir) {
        let name = rel.to_string_lossy().into_owned();
        assert!(!bytes.is_empty(), "{name} is empty");
        match rel.extension().and_then(|e| e.to_str()) {
            Some("pdf") => {
                let path = dir.join(&rel).to_string_lossy().into_owned();
                tool("qpdf", &["--check", &path]);
            }
            Some("html") => {
                let text = String::from_utf8(bytes).expect("UTF-8 HTML");
                parse_html(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(text.trim_end().ends_with("</html>"), "{name} is cut short");
            }
            Some("json") => {
                serde_json::from_slice::<serde_json::Value>(&bytes)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
            }
            // A PDF's page-1 thumbnail: the PNG signature, and its closing IEND chunk (with
            // its CRC) at the very end.
            Some("png") => {
                assert!(
                    bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
                    "{name} is not a PNG"
                );
                assert!(
                    bytes.ends_with(b"IEND\xae\x42\x60\x82"),
                    "{name} is cut short"
                );
            }
            _ => panic!("unexpected output file {name}"),
        }
        n += 1;
    }
    n
}

/// A project copy whose messages differ from the default, so a rebuild changes every file.
fn changed_messages(project: &Path) {
    for tag in ["en", "th"] {
        let ftl = project.join(format!("locales/{tag}/ui.ftl"));
        let text = std::fs::read_to_string(&ftl).expect("ui.ftl");
        let changed = text.replacen("ui-phone = ", "ui-phone = Tel. ", 1);
        assert_ne!(text, changed, "{tag}: ui-phone is defined in ui.ftl");
        std::fs::write(&ftl, changed).expect("write");
    }
}

#[test]
fn a_full_disk_at_any_write_leaves_the_previous_build_intact() {
    let project = copy_project();
    let out = project.path().join("output");
    let o = build(project.path(), &out, &[], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let files = assert_complete(&out);
    // Each of the 8 editions: its HTML page, its PDF and the PDF's page-1 thumbnail; each of
    // the 4 cards: its print sheet; the catalogue and the manifest.
    assert_eq!(
        files,
        8 * 3 + 4 + 2,
        "24 edition files, 4 print sheets, the catalogue and the manifest"
    );
    let before = snapshot(&out);
    changed_messages(project.path());

    // Writes 1..=28 are the staged edition files (pages, PDFs, thumbnails, print sheets); 29
    // and 30 the catalogue and the manifest.
    let edition_files = (files - 2).to_string();
    for after in [0, 1, 5, 15, 27] {
        let n = after.to_string();
        let o = build(
            project.path(),
            &out,
            &["--force"],
            &[(infosheet::output::FAIL_WRITE_AFTER_VAR, &n)],
        );
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "after {n} writes:\n{err}");
        assert!(
            err.contains("no space left on device (simulated by INFOSHEET_FAIL_WRITE_AFTER)"),
            "{err}"
        );
        assert!(
            err.contains("cannot write ")
                && [".pdf", ".html", ".png"].iter().any(|e| err.contains(e)),
            "names the file: {err}"
        );
        assert!(
            err.contains("the file was left as it was, nothing half-written"),
            "{err}"
        );
        assert!(err.contains("0 file(s) written"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(
            snapshot(&out),
            before,
            "after {n} writes: outputs untouched"
        );
        assert_eq!(
            temporaries(&out),
            Vec::<PathBuf>::new(),
            "no temporary file"
        );
        assert!(
            !out.join(infosheet::output::STAGING_DIR).exists(),
            "no staging folder"
        );
    }

    // The disk fills up at the catalogue, after the editions were put in place: the commit is
    // undone, so the previous build is back byte for byte, manifest included.
    let o = build(
        project.path(),
        &out,
        &["--force"],
        &[(infosheet::output::FAIL_WRITE_AFTER_VAR, &edition_files)],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("index.html"), "{err}");
    assert!(err.contains("0 file(s) written"), "{err}");
    assert_eq!(snapshot(&out), before, "the failed commit was undone");
    assert_eq!(temporaries(&out), Vec::<PathBuf>::new());
    assert!(!out.join(infosheet::output::STAGING_DIR).exists());

    // With room again, the next build completes.
    let o = build(project.path(), &out, &["--force"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(assert_complete(&out), files);
    let relabelled = files_with_ext(&out, "html")
        .iter()
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|h| h.contains("Tel. Phone")))
        .count();
    assert!(relabelled > 0, "the new build is in place");
}

#[test]
fn an_output_folder_that_cannot_be_created_is_a_clear_error() {
    let project = copy_project();
    let blocker = project.path().join("not-a-folder");
    std::fs::write(&blocker, "a file where the output folder should be").expect("write");
    let out = blocker.join("output");
    let o = build(project.path(), &out, &[], &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("not-a-folder/output"),
        "names the folder: {err}"
    );
    assert!(err.contains("Not a directory"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A tmpfs mounted for the life of the guard, if this machine allows it.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Self> {
        let dir = tempfile::tempdir().ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("note: cannot mount a tmpfs here (not root?); real disk-full test skipped");
            return None;
        }
        Some(Self { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, options: &str) -> bool {
        Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.dir.path())
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn a_real_full_disk_and_a_read_only_disk_leave_the_previous_build_intact() {
    // One edition (75 kB) fits; the eight editions of SELECTION (about 1 MB) do not.
    let Some(disk) = Tmpfs::mount("512k") else {
        return;
    };
    let project = copy_project();
    let out = disk.path().join("output");
    let one = [
        "--region",
        "sample-destination",
        "--sheet",
        "help-card",
        "--locale",
        "en",
        "--tier",
        "adult",
    ];
    let o = Command::new(env!("CARGO_BIN_EXE_infosheet"))
        .arg("--project")
        .arg(project.path())
        .arg("build")
        .args(one)
        .arg("--out")
        .arg(&out)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", stderr(&o));
    let before = snapshot(&out);
    // The card's HTML page, its PDF with the PDF's page-1 thumbnail, its print sheet, the
    // catalogue and the manifest.
    assert_eq!(before.len(), 6, "{:?}", before.keys().collect::<Vec<_>>());

    // Eight editions do not: the disk fills up while they are staged.
    let o = build(project.path(), &out, &["--force"], &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(err.contains("cannot write "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(snapshot(&out), before, "the previous edition is untouched");
    assert_eq!(temporaries(&out), Vec::<PathBuf>::new());
    assert_complete(&out);

    // A read-only disk: refused before anything is rendered, nothing changes.
    if disk.remount("ro") {
        let o = build(project.path(), &out, &["--force"], &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("Read-only file system"), "{err}");
        assert!(err.contains(".infosheet.lock"), "names the file: {err}");
        assert_eq!(snapshot(&out), before);
        disk.remount("rw");
    }
}

/// A small deterministic pseudo-random sequence (the seed is printed to reproduce a run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
fn a_build_killed_at_random_moments_never_leaves_a_partial_file() {
    let project = copy_project();
    let root = project.path();
    // Two complete builds that differ in every PDF (the date is printed in them): after any
    // kill, each output file must be byte for byte one of the two.
    let refs = tempfile::tempdir().expect("temp");
    let (ref_a, ref_b) = (refs.path().join("a"), refs.path().join("b"));
    let started = Instant::now();
    let o = build(root, &ref_a, &["--date", "2026-01-01"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let full = started.elapsed();
    let o = build(root, &ref_b, &["--date", "2026-06-01"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (a, b) = (snapshot(&ref_a), snapshot(&ref_b));
    assert!(
        a.iter()
            .filter(|(k, _)| k.extension().is_some_and(|e| e == "pdf"))
            .all(|(k, v)| b.get(k).is_some_and(|w| w.0 != v.0)),
        "the two dates give different PDFs"
    );

    let out = root.join("output");
    let o = build(root, &out, &["--date", "2026-01-01"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));

    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64);
    let mut rng = Lcg(seed);
    let window_ms = (full.as_millis() as u64 * 6 / 5).max(200);
    let mut log = Vec::new();
    let mut leftovers_seen = 0;
    let mut killed = Vec::new();
    const ITERATIONS: usize = 10;
    for i in 0..ITERATIONS {
        let date = if i % 2 == 0 {
            "2026-06-01"
        } else {
            "2026-01-01"
        };
        let delay = Duration::from_millis(rng.next() % window_ms);
        let mut child = command(root, &["--force", "--date", date], &out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        killed.push(child.id());
        std::thread::sleep(delay);
        let finished = child.try_wait().ok().flatten().is_some();
        let _ = child.kill();
        let _ = child.wait();
        log.push(format!(
            "#{i}: killed after {} ms{}",
            delay.as_millis(),
            if finished { " (already done)" } else { "" }
        ));
        // Every output file is whole: one of the two complete versions, never a mix or a cut.
        for (rel, (bytes, _)) in snapshot(&out) {
            let name = rel.to_string_lossy();
            let hidden = rel
                .file_name()
                .is_some_and(|n| infosheet::output::is_temporary_name(&n.to_string_lossy()));
            if hidden {
                continue;
            }
            if name.ends_with(".json") {
                serde_json::from_slice::<serde_json::Value>(&bytes)
                    .unwrap_or_else(|e| panic!("seed {seed}, {log:?}: {name}: {e}"));
                continue;
            }
            let known = a.get(&rel).is_some_and(|v| v.0 == bytes)
                || b.get(&rel).is_some_and(|v| v.0 == bytes);
            assert!(
                known,
                "seed {seed}, {log:?}: {name} ({} bytes) is not a complete output",
                bytes.len()
            );
        }
        // Only hidden temporary files of killed builds may be left (a build cleans those of
        // earlier ones once it holds the lock).
        let temps = temporaries(&out);
        leftovers_seen = leftovers_seen.max(temps.len());
        for t in &temps {
            let name = t.file_name().unwrap_or_default().to_string_lossy();
            assert!(
                t.parent()
                    .is_some_and(|d| d == out.join(infosheet::output::STAGING_DIR))
                    && infosheet::output::temporary_pid(&name)
                        .is_some_and(|pid| killed.contains(&pid)),
                "seed {seed}: {name} is not a killed build's temporary file"
            );
        }
    }
    // The next build cleans up and completes.
    let o = build(root, &out, &["--force", "--date", "2026-01-01"], &[]);
    assert!(o.status.success(), "seed {seed}: {}", stderr(&o));
    assert_eq!(temporaries(&out), Vec::<PathBuf>::new());
    let after: BTreeMap<_, _> = snapshot(&out)
        .into_iter()
        .filter(|(k, _)| k.extension().is_some_and(|e| e != "json"))
        .map(|(k, v)| (k, v.0))
        .collect();
    let expected: BTreeMap<_, _> = a
        .into_iter()
        .filter(|(k, _)| k.extension().is_some_and(|e| e != "json"))
        .map(|(k, v)| (k, v.0))
        .collect();
    assert_eq!(after, expected, "seed {seed}: the final build is complete");
    eprintln!(
        "kill test: seed {seed}, {ITERATIONS} kills in a {window_ms} ms window, at most {leftovers_seen} temporary files left at once, all removed by the next build; {}",
        log.join(", ")
    );
}

#[test]
fn a_second_build_into_the_same_folder_is_refused_naming_the_first() {
    let project = copy_project();
    let out = project.path().join("output");
    // This test process holds the lock, as a running build would.
    let lock = infosheet::lock::OutputLock::acquire(&out).expect("lock");
    let o = build(project.path(), &out, &[], &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "another infosheet build (process {}) is writing to {}",
            std::process::id(),
            out.display()
        )),
        "{err}"
    );
    assert!(err.contains("--out"), "says what to do: {err}");
    assert_eq!(snapshot(&out), BTreeMap::new(), "nothing written");
    drop(lock);
    let o = build(project.path(), &out, &[], &[]);
    assert!(o.status.success(), "free again: {}", stderr(&o));
}

#[test]
fn builds_started_together_never_corrupt_the_folder() {
    let project = copy_project();
    let root = project.path();
    let reference = tempfile::tempdir().expect("temp");
    let o = build(root, reference.path(), &[], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let expected: BTreeMap<_, _> = snapshot(reference.path())
        .into_iter()
        .filter(|(k, _)| k.extension().is_some_and(|e| e != "json"))
        .map(|(k, v)| (k, v.0))
        .collect();
    let out = root.join("output");
    let (mut refused, mut done) = (0, 0);
    for _ in 0..3 {
        let spawn = || {
            command(root, &["--force"], &out)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let (first, second) = (spawn(), spawn());
        let (p1, p2) = (first.id(), second.id());
        for o in [
            first.wait_with_output().expect("wait"),
            second.wait_with_output().expect("wait"),
        ] {
            let err = stderr(&o);
            if o.status.success() {
                done += 1;
            } else {
                assert_eq!(o.status.code(), Some(1), "{err}");
                let names_other = [p1, p2]
                    .iter()
                    .any(|p| err.contains(&format!("another infosheet build (process {p})")));
                assert!(names_other, "refused with the other's id: {err}");
                refused += 1;
            }
        }
        let now: BTreeMap<_, _> = snapshot(&out)
            .into_iter()
            .filter(|(k, _)| k.extension().is_some_and(|e| e != "json"))
            .map(|(k, v)| (k, v.0))
            .collect();
        assert_eq!(now, expected, "the folder holds one complete build");
        assert_eq!(temporaries(&out), Vec::<PathBuf>::new());
    }
    assert!(done >= 3, "at least one build of each pair completed");
    eprintln!("concurrent builds: {done} completed, {refused} refused by the lock");
}

#[test]
fn a_commit_that_fails_half_way_is_undone() {
    let project = copy_project();
    let out = project.path().join("output");
    let o = build(project.path(), &out, &[], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A folder where one of the last outputs goes: the renames before it have happened when
    // that one is refused.
    let blocked = out.join("sample-destination/th/child-9-12/help-card.html");
    std::fs::remove_file(&blocked).expect("remove");
    std::fs::create_dir_all(blocked.join("inside")).expect("mkdir");
    std::fs::write(blocked.join("inside/note.txt"), "in the way").expect("write");
    let before = snapshot(&out);
    changed_messages(project.path());
    let o = build(project.path(), &out, &["--force"], &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("a folder is in the way"), "{err}");
    assert!(err.contains("help-card.html"), "names the file: {err}");
    assert!(err.contains("0 file(s) written"), "{err}");
    assert_eq!(
        snapshot(&out),
        before,
        "every renamed file is back, the manifest too"
    );
    assert_eq!(temporaries(&out), Vec::<PathBuf>::new());
    assert!(!out.join(infosheet::output::STAGING_DIR).exists());
}

#[test]
fn an_output_folder_among_the_inputs_or_inside_another_build_is_refused() {
    let project = copy_project();
    let root = project.path();
    let inputs = snapshot(root);
    for (out, why) in [
        (
            root.join("templates/html"),
            "inside the project's templates/ folder",
        ),
        (
            root.join("content/new"),
            "inside the project's content/ folder",
        ),
        (root.join("locales"), "inside the project's locales/ folder"),
        (root.join("fonts/x/y"), "inside the project's fonts/ folder"),
        (root.to_path_buf(), "it holds the project itself"),
        (
            root.join("output/../templates"),
            "inside the project's templates/ folder",
        ),
    ] {
        let o = build(root, &out, &[], &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{}: {err}", out.display());
        assert!(err.contains(why), "{}: {err}", out.display());
        assert!(err.contains("--out DIR"), "says what to do: {err}");
        assert_eq!(snapshot(root), inputs, "{}: nothing written", out.display());
    }

    // Inside another build's output folder: refused, and that build stays whole and current.
    let other = tempfile::tempdir().expect("temp");
    let o = build(root, other.path(), &[], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let built = snapshot(other.path());
    let o = build(
        root,
        &other.path().join("sample-destination/nested"),
        &[],
        &[],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("inside the output folder of another build"),
        "{err}"
    );
    assert_eq!(snapshot(other.path()), built);
    let o = build(root, other.path(), &[], &[]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(!err.contains(", 0 up to date"), "still up to date: {err}");
}

#[test]
fn a_symlinked_lock_file_is_refused_and_its_target_untouched() {
    let project = copy_project();
    let out = project.path().join("output");
    std::fs::create_dir_all(&out).expect("mkdir");
    let victim = project.path().join("victim.txt");
    std::fs::write(&victim, "not infosheet's").expect("write");
    std::os::unix::fs::symlink(&victim, out.join(infosheet::lock::FILE_NAME)).expect("link");
    let o = build(project.path(), &out, &[], &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("lock file is a symbolic link"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&victim).expect("read"),
        "not infosheet's"
    );
    assert_eq!(snapshot(&out), BTreeMap::new(), "nothing written");
}
