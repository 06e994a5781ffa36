//! The claim behind the active mention, shown next to its mark: what each article says, the
//! verdict for each pair with its reason, and the evidence that matched them (shared words and
//! how sure the pair scorer is, with the features that decided) and the sentence each figure
//! comes from. It only describes, so it has events of none. Beside a mark it lets the pointer
//! through, as a tooltip does; on narrow screens it is a bottom sheet (the stylesheet) that a
//! finger may scroll. It is a tab stop, so a keyboard can scroll it too. It is rebuilt whole
//! from its [`Model`] (see [`super::build`]).

use leptos::html::Div;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::build::{add, attr, sign};
use super::dom;
use super::selection::{Active, Selection};
use super::state::Workspace;
use crate::display::{claim_detail, fixed, status_label, status_name, ClaimDetail};

/// The popover's widest width in pixels, as in the stylesheet, to keep it inside the window.
const WIDTH: f64 = 400.0;

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
    // A tab stop, so a keyboard can scroll a long claim's details too.
    view! { <div class="popover" id="claim-popover" role="dialog" aria-label="Claim details" aria-live="polite" tabindex="0" hidden node_ref=node></div> }
}

/// On the side of the mark with more room, and no taller than that room, inside the window,
/// so that as much as possible shows without scrolling (a fixed 45vh cut the demo's first
/// contradiction's evidence). On narrow screens the stylesheet overrides this with a sheet.
fn place(a: Active) -> String {
    let (vw, vh) = dom::viewport();
    let left = a.left.min(vw - WIDTH - 8.0).max(8.0);
    let (above, below) = (a.top - 14.0, vh - a.bottom - 14.0);
    let (edge, at, room) =
        if above > below { ("bottom", vh - a.top + 6.0, above) } else { ("top", a.bottom + 6.0, below) };
    format!("left:{}px;{edge}:{}px;max-height:{}px", fixed(left, 0), fixed(at, 0), fixed(room, 0))
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
    for (((name, value), source), q) in d.names.iter().zip(&d.row.cells).zip(&d.row.sources).zip(&d.quotes) {
        let tr = add(&values, "tr", if value.is_empty() { "is-silent" } else { "" }, "");
        attr(&add(&tr, "th", "", name), "scope", "row");
        // The sentence the figure comes from, the figure in bold: what a reader judges by.
        let td = if q.figure.is_empty() {
            add(&tr, "td", "", if value.is_empty() { "—" } else { value })
        } else {
            let td = add(&tr, "td", "popover-quote", &q.before);
            add(&td, "strong", "", &q.figure);
            let _ = td.append_with_str_1(&q.after);
            td
        };
        if !source.is_empty() {
            add(&td, "span", "popover-source", &format!(" ({source})"));
        }
    }
    if !d.sequence.is_empty() {
        add(el, "p", "popover-sequence", &d.sequence);
    }
    if let Some(strip) = &d.strip {
        super::value_strip::draw(el, strip, status);
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
