//! Rendering a sheet model to its output formats.

pub mod fit;
pub mod html;
pub mod mend;
pub mod pdf;
pub mod webfonts;
mod world;
