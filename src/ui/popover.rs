//! The claim behind the active mention, shown next to its mark: what each article says, the
//! verdict for each pair with its reason, and the evidence that matched them (shared words and
//! how sure the pair scorer is, with the features that decided). It only describes; it never takes the pointer or the focus. Its content
//! is rebuilt with plain DOM calls (see [`super::build`]).

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::Element;

use super::build::{add, attr, sign};
use super::selection::{Active, Selection};
use super::state::Workspace;
use crate::display::{claim_detail, fixed, status_label, status_name, ClaimDetail};

/// The popover's width in pixels, as in the stylesheet, to keep it inside the window.
const WIDTH: f64 = 300.0;

#[component]
pub fn Popover() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let sel = expect_context::<Selection>();
    let node = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let active = sel.active.get().filter(|_| sel.open.get());
        let detail = active
            .and_then(|a| ws.articles.with(|arts| ws.analysis.with(|an| claim_detail(arts, an, a.claim))));
        el.set_text_content(None);
        match (active, detail) {
            (Some(active), Some(detail)) => {
                fill(&el, &detail);
                // Through the CSSOM, not a `style` attribute: the page's Content Security
                // Policy refuses inline style attributes (docs/security.md).
                web_sys::HtmlElement::style(&el).set_css_text(&place(active));
                let _ = el.remove_attribute("hidden");
            }
            _ => attr(&el, "hidden", ""),
        }
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

fn fill(el: &Element, d: &ClaimDetail) {
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
