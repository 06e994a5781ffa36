//! The editor for one article: title, source and publication date fields and the body text.
//! Inputs are uncontrolled while typing (so the caret never jumps); they reload only when the
//! column is filled from outside (paste, drop; Ctrl+V of a whole article into an empty text box
//! is read as the Paste button reads it). The analysis follows when typing pauses.

use leptos::html::Textarea;
use leptos::prelude::*;

use super::dom;
use super::import;
use super::state::{Column, Workspace};

#[component]
pub fn ArticleEditor(column: Column) -> impl IntoView {
    let text = NodeRef::<Textarea>::new();
    // Writing to the outside world (the DOM's focus) is what effects are for. When several
    // editors open at once ("New comparison"), the first keeps the caret: an editor takes the
    // focus only from something that is not another editor's text box.
    dom::effect(move || {
        if let Some(text) = text.get() {
            let in_editor = dom::document().active_element().is_some_and(|e| e.tag_name() == "TEXTAREA");
            if !in_editor {
                let _ = text.focus();
            }
        }
    });
    let ws = expect_context::<Workspace>();
    // Ctrl+V of a whole article into an empty (or wholly selected) text box reads it as the
    // Paste button does; a paste into text being written is the browser's.
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(area) = text.get_untracked() else { return };
        let len = area.value().encode_utf16().count() as u32;
        let whole = area.value().trim().is_empty()
            || (area.selection_start() == Ok(Some(0)) && area.selection_end() == Ok(Some(len)));
        if whole && ev.clipboard_data().is_some_and(|data| import::pasted_whole(ws, column, &data)) {
            ev.prevent_default();
        }
    };
    let n = column.id;
    // The value to show: read the field untracked, reload only when the revision changes.
    let value = move |field: RwSignal<String>| {
        move || {
            column.revision.track();
            field.get_untracked()
        }
    };
    let input = move |field: RwSignal<String>| {
        move |ev| {
            field.set(event_target_value(&ev));
            column.edited();
        }
    };
    view! {
        <div class="column-body editor">
            <label class="field">
                <span>"Title"</span>
                <input type="text" id=format!("title-{n}") prop:value=value(column.title) on:input={dom::on(input(column.title))} />
            </label>
            <div class="field-row">
                <label class="field">
                    <span>"Source"</span>
                    <input type="text" prop:value=value(column.source) on:input={dom::on(input(column.source))} />
                </label>
                <label class="field">
                    <span>"Published"</span>
                    <input type="date" prop:value=value(column.published) on:input={dom::on(input(column.published))} />
                </label>
            </div>
            <label class="field field-body">
                <span>"Article text"</span>
                <textarea
                    class="editor-text"
                    node_ref=text
                    spellcheck="false"
                    placeholder="Type or paste the article here."
                    prop:value=value(column.body)
                    on:input={dom::on(input(column.body))}
                    on:paste={dom::on(on_paste)}
                ></textarea>
            </label>
        </div>
    }
}
