//! Under a column's head, after an article came in from the web or the clipboard: how many
//! lines of page furniture were left out, the lines themselves on request, and Undo, which
//! brings the article back as it came; Keep closes the note.

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{Element, Event};

use super::build::{add, attr};
use super::dom;
use super::state::Column;

/// What the note shows: the dropped lines, if any.
struct Model<'a> {
    lines: Option<&'a [String]>,
}

/// What a click on the note asks for.
enum Act {
    Undo,
    Keep,
}

/// The note, rebuilt whole from its [`Model`] by one effect, its buttons handled on it.
#[component]
pub fn DroppedLines(column: Column) -> impl IntoView {
    let dropped = column.dropped;
    let slot = NodeRef::<Div>::new();
    dom::effect(move || {
        let Some(slot) = slot.get() else { return };
        dropped.with(|d| fill(&slot, &Model { lines: d.as_ref().map(|d| d.lines.as_slice()) }));
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match decode(&ev) {
        Some(Act::Undo) => {
            if let Some(d) = dropped.get_untracked() {
                column.fill(&d.before);
            }
        }
        Some(Act::Keep) => dropped.set(None),
        None => {}
    };
    view! { <div node_ref=slot on:click={dom::on(on_click)}></div> }
}

/// Replace the slot's content with the note: a summary that opens on the lines, and the buttons.
fn fill(el: &Element, m: &Model) {
    el.set_text_content(None);
    let Some(lines) = m.lines else { return };
    let note = add(el, "div", "dropped", "");
    attr(&note, "data-dropped", "");
    let details = add(&note, "details", "dropped-lines", "");
    let summary = match lines.len() {
        1 => "1 line of page furniture left out".to_string(),
        n => format!("{n} lines of page furniture left out"),
    };
    add(&details, "summary", "", &summary);
    let list = add(&details, "ul", "", "");
    for line in lines {
        add(&list, "li", "", line);
    }
    let actions = add(&note, "span", "dropped-actions", "");
    for (data, text) in [("data-undo", "Undo"), ("data-keep", "Keep")] {
        let button = add(&actions, "button", "action", text);
        attr(&button, "type", "button");
        attr(&button, data, "");
    }
}

/// The action a click on the note stands for.
fn decode(ev: &Event) -> Option<Act> {
    let button = dom::closest_at(ev.target(), "button")?;
    if button.has_attribute("data-undo") {
        Some(Act::Undo)
    } else {
        button.has_attribute("data-keep").then_some(Act::Keep)
    }
}
