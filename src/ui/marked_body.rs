//! An article body for reading: its paragraphs as text nodes, every mention the engine found
//! wrapped in a `<mark>` naming its report id, claim and status. Text is never parsed as HTML.
//! Rebuilt whole from its [`Model`] on every analysis (hundreds of marks: see [`super::build`]);
//! pointer, focus and key events are decoded once, for the whole body.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};

use super::build::{add, attr};
use super::corrections::{self, Linking};
use super::selection::Selection;
use super::state::{Column, Workspace};
use super::{dom, perf};
use crate::display::{marked_paragraphs, status_label, status_name, Run};

/// What the body shows: its paragraphs, each a list of plain and marked runs.
struct Model {
    paras: Vec<Vec<Run>>,
}

/// What an event on the body asks for; each happened on a mark.
enum Act {
    /// The pointer reached this mark.
    Point(Element),
    /// The focus reached this mark.
    Focus(Element),
    /// The pointer or the focus left this mark.
    Leave(Element),
    /// Enter or Space: open the popover (focusing a mark opens it too, so a key that toggled
    /// would close it, the opposite of the legend's "Enter open").
    Open,
    /// Escape: close the popover.
    Close,
    /// Another key on this mark: a correction, if it is one.
    Key(Element, String),
}

#[component]
pub fn MarkedBody(column: Column) -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let sel = expect_context::<Selection>();
    let linking = expect_context::<Linking>();
    let node = NodeRef::<Div>::new();
    let active = move || sel.active.with(|a| a.map(|a| a.mention));
    // Rebuild the marked text whenever the article or the comparison changes.
    dom::effect(move || {
        let Some(el) = node.get() else { return };
        let at = ws.position(column.id).unwrap_or(usize::MAX);
        let paras = ws.analysis.with(|an| column.article.with(|a| marked_paragraphs(&a.body, an, at)));
        // Emptying the body would clamp its scroll position to the top; keep the reader's place.
        let scroll = el.scroll_top();
        // A focused mark is replaced too; focus its successor, so a keyboard correction or an
        // edit elsewhere does not drop the reader's place.
        let focused = dom::document()
            .active_element()
            .filter(|f| el.contains(Some(f)))
            .and_then(|f| dom::data(&f, "mention"));
        fill(&el, &Model { paras });
        untrack(|| light(&el, sel.lit(), active()));
        el.set_scroll_top(scroll);
        if let Some(id) = focused {
            if let Ok(Some(mark)) = el.query_selector(&format!("mark[data-mention=\"{id}\"]")) {
                dom::focus_quietly(&mark);
            }
        }
    });
    // Light the marks of the active or chosen claim as the pointer and the focus move; this
    // is cheap, so it can follow every hover.
    dom::effect(move || {
        let (lit, active) = (sel.lit(), active());
        if let Some(el) = node.get() {
            light(&el, lit, active);
        }
    });
    let on = move |ev: &Event| {
        let Some(act) = decode(ev) else { return };
        match act {
            Act::Point(mark) => {
                if sel.active.get_untracked().map(|a| Some(a.mention)) != Some(dom::data(&mark, "mention")) {
                    sel.activate(&mark, false);
                }
            }
            Act::Focus(mark) => sel.activate(&mark, true),
            Act::Leave(mark) => sel.release(&mark),
            Act::Open => {
                ev.prevent_default();
                sel.open.set(true);
            }
            Act::Close => sel.open.set(false),
            Act::Key(mark, key) => {
                if corrections::key(ws, linking, &mark, &key) {
                    ev.prevent_default();
                }
            }
        }
    };

    view! {
        <div
            class="column-body body"
            node_ref=node
            on:mouseover={dom::on(move |ev: ev::MouseEvent| on(&ev))}
            on:mouseout={dom::on(move |ev: ev::MouseEvent| on(&ev))}
            on:focusin={dom::on(move |ev: ev::FocusEvent| on(&ev))}
            on:focusout={dom::on(move |ev: ev::FocusEvent| on(&ev))}
            on:keydown={dom::on(move |ev: ev::KeyboardEvent| on(&ev))}
        ></div>
    }
}

/// Replace the body's content: a paragraph per run list, plain runs as text, marked runs as
/// `<mark>` elements naming their mention, claim and status. The first time marks appear on
/// the page, record the `crosscheck:highlighted` performance mark.
fn fill(el: &Element, m: &Model) {
    el.set_text_content(None);
    if m.paras.is_empty() {
        add(el, "p", "body-empty", "No text yet. Choose Edit to type, Paste to use the clipboard, or drop a .txt, .md or .html file here.");
        return;
    }
    let mut marked = false;
    for runs in &m.paras {
        let p = add(el, "p", "", "");
        for run in runs {
            let Some(mark) = &run.mark else {
                let _ = p.append_with_str_1(&run.text);
                continue;
            };
            marked = true;
            let m = add(&p, "mark", "mention", &run.text);
            attr(&m, "role", "button");
            // Every mark is a tab stop, single ones too: a keyboard reader links them (`l`).
            attr(&m, "tabindex", "0");
            attr(
                &m,
                "aria-label",
                &format!("{}: {}", run.text, status_label(mark.status).to_ascii_lowercase()),
            );
            attr(&m, "data-mention", &mark.id.to_string());
            if let Some(claim) = mark.claim {
                attr(&m, "data-claim", &claim.to_string());
            }
            attr(&m, "data-status", status_name(mark.status));
            attr(&m, "data-kind", mark.kind);
        }
    }
    if marked && !FIRST_MARKS.swap(true, Ordering::Relaxed) {
        perf::mark("crosscheck:highlighted");
    }
}

/// Light the marks of claim `lit` in the body, and flag the active mention's among them: the
/// one writer of the `is-lit` and `is-active` classes.
fn light(el: &Element, lit: Option<usize>, active: Option<usize>) {
    for m in dom::within(el, "mark.is-lit, mark.is-active") {
        let _ = m.class_list().remove_2("is-lit", "is-active");
    }
    let Some(claim) = lit else { return };
    for m in dom::within(el, &format!("mark[data-claim=\"{claim}\"]")) {
        let _ = m.class_list().add_1("is-lit");
        if dom::data(&m, "mention") == active {
            let _ = m.class_list().add_1("is-active");
        }
    }
}

/// The action an event on the body stands for, if it happened on a mark.
fn decode(ev: &Event) -> Option<Act> {
    let mark = dom::mark_at(ev.target())?;
    Some(match ev.type_().as_str() {
        "mouseover" => Act::Point(mark),
        "focusin" => Act::Focus(mark),
        // Moving between a mark's own text nodes is not leaving it.
        "mouseout"
            if dom::mark_at(ev.unchecked_ref::<MouseEvent>().related_target()).as_ref() == Some(&mark) =>
        {
            return None
        }
        "mouseout" | "focusout" => Act::Leave(mark),
        "keydown" => match ev.unchecked_ref::<KeyboardEvent>().key().as_str() {
            "Enter" | " " => Act::Open,
            "Escape" => Act::Close,
            key => Act::Key(mark, key.to_string()),
        },
        _ => return None,
    })
}

/// Whether marks have been shown yet, for the one-time load mark.
static FIRST_MARKS: AtomicBool = AtomicBool::new(false);
