//! The whole page: the masthead (actions, legend), the article columns side by side, the claims
//! panel and the popover. Opens on the built-in demo comparison. Page-wide keys live here:
//! `j`/`n` and `k`/`p` step through contradictions, Escape closes the popover.

use leptos::ev;
use leptos::prelude::*;

use super::article_column::ArticleColumn;
use super::bookmarklet::Bookmarklet;
use super::claims_panel::ClaimsPanel;
use super::comparison_file::ComparisonFile;
use super::corrections::Linking;
use super::demo_note::DemoNote;
use super::incoming::{Incoming, IncomingBanner};
use super::legend::Legend;
use super::library::Library;
use super::notice::{Notice, NoticeKey, Notices};
use super::popover::Popover;
use super::recent::Recent;
use super::selection::Selection;
use super::share_dialog::Share;
use super::state::Workspace;
use super::switcher::Switcher;
use super::toolbar::Toolbar;
use super::{dom, import, lexicon};

#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::demo();
    let sel = Selection::new();
    provide_context(ws);
    provide_context(sel);
    let linking = Linking(RwSignal::new(None));
    provide_context(linking);
    provide_context(Incoming::new());
    // The reader's saved work replaces the demo before the first render; a shared link does
    // as soon as the browser has inflated it (a few milliseconds).
    Library::start(ws);
    // The page is mounted once the WordNet data file is installed or has failed (lexicon.rs);
    // without it, the reader is told why labels are plainer.
    if let Some(text) = lexicon::notice() {
        expect_context::<Notices>().show(NoticeKey::Lexicon, text);
    }

    let keys = window_event_listener(ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing(&ev) {
            return;
        }
        match ev.key().as_str() {
            "j" | "n" => sel.step(ws, 1),
            "k" | "p" => sel.step(ws, -1),
            "Escape" => {
                sel.open.set(false);
                sel.chosen.set(None);
                if linking.0.get_untracked().is_some() {
                    linking.0.set(None);
                    ws.notice.set(String::new());
                }
            }
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());

    view! {
        <div class="app">
            <header class="masthead">
                // index.html shows this title and tagline, in the same elements, until the app
                // mounts: a change here belongs there too, or the masthead jumps at mount.
                <div class="masthead-text">
                    <h1 class="brand">"Crosscheck"</h1>
                    <p class="tagline">"Reports of one story side by side, with every figure and date checked against the others."</p>
                </div>
                <Toolbar />
                <div class="sharing" role="group" aria-label="Share and save">
                    <Share />
                    <ComparisonFile />
                    <Recent />
                    <Bookmarklet />
                </div>
                <Legend />
                <Notice />
                <DemoNote />
                <IncomingBanner />
            </header>
            <Switcher />
            <div class="workspace">
                <main
                    class="columns"
                    aria-label="Articles"
                    on:dragover={dom::on(move |ev: ev::DragEvent| ev.prevent_default())}
                    on:drop={dom::on(move |ev: ev::DragEvent| {
                        ev.prevent_default();
                        import::dropped(ws, None, &ev);
                    })}
                >
                    <For each=move || ws.columns.get() key=|column| column.id let:column>
                        <ArticleColumn column=column />
                    </For>
                    {move || {
                        ws.columns.with(Vec::is_empty).then(|| {
                            view! { <p class="columns-empty">"No articles. Choose Add article, or drop files here."</p> }
                        })
                    }}
                </main>
                <ClaimsPanel />
            </div>
            <Popover />
        </div>
    }
}

/// Whether a key event comes from a text field, where letters are typing, not shortcuts.
fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    use leptos::wasm_bindgen::JsCast;
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.has_attribute("contenteditable")
    })
}
