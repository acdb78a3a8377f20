//! Writing outputs: atomically (temporary file, then rename), so no reader sees half a file.
//!
//! A build first *stages* each output as a hidden temporary file next to its final path
//! (`.<name>.<pid>.tmp`), and *commits* the staged files (renames them into place) only when
//! every edition succeeded; otherwise it discards them and the output folder is left exactly
//! as the previous build left it. A build killed before committing leaves only hidden
//! temporary files, which the next build removes (see [`remove_stale_temporaries`], called
//! while holding the output folder's lock).
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

    /// Renames the temporary file into place.
    pub fn commit(mut self) -> Result<()> {
        self.done = true;
        std::fs::rename(&self.tmp, &self.path).map_err(|e| {
            let _ = std::fs::remove_file(&self.tmp);
            write_error(&self.path, &e)
        })
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes `bytes` to a temporary file beside `path`, without touching `path` itself;
/// [`commit_all`] flushes it to disk and puts it in place.
pub fn stage(path: &Path, bytes: &[u8]) -> Result<Staged> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| write_error(dir, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let staged = Staged {
        tmp: dir.join(format!(".{name}.{}.tmp", std::process::id())),
        path: path.to_path_buf(),
        done: false,
    };
    let fail = injected_fault();
    let result = (|| {
        let mut file = std::fs::File::create(&staged.tmp)?;
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

/// Flushes staged files to disk, then commits them in order. If the flush fails, none is put in
/// place; if one cannot be renamed, the rest are discarded.
pub fn commit_all(staged: Vec<Staged>) -> Result<()> {
    flush_to_disk(&staged)?;
    for s in staged {
        s.commit()?;
    }
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    commit_all(vec![stage(path, bytes)?])
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

/// Whether `name` is one of the temporary files [`stage`] creates: `.<name>.<pid>.tmp`.
pub fn is_temporary_name(name: &str) -> bool {
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    inner.rsplit_once('.').is_some_and(|(base, pid)| {
        !base.is_empty() && !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Removes the temporary files a killed build left under `out`; returns how many.
///
/// Call only while holding the output folder's lock: then no other build is writing there,
/// and every temporary file is a leftover.
pub fn remove_stale_temporaries(out: &Path) -> usize {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .filter(|e| is_temporary_name(&e.file_name().to_string_lossy()))
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
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

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("infosheet-out-{}", std::process::id()));
        let path = dir.join("a/b.html");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.join("a"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["b.html"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_dropped_staged_file_never_reaches_its_path() {
        let dir = std::env::temp_dir().join(format!("infosheet-stage-{}", std::process::id()));
        let path = dir.join("c.pdf");
        write_atomic(&path, b"old").unwrap();
        let staged = stage(&path, b"new").unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"old",
            "staging does not replace"
        );
        drop(staged);
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["c.pdf"], "the temporary file is gone");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn temporary_names_are_recognised() {
        assert!(is_temporary_name(".rights-and-help.pdf.1234.tmp"));
        assert!(is_temporary_name(".index.html.7.tmp"));
        assert!(!is_temporary_name("rights-and-help.pdf"));
        assert!(!is_temporary_name(".infosheet.lock"));
        assert!(!is_temporary_name(".x.tmp"));
        assert!(!is_temporary_name(".x.12a.tmp"));
    }
}
