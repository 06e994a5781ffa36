//! On a narrow screen only one column shows at a time; this row of buttons picks which. On
//! wider screens the stylesheet hides it, since every column is in view. The buttons are
//! built by one effect with plain DOM calls ([`super::build`]) and their clicks handled on the
//! row, which costs the page less than a typed view per button.

use leptos::html::Div;
use leptos::prelude::*;

use super::build::{add, attr};
use super::dom;
use super::state::Workspace;
use crate::display::article_name;

#[component]
pub fn Switcher() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let row = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(row) = row.get() else { return };
        row.set_text_content(None);
        let current = ws.current.get();
        ws.articles.with(|arts| {
            ws.columns.with(|cols| {
                for (i, (col, art)) in cols.iter().zip(arts).enumerate() {
                    let chip = add(&row, "button", "chip", "");
                    attr(&chip, "type", "button");
                    attr(&chip, "data-chip", &col.id.to_string());
                    attr(&chip, "aria-pressed", if current == col.id { "true" } else { "false" });
                    add(&chip, "span", "label-long", &format!("{}. {}", i + 1, article_name(art, i)));
                }
            })
        });
    });
    let pick = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = dom::closest_at(ev.target(), "[data-chip]").and_then(|c| dom::data(&c, "chip")) {
            ws.current.set(id);
        }
    };
    view! { <nav class="switcher" aria-label="Choose the article to read"><div class="switcher-chips" node_ref=row on:click=pick></div></nav> }
}
