//! Comparison files on the page: "Save comparison file" downloads the comparison as `.json`
//! and "Open comparison file" reads one back. A comparison file dropped on the page arrives
//! through [`open_if_comparison`], which the article importer asks first.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::File;

use super::button::Button;
use super::library::Library;
use super::notice::{NoticeKey, Notices};
use super::{dom, storage};
use crate::format::{encode_file, looks_like_file, Comparison};

/// Download the page's comparison as a comparison file.
pub fn save(lib: Library, notices: Notices) {
    let c = lib.comparison();
    match encode_file(&c) {
        Ok(text) => dom::download(&file_name(&c), "application/json", &text),
        Err(e) => notices.show(NoticeKey::Open, format!("Could not save a comparison file. {e}")),
    }
}

/// Open `file` if it is a comparison file (by its content, or by a `.json` name, so a wrong
/// JSON file gets a message instead of being read as an article). `false` leaves it to the
/// article importer.
pub async fn open_if_comparison(file: &File) -> bool {
    let Some(lib) = Library::get() else { return false };
    let Some(bytes) = storage::bytes(file).await else { return false };
    let name = file.name();
    if !(looks_like_file(&bytes) || name.to_ascii_lowercase().ends_with(".json")) {
        return false;
    }
    lib.open_file(&name, &bytes);
    true
}

#[component]
pub fn ComparisonFile() -> impl IntoView {
    let lib = expect_context::<Library>();
    let notices = expect_context::<Notices>();
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        if let Some(file) = input.files().and_then(|l| l.get(0)) {
            leptos::task::spawn_local(async move {
                match storage::bytes(&file).await {
                    Some(bytes) => lib.open_file(&file.name(), &bytes),
                    None => notices.show(NoticeKey::Open, format!("Could not read {}.", file.name())),
                }
            });
        }
        // Clearing lets the same file be picked again.
        input.set_value("");
    };
    view! {
        <span class="toolbar-group comparison-file" role="group" aria-label="Comparison file">
            {Button::new("action", "Save comparison file", move || save(lib, notices)).short("Save").view()}
            <label class="action file-action has-short" title="Open comparison file…">
                <span class="label-long">"Open comparison file…"</span>
                <span class="label-short">"Open…"</span>
                <input
                    type="file"
                    class="visually-hidden"
                    aria-label="Open comparison file"
                    accept=".json,application/json"
                    on:change={dom::on(on_file)}
                />
            </label>
        </span>
    }
}

/// "crosscheck-fire-guts-furniture-warehouse.json": the first title, as a short file name.
fn file_name(c: &Comparison) -> String {
    let title =
        c.articles.iter().map(|a| a.title.as_str()).find(|t| !t.trim().is_empty()).unwrap_or("comparison");
    let words: Vec<String> = title
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(crate::engine::tokenize::lower)
        .collect();
    format!("crosscheck-{}.json", words.join("-"))
}
