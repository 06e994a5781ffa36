//! The line that says the page shows the built-in demo, an invented story, and how to start a
//! comparison of one's own. Shown while the demo is on the page as it comes (`demo::is_demo`),
//! gone once the reader edits it or starts anything else.

use leptos::prelude::*;

use super::button::Button;
use super::state::Workspace;
use crate::demo;

#[component]
pub fn DemoNote() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let shown = Memo::new(move |_| {
        ws.corrections.with(Vec::is_empty)
            && ws.articles.with(|a| demo::is_demo(a.iter().map(|a| (a.title.as_str(), a.body.as_str()))))
    });
    let start = Button::new("action is-primary", "Start your own comparison", move || ws.clear()).view();
    view! {
        <div class="demo-note" data-demo-note hidden=move || !shown.get()>
            <p>
                <strong>"This is a demo: "</strong>
                "three invented reports of one warehouse fire, with their contradictions marked. "
                "Paste, type or open your own articles to compare them."
            </p>
            {start}
        </div>
    }
}
