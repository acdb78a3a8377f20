//! Limits on time and memory for the work a project's own files drive (templates, messages):
//! a runaway template or input stops with an error naming what was being done, instead of
//! hanging or being killed by the system.
//!
//! Typst and minijinja cannot be interrupted from outside, and an allocation that fails aborts
//! the process, so both limits end the process: the error is printed, the command exits 1, and
//! nothing in the output folder has changed (editions are staged; see `output.rs`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Live heap memory allowed, unless `INFOSHEET_MAX_MEMORY_MIB` says otherwise. A whole build
/// of the default project peaks at about 160 MB.
pub const DEFAULT_MEMORY_MIB: usize = 2048;

/// Time one activity (laying out an edition, rendering a template) may take, unless
/// `INFOSHEET_MAX_SECONDS` says otherwise. An edition takes well under two seconds.
pub const DEFAULT_SECONDS: u64 = 60;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static LIMIT: AtomicUsize = AtomicUsize::new(DEFAULT_MEMORY_MIB << 20);
/// Set once a limit is hit: the process is on its way out and allocates freely.
static STOPPING: AtomicBool = AtomicBool::new(false);

/// The global allocator of the `infosheet` binary: the system's, with a cap on live memory.
pub struct CappedAllocator;

// SAFETY: every call is passed on unchanged to `System`; only the byte count is added.
unsafe impl GlobalAlloc for CappedAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        reserve(layout.size());
        // SAFETY: the caller's contract is `System.alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        reserve(layout.size());
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            reserve(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

fn reserve(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    if live > LIMIT.load(Ordering::Relaxed) && !STOPPING.swap(true, Ordering::SeqCst) {
        let mib = LIMIT.load(Ordering::Relaxed) >> 20;
        stop(&format_args!(
            "used more than {mib} MiB of memory (set INFOSHEET_MAX_MEMORY_MIB to allow more)"
        ));
    }
}

/// What the current thread is doing, for the message when a limit is hit.
struct Activity {
    what: String,
    /// The project file that drives the work (a template), shown as its location.
    file: String,
    since: Instant,
}

thread_local! {
    static CURRENT: Cell<*const Activity> = const { Cell::new(std::ptr::null()) };
}

/// Every activity under way, for the watchdog.
fn activities() -> &'static Mutex<Vec<Arc<Activity>>> {
    static ALL: OnceLock<Mutex<Vec<Arc<Activity>>>> = OnceLock::new();
    ALL.get_or_init(|| Mutex::new(Vec::new()))
}

/// Marks what this thread is doing (e.g. "building sample-origin/th/adult/rights-and-help.pdf")
/// and with which project file (`templates/typst/full.typ`) until the guard is dropped; the
/// time limit applies to it.
pub fn doing(what: String, file: String) -> Doing {
    let activity = Arc::new(Activity {
        what,
        file,
        since: Instant::now(),
    });
    let previous = CURRENT.with(|c| c.replace(Arc::as_ptr(&activity)));
    if let Ok(mut all) = activities().lock() {
        all.push(activity.clone());
    }
    Doing { activity, previous }
}

/// Ends an activity when dropped.
pub struct Doing {
    activity: Arc<Activity>,
    previous: *const Activity,
}

impl Drop for Doing {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.previous));
        if let Ok(mut all) = activities().lock() {
            all.retain(|a| !Arc::ptr_eq(a, &self.activity));
        }
    }
}

/// Reads the limits from the environment and starts the watchdog that enforces the time
/// limit. Called once by the command line before any work.
pub fn install() {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    if let Some(mib) = env("INFOSHEET_MAX_MEMORY_MIB").filter(|&m| m > 0) {
        LIMIT.store((mib as usize).saturating_mul(1 << 20), Ordering::Relaxed);
    }
    let seconds = env("INFOSHEET_MAX_SECONDS")
        .filter(|&s| s > 0)
        .unwrap_or(DEFAULT_SECONDS);
    let limit = Duration::from_secs(seconds);
    let spawned = std::thread::Builder::new()
        .name("watchdog".into())
        .spawn(move || watch(limit));
    drop(spawned);
}

fn watch(limit: Duration) {
    loop {
        std::thread::sleep(Duration::from_millis(250));
        let late = activities()
            .lock()
            .ok()
            .and_then(|all| all.iter().find(|a| a.since.elapsed() > limit).cloned());
        if let Some(activity) = late
            && !STOPPING.swap(true, Ordering::SeqCst)
        {
            stop_with(
                Some(&activity),
                &format_args!(
                    "took more than {} s (set INFOSHEET_MAX_SECONDS to allow more)",
                    limit.as_secs()
                ),
            );
        }
    }
}

/// Prints the limit error for the current thread's activity and ends the process.
fn stop(why: &std::fmt::Arguments<'_>) -> ! {
    let ptr = CURRENT.try_with(|c| c.get()).unwrap_or(std::ptr::null());
    // SAFETY: a non-null pointer is the current thread's live activity: its `Doing` guard,
    // which holds the Arc, is dropped only after it resets the pointer.
    stop_with(unsafe { ptr.as_ref() }, why)
}

fn stop_with(activity: Option<&Activity>, why: &std::fmt::Arguments<'_>) -> ! {
    let mut err = std::io::stderr().lock();
    let _ = match activity {
        Some(a) => writeln!(err, "error[limit]: {} {why}\n  = in {}", a.what, a.file),
        None => writeln!(err, "error[limit]: infosheet {why}"),
    };
    let _ = writeln!(
        err,
        "  = hint: a template or message that repeats or grows without end (nested loops, a string doubled, deep recursion) does this; nothing in the output folder has changed"
    );
    let _ = err.flush();
    std::process::exit(1)
}
