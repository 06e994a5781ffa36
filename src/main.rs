//! The web page's entry point: mounts the Leptos app. Built by Trunk for wasm32; on other
//! targets it only points at the command-line program.

#[cfg(target_arch = "wasm32")]
fn main() {
    crosscheck::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "crosscheck-web is the browser build; serve it with `trunk serve`, or use the `crosscheck` command."
    );
}
