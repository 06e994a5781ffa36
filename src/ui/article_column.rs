//! One article's column: source, date and title, counts, the column's actions (move, paste,
//! edit, remove) and either the marked reading view or the editor. Files and text dropped on a
//! column replace its article.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

use super::article_editor::ArticleEditor;
use super::button::Button;
use super::marked_body::MarkedBody;
use super::state::{Column, Workspace};
use super::{dom, import};
use crate::display::human_date;
use crate::engine::Status;

#[component]
pub fn ArticleColumn(column: Column) -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let editing = column.editing;
    let id = column.id;
    let dragging = RwSignal::new(false);

    let count = move || ws.columns.with(Vec::len);
    let position = move || ws.position(id).unwrap_or(0);
    let title = move || match column.title.get().trim() {
        "" => "Untitled article".to_string(),
        t => t.to_string(),
    };
    let counts = move || {
        let at = position();
        ws.analysis.with(|an| {
            let marks = an.mentions.get(at).map_or(0, Vec::len);
            let split = an.claim_of.get(at).map_or(0, |cs| {
                cs.iter().filter(|&&c| an.claims.get(c).is_some_and(|c| c.status == Status::Diverge)).count()
            });
            let marks = match marks {
                0 => "Nothing marked".to_string(),
                1 => "1 mark".to_string(),
                n => format!("{n} marks"),
            };
            match split {
                0 => marks,
                1 => format!("{marks} · 1 contradiction"),
                n => format!("{marks} · {n} contradictions"),
            }
        })
    };
    // The head's changing text is written by one effect with plain DOM calls rather than a
    // reactive view per line, which costs the page less (each column runs the same code).
    let bar = NodeRef::<Div>::new();
    dom::effect(move || {
        let Some(head) = bar.get().and_then(|b| b.parent_element()) else { return };
        let part = |class: &str| head.query_selector(class).ok().flatten();
        let set = |class: &str, text: &str| {
            if let Some(e) = part(class) {
                e.set_text_content(Some(text));
            }
        };
        set(".column-position", &format!("{} of {}", position() + 1, count()));
        set(".column-source", &column.source.get());
        set(".column-title", &title());
        set(".column-count", &counts());
        if let Some(time) = part(".column-date") {
            match column.article.with(|a| a.published) {
                Some(d) => {
                    let _ = time.set_attribute("datetime", &d.to_string());
                    time.set_text_content(Some(&human_date(d)));
                    let _ = time.remove_attribute("hidden");
                }
                None => {
                    let _ = time.set_attribute("hidden", "");
                }
            }
        }
    });
    let heading_id = format!("article-{id}-title");
    let labelled_by = heading_id.clone();
    let name = move || format!("article {}", position() + 1);

    let actions = [
        Button::new("icon-button", "←", move || ws.shift(id, -1))
            .label(move || format!("Move {} left", name()))
            .disabled(move || position() == 0),
        Button::new("icon-button", "→", move || ws.shift(id, 1))
            .label(move || format!("Move {} right", name()))
            .disabled(move || position() + 1 >= count()),
        Button::new("toggle", "Paste", move || import::paste(ws, column))
            .label(move || format!("Paste {} from the clipboard", name())),
        Button::new("toggle", "Edit", move || column.toggle_editing())
            .text(move || if editing.get() { "Done" } else { "Edit" }.to_string())
            .pressed(move || editing.get()),
        Button::new("icon-button", "×", move || ws.remove(id)).label(move || format!("Remove {}", name())),
    ]
    .map(Button::view);

    let on_drop = move |ev: ev::DragEvent| {
        ev.prevent_default();
        // The row of columns also takes drops (into new columns); this one is handled here.
        ev.stop_propagation();
        dragging.set(false);
        import::dropped(ws, Some(column), &ev);
    };

    view! {
        <section
            class="column"
            class:is-dragging=move || dragging.get()
            aria-labelledby=labelled_by
            data-column=id
            data-current=move || (ws.current.get() == id).to_string()
            on:dragover=move |ev: ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <header class="column-head">
                <p class="column-meta">
                    <span class="column-position"></span>
                    <span class="column-source"></span>
                    <time class="column-date" hidden></time>
                </p>
                <h2 class="column-title" id=heading_id></h2>
                <div class="column-bar" node_ref=bar>
                    <span class="column-count"></span>
                    <span class="column-actions">{actions}</span>
                </div>
            </header>
            <Show when=move || editing.get() fallback=move || view! { <MarkedBody column=column /> }>
                <ArticleEditor column=column />
            </Show>
        </section>
    }
}
