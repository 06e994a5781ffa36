//! The Leptos page: a thin face over the engine.

/// Mount the app on the document body.
pub fn mount() {}
