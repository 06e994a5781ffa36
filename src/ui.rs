//! The Leptos page: a thin face over the engine. State lives in [`state`] and is derived, not
//! synced; each component has its own file and renders one thing.

mod app;
mod article_column;
mod article_editor;
mod legend;
mod marked_body;
mod state;

/// Mount the app on the document body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
