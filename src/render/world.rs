//! infosheet's Typst world: templates, pictograms and the edition's model, nothing else.

use std::collections::HashMap;
use std::path::PathBuf;

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::fonts::Fonts;

/// Virtual path at which a template reads its edition's sheet model.
pub const MODEL_PATH: &str = "/model.json";

/// Virtual path at which a print sheet's template reads the PDF it lays out copies of.
pub const PRINTED_PATH: &str = "/printed.pdf";

/// The file id of a virtual path (ids are interned once per path and reused).
pub fn file_id(path: &str) -> Option<FileId> {
    Some(RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).ok()?).intern())
}

/// Everything shared by all editions: library, fonts, template sources, pictograms.
pub struct Shared {
    pub library: LazyHash<Library>,
    pub fonts: Fonts,
    pub sources: HashMap<FileId, Source>,
    pub files: HashMap<FileId, Bytes>,
    pub model_id: FileId,
    pub printed_id: FileId,
    pub today: Datetime,
}

/// One edition's world: the shared parts plus the edition's model (and, for a print sheet, the
/// edition's own PDF).
pub struct EditionWorld<'a> {
    pub shared: &'a Shared,
    pub main: FileId,
    pub model: Bytes,
    pub printed: Option<Bytes>,
}

impl World for EditionWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.fonts.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.shared
            .sources
            .get(&id)
            .cloned()
            .ok_or_else(|| not_here(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.shared.model_id {
            return Ok(self.model.clone());
        }
        if id == self.shared.printed_id
            && let Some(printed) = &self.printed
        {
            return Ok(printed.clone());
        }
        if let Some(source) = self.shared.sources.get(&id) {
            return Ok(Bytes::from_string(source.clone()));
        }
        self.shared
            .files
            .get(&id)
            .cloned()
            .ok_or_else(|| not_here(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.shared.today)
    }
}

/// The error for a file this world does not serve; a package import says that packages are
/// not available at all.
fn not_here(id: FileId) -> FileError {
    match id.root() {
        VirtualRoot::Package(spec) => {
            FileError::Package(PackageError::Other(Some(typst::ecow::eco_format!(
                "{spec} is not available: templates can import only the files in templates/typst/; infosheet has no packages and no network"
            ))))
        }
        VirtualRoot::Project => FileError::NotFound(PathBuf::from(id.vpath().get_without_slash())),
    }
}

/// A library with no extra inputs: templates read data from the model file only.
pub fn library() -> LazyHash<Library> {
    LazyHash::new(Library::builder().build())
}
