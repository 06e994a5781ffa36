//! An article body for reading: its paragraphs as text nodes, with every mention the engine
//! found wrapped in a `<mark>` that names its index and kind. Text is never parsed as HTML.

use leptos::prelude::*;

use super::state::Column;
use crate::display::{paragraphs, Run};

#[component]
pub fn MarkedBody(column: Column) -> impl IntoView {
    let paras = Memo::new(move |_| column.article.with(|a| column.mentions.with(|m| paragraphs(&a.body, m))));
    view! {
        <div class="body">
            {move || {
                let paras = paras.get();
                if paras.is_empty() {
                    view! { <p class="body-empty">"No text yet. Choose Edit and paste an article."</p> }
                        .into_any()
                } else {
                    paras
                        .into_iter()
                        .map(|runs| view! { <p>{runs.into_iter().map(run_view).collect_view()}</p> })
                        .collect_view()
                        .into_any()
                }
            }}
        </div>
    }
}

/// A plain run as a text node, a marked one as `<mark>` around a text node.
fn run_view(run: Run) -> AnyView {
    match run.mark {
        None => run.text.into_any(),
        Some(mark) => view! {
            <mark class="mention" data-mention=mark.index data-kind=mark.kind title=mark.title>
                {run.text}
            </mark>
        }
        .into_any(),
    }
}
