//! The web page's entry point: mounts the Leptos app. Built by Trunk for wasm32; on other
//! targets it only points at the command-line program.
//!
//! On wasm32 the page starts from a `#[wasm_bindgen(start)]` function instead of `fn main`,
//! so it carries none of std's program start-up and exit: their flush of standard output
//! brings the text of every I/O error into the page, which has no standard output.
#![cfg_attr(target_arch = "wasm32", no_main)]

/// Runs once, when the page's module is instantiated.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    crosscheck::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "crosscheck-web is the browser build; serve it with `trunk serve`, or use the `crosscheck` command."
    );
}
