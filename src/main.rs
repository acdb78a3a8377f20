//! The `infosheet` command line: a thin layer over the library (see `infosheet::cli`).

fn main() -> std::process::ExitCode {
    infosheet::cli::main()
}
