//! The editor for one article: a textarea holding the article file text, header lines included.
//! Typing updates the draft at once; the analysis follows when typing pauses.

use leptos::html::Textarea;
use leptos::prelude::*;

use super::state::Column;

#[component]
pub fn ArticleEditor(column: Column) -> impl IntoView {
    let textarea = NodeRef::<Textarea>::new();
    // Writing to the outside world (the DOM's focus) is what effects are for.
    Effect::new(move |_| {
        if let Some(el) = textarea.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="editor">
            <textarea
                class="editor-text"
                node_ref=textarea
                aria-label=format!("Text of article {}", column.id + 1)
                spellcheck="false"
                prop:value=column.draft.get_untracked()
                on:input=move |ev| column.edit(event_target_value(&ev))
            ></textarea>
            <p class="editor-hint">
                "Optional header lines " <code>"Title:"</code> ", " <code>"Source:"</code> ", "
                <code>"Published: YYYY-MM-DD"</code> ", a blank line, then the article."
            </p>
        </div>
    }
}
