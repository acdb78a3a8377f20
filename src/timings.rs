//! Where a build's time goes, per stage, summed over all worker threads.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A stage of the pipeline.
#[derive(Debug, Clone, Copy)]
pub enum Stage {
    Load,
    Localize,
    RenderHtml,
    Typeset,
    ExportPdf,
    Write,
    Thumbnail,
}

const STAGES: [(Stage, &str); 7] = [
    (Stage::Load, "load and check"),
    (Stage::Localize, "localize (sheet models)"),
    (Stage::RenderHtml, "render HTML"),
    (Stage::Typeset, "typeset (Typst)"),
    (Stage::ExportPdf, "PDF export"),
    (Stage::Write, "write"),
    (Stage::Thumbnail, "page-1 thumbnails"),
];

/// Accumulated time per stage; safe to update from many threads.
#[derive(Debug, Default)]
pub struct Timings {
    nanos: [AtomicU64; 7],
}

impl Timings {
    /// Runs `f`, adding its duration to `stage`.
    pub fn time<T>(&self, stage: Stage, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        self.add(stage, start.elapsed());
        out
    }

    pub fn add(&self, stage: Stage, d: Duration) {
        let nanos = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        self.nanos[stage as usize].fetch_add(nanos, Ordering::Relaxed);
    }

    pub fn get(&self, stage: Stage) -> Duration {
        Duration::from_nanos(self.nanos[stage as usize].load(Ordering::Relaxed))
    }

    /// A table of the stages, in thread-seconds (work summed over threads, so it can exceed wall time).
    pub fn report(&self, wall: Duration) -> String {
        let mut out = String::from("stage                      thread-time\n");
        for (stage, name) in STAGES {
            out.push_str(&format!(
                "{name:<26} {:>8.3} s\n",
                self.get(stage).as_secs_f64()
            ));
        }
        out.push_str(&format!(
            "{:<26} {:>8.3} s\n",
            "wall time",
            wall.as_secs_f64()
        ));
        out
    }
}
