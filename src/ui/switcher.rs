//! On a narrow screen only one column shows at a time; this row of buttons picks which. On
//! wider screens the stylesheet hides it, since every column is in view. The row is rebuilt
//! whole from its [`Model`] and its clicks decoded once, on the row (see [`super::build`]).

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{Element, Event};

use super::build::{add, attr};
use super::dom;
use super::state::Workspace;
use crate::display::article_label;

/// What the row shows: a chip per column, by id and name, and the column shown.
struct Model {
    chips: Vec<(usize, String)>,
    current: usize,
}

/// What a click on the row asks for.
enum Act {
    /// Show the column with this id.
    Show(usize),
}

#[component]
pub fn Switcher() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let row = NodeRef::<Div>::new();
    dom::effect(move || {
        let Some(row) = row.get() else { return };
        let chips = ws.articles.with(|arts| {
            ws.columns.with(|cols| {
                let names = cols.iter().zip(arts).enumerate();
                names
                    .map(|(i, (col, art))| (col.id, format!("{}. {}", i + 1, article_label(art, i))))
                    .collect()
            })
        });
        fill(&row, &Model { chips, current: ws.current.get() });
        // The pressed chip in view: the row scrolls sideways when the names do not all fit.
        if let (Some(nav), Ok(Some(chip))) = (row.parent_element(), row.query_selector("[aria-pressed=true]"))
        {
            let (n, c) = (nav.get_bounding_client_rect(), chip.get_bounding_client_rect());
            let shift = (c.right() - n.right()).max(0.0) + (c.left() - n.left()).min(0.0);
            nav.set_scroll_left(nav.scroll_left() + shift as i32);
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(Act::Show(id)) = decode(&ev) {
            ws.current.set(id);
        }
    };
    view! { <nav class="switcher" aria-label="Choose the article to read"><div class="switcher-chips" node_ref=row on:click={dom::on(on_click)}></div></nav> }
}

/// Replace the row's content with a chip per column, the shown one pressed.
fn fill(el: &Element, m: &Model) {
    el.set_text_content(None);
    for (id, name) in &m.chips {
        let chip = add(el, "button", "chip", "");
        attr(&chip, "type", "button");
        attr(&chip, "data-chip", &id.to_string());
        attr(&chip, "aria-pressed", if m.current == *id { "true" } else { "false" });
        add(&chip, "span", "label-long", name);
    }
}

/// The action a click on the row stands for: a chip shows its column.
fn decode(ev: &Event) -> Option<Act> {
    dom::closest_at(ev.target(), "[data-chip]").and_then(|c| dom::data(&c, "chip")).map(Act::Show)
}
