//! The whole page: a masthead with the legend, then the article columns side by side. Opens on
//! the built-in demo comparison.

use leptos::prelude::*;

use super::article_column::ArticleColumn;
use super::legend::Legend;
use super::state::Workspace;

#[component]
pub fn App() -> impl IntoView {
    let workspace = Workspace::demo();
    provide_context(workspace);
    view! {
        <header class="masthead">
            <div class="masthead-text">
                <h1 class="brand">"Crosscheck"</h1>
                <p class="tagline">
                    "Reports of one story side by side, with every figure and date marked."
                </p>
            </div>
            <Legend />
        </header>
        <main class="columns" aria-label="Articles">
            <For each=move || workspace.columns.get() key=|column| column.id let:column>
                <ArticleColumn column=column />
            </For>
        </main>
    }
}
