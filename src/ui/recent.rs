//! The Recent list: the comparisons saved in this browser, newest first, each of which can be
//! opened, renamed or deleted. The one on the page is marked; opening another saves it first.
//!
//! The entries are built with plain DOM calls ([`super::build`]) and their events handled once,
//! on the list, like the claims table: the list is rebuilt whole whenever it changes (it holds
//! at most 20 entries), and a typed view per entry cost the page about 3 KB gzipped.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::build::{add, attr};
use super::button::Button;
use super::dom;
use super::library::{Entry, Library};
use super::share_dialog::close_on_escape;

#[component]
pub fn Recent() -> impl IntoView {
    let lib = expect_context::<Library>();
    let open = move || lib.panel.get() == Some("recent");
    let toggle = Button::new("action", "Recent", move || lib.panel.set((!open()).then_some("recent")))
        .text(move || format!("Recent ({})", lib.entries.with(Vec::len)))
        .pressed(open);
    // The entry whose name is being edited, if any.
    let renaming = RwSignal::new(None::<u64>);
    let list = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(list) = list.get() else { return };
        let (current, renaming) = (lib.current.get(), renaming.get());
        lib.entries.with(|es| fill(&list, es, current, renaming));
        let field = list.query_selector(".recent-name").ok().flatten();
        if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlInputElement>().ok()) {
            let _ = field.focus();
            field.select();
        }
    });
    // The entry of the element an event came from, and the element.
    let target = |ev: &web_sys::Event| {
        let id =
            dom::closest_at(ev.target(), "[data-entry]")?.get_attribute("data-entry")?.parse::<u64>().ok()?;
        Some((id, ev.target()?.dyn_into::<Element>().ok()?))
    };
    let click = move |ev: ev::MouseEvent| {
        let Some((id, el)) = target(&ev) else { return };
        let act = el.closest("button[data-act]").ok().flatten().and_then(|b| b.get_attribute("data-act"));
        match act.as_deref() {
            Some("open") => lib.open(id),
            Some("rename") => renaming.set(Some(id)),
            Some("delete") => lib.delete(id),
            _ => {}
        }
    };
    // Renaming rebuilds the list, so the field's value is read before anything changes.
    let commit = move |id: u64, el: &Element| {
        let Some(name) = el.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value) else { return };
        if renaming.get_untracked() == Some(id) {
            renaming.set(None);
            lib.rename(id, &name);
        }
    };
    let change = move |ev: ev::Event| {
        if let Some((id, el)) = target(&ev) {
            commit(id, &el);
        }
    };
    let keys = move |ev: ev::KeyboardEvent| {
        let Some((id, el)) = target(&ev) else { return };
        if !el.class_list().contains("recent-name") {
            return;
        }
        match ev.key().as_str() {
            "Enter" => commit(id, &el),
            "Escape" => {
                // Cancels the rename only; the panel stays open.
                ev.stop_propagation();
                renaming.set(None);
            }
            _ => {}
        }
    };
    view! {
        <div class="recent">
            {toggle.view()}
            <Show when=open>
                <div
                    class="recent-panel"
                    role="region"
                    aria-label="Recent comparisons"
                    on:keydown=move |ev| close_on_escape(lib, &ev)
                >
                    <div node_ref=list on:click=click on:change=change on:keydown=keys></div>
                </div>
            </Show>
        </div>
    }
}

/// Replace `parent`'s content with the list of `entries`, or a word that there are none.
fn fill(parent: &Element, entries: &[Entry], current: Option<u64>, renaming: Option<u64>) {
    parent.set_text_content(None);
    if entries.is_empty() {
        add(parent, "p", "recent-empty", "Nothing saved yet. Comparisons you edit are kept here.");
        return;
    }
    let ul = add(parent, "ul", "recent-list", "");
    for e in entries {
        let li =
            add(&ul, "li", if current == Some(e.id) { "recent-item is-current" } else { "recent-item" }, "");
        attr(&li, "data-entry", &e.id.to_string());
        if renaming == Some(e.id) {
            let field = add(&li, "input", "recent-name", "");
            attr(&field, "aria-label", "New name");
            if let Some(field) = field.dyn_ref::<HtmlInputElement>() {
                field.set_value(&e.label());
            }
        } else {
            let open = button(&li, "recent-open", "open", &e.label());
            attr(&open, "aria-pressed", if current == Some(e.id) { "true" } else { "false" });
        }
        let plural = if e.articles == 1 { "" } else { "s" };
        add(&li, "span", "recent-meta", &format!("{} article{plural} · saved {}", e.articles, when(e.saved)));
        button(&li, "action", "rename", "Rename");
        button(&li, "action", "delete", "Delete");
    }
}

/// A button as [`Button`] draws one, with `act` saying what a click on it does.
fn button(parent: &Element, class: &str, act: &str, text: &str) -> Element {
    let b = add(parent, "button", class, "");
    attr(&b, "type", "button");
    attr(&b, "data-act", act);
    add(&b, "span", "label-long", text);
    b
}

/// "14 Nov 2026, 09:05" in the reader's time zone.
fn when(ms: f64) -> String {
    use web_sys::js_sys::Date;
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let d = Date::new(&ms.into());
    let month = MONTHS.get(d.get_month() as usize).unwrap_or(&"");
    format!("{} {month} {}, {:02}:{:02}", d.get_date(), d.get_full_year(), d.get_hours(), d.get_minutes())
}
