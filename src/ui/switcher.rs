//! On a narrow screen only one column shows at a time; this row of buttons picks which. On
//! wider screens the stylesheet hides it, since every column is in view.

use leptos::prelude::*;

use super::button::Button;
use super::state::Workspace;
use crate::display::article_name;

#[component]
pub fn Switcher() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    view! {
        <nav class="switcher" aria-label="Choose the article to read">
            {move || {
                ws.articles
                    .with(|arts| {
                        ws.columns
                            .with(|cols| {
                                cols.iter()
                                    .zip(arts)
                                    .enumerate()
                                    .map(|(i, (col, art))| {
                                        let id = col.id;
                                        let text = format!("{}. {}", i + 1, article_name(art, i));
                                        Button {
                                            text: Signal::stored(text),
                                            ..Button::new("chip", "", move || ws.current.set(id))
                                        }
                                        .pressed(move || ws.current.get() == id)
                                        .view()
                                    })
                                    .collect_view()
                            })
                    })
            }}
        </nav>
    }
}
