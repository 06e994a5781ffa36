//! Manual corrections from the keyboard, on a focused mark: `x` dismisses the mention, `u`
//! unlinks it from its claim, `l` then `l` on a second mark links the two. The bar shows what
//! is pending and undoes the last correction. The rules themselves live in [`crate::marks`].

use leptos::prelude::*;
use web_sys::Element;

use super::button::Button;
use super::dom;
use super::state::Workspace;
use crate::marks::{anchor, by_id, Anchor, Correction};

/// The first mention of a link in progress, shared through context.
#[derive(Clone, Copy)]
pub struct Linking(pub RwSignal<Option<Anchor>>);

/// Handle a correction key pressed on `mark`; returns whether the key was one.
pub fn key(ws: Workspace, linking: Linking, mark: &Element, key: &str) -> bool {
    if !matches!(key, "x" | "u" | "l") {
        return false;
    }
    let Some(id) = dom::data(mark, "mention") else { return true };
    let here = ws.articles.with_untracked(|arts| {
        ws.analysis.with_untracked(|an| by_id(an, id).and_then(|r| anchor(arts, an, r)))
    });
    let Some(here) = here else { return true };
    let correction = match key {
        "x" => Some(Correction::Dismiss(here)),
        "u" => Some(Correction::Unlink(here)),
        _ => match linking.0.get_untracked() {
            None => {
                linking.0.set(Some(here));
                ws.notice.set("Linking: focus another mention and press l again (Escape cancels).".into());
                None
            }
            Some(first) => {
                linking.0.set(None);
                ws.notice.set(String::new());
                (first != here).then_some(Correction::Link(first, here))
            }
        },
    };
    if let Some(c) = correction {
        ws.corrections.update(|cs| cs.push(c));
    }
    true
}

#[component]
pub fn CorrectionsBar() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let count = move || ws.corrections.with(Vec::len);
    let undo = move || {
        Button::new("action", "Undo correction", move || {
            ws.corrections.update(|cs| {
                cs.pop();
            })
        })
        .text(move || format!("Undo correction ({})", count()))
        .view()
    };
    view! { <Show when=move || { count() > 0 }>{undo()}</Show> }
}
