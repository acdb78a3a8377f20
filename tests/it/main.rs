//! Integration tests: the real `infosheet` binary on the shipped default project and on
//! copies of it with one file broken (the broken files live in tests/fixtures/broken/).

mod support;

mod a11y;
mod audio;
mod bad_input;
mod build;
mod card;
mod check;
mod check_corpus;
mod collisions;
mod content;
mod editions;
mod errors;
mod faults;
mod html;
mod html_fonts;
mod injection;
mod isolation;
mod layout;
mod leaflet;
mod linebreak;
mod pdf;
mod pdf_readers;
mod persian;
mod preview;
mod props;
mod pseudo;
mod readaloud;
mod review;
mod snapshots;
mod structure;
mod tagged_text;
mod translator;
mod typography;
