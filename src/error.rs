//! The library's error type.

use std::path::PathBuf;

use crate::diag::Diagnostic;

/// Everything that can stop infosheet from doing its job.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more located problems in the user's project.
    #[error("{} problem(s) found", .0.len())]
    Invalid(Vec<Diagnostic>),
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The command line asked for something that does not exist.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    /// The diagnostics this error carries (one for errors without a location).
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            Self::Invalid(diags) => diags.clone(),
            Self::Io { path, .. } => vec![Diagnostic::error(self.to_string()).in_file(path)],
            Self::Usage(msg) => vec![Diagnostic::error(msg.clone())],
        }
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Self::Invalid(vec![d])
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
