//! The build manifest: a hash of every input of each output file, so an unchanged edition
//! is not rendered again.

use std::collections::BTreeMap;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use siphasher::sip128::{Hasher128, SipHasher13};

use crate::output::write_atomic;

/// File name of the manifest inside the output folder.
pub const FILE_NAME: &str = ".infosheet-manifest.json";

/// Output path (relative, with `/`) → hash of the inputs that produced it.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    version: u32,
    tool: String,
    outputs: BTreeMap<String, String>,
}

const VERSION: u32 = 1;

/// Largest manifest read: a few hundred bytes per output file.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

impl Manifest {
    /// Reads the manifest of `out`; a missing, outdated or unparsable manifest is an empty one
    /// (everything is built again). Anything but a plain file of sane size at its place (a pipe,
    /// a device, a link) is refused: reading it could block or never end.
    pub fn load(out: &Path) -> crate::Result<Self> {
        let path = out.join(FILE_NAME);
        let meta = match std::fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(crate::Error::io(&path, e)),
        };
        if !meta.is_file() || meta.len() > MAX_BYTES {
            return Err(crate::diag::Diagnostic::error(
                "the build manifest is not a plain file of at most 64 MiB: infosheet did not write this",
            )
            .in_file(&path)
            .with_code(crate::diag::Code::Limit)
            .with_hint("remove it; the next build writes a new manifest and builds every edition again")
            .into());
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(
                std::fs::File::open(&path).map_err(|e| crate::Error::io(&path, e))?,
                MAX_BYTES,
            ),
            &mut bytes,
        )
        .map_err(|e| crate::Error::io(&path, e))?;
        Ok(serde_json::from_slice::<Manifest>(&bytes)
            .ok()
            .filter(|m| m.version == VERSION && m.tool == env!("CARGO_PKG_VERSION"))
            .unwrap_or_default())
    }

    /// Whether `rel` in `out` was built from inputs hashing to `hash` and still exists.
    pub fn is_current(&self, out: &Path, rel: &str, hash: &str) -> bool {
        self.outputs.get(rel).is_some_and(|h| h == hash) && out.join(rel).is_file()
    }

    pub fn record(&mut self, rel: String, hash: String) {
        self.outputs.insert(rel, hash);
    }

    pub fn forget(&mut self, rel: &str) {
        self.outputs.remove(rel);
    }

    /// Writes the manifest atomically.
    pub fn save(&mut self, out: &Path) -> crate::Result<()> {
        self.version = VERSION;
        self.tool = env!("CARGO_PKG_VERSION").to_string();
        let bytes = serde_json::to_vec_pretty(self)
            .map_err(|e| crate::Error::Usage(format!("manifest: {e}")))?;
        write_atomic(&out.join(FILE_NAME), &bytes)
    }
}

/// A stable 128-bit hash of byte slices (SipHash-1-3 with fixed keys), as hex.
pub fn hash_parts<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut h = SipHasher13::new_with_keys(0x696e_666f, 0x7368_6565);
    for part in parts {
        h.write_usize(part.len());
        h.write(part);
    }
    format!("{:032x}", h.finish128().as_u128())
}

/// Hash of every file under `dir` (names and contents), for inputs shared by all editions.
pub fn hash_tree(dir: &Path) -> String {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    let contents: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|p| {
            (
                p.strip_prefix(dir)
                    .unwrap_or(p)
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(p).unwrap_or_default(),
            )
        })
        .collect();
    hash_parts(
        contents
            .iter()
            .flat_map(|(name, bytes)| [name.as_bytes(), bytes.as_slice()]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_separates_parts() {
        assert_eq!(
            hash_parts([b"ab".as_slice(), b"c"]),
            hash_parts([b"ab".as_slice(), b"c"])
        );
        assert_ne!(
            hash_parts([b"ab".as_slice(), b"c"]),
            hash_parts([b"a".as_slice(), b"bc"])
        );
        assert_eq!(hash_parts([b"x".as_slice()]).len(), 32);
    }

    #[test]
    fn manifest_round_trips_and_checks_the_file_exists() {
        let dir = std::env::temp_dir().join(format!("infosheet-manifest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut m = Manifest::default();
        m.record("a.html".into(), "h1".into());
        m.save(&dir).unwrap();
        let loaded = Manifest::load(&dir).unwrap();
        assert!(
            !loaded.is_current(&dir, "a.html", "h1"),
            "the output file is missing"
        );
        std::fs::write(dir.join("a.html"), "x").unwrap();
        assert!(loaded.is_current(&dir, "a.html", "h1"));
        assert!(!loaded.is_current(&dir, "a.html", "h2"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
