//! The bad-input corpus: every folder of tests/fixtures/bad/ is one broken project, run
//! through the real binary.
//!
//! A case folder holds `case.toml` and, under `files/`, the files that replace or are added to
//! a fresh copy of the default project (`files/content/rights.toml` replaces
//! `content/rights.toml`). `case.toml`:
//!
//! ```toml
//! about = "what is broken"
//! args = ["build", "--locale", "en", ...]   # after `--project DIR`
//! exit = 1                                  # 1: a problem in the project, 2: a bad command line
//! expect = ["content/rights.toml:9:28", "invalid basic string"]   # all must be in stderr
//! prebuilt = true        # optional: output/ first holds a good build of one edition
//! remove = ["fonts/x.ttf"]                  # optional: files removed from the copy
//! max_seconds = 10       # optional (default 60): the run must end by then
//! max_rss_mib = 80       # optional: peak memory of the run (the child's own high-water
//!                        # mark, read every 5 ms while it runs)
//! fifo = ["output/.infosheet-manifest.json"]   # optional: named pipes made in the copy
//! [[replace]]            # optional: an edit of a file of the copy (`from` must occur in it)
//! path = "content/regions/sample-destination.toml"
//! from = 'organisation = "Sample'
//! to = 'organisation = "\u202ESample'     # TOML escapes write the invisible characters
//! [env]                  # optional: environment of the run (and of its `check`)
//! INFOSHEET_MAX_SECONDS = "5"
//! [symlink]              # optional: symbolic links made in the copy (link = target)
//! "content/pictograms/shield.svg" = "/etc/passwd"
//! [generate]             # optional: a big file made by the test (never committed)
//! path = "content/rights.toml"
//! bytes = 52428800
//! ```
//!
//! Every case must: exit with `exit` (never 101, never killed by a signal), print no panic,
//! print every `expect` string (one of which is a location, `file:line:col` or `= in file`),
//! stay within its time and memory bounds, and leave every file under output/ exactly as it
//! was (same bytes, same modification time), whether output/ was empty or held a previous
//! build. The output folder's lock file is bookkeeping, not output, and is not compared.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime};

use serde::Deserialize;

use crate::support::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    about: String,
    args: Vec<String>,
    exit: i32,
    expect: Vec<String>,
    #[serde(default)]
    prebuilt: bool,
    #[serde(default)]
    remove: Vec<String>,
    max_seconds: Option<u64>,
    max_rss_mib: Option<u64>,
    #[serde(default)]
    symlink: BTreeMap<String, String>,
    generate: Option<Generate>,
    #[serde(default)]
    fifo: Vec<String>,
    #[serde(default)]
    replace: Vec<Replace>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    /// Why `check` cannot see this problem (it concerns the output folder or the command
    /// line, not the project); without it, `check` must refuse the project as `build` does.
    build_only: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Replace {
    path: String,
    from: String,
    to: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Generate {
    path: String,
    bytes: u64,
}

/// How a run of the binary ended.
pub struct Outcome {
    /// Exit code, if the process exited (rather than being killed by a signal).
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub stderr: String,
    pub elapsed: Duration,
    /// Peak resident memory, in KiB.
    pub max_rss_kib: u64,
    pub timed_out: bool,
}

/// Runs the binary in `project` with `args`, killing it after `limit`, and measures its peak
/// memory (wait4's resource usage of exactly this child).
/// `env` is added to the environment.
pub fn run_bounded(
    project: &Path,
    args: &[String],
    limit: Duration,
    env: &BTreeMap<String, String>,
) -> Outcome {
    let logs = tempfile::tempdir().expect("temp dir");
    let err_path = logs.path().join("stderr");
    let child = Command::new(env!("CARGO_BIN_EXE_infosheet"))
        .arg("--project")
        .arg(project)
        .args(args)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("CI", "1")
        .envs(env)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("the infosheet binary starts");
    let pid = child.id() as libc::pid_t;
    let started = Instant::now();
    let mut timed_out = false;
    let mut polled_kib = 0;
    let (status, usage) = loop {
        polled_kib = polled_kib.max(peak_rss_kib(pid));
        let mut status = 0;
        // SAFETY: plain system calls on our own child's pid with valid out-pointers.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let flags = if timed_out { 0 } else { libc::WNOHANG };
        let r = unsafe { libc::wait4(pid, &mut status, flags, &mut usage) };
        if r == pid {
            break (status, usage);
        }
        assert!(r == 0, "wait4 failed: {}", std::io::Error::last_os_error());
        if started.elapsed() > limit {
            timed_out = true;
            unsafe { libc::kill(pid, libc::SIGKILL) };
        } else {
            std::thread::sleep(Duration::from_millis(5));
        }
    };
    // The child was reaped above; `Child` must not wait for it again.
    drop(child);
    let exited = libc::WIFEXITED(status);
    Outcome {
        code: exited.then(|| libc::WEXITSTATUS(status)),
        signal: libc::WIFSIGNALED(status).then(|| libc::WTERMSIG(status)),
        stderr: String::from_utf8_lossy(&std::fs::read(&err_path).unwrap_or_default()).into_owned(),
        elapsed: started.elapsed(),
        // wait4's figure counts, on Linux, the peak of the memory the child was spawned from
        // (the test process, which other tests make large); the child's own high-water mark,
        // read every 5 ms while it runs, does not.
        max_rss_kib: if polled_kib > 0 {
            polled_kib
        } else {
            usage.ru_maxrss.max(0) as u64
        },
        timed_out,
    }
}

/// The high-water mark of process `pid`'s resident memory (VmHWM), 0 once it has exited.
fn peak_rss_kib(pid: libc::pid_t) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}

/// Every file under `dir` (relative path → bytes and modification time), without the lock file.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, Option<SystemTime>)> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return out;
    }
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.expect("walk output");
        // A folder reached through a symbolic link (a case may make output/ one) is a folder.
        let folder = entry.file_type().is_dir() || entry.path().is_dir();
        if folder || entry.file_name() == infosheet::lock::FILE_NAME {
            continue;
        }
        // A pipe a case made is compared by name only: reading it would block.
        let plain = entry.file_type().is_file() || entry.path().is_file();
        let rel = entry
            .path()
            .strip_prefix(dir)
            .expect("prefix")
            .to_path_buf();
        let modified = entry.metadata().ok().and_then(|m| m.modified().ok());
        let bytes = if plain {
            std::fs::read(entry.path()).expect("read output")
        } else {
            b"(not a plain file)".to_vec()
        };
        out.insert(rel, (bytes, modified));
    }
    out
}

/// A good build of one edition of the default project, made once and copied into cases.
fn prebuilt_output() -> &'static Path {
    static BUILT: OnceLock<tempfile::TempDir> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let out = tempfile::tempdir().expect("temp dir");
            let mut args: Vec<&str> = one_edition("en", "adult", &[]);
            let dir = out.path().to_string_lossy().into_owned();
            args.extend(["--out", &dir]);
            let o = run(&repo(), &args);
            assert!(o.status.success(), "prebuilt edition: {}", stderr(&o));
            out
        })
        .path()
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Writes `bytes` bytes of comment lines to `path` (valid text, just far too much of it).
fn generate(path: &Path, bytes: u64) {
    let line = b"# filler to make this file far larger than any content file\n";
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    let mut left = bytes as usize;
    while left > 0 {
        let n = left.min(line.len());
        file.write_all(&line[..n]).expect("write");
        left -= n;
    }
    file.flush().expect("flush");
}

/// Whether `s` names a location: `path:line:col`, or `= in path` for problems without a line.
fn is_location(s: &str) -> bool {
    if s.starts_with("= in ") {
        return true;
    }
    let mut parts = s.rsplitn(3, ':');
    let (Some(col), Some(line), Some(file)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let number = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    number(col) && number(line) && file.contains('.')
}

/// Sets up, runs and checks one case; returns what went wrong (empty when it passed).
fn check_case(name: &str, dir: &Path) -> (Vec<String>, Outcome) {
    let text = std::fs::read_to_string(dir.join("case.toml")).expect("case.toml");
    let case: Case = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}/case.toml: {e}"));
    let mut problems = Vec::new();
    if case.expect.is_empty() {
        problems.push("case.toml expects no message".to_string());
    }
    if case.exit == 1 && !case.expect.iter().any(|e| is_location(e)) {
        problems.push("no expected string is a location (file:line:col or `= in file`)".into());
    }

    let project = copy_project();
    let root = project.path();
    for rel in &case.remove {
        let p = root.join(rel);
        if p.is_dir() {
            std::fs::remove_dir_all(&p).expect("remove dir");
        } else {
            std::fs::remove_file(&p).unwrap_or_else(|e| panic!("{name}: remove {rel}: {e}"));
        }
    }
    let files = dir.join("files");
    if files.is_dir() {
        copy_dir(&files, root);
    }
    for (link, target) in &case.symlink {
        std::os::unix::fs::symlink(target, root.join(link))
            .unwrap_or_else(|e| panic!("{name}: symlink {link}: {e}"));
    }
    if let Some(g) = &case.generate {
        generate(&root.join(&g.path), g.bytes);
    }
    for r in &case.replace {
        let path = root.join(&r.path);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {}: {e}", r.path));
        assert!(
            text.contains(&r.from),
            "{name}: {} no longer contains {:?}",
            r.path,
            r.from
        );
        std::fs::write(&path, text.replacen(&r.from, &r.to, 1)).expect("write");
    }
    for rel in &case.fifo {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
        // SAFETY: a plain system call with a valid NUL-terminated path.
        assert_eq!(
            unsafe { libc::mkfifo(c.as_ptr(), 0o644) },
            0,
            "{name}: mkfifo {rel}"
        );
    }
    let out = root.join("output");
    if case.prebuilt {
        copy_dir(prebuilt_output(), &out);
    }
    let before = snapshot(&out);

    let limit = Duration::from_secs(case.max_seconds.unwrap_or(60));
    let o = run_bounded(root, &case.args, limit, &case.env);
    let err = &o.stderr;

    if o.timed_out {
        problems.push(format!("did not finish within {limit:?}"));
    } else if o.elapsed > limit {
        problems.push(format!("took {:?}, more than {limit:?}", o.elapsed));
    }
    match (o.code, o.signal) {
        (Some(101), _) => problems.push("exit code 101 (a panic)".into()),
        (Some(code), _) if code != case.exit => {
            problems.push(format!("exit code {code}, expected {}", case.exit))
        }
        (None, signal) => problems.push(format!("killed by signal {signal:?} (a crash)")),
        _ => {}
    }
    if let Some(c) = err
        .chars()
        .find(|&c| c != '\n' && infosheet::hidden::hidden_kind(c).is_some())
    {
        problems.push(format!(
            "stderr carries U+{:04X} raw, which a terminal obeys",
            c as u32
        ));
    }
    if err.contains("panicked") || err.contains("RUST_BACKTRACE") {
        problems.push("stderr reports a panic".into());
    }
    for e in &case.expect {
        if !err.contains(e.as_str()) {
            problems.push(format!("stderr lacks {e:?}"));
        }
    }
    if let Some(max) = case.max_rss_mib
        && o.max_rss_kib > max * 1024
    {
        problems.push(format!(
            "peak memory {} MiB, more than {max} MiB",
            o.max_rss_kib / 1024
        ));
    }
    let after = snapshot(&out);
    if after != before {
        let changed: std::collections::BTreeSet<_> = after
            .keys()
            .chain(before.keys())
            .filter(|k| after.get(*k) != before.get(*k))
            .collect();
        problems.push(format!("output files created or changed: {changed:?}"));
    }
    if case.exit == 1
        && case.args.first().is_some_and(|a| a == "build")
        && case.build_only.is_none()
    {
        problems.extend(check_agrees(root, &case));
    }
    if !problems.is_empty() {
        problems.insert(0, format!("({})", case.about));
    }
    (problems, o)
}

/// What `build` refused, `check` reports: it exits 1 and names every expected location (in its
/// report, or, for a limit that ends the run, on stderr).
fn check_agrees(root: &Path, case: &Case) -> Vec<String> {
    let o = Command::new(env!("CARGO_BIN_EXE_infosheet"))
        .arg("--project")
        .arg(root)
        .arg("check")
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .envs(&case.env)
        .output()
        .expect("the infosheet binary runs");
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let mut problems = Vec::new();
    if o.status.code() != Some(1) {
        problems.push(format!(
            "check exits {:?} where build refused the project",
            o.status.code()
        ));
    }
    for e in case.expect.iter().filter(|e| is_location(e)) {
        let shown = e.strip_prefix("= in ").unwrap_or(e);
        if !out.contains(shown) {
            problems.push(format!("check does not report {e:?}"));
        }
    }
    problems
}

#[test]
fn every_bad_input_fails_loudly_precisely_and_writes_nothing() {
    let corpus = fixture("bad");
    let mut names: Vec<String> = std::fs::read_dir(&corpus)
        .expect("tests/fixtures/bad")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 30, "the corpus has {} cases", names.len());
    // Set to a comma-separated list of case names to run only those (to iterate on one case);
    // CI leaves it unset.
    if let Ok(only) = std::env::var("INFOSHEET_BAD_CASES")
        && !only.is_empty()
    {
        names.retain(|n| only.split(',').any(|o| o == n));
    }
    let started = Instant::now();
    let mut failures = Vec::new();
    let (mut panics, mut signals, mut peak_kib) = (0, 0, 0);
    for name in &names {
        let (problems, o) = check_case(name, &corpus.join(name));
        panics += usize::from(o.code == Some(101) || o.stderr.contains("panicked"));
        signals += usize::from(o.signal.is_some());
        peak_kib = peak_kib.max(o.max_rss_kib);
        if !problems.is_empty() {
            failures.push(format!(
                "{name}: {}\n--- stderr (first 3000 bytes) ---\n{}",
                problems.join("; "),
                o.stderr.chars().take(3000).collect::<String>()
            ));
        }
    }
    eprintln!(
        "bad-input corpus: {} cases in {:.1} s, {panics} panics, {signals} crashes, peak memory {} MiB",
        names.len(),
        started.elapsed().as_secs_f64(),
        peak_kib / 1024
    );
    assert_no_failures(&failures, names.len());
}

#[test]
fn location_strings_are_recognised() {
    assert!(is_location("content/rights.toml:9:28"));
    assert!(is_location("= in content/rights.toml"));
    assert!(!is_location("invalid basic string"));
    assert!(!is_location(
        "unknown tier `elder`; the project has: a:1:2 b"
    ));
}
