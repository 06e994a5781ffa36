//! The element builder of the views rebuilt whole, each of which has one shape: an effect derives
//! its `Model` and calls a pure `fill(&Element, &Model)`, and its container's events go through
//! one `decode(&Event) -> Option<Act>` into a typed `Act` (docs/architecture.md, "The page").
//! Plain DOM calls cost far less WebAssembly than a typed view per shape; text goes in through
//! `textContent` only, so nothing an article says is ever parsed as markup.

use web_sys::Element;

use super::dom::document;

/// A new `tag` element with a class (none when empty).
pub fn el(tag: &str, class: &str) -> Element {
    let e = document().create_element(tag).expect("a known tag name");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// Append a new `tag` child holding `text` to `parent`, and return it.
pub fn add(parent: &Element, tag: &str, class: &str, text: &str) -> Element {
    let e = el(tag, class);
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    let _ = parent.append_child(&e);
    e
}

/// Set an attribute, ignoring the impossible failure for the fixed names used here.
pub fn attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// The round status sign used in the table and the popover (drawn by the stylesheet).
pub fn sign(parent: &Element, status: &str) {
    let s = add(parent, "span", "status-sign", "");
    attr(&s, "data-status", status);
    attr(&s, "aria-hidden", "true");
}

/// Append a new SVG `tag` child with its attributes to `parent`, and return it.
pub fn add_svg(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Element {
    let e =
        document().create_element_ns(Some("http://www.w3.org/2000/svg"), tag).expect("a known SVG tag name");
    for (name, value) in attrs {
        attr(&e, name, value);
    }
    let _ = parent.append_child(&e);
    e
}
