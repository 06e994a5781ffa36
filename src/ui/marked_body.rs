//! An article body for reading: its paragraphs as text nodes, every mention the engine found
//! wrapped in a `<mark>` naming its report id, claim and status. Text is never parsed as HTML.
//! Built with plain DOM calls (hundreds of marks, rebuilt on every analysis: see
//! [`super::build`]); pointer, focus and key events are handled once for the whole body.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use web_sys::Element;

use super::build::{add, attr};
use super::corrections::{self, Linking};
use super::selection::Selection;
use super::state::{Column, Workspace};
use super::{dom, perf};
use crate::display::{marked_paragraphs, status_label, status_name, Run};
use crate::engine::Status;

#[component]
pub fn MarkedBody(column: Column) -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let sel = expect_context::<Selection>();
    let linking = expect_context::<Linking>();
    let node = NodeRef::<Div>::new();
    // Rebuild the marked text whenever the article or the comparison changes.
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let at = ws.position(column.id).unwrap_or(usize::MAX);
        let paras = ws.analysis.with(|an| column.article.with(|a| marked_paragraphs(&a.body, an, at)));
        let lit = untrack(move || sel.lit());
        // Emptying the body would clamp its scroll position to the top; keep the reader's place.
        let scroll = el.scroll_top();
        // A focused mark is replaced too; focus its successor, so a keyboard correction or an
        // edit elsewhere does not drop the reader's place.
        let focused = dom::document()
            .active_element()
            .filter(|f| el.contains(Some(f)))
            .and_then(|f| dom::data(&f, "mention"));
        fill(&el, paras, lit);
        el.set_scroll_top(scroll);
        if let Some(id) = focused {
            if let Ok(Some(mark)) = el.query_selector(&format!("mark[data-mention=\"{id}\"]")) {
                dom::focus_quietly(&mark);
            }
        }
    });
    let on_over = move |ev: ev::MouseEvent| {
        if let Some(mark) = dom::mark_at(ev.target()) {
            if sel.active.get_untracked().map(|a| Some(a.mention)) != Some(dom::data(&mark, "mention")) {
                sel.activate(&mark, false);
            }
        }
    };
    let on_out = move |ev: ev::MouseEvent| {
        // Moving between a mark's own text nodes is not leaving it.
        if let Some(mark) = dom::mark_at(ev.target()) {
            if dom::mark_at(ev.related_target()).as_ref() != Some(&mark) {
                sel.release(&mark);
            }
        }
    };
    let on_focus_in = move |ev: ev::FocusEvent| {
        if let Some(mark) = dom::mark_at(ev.target()) {
            sel.activate(&mark, true);
        }
    };
    let on_focus_out = move |ev: ev::FocusEvent| {
        if let Some(mark) = dom::mark_at(ev.target()) {
            sel.release(&mark);
        }
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        if dom::mark_at(ev.target()).is_none() {
            return;
        }
        match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                sel.open.update(|o| *o = !*o);
            }
            "Escape" => sel.open.set(false),
            k => {
                if let Some(mark) = dom::mark_at(ev.target()) {
                    if corrections::key(ws, linking, &mark, k) {
                        ev.prevent_default();
                    }
                }
            }
        }
    };

    view! {
        <div
            class="column-body body"
            node_ref=node
            on:mouseover=on_over
            on:mouseout=on_out
            on:focusin=on_focus_in
            on:focusout=on_focus_out
            on:keydown=on_key
        ></div>
    }
}

/// Replace the body's content: a paragraph per run list, plain runs as text, marked runs as
/// `<mark>` elements naming their mention, claim and status. The first time marks appear on
/// the page, record the `crosscheck:highlighted` performance mark.
fn fill(el: &Element, paras: Vec<Vec<Run>>, lit: Option<usize>) {
    el.set_text_content(None);
    if paras.is_empty() {
        add(el, "p", "body-empty", "No text yet. Choose Edit to type, Paste to use the clipboard, or drop a .txt, .md or .html file here.");
        return;
    }
    let mut marked = false;
    for runs in paras {
        let p = add(el, "p", "", "");
        for run in runs {
            let Some(mark) = run.mark else {
                let _ = p.append_with_str_1(&run.text);
                continue;
            };
            marked = true;
            let m = add(
                &p,
                "mark",
                if lit.is_some() && mark.claim == lit { "mention is-lit" } else { "mention" },
                &run.text,
            );
            attr(&m, "role", "button");
            // Marks other articles share are tab stops; single ones stay reachable by pointer.
            attr(&m, "tabindex", if mark.status == Status::Single { "-1" } else { "0" });
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

/// Whether marks have been shown yet, for the one-time load mark.
static FIRST_MARKS: AtomicBool = AtomicBool::new(false);
