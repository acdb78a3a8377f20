//! Writing outputs: atomically (temporary file, then rename), so no reader sees half a file.
//!
//! A build first *stages* each output as a temporary file in one hidden folder inside the
//! output folder ([`STAGING_DIR`], names `<pid>-<n>.tmp`), and *commits* the staged files
//! (renames them into place) only when every edition succeeded; otherwise it discards them and
//! the output folder is left exactly as the previous build left it. A commit is a
//! [`Transaction`]: each file it replaces is first kept (hard-linked) in the staging folder, so
//! a commit that fails half-way (a rename refused, the catalogue or the manifest not written)
//! is undone and the previous build is back, byte for byte. A build killed before or during a
//! commit leaves files only in the staging folder, which the next build removes (see
//! [`remove_stale_temporaries`], called while holding the output folder's lock). Nothing
//! outside the staging folder is ever deleted, and in it only names infosheet writes.
//!
//! Test seam: when the environment variable `INFOSHEET_FAIL_WRITE_AFTER=N` is set, the first
//! `N` files written by the process succeed and every later one fails halfway through, as on
//! a full disk. It exists for the fault-injection tests (tests/it/faults.rs) and is read only
//! here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diag::Diagnostic;
use crate::error::{Error, Result};

/// The fault-injection variable (see the module documentation).
pub const FAIL_WRITE_AFTER_VAR: &str = "INFOSHEET_FAIL_WRITE_AFTER";

/// The hidden folder inside the output folder where a build stages its files.
pub const STAGING_DIR: &str = ".infosheet-staging";

/// Prefix of the temporary file [`write_atomic`] puts beside a single file it replaces.
const SIDE_PREFIX: &str = ".infosheet-";

/// A new, unique temporary name of this process: `<pid>-<n>` (the caller adds the suffix).
fn unique_stem() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!(
        "{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// An output written to a temporary file, not yet in place. Dropping it removes the file.
#[derive(Debug)]
pub struct Staged {
    tmp: PathBuf,
    path: PathBuf,
    done: bool,
}

impl Staged {
    /// The final path this file is committed to.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// The staging folder of `out`, created if needed; refused if something other than a plain
/// folder (a symlink, a file) has its name.
fn staging_dir(out: &Path) -> Result<PathBuf> {
    let dir = out.join(STAGING_DIR);
    match std::fs::symlink_metadata(&dir) {
        Ok(m) if m.is_dir() => return Ok(dir),
        Ok(_) => {
            return Err(Diagnostic::error(format!(
                "{} is not a folder infosheet made",
                dir.display()
            ))
            .in_file(&dir)
            .with_hint("infosheet stages its files in this hidden folder; move whatever has its name out of the output folder")
            .into());
        }
        Err(_) => {}
    }
    std::fs::create_dir_all(out).map_err(|e| write_error(out, &e))?;
    match std::fs::create_dir(&dir) {
        Ok(()) => Ok(dir),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => staging_dir(out),
        Err(e) => Err(write_error(&dir, &e)),
    }
}

/// Writes `bytes` for `path` (inside `out`) to a temporary file in `out`'s staging folder,
/// without touching `path` or creating any folder outside the staging folder; [`commit_all`]
/// flushes it to disk and puts it in place.
pub fn stage(out: &Path, path: &Path, bytes: &[u8]) -> Result<Staged> {
    let staging = staging_dir(out)?;
    stage_at(staging.join(format!("{}.tmp", unique_stem())), path, bytes)
}

/// Writes `bytes` to the temporary file `tmp`, destined for `path`.
fn stage_at(tmp: PathBuf, path: &Path, bytes: &[u8]) -> Result<Staged> {
    let staged = Staged {
        tmp,
        path: path.to_path_buf(),
        done: false,
    };
    let fail = injected_fault();
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&staged.tmp)?;
        match fail {
            Some(e) => {
                file.write_all(&bytes[..bytes.len() / 2])?;
                Err(e)
            }
            None => file.write_all(bytes),
        }
    })();
    // On error `staged` is dropped here, which removes the partial temporary file.
    result.map_err(|e| write_error(path, &e))?;
    Ok(staged)
}

/// One undoable step of a commit.
#[derive(Debug)]
enum Undo {
    /// `path` did not exist: remove it.
    Remove(PathBuf),
    /// `path` held what `backup` holds now: put it back.
    Restore { backup: PathBuf, path: PathBuf },
    /// The commit made this (empty) folder: remove it.
    Folder(PathBuf),
}

/// Changes to an output folder that are undone unless [`Transaction::finish`] is called.
#[derive(Debug)]
pub struct Transaction {
    out: PathBuf,
    undo: Vec<Undo>,
    finished: bool,
}

impl Transaction {
    /// Starts a transaction on `out` (whose lock the caller holds).
    pub fn new(out: &Path) -> Self {
        Self {
            out: out.to_path_buf(),
            undo: Vec::new(),
            finished: false,
        }
    }

    /// Records how to undo a coming change of `path`: keeps a hard link to (or a copy of) the
    /// present file in the staging folder.
    pub fn protect(&mut self, path: &Path) -> Result<()> {
        match std::fs::symlink_metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.undo.push(Undo::Remove(path.to_path_buf()));
                Ok(())
            }
            Err(e) => Err(write_error(path, &e)),
            Ok(m) if m.is_dir() => Err(write_error(
                path,
                &std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "a folder is in the way of this output file",
                ),
            )),
            Ok(_) => {
                let backup = staging_dir(&self.out)?.join(format!("{}.bak.tmp", unique_stem()));
                std::fs::hard_link(path, &backup)
                    .or_else(|_| std::fs::copy(path, &backup).map(|_| ()))
                    .map_err(|e| write_error(path, &e))?;
                self.undo.push(Undo::Restore {
                    backup,
                    path: path.to_path_buf(),
                });
                Ok(())
            }
        }
    }

    /// Removes `path` (if it exists), undoably.
    pub fn remove(&mut self, path: &Path) -> Result<()> {
        self.protect(path)?;
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(write_error(path, &e)),
            _ => Ok(()),
        }
    }

    /// Creates the folders above `path` that are missing, up to the output folder, undoably.
    fn make_parents(&mut self, path: &Path) -> Result<()> {
        let Some(parent) = path.parent() else {
            return Ok(());
        };
        let mut missing = Vec::new();
        for dir in parent.ancestors() {
            if dir.as_os_str().is_empty() || dir.is_dir() || dir == self.out {
                break;
            }
            missing.push(dir.to_path_buf());
        }
        for dir in missing.into_iter().rev() {
            std::fs::create_dir(&dir).map_err(|e| write_error(&dir, &e))?;
            self.undo.push(Undo::Folder(dir));
        }
        Ok(())
    }

    /// Refuses to write `path` if the part of its folder that exists resolves (through a
    /// symbolic link in the output folder) outside the output folder, before any folder is
    /// made: nothing is written anywhere else.
    fn check_inside(&self, path: &Path) -> Result<()> {
        let folder = path
            .parent()
            .into_iter()
            .flat_map(Path::ancestors)
            .find_map(|p| p.canonicalize().ok());
        let out = self.out.canonicalize().ok();
        match (folder, out) {
            (Some(folder), Some(out)) if folder.starts_with(&out) => Ok(()),
            _ => Err(Diagnostic::error(format!(
                "refusing to write {}: its folder leads outside the output folder",
                path.display()
            ))
            .in_file(path)
            .with_hint("a folder inside the output folder is a symbolic link to somewhere else; remove the link and build again")
            .into()),
        }
    }

    /// Puts one staged file in place, undoably.
    fn put(&mut self, mut staged: Staged) -> Result<()> {
        self.check_inside(&staged.path)?;
        self.make_parents(&staged.path)?;
        self.protect(&staged.path)?;
        std::fs::rename(&staged.tmp, &staged.path).map_err(|e| write_error(&staged.path, &e))?;
        staged.done = true;
        Ok(())
    }

    /// Keeps every change: removes the kept copies and the staging folder.
    pub fn finish(mut self) {
        self.finished = true;
        for step in self.undo.drain(..) {
            if let Undo::Restore { backup, .. } = step {
                let _ = std::fs::remove_file(backup);
            }
        }
        discard_staging(&self.out);
    }
}

impl Drop for Transaction {
    /// Undoes every change, newest first.
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        for step in self.undo.drain(..).rev() {
            let _ = match step {
                Undo::Remove(path) => std::fs::remove_file(path),
                // A kept hard link of a file that was never replaced is the same file, and
                // renaming onto it does nothing: the link is then removed.
                Undo::Restore { backup, path } => {
                    std::fs::rename(&backup, path).and_then(|()| std::fs::remove_file(backup))
                }
                Undo::Folder(dir) => std::fs::remove_dir(dir),
            };
        }
        discard_staging(&self.out);
    }
}

/// Removes the staging folder of `out` if nothing is left in it.
pub fn discard_staging(out: &Path) {
    let _ = std::fs::remove_dir(out.join(STAGING_DIR));
}

/// Flushes staged files to disk, then puts them in place in order, within `tx`. If anything
/// fails, the caller drops `tx` and every file is as it was.
pub fn commit_all(tx: &mut Transaction, staged: Vec<Staged>) -> Result<()> {
    flush_to_disk(&staged)?;
    for s in staged {
        tx.put(s)?;
    }
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file and a rename. In an output folder (one
/// holding the lock file) the temporary file is in its staging folder; elsewhere it sits beside
/// `path`, named `.infosheet-<pid>-<n>.<name>.tmp`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| write_error(dir, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = if dir.join(crate::lock::FILE_NAME).is_file() {
        staging_dir(dir)?.join(format!("{}.tmp", unique_stem()))
    } else {
        dir.join(format!("{SIDE_PREFIX}{}.{name}.tmp", unique_stem()))
    };
    let mut staged = stage_at(tmp, path, bytes)?;
    flush_to_disk(std::slice::from_ref(&staged))?;
    std::fs::rename(&staged.tmp, &staged.path).map_err(|e| write_error(&staged.path, &e))?;
    staged.done = true;
    Ok(())
}

/// Makes the staged files' contents durable before any rename, so that a power cut never leaves
/// a renamed but empty file. On Linux one `syncfs` per file system replaces a `fsync` per file,
/// which cost about a millisecond each.
#[cfg(target_os = "linux")]
fn flush_to_disk(staged: &[Staged]) -> Result<()> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::MetadataExt;
    let mut devices = Vec::new();
    for s in staged {
        let device = std::fs::metadata(&s.tmp)
            .map_err(|e| write_error(&s.path, &e))?
            .dev();
        if devices.contains(&device) {
            continue;
        }
        devices.push(device);
        let file = std::fs::File::open(&s.tmp).map_err(|e| write_error(&s.path, &e))?;
        // SAFETY: `file` is open for the duration of the call, so its descriptor is valid.
        if unsafe { libc::syncfs(file.as_raw_fd()) } != 0 {
            return Err(write_error(&s.path, &std::io::Error::last_os_error()));
        }
    }
    Ok(())
}

/// Makes the staged files' contents durable before any rename.
#[cfg(not(target_os = "linux"))]
fn flush_to_disk(staged: &[Staged]) -> Result<()> {
    for s in staged {
        std::fs::File::open(&s.tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| write_error(&s.path, &e))?;
    }
    Ok(())
}

/// The id of the process that made the temporary file `name`, if infosheet made it: a staged
/// file `<pid>-<n>.tmp` or kept copy `<pid>-<n>.bak.tmp` (in the staging folder), or a file
/// beside its target, `.infosheet-<pid>-<n>.<name>.tmp`.
pub fn temporary_pid(name: &str) -> Option<u32> {
    let stem = match name.strip_prefix(SIDE_PREFIX) {
        Some(rest) => rest.strip_suffix(".tmp")?.split_once('.')?.0,
        None => name
            .strip_suffix(".bak.tmp")
            .or_else(|| name.strip_suffix(".tmp"))?,
    };
    let (pid, n) = stem.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(pid) && digits(n)).then(|| pid.parse().ok())?
}

/// Whether `name` is one of the temporary files infosheet creates (see [`temporary_pid`]).
pub fn is_temporary_name(name: &str) -> bool {
    temporary_pid(name).is_some()
}

/// Removes the temporary files a killed build left in `out`'s staging folder; returns how
/// many. Only names infosheet writes are removed, and only there (never a file of another
/// program, never outside the staging folder); the folder goes when it is empty.
///
/// Call only while holding the output folder's lock: then no other build is writing there,
/// and every temporary file is a leftover.
pub fn remove_stale_temporaries(out: &Path) -> usize {
    let dir = out.join(STAGING_DIR);
    if !std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
        return 0;
    }
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let removed = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            !name.starts_with(SIDE_PREFIX) && is_temporary_name(&name)
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count();
    discard_staging(out);
    removed
}

/// The folders of a project that hold its inputs; an output folder may not be in any of them.
const INPUT_FOLDERS: [&str; 4] = ["content", "locales", "templates", "fonts"];

/// Refuses an output folder that would overwrite the project's inputs (the project folder
/// itself, a folder above it, or one inside content/, locales/, templates/ or fonts/), or that
/// lies inside another build's output folder (whose next build would count it as its own).
/// Symbolic links are followed, so a link cannot smuggle the output into an input folder.
pub fn check_out_folder(project: &Path, out: &Path) -> Result<()> {
    let Ok(root) = project.canonicalize() else {
        return Ok(()); // Loading the project reports a missing project folder.
    };
    let target = resolve(out);
    let refuse = |why: String, hint: &str| -> Result<()> {
        Err(
            Diagnostic::error(format!("refusing to build into {}: {why}", out.display()))
                .in_file(out)
                .with_hint(hint.to_string())
                .into(),
        )
    };
    let hint = "choose an output folder outside the project's inputs with --out DIR (the default is output/ in the project)";
    if root.starts_with(&target) {
        return refuse(
            format!("it holds the project itself ({})", root.display()),
            hint,
        );
    }
    for name in INPUT_FOLDERS {
        let input = resolve(&root.join(name));
        if target.starts_with(&input) {
            return refuse(
                format!(
                    "it is inside the project's {name}/ folder ({})",
                    input.display()
                ),
                hint,
            );
        }
    }
    for above in target.ancestors().skip(1) {
        let marks = [crate::manifest::FILE_NAME, crate::lock::FILE_NAME];
        if marks
            .iter()
            .any(|m| std::fs::symlink_metadata(above.join(m)).is_ok())
        {
            return refuse(
                format!(
                    "it is inside the output folder of another build ({})",
                    above.display()
                ),
                "build into a folder of its own, outside every other build's output folder",
            );
        }
    }
    Ok(())
}

/// `path` made absolute with every symbolic link of its existing part resolved, and `.` and
/// `..` of the part that does not exist yet applied.
fn resolve(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    for existing in absolute.ancestors() {
        let Ok(mut resolved) = existing.canonicalize() else {
            continue;
        };
        let rest = absolute.strip_prefix(existing).unwrap_or(Path::new(""));
        for part in rest.components() {
            match part {
                std::path::Component::ParentDir => {
                    resolved.pop();
                }
                std::path::Component::Normal(p) => resolved.push(p),
                _ => {}
            }
        }
        return resolved;
    }
    absolute
}

/// A write error naming the file, saying that it was not replaced.
fn write_error(path: &Path, e: &std::io::Error) -> Error {
    Diagnostic::error(format!("cannot write {}: {e}", path.display()))
        .in_file(path)
        .with_hint(
            "the file was left as it was, nothing half-written; free some space or fix the folder's permissions, then try again",
        )
        .into()
}

/// The error the fault-injection seam makes this write fail with, if any.
fn injected_fault() -> Option<std::io::Error> {
    static LIMIT: OnceLock<Option<usize>> = OnceLock::new();
    static WRITES: AtomicUsize = AtomicUsize::new(0);
    let limit = (*LIMIT.get_or_init(|| {
        std::env::var(FAIL_WRITE_AFTER_VAR)
            .ok()
            .and_then(|v| v.trim().parse().ok())
    }))?;
    (WRITES.fetch_add(1, Ordering::SeqCst) >= limit).then(|| {
        std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            format!("no space left on device (simulated by {FAIL_WRITE_AFTER_VAR})"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("infosheet-out-{}", std::process::id()));
        let path = dir.join("a/b.html");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(names(&dir.join("a")), ["b.html"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_dropped_staged_file_never_reaches_its_path_nor_makes_its_folder() {
        let dir = std::env::temp_dir().join(format!("infosheet-stage-{}", std::process::id()));
        let path = dir.join("c.pdf");
        write_atomic(&path, b"old").unwrap();
        let staged = stage(&dir, &path, b"new").unwrap();
        let deep = stage(&dir, &dir.join("x/y/d.pdf"), b"new").unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"old",
            "staging does not replace"
        );
        assert!(!dir.join("x").exists(), "staging makes no folder");
        drop((staged, deep));
        discard_staging(&dir);
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(names(&dir), ["c.pdf"], "the temporary file is gone");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_transaction_not_finished_puts_everything_back() {
        let dir = std::env::temp_dir().join(format!("infosheet-tx-{}", std::process::id()));
        write_atomic(&dir.join("a.html"), b"old a").unwrap();
        write_atomic(&dir.join("m.json"), b"old m").unwrap();
        let staged = vec![
            stage(&dir, &dir.join("a.html"), b"new a").unwrap(),
            stage(&dir, &dir.join("r/en/b.pdf"), b"new b").unwrap(),
        ];
        let mut tx = Transaction::new(&dir);
        tx.remove(&dir.join("m.json")).unwrap();
        commit_all(&mut tx, staged).unwrap();
        assert_eq!(std::fs::read(dir.join("r/en/b.pdf")).unwrap(), b"new b");
        assert!(!dir.join("m.json").exists());
        drop(tx);
        assert_eq!(names(&dir), ["a.html", "m.json"]);
        assert_eq!(std::fs::read(dir.join("a.html")).unwrap(), b"old a");
        assert_eq!(std::fs::read(dir.join("m.json")).unwrap(), b"old m");

        let mut tx = Transaction::new(&dir);
        let staged = vec![stage(&dir, &dir.join("a.html"), b"new a").unwrap()];
        commit_all(&mut tx, staged).unwrap();
        tx.finish();
        assert_eq!(names(&dir), ["a.html", "m.json"]);
        assert_eq!(std::fs::read(dir.join("a.html")).unwrap(), b"new a");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn cleanup_removes_only_infosheets_own_temporaries() {
        let dir = std::env::temp_dir().join(format!("infosheet-clean-{}", std::process::id()));
        let staging = dir.join(STAGING_DIR);
        std::fs::create_dir_all(&staging).unwrap();
        std::fs::write(staging.join("99999-3.tmp"), b"half").unwrap();
        std::fs::write(staging.join("99999-4.bak.tmp"), b"old").unwrap();
        std::fs::write(dir.join(".notes.txt.12345.tmp"), b"another program's").unwrap();
        assert_eq!(remove_stale_temporaries(&dir), 2);
        assert!(!staging.exists());
        assert_eq!(names(&dir), [".notes.txt.12345.tmp"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn temporary_names_are_recognised() {
        assert_eq!(temporary_pid("1234-0.tmp"), Some(1234));
        assert_eq!(temporary_pid("1234-7.bak.tmp"), Some(1234));
        assert_eq!(temporary_pid(".infosheet-77-2.index.html.tmp"), Some(77));
        assert!(!is_temporary_name(".rights-and-help.pdf.1234.tmp"));
        assert!(!is_temporary_name("rights-and-help.pdf"));
        assert!(!is_temporary_name(".infosheet.lock"));
        assert!(!is_temporary_name(".x.tmp"));
        assert!(!is_temporary_name("12-a.tmp"));
    }
}
