//! One article's column: source, date and title, counts, the column's actions (move, paste,
//! edit, remove) and either the marked reading view or the editor. Files and text dropped on a
//! column replace its article.

use leptos::either::Either;
use leptos::ev;
use leptos::prelude::*;

use super::article_editor::ArticleEditor;
use super::button::Button;
use super::dropped_lines::DroppedLines;
use super::marked_body::MarkedBody;
use super::state::{Column, Workspace};
use super::{dom, import};
use crate::display::{human_date, unplaced_dates};
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
    // Each changing text is a `Signal<String>`, the type the buttons' text has too, so the
    // head adds no rendering code of its own.
    let published = move || column.article.with(|a| a.published);
    let position_text = Signal::derive(move || format!("{} of {}", position() + 1, count()));
    let source = Signal::derive(move || column.source.get());
    let date = Signal::derive(move || published().map(|d| d.to_string()).unwrap_or_default());
    let undated = Signal::derive(move || published().is_none());
    let date_text = Signal::derive(move || published().map(human_date).unwrap_or_default());
    // Without a publication date, relative dates cannot be placed: say which, in the column.
    let unplaced = Signal::derive(move || {
        let at = position();
        column
            .article
            .with(|a| ws.analysis.with(|an| an.mentions.get(at).and_then(|ms| unplaced_dates(a, ms))))
            .unwrap_or_default()
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
            class:is-dragging=dragging
            aria-labelledby=labelled_by
            data-column=id
            data-current=Signal::derive(move || (ws.current.get() == id).to_string())
            on:dragover={dom::on(move |ev: ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            })}
            on:dragleave={dom::on(move |_| dragging.set(false))}
            on:drop={dom::on(on_drop)}
        >
            <header class="column-head">
                <p class="column-meta">
                    <span class="column-position">{position_text}</span>
                    <span class="column-source" data-field="source">{source}</span>
                    <time class="column-date" data-field="published" datetime=date hidden=undated>{date_text}</time>
                </p>
                <h2 class="column-title" id=heading_id data-field="title">{Signal::derive(title)}</h2>
                <div class="column-bar">
                    <span class="column-count">{Signal::derive(counts)}</span>
                    <span class="column-actions">{actions}</span>
                </div>
                <p class="column-undated" data-undated hidden=move || unplaced.with(String::is_empty)>
                    {unplaced}
                </p>
                <DroppedLines column=column />
            </header>
            {move || {
                if editing.get() {
                    Either::Left(view! { <ArticleEditor column=column /> })
                } else {
                    Either::Right(view! { <MarkedBody column=column /> })
                }
            }}
        </section>
    }
}
