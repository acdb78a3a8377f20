//! infosheet: accessible, age-appropriate information sheets on victims' rights and support,
//! in the reader's language, as tagged PDF and self-contained HTML.
//!
//! Data flows one way: [`project`] loads, [`validate`] checks, [`localize`] resolves messages,
//! [`model`] assembles a sheet, [`render`] turns it into HTML or PDF, [`output`] writes it.

pub mod base64;
pub mod bilingual;
pub mod build;
pub mod catalogue;
pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod coverage;
pub mod date;
pub mod diag;
pub mod discreet;
pub mod error;
pub mod fonts;
pub mod hidden;
pub mod limits;
pub mod locales;
pub mod localize;
pub mod lock;
pub mod manifest;
pub mod model;
pub mod output;
pub mod preview;
pub mod project;
pub mod pseudo;
pub mod readability;
pub mod recordings;
pub mod render;
pub mod review;
pub mod scaffold;
pub mod source;
pub mod speak;
pub mod status;
pub mod timings;
pub mod validate;

pub use error::{Error, Result};
