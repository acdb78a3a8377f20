//! Watching the project's files (notify) and turning a burst of events into one rebuild.

use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::diag::Diagnostic;
use crate::error::Error;

/// A save is over when no event has come for this long (an editor's save is several events
/// within a millisecond or two: truncate, write, rename, attributes).
pub const QUIET: Duration = Duration::from_millis(20);
/// A rebuild starts at the latest this long after the first event, even if events keep coming.
const MAX_WAIT: Duration = Duration::from_millis(250);

/// The project folders a preview depends on (with infosheet.toml in the root).
const WATCHED: &[&str] = &["content", "locales", "templates", "fonts"];

/// One or more saves, ready to rebuild.
#[derive(Debug)]
pub struct Batch {
    /// When the first event of the batch arrived.
    pub first: Instant,
    /// Project files that changed, relative to the project folder.
    pub paths: Vec<PathBuf>,
}

impl Batch {
    /// Whether a font file changed, so the fonts must be read again.
    pub fn touches_fonts(&self) -> bool {
        self.paths.iter().any(|p| p.starts_with("fonts"))
    }
}

/// Watches a project folder.
pub struct ProjectWatcher {
    root: PathBuf,
    events: Receiver<notify::Result<Event>>,
    _watcher: RecommendedWatcher,
}

impl ProjectWatcher {
    /// Starts watching infosheet.toml and every file under the folders the project reads.
    pub fn start(root: &Path) -> Result<Self, Error> {
        let root = root.canonicalize().map_err(|e| Error::io(root, e))?;
        let (tx, events) = channel();
        let fail = |e: notify::Error| {
            Error::Invalid(vec![
                Diagnostic::error(format!("cannot watch the project's files: {e}"))
                    .in_file(&root)
                    .with_hint("on Linux, raise fs.inotify.max_user_watches if it is the limit"),
            ])
        };
        let mut watcher = notify::recommended_watcher(move |event| {
            let _ = tx.send(event);
        })
        .map_err(fail)?;
        watcher
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(fail)?;
        for dir in WATCHED {
            let path = root.join(dir);
            if path.is_dir() {
                watcher
                    .watch(&path, RecursiveMode::Recursive)
                    .map_err(fail)?;
            }
        }
        Ok(Self {
            root,
            events,
            _watcher: watcher,
        })
    }

    /// Waits for the next change of a project file, then for the save to be over.
    /// `None` when the watcher stopped.
    pub fn next_batch(&self) -> Option<Batch> {
        let mut paths = Vec::new();
        let first = loop {
            let event = self.events.recv().ok()?;
            self.collect(event, &mut paths);
            if !paths.is_empty() {
                break Instant::now();
            }
        };
        loop {
            let left = MAX_WAIT.saturating_sub(first.elapsed());
            if left.is_zero() {
                break;
            }
            match self.events.recv_timeout(QUIET.min(left)) {
                Ok(event) => self.collect(event, &mut paths),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        paths.sort();
        paths.dedup();
        Some(Batch { first, paths })
    }

    /// Whether events are waiting (a file was saved while the last rebuild ran).
    pub fn drain_pending(&self) -> Option<Batch> {
        let mut paths = Vec::new();
        while let Ok(event) = self.events.try_recv() {
            self.collect(event, &mut paths);
        }
        if paths.is_empty() {
            return None;
        }
        let first = Instant::now();
        // The save that caused these events may still be going on.
        while let Ok(event) = self.events.recv_timeout(QUIET) {
            self.collect(event, &mut paths);
            if first.elapsed() > MAX_WAIT {
                break;
            }
        }
        paths.sort();
        paths.dedup();
        Some(Batch { first, paths })
    }

    fn collect(&self, event: notify::Result<Event>, paths: &mut Vec<PathBuf>) {
        let Ok(event) = event else {
            // The watcher lost events (a queue overflow): rebuild to be safe.
            paths.push(PathBuf::from("infosheet.toml"));
            return;
        };
        if !changes_content(&event.kind) {
            return;
        }
        for path in &event.paths {
            if let Some(rel) = relevant(&self.root, path) {
                paths.push(rel);
            }
        }
    }
}

/// Whether an event may change what a file holds (opening or reading it does not).
fn changes_content(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// The path relative to the project when a preview depends on it: infosheet.toml, or a file
/// under content/, locales/, templates/ or fonts/ that is not an editor's temporary file.
fn relevant(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    let mut parts = rel.components();
    let first = match parts.next()? {
        Component::Normal(name) => name.to_str()?,
        _ => return None,
    };
    if rel == Path::new("infosheet.toml") {
        return Some(rel.to_path_buf());
    }
    if !WATCHED.contains(&first) {
        return None;
    }
    let name = rel.file_name()?.to_str()?;
    let scratch = name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.bytes().all(|b| b.is_ascii_digit());
    (!scratch).then(|| rel.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_project_files_and_not_editor_scratch_files_count() {
        let root = Path::new("/p");
        let rel = |p: &str| relevant(root, Path::new(p));
        assert_eq!(
            rel("/p/locales/th/ui.ftl"),
            Some(PathBuf::from("locales/th/ui.ftl"))
        );
        assert_eq!(
            rel("/p/infosheet.toml"),
            Some(PathBuf::from("infosheet.toml"))
        );
        assert!(rel("/p/templates/typst/lib.typ").is_some());
        assert!(rel("/p/output/index.html").is_none());
        assert!(rel("/p/target/x").is_none());
        assert!(rel("/p/README.md").is_none());
        assert!(rel("/p/locales/th/.ui.ftl.swp").is_none());
        assert!(rel("/p/locales/th/ui.ftl~").is_none());
        assert!(rel("/p/locales/th/4913").is_none());
        assert!(rel("/elsewhere/locales/th/ui.ftl").is_none());
        assert!(!changes_content(&EventKind::Access(AccessKind::Read)));
        assert!(changes_content(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
    }
}
