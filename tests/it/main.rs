//! Integration tests: the real `infosheet` binary on the shipped default project and on
//! copies of it with one file broken (the broken files live in tests/fixtures/broken/).

mod support;

mod a11y;
mod bad_input;
mod build;
mod check;
mod check_corpus;
mod content;
mod errors;
mod faults;
mod html;
mod html_fonts;
mod injection;
mod layout;
mod leaflet;
mod linebreak;
mod pdf;
mod persian;
mod props;
mod pseudo;
mod snapshots;
mod tagged_text;
mod translator;
mod typography;
