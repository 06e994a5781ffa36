//! The Leptos page: a thin face over the engine. State lives in [`state`] and [`selection`]
//! and is derived, not synced; each component has its own file and renders one thing.

mod app;
mod article_column;
mod article_editor;
mod bookmarklet;
mod build;
mod button;
mod claims_panel;
mod comparison_file;
mod corrections;
mod demo_note;
mod dom;
mod dropped_lines;
mod import;
mod incoming;
mod legend;
mod lexicon;
mod library;
pub mod links;
mod marked_body;
mod notice;
mod offline;
mod perf;
mod popover;
mod recent;
mod selection;
mod share_dialog;
mod snapshot;
mod state;
mod storage;
mod switcher;
mod timeline;
mod toolbar;
mod value_strip;

pub use app::App;
pub use legend::Legend;

/// Mount the app on the document body, once the WordNet data file is installed (or has failed:
/// see [`lexicon`]).
pub fn mount() {
    // The release page traps at once on a panic (`-Cpanic=immediate-abort`, scripts/site-env.sh)
    // and runs no hook; other builds print the panic to the browser's console.
    #[cfg(not(panic = "immediate-abort"))]
    console_error_panic_hook::set_once();
    // When the WebAssembly starts running: the load measurement splits at this mark.
    perf::mark("crosscheck:start");
    lexicon::load_then(|| {
        // index.html shows the masthead and a loading line until now; the app draws the same
        // masthead in the same place, in the same task, so the page never paints without one.
        if let Some(boot) = dom::document().get_element_by_id("boot") {
            boot.remove();
        }
        leptos::mount::mount_to_body(app::App)
    });
}
