//! Small helpers the components share: effects, event handlers and timers, each made one way;
//! finding marks, scrolling a column's body so a mark shows without moving the page or the row
//! of columns, focusing without a jump, and saving a file. The DOM helpers are best effort: a
//! missing element is simply skipped.

use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Run `f` once the page has rendered, and again whenever a signal it reads changes; effects
/// only write to the outside world. Every effect on the page is made here, boxed, so that all
/// of them share one copy of Leptos's effect machinery instead of one per closure type.
pub fn effect(f: impl Fn() + 'static) {
    boxed_effect(Box::new(f));
}

fn boxed_effect(f: Box<dyn Fn()>) {
    leptos::prelude::Effect::new(f);
}

/// A timer that calls `f` after `ms` milliseconds, unless dropped first; boxed for the same
/// reason as effects.
pub fn later(ms: u32, f: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    boxed_later(ms, Box::new(f))
}

fn boxed_later(ms: u32, f: Box<dyn FnOnce()>) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(ms, f)
}

/// A handler for an `on:` attribute, boxed for the same reason: every handler of one event
/// type then shares one copy of Leptos's listener code.
pub fn on<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

pub fn document() -> web_sys::Document {
    leptos::prelude::document()
}

/// Every element matching `selector`, in document order.
pub fn all(selector: &str) -> Vec<Element> {
    listed(document().query_selector_all(selector))
}

/// Every element inside `el` matching `selector`, in document order.
pub fn within(el: &Element, selector: &str) -> Vec<Element> {
    listed(el.query_selector_all(selector))
}

fn listed(list: Result<web_sys::NodeList, leptos::wasm_bindgen::JsValue>) -> Vec<Element> {
    let Ok(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// The marks of a claim, in document order (column by column).
pub fn claim_marks(claim: usize) -> Vec<Element> {
    all(&format!("mark[data-claim=\"{claim}\"]"))
}

/// The scrolling body of the column holding `el`.
fn body_of(el: &Element) -> Option<Element> {
    el.closest(".column-body").ok().flatten()
}

/// Scroll the column body holding `mark` so the mark sits in its middle, unless it is already
/// fully visible. Only the body scrolls: `scrollIntoView` would also move the page and the
/// sideways-scrolling row of columns, which loses the reader's place.
pub fn reveal(mark: &Element) {
    let Some(body) = body_of(mark) else { return };
    let (m, b) = (mark.get_bounding_client_rect(), body.get_bounding_client_rect());
    if m.top() >= b.top() && m.bottom() <= b.bottom() {
        return;
    }
    let delta = m.top() - b.top() - (b.height() - m.height()) / 2.0;
    body.set_scroll_top(body.scroll_top() + delta as i32);
}

/// On a narrow screen, where the popover is a sheet over the window's lower half, scroll
/// `mark`'s column body so the mark sits above the sheet: the focused mark stays in view.
pub fn above_sheet(mark: &Element) {
    let (vw, vh) = viewport();
    let Some(body) = body_of(mark).filter(|_| vw <= 700.0) else { return };
    let m = mark.get_bounding_client_rect();
    if m.bottom() <= vh * 0.45 {
        return;
    }
    // The mark near the top of its column's text, and the page moved up to the switcher, which
    // stays in view above the column.
    let room = (m.top() - body.get_bounding_client_rect().top()).max(0.0);
    body.set_scroll_top(body.scroll_top() + (room - 16.0).max(0.0) as i32);
    if let Some(switcher) = all(".switcher").first() {
        leptos::prelude::window()
            .scroll_by_with_x_and_y(0.0, switcher.get_bounding_client_rect().top() - 4.0);
    }
}

/// The window's width and height in CSS pixels (1024 × 768 if it cannot say).
pub fn viewport() -> (f64, f64) {
    let w = leptos::prelude::window();
    let size = |v: Result<wasm_bindgen::JsValue, _>, or: f64| v.ok().and_then(|v| v.as_f64()).unwrap_or(or);
    (size(w.inner_width(), 1024.0), size(w.inner_height(), 768.0))
}

/// Reveal the first mark of `claim` in every column, except the column holding `skip`.
pub fn reveal_claim(claim: usize, skip: Option<&Element>) {
    let skip_body = skip.and_then(body_of);
    let mut seen: Vec<Element> = Vec::new();
    for mark in claim_marks(claim) {
        let Some(body) = body_of(&mark) else { continue };
        if seen.iter().any(|b| b == &body) || skip_body.as_ref() == Some(&body) {
            continue;
        }
        reveal(&mark);
        seen.push(body);
    }
}

/// Scroll the row of columns sideways so every column holding a mark of `claim` is in view
/// (the first of them when they cannot all fit), leaving the row alone when they already are.
pub fn reveal_row(claim: usize) {
    let Some(row) = all(".columns").into_iter().next() else { return };
    let view = row.get_bounding_client_rect();
    let (mut left, mut right) = (f64::INFINITY, f64::NEG_INFINITY);
    for mark in claim_marks(claim).iter().filter(|m| is_shown(m)) {
        if let Some(column) = mark.closest(".column").ok().flatten() {
            let r = column.get_bounding_client_rect();
            left = left.min(r.left());
            right = right.max(r.right());
        }
    }
    if left > right {
        return;
    }
    let mut delta = (right - view.right()).max(0.0);
    if left - delta < view.left() {
        delta = left - view.left();
    }
    if delta != 0.0 {
        row.set_scroll_left(row.scroll_left() + delta.round() as i32);
    }
}

/// Focus an element without the browser's own scrolling (the caller reveals it instead).
pub fn focus_quietly(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// Whether the element takes part in layout (a column hidden on a narrow screen does not).
pub fn is_shown(el: &Element) -> bool {
    el.get_client_rects().length() > 0
}

/// The closest element matching `selector` around an event target (the target itself
/// included), if any: how the views built with plain DOM calls find what a click was on.
pub fn closest_at(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
    target?.dyn_into::<Element>().ok()?.closest(selector).ok().flatten()
}

/// The closest mark around an event target, if any.
pub fn mark_at(target: Option<web_sys::EventTarget>) -> Option<Element> {
    closest_at(target, "mark[data-mention]")
}

/// Whether an event's target is inside the claim popover.
pub fn in_popover(target: Option<web_sys::EventTarget>) -> bool {
    closest_at(target, "#claim-popover").is_some()
}

/// An integer data attribute.
pub fn data(el: &Element, name: &str) -> Option<usize> {
    el.get_attribute(&format!("data-{name}"))?.parse().ok()
}

/// Offer `text` as a file download called `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = web_sys::js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download starts after this call returns, so the URL must outlive it a little.
    later(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// The bytes of a same-origin file whose address the page gives in the `attribute` of the
/// element with id `id` (`scripts/build-site.sh` points it at the file's content-hashed name).
pub async fn fetch_named(id: &str, attribute: &str) -> Result<Vec<u8>, String> {
    let url = document()
        .get_element_by_id(id)
        .and_then(|el| el.get_attribute(attribute))
        .ok_or("the page names no such file")?;
    let failed = |_| format!("{url} could not be fetched");
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url} answered HTTP {}", response.status()));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(web_sys::js_sys::Uint8Array::new(&buffer).to_vec())
}
