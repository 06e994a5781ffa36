//! One article's column: source, date and title, the number of marks, and a toggle between the
//! marked reading view and the editor.

use leptos::prelude::*;

use super::article_editor::ArticleEditor;
use super::marked_body::MarkedBody;
use super::state::{Column, Workspace};
use crate::display::human_date;

#[component]
pub fn ArticleColumn(column: Column) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let article = column.article;
    let editing = column.editing;

    let position = move || {
        workspace.columns.with(|cols| {
            let at = cols.iter().position(|c| c.id == column.id).map_or(0, |i| i + 1);
            format!("{at} of {}", cols.len())
        })
    };
    let title = move || {
        article.with(|a| match a.title.trim() {
            "" => "Untitled article".to_string(),
            t => t.to_string(),
        })
    };
    let source = move || article.with(|a| a.source.trim().to_string());
    let published = move || {
        article.with(|a| a.published).map(|d| {
            view! { <time datetime=d.to_string()>{human_date(d)}</time> }
        })
    };
    let count = move || match column.mentions.with(Vec::len) {
        0 => "Nothing marked".to_string(),
        1 => "1 mark".to_string(),
        n => format!("{n} marks"),
    };
    let heading_id = format!("article-{}-title", column.id);
    let labelled_by = heading_id.clone();

    view! {
        <section class="column" aria-labelledby=labelled_by data-column=column.id>
            <header class="column-head">
                <p class="column-meta">
                    <span class="column-position">{position}</span>
                    <span class="column-source">{source}</span>
                    {published}
                </p>
                <h2 class="column-title" id=heading_id>
                    {title}
                </h2>
                <div class="column-bar">
                    <span class="column-count">{count}</span>
                    <button
                        type="button"
                        class="toggle"
                        on:click=move |_| column.toggle_editing()
                    >
                        {move || if editing.get() { "Done" } else { "Edit" }}
                    </button>
                </div>
            </header>
            <Show
                when=move || editing.get()
                fallback=move || view! { <MarkedBody column=column /> }
            >
                <ArticleEditor column=column />
            </Show>
        </section>
    }
}
