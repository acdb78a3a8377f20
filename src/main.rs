//! The `infosheet` command line: a thin layer over the library (see `infosheet::cli`).

/// Live memory is capped, so that a runaway template stops with an error (see `limits`).
#[global_allocator]
static ALLOCATOR: infosheet::limits::CappedAllocator = infosheet::limits::CappedAllocator;

fn main() -> std::process::ExitCode {
    infosheet::cli::main()
}
