//! The claim behind the active mention, shown next to its mark: what each article says, the
//! verdict for each pair with its reason, and the evidence that matched them (shared words and
//! how sure the pair scorer is, with the features that decided). It only describes; it never
//! takes the pointer or the focus, so it has events of none. It is rebuilt whole from its
//! [`Model`] (see [`super::build`]).

use leptos::html::Div;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::build::{add, attr, sign};
use super::dom;
use super::selection::{Active, Selection};
use super::state::Workspace;
use crate::display::{claim_detail, fixed, status_label, status_name, ClaimDetail};

/// The popover's width in pixels, as in the stylesheet, to keep it inside the window.
const WIDTH: f64 = 300.0;

/// What the popover shows: the claim described and where (as CSS), or nothing when closed.
struct Model {
    shown: Option<(ClaimDetail, String)>,
}

#[component]
pub fn Popover() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let sel = expect_context::<Selection>();
    let node = NodeRef::<Div>::new();
    dom::effect(move || {
        let Some(el) = node.get() else { return };
        let active = sel.active.get().filter(|_| sel.open.get());
        let shown = active.and_then(|a| {
            let detail = ws.articles.with(|arts| ws.analysis.with(|an| claim_detail(arts, an, a.claim)));
            Some((detail?, place(a)))
        });
        fill(&el, &Model { shown });
    });
    view! { <div class="popover" id="claim-popover" role="dialog" aria-label="Claim details" aria-live="polite" hidden node_ref=node></div> }
}

/// Below the mark, unless it sits low in the window: then above it. Always inside the window.
fn place(a: Active) -> String {
    let w = window();
    let vw = w.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(1024.0);
    let vh = w.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(768.0);
    let left = a.left.min(vw - WIDTH - 8.0).max(8.0);
    if a.bottom > vh * 0.55 {
        format!("left:{}px;bottom:{}px", fixed(left, 0), fixed(vh - a.top + 6.0, 0))
    } else {
        format!("left:{}px;top:{}px", fixed(left, 0), fixed(a.bottom + 6.0, 0))
    }
}

/// Replace the popover's content with the claim's detail and place it, or hide it.
fn fill(el: &Element, m: &Model) {
    el.set_text_content(None);
    let Some((d, place)) = &m.shown else { return attr(el, "hidden", "") };
    // Through the CSSOM, not a `style` attribute: the page's Content Security Policy refuses
    // inline style attributes (docs/security.md).
    el.unchecked_ref::<HtmlElement>().style().set_css_text(place);
    let _ = el.remove_attribute("hidden");
    let status = status_name(d.row.status);
    let head = add(el, "p", "popover-status", "");
    sign(&head, status);
    let _ = head.append_with_str_1(status_label(d.row.status));
    add(&head, "span", "popover-label", &d.row.label);
    let values = add(&add(el, "table", "popover-values", ""), "tbody", "", "");
    for (name, value) in d.names.iter().zip(&d.row.cells) {
        let tr = add(&values, "tr", if value.is_empty() { "is-silent" } else { "" }, "");
        attr(&add(&tr, "th", "", name), "scope", "row");
        add(&tr, "td", "", if value.is_empty() { "—" } else { value });
    }
    if !d.sequence.is_empty() {
        add(el, "p", "popover-sequence", &d.sequence);
    }
    let pairs = add(el, "ul", "popover-pairs", "");
    for p in &d.pairs {
        add(&pairs, "li", "", p);
    }
    let words = if d.shared.is_empty() {
        "No shared context words".to_string()
    } else {
        format!("Shared words: {}", d.shared.join(", "))
    };
    add(el, "p", "popover-evidence", &words);
    add(el, "p", "popover-evidence", &d.why);
}
