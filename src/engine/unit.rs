//! Currencies and units of measure, each with its canonical unit and conversion factor.
