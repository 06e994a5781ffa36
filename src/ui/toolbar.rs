//! The page's actions: start a new comparison or reload the demo, add a column, open files,
//! and export the comparison as Markdown, CSV or the command line's JSON report.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::button::Button;
use super::corrections::CorrectionsBar;
use super::state::Workspace;
use super::{dom, import};
use crate::engine::Article;
use crate::export;
use crate::format::{json, Report};

/// The three export formats.
#[derive(Clone, Copy)]
enum Export {
    Markdown,
    Csv,
    Json,
}

impl Export {
    /// Download the comparison in this format as `crosscheck.<extension>`.
    fn save(self, ws: Workspace) {
        let (ext, mime) = match self {
            Export::Markdown => ("md", "text/markdown"),
            Export::Csv => ("csv", "text/csv"),
            Export::Json => ("json", "application/json"),
        };
        let text = ws.articles.with_untracked(|articles| {
            ws.analysis.with_untracked(|analysis| match self {
                Export::Markdown => export::markdown(articles, analysis, false),
                Export::Csv => export::csv(articles, analysis),
                Export::Json => {
                    json::write(&Report::new(articles, analysis), true).unwrap_or_default() + "\n"
                }
            })
        });
        dom::download(&format!("crosscheck.{ext}"), mime, &text);
    }
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let files = input.files().map_or(Vec::new(), |l| (0..l.length()).filter_map(|i| l.get(i)).collect());
        import::open_files(ws, None, files);
        // Clearing lets the same file be picked again.
        input.set_value("");
    };
    let main = [
        Button::new("action", "New comparison", move || ws.clear()).short("New"),
        Button::new("action", "Demo", move || ws.load_demo()),
        Button::new("action", "Add article", move || {
            ws.add(&Article::default(), true);
        }),
    ]
    .map(Button::view);
    let exports = [
        Button::new("action", "Markdown", move || Export::Markdown.save(ws)),
        Button::new("action", "CSV", move || Export::Csv.save(ws)),
        Button::new("action", "JSON", move || Export::Json.save(ws)),
    ]
    .map(Button::view);
    view! {
        <div class="toolbar" role="toolbar" aria-label="Comparison">
            {main}
            // The input is named by its label's visible text: an aria-label such as "Open
            // article files" would not contain the "Open files" a speech user reads (WCAG 2.5.3).
            <label class="action file-action">
                "Open files…"
                <input
                    type="file"
                    class="visually-hidden"
                    multiple=true
                    accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                    on:change={dom::on(on_files)}
                />
            </label>
            <span class="toolbar-group" role="group" aria-label="Export">
                <span class="toolbar-label">"Export"</span>
                {exports}
            </span>
            <CorrectionsBar />
            <p class="notice" role="status" aria-live="polite">{Signal::derive(move || ws.notice.get())}</p>
        </div>
    }
}
