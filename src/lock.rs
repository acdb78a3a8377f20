//! One build at a time per output folder: an exclusive lock on a file in the folder.
//!
//! The lock file (`.infosheet.lock`) is never removed: removing it would let a third build
//! lock a new file while the second still waits on the old one. The operating system drops
//! the lock when the process ends, however it ends (a killed build never leaves the folder
//! locked). The file holds the id of the process that last locked it, for the message a second
//! build prints.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::diag::{Code, Diagnostic};
use crate::error::{Error, Result};

/// Name of the lock file inside the output folder.
pub const FILE_NAME: &str = ".infosheet.lock";

/// The output folder's lock, held until dropped.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
    path: PathBuf,
}

impl OutputLock {
    /// Locks `out` (creating it), or fails at once, naming the process that holds the lock.
    /// Once locked, removes temporary files that an interrupted build left behind.
    pub fn acquire(out: &Path) -> Result<Self> {
        std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
        let path = out.join(FILE_NAME);
        let mut file = open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let who = match holder(&mut file) {
                    Some(pid) => format!("process {pid}"),
                    None => "another process".to_string(),
                };
                return Err(Diagnostic::error(format!(
                    "another infosheet build ({who}) is writing to {}",
                    out.display()
                ))
                .in_file(&path)
                .with_code(Code::OutputLocked)
                .with_hint("wait for it to finish, or build into another folder with --out DIR")
                .into());
            }
            Err(TryLockError::Error(e)) => return Err(Error::io(&path, e)),
        }
        // Written over the old record, then cut to length: the file is never empty.
        let record = format!("pid = {}\n", std::process::id());
        file.rewind()
            .and_then(|()| file.write_all(record.as_bytes()))
            .and_then(|()| file.set_len(record.len() as u64))
            .map_err(|e| Error::io(&path, e))?;
        crate::output::remove_stale_temporaries(out);
        Ok(Self { _file: file, path })
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Opens (creating) the lock file, never through a symbolic link: written through one, the
/// process id would overwrite the file it points to, which may be anything.
fn open_lock_file(path: &Path) -> Result<File> {
    let not_plain = |what: &str| -> Error {
        Diagnostic::error(format!(
            "the output folder's lock file is {what}, not a plain file infosheet made"
        ))
        .in_file(path)
        .with_code(Code::OutputLocked)
        .with_hint("infosheet writes its process id into this file; remove what is there (it is not infosheet's) and build again")
        .into()
    };
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if meta.file_type().is_symlink() {
            return Err(not_plain("a symbolic link"));
        }
        if !meta.is_file() {
            return Err(not_plain("not a regular file"));
        }
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Also refuses a link made between the check above and this open.
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return not_plain("a symbolic link");
        }
        Error::io(path, e)
    })?;
    match file.metadata() {
        Ok(m) if m.is_file() => Ok(file),
        Ok(_) => Err(not_plain("not a regular file")),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// The id of the process holding the lock, as it recorded it. The holder writes its id just
/// after locking, so a record that is missing or names a process that is gone is read again
/// for a short while.
fn holder(file: &mut File) -> Option<String> {
    let mut found = None;
    for _ in 0..25 {
        let mut text = String::new();
        let read = file.rewind().and_then(|()| file.read_to_string(&mut text));
        found = read.ok().and_then(|_| {
            text.lines()
                .find_map(|l| l.strip_prefix("pid = "))
                .map(str::trim)
                .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                .map(str::to_string)
        });
        let alive = |pid: &str| {
            let proc = Path::new("/proc");
            !proc.is_dir() || proc.join(pid).exists()
        };
        if found.as_deref().is_some_and(alive) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_folder_fails_and_names_the_holder() {
        let dir = std::env::temp_dir().join(format!("infosheet-lock-{}", std::process::id()));
        let first = OutputLock::acquire(&dir).unwrap();
        let err = OutputLock::acquire(&dir).unwrap_err().diagnostics();
        assert!(
            err[0]
                .message
                .contains(&format!("(process {})", std::process::id())),
            "{}",
            err[0]
        );
        drop(first);
        let again = OutputLock::acquire(&dir).unwrap();
        assert!(again.path().is_file());
        drop(again);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn locking_removes_leftover_temporary_files() {
        let dir = std::env::temp_dir().join(format!("infosheet-stale-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("r/en")).unwrap();
        std::fs::create_dir_all(dir.join(crate::output::STAGING_DIR)).unwrap();
        let left = dir.join(crate::output::STAGING_DIR).join("99999-0.tmp");
        std::fs::write(&left, b"half").unwrap();
        std::fs::write(dir.join("r/en/.a.pdf.99999.tmp"), b"not ours").unwrap();
        std::fs::write(dir.join("r/en/a.pdf"), b"whole").unwrap();
        let lock = OutputLock::acquire(&dir).unwrap();
        assert!(!left.exists());
        assert!(
            dir.join("r/en/.a.pdf.99999.tmp").exists(),
            "another program's file stays"
        );
        assert!(dir.join("r/en/a.pdf").exists());
        drop(lock);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_lock_file_that_is_a_symlink_is_refused_and_its_target_untouched() {
        let dir = std::env::temp_dir().join(format!("infosheet-lock-link-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("precious.txt");
        std::fs::write(&target, b"keep me").unwrap();
        std::os::unix::fs::symlink(&target, dir.join(FILE_NAME)).unwrap();
        let err = OutputLock::acquire(&dir).unwrap_err().diagnostics();
        assert!(err[0].message.contains("symbolic link"), "{}", err[0]);
        assert_eq!(std::fs::read(&target).unwrap(), b"keep me");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
