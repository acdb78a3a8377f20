//! Rendering a sheet model to its output formats.

mod clip;
pub mod fit;
pub mod html;
pub mod ink;
pub mod mend;
pub mod pdf;
pub mod rtl_order;
pub mod spaces;
pub mod webfonts;
mod world;

pub use clip::locate as locate_clipped;
