//! Rendering a sheet model to its output formats.

pub mod html;
pub mod mend;
pub mod pdf;
mod world;
