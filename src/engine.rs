//! The engine facade: everything the faces (page, CLI) need from the pure pipeline.
//! Submodules each own one step; this file only wires them together.

pub mod article;
pub mod date;
pub mod lexicon;
pub mod mention;
pub mod noise;
pub mod number;
pub mod tokenize;
pub mod unit;

pub use article::Article;
pub use mention::{extract, DateInfo, Granularity, Kind, Mention, Qualifier, Value};
