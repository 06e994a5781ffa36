//! The Recent list: the comparisons saved in this browser, newest first, each of which can be
//! opened, renamed or deleted. The one on the page is marked; opening another saves it first.
//!
//! The list is rebuilt whole from its [`Model`] and its events decoded into an [`Act`] once,
//! on the list (see [`super::build`]): a typed view per entry cost the page about 3 KB gzipped.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, KeyboardEvent};

use super::build::{add, attr};
use super::button::Button;
use super::dom;
use super::library::{Entry, Library, Panel};
use super::share_dialog::close_on_escape;

/// What the list shows.
struct Model<'a> {
    entries: &'a [Entry],
    /// The entry on the page.
    current: Option<u64>,
    /// The entry being renamed, and the name typed so far.
    renaming: Option<(u64, &'a str)>,
}

/// What an event on the list asks for.
enum Act {
    Open(u64),
    /// Rename was pressed: the entry's name becomes a field.
    Rename(u64),
    Delete(u64),
    /// The reader typed in the name field; this is the field's text now.
    Type(String),
    /// Enter in the name field, or leaving it after a change: keep the name typed.
    Keep,
    /// Escape in the name field: forget the name typed.
    Cancel,
}

/// The action of each entry button, by its `data-act`.
const BUTTONS: [fn(u64) -> Act; 3] = [Act::Open, Act::Rename, Act::Delete];
const OPEN: u8 = 0;
const RENAME: u8 = 1;
const DELETE: u8 = 2;

#[component]
pub fn Recent() -> impl IntoView {
    let lib = expect_context::<Library>();
    let open = move || lib.panel.get() == Some(Panel::Recent);
    let toggle = Button::new("action", "Recent", move || lib.panel.set((!open()).then_some(Panel::Recent)))
        .text(move || format!("Recent ({})", lib.entries.with(Vec::len)))
        .pressed(open);
    // A rename in progress: the entry, and the name typed so far. The name is kept here and
    // not only in the field, because the list is rebuilt whenever an entry changes (an
    // autosave, say), and the new field must hold what the reader typed.
    let renaming = RwSignal::new(None::<u64>);
    let draft = RwSignal::new(String::new());
    let list = NodeRef::<Div>::new();
    // Typing changes only the draft, which is read untracked: the field already shows it.
    dom::effect(move || {
        let Some(list) = list.get() else { return };
        let (current, renaming) = (lib.current.get(), renaming.get());
        // The rebuilt field takes over the caret of the one it replaces; a rename just begun
        // selects the whole name, ready to be typed over.
        let old = name_field(&list).filter(|f| dom::document().active_element().as_ref() == Some(f));
        let caret = old.map(|f| (f.selection_start(), f.selection_end()));
        draft.with_untracked(|draft| {
            let renaming = renaming.map(|id| (id, draft.as_str()));
            lib.entries.with(|entries| fill(&list, &Model { entries, current, renaming }));
        });
        if let Some(field) = name_field(&list) {
            match caret {
                Some((Ok(Some(start)), Ok(Some(end)))) => {
                    let _ = field.focus();
                    let _ = field.set_selection_range(start, end);
                }
                _ => {
                    let _ = field.focus();
                    field.select();
                }
            }
        }
    });
    let on = move |ev: &Event| {
        let Some(act) = decode(ev) else { return };
        match act {
            Act::Open(id) => lib.open(id),
            Act::Rename(id) => {
                draft.set(
                    lib.entries
                        .with_untracked(|es| es.iter().find(|e| e.id == id).map(Entry::label))
                        .unwrap_or_default(),
                );
                renaming.set(Some(id));
            }
            Act::Delete(id) => lib.delete(id),
            Act::Type(text) => draft.set(text),
            Act::Keep => {
                if let Some(id) = renaming.get_untracked() {
                    renaming.set(None);
                    lib.rename(id, &draft.get_untracked());
                }
            }
            Act::Cancel => {
                // Cancels the rename only; the panel stays open.
                ev.stop_propagation();
                renaming.set(None);
            }
        }
    };
    view! {
        <div class="recent">
            {toggle.view()}
            {move || open().then(|| view! {
                <div
                    class="recent-panel"
                    role="region"
                    aria-label="Recent comparisons"
                    on:keydown={dom::on(move |ev| close_on_escape(lib, &ev))}
                >
                    <div
                        node_ref=list
                        on:click={dom::on(move |ev: ev::MouseEvent| on(&ev))}
                        on:input={dom::on(move |ev: ev::Event| on(&ev))}
                        on:change={dom::on(move |ev: ev::Event| on(&ev))}
                        on:keydown={dom::on(move |ev: ev::KeyboardEvent| on(&ev))}
                    ></div>
                </div>
            })}
        </div>
    }
}

/// Replace `el`'s content with the list of entries, or a word that there are none.
fn fill(el: &Element, m: &Model) {
    // Taking out a name field that was typed in makes the browser fire `change` on it at once;
    // while the list is marked busy, [`decode`] knows that change is the rebuild's, not the
    // reader's, who is still typing.
    attr(el, "aria-busy", "true");
    el.set_text_content(None);
    build(el, m);
    let _ = el.remove_attribute("aria-busy");
}

fn build(el: &Element, m: &Model) {
    if m.entries.is_empty() {
        add(el, "p", "recent-empty", "Nothing saved yet. Comparisons you edit are kept here.");
        return;
    }
    let ul = add(el, "ul", "recent-list", "");
    for e in m.entries {
        let current = m.current == Some(e.id);
        let li = add(&ul, "li", if current { "recent-item is-current" } else { "recent-item" }, "");
        attr(&li, "data-entry", &e.id.to_string());
        match m.renaming {
            Some((id, draft)) if id == e.id => {
                let field = add(&li, "input", "recent-name", "");
                attr(&field, "aria-label", "New name");
                if let Some(field) = field.dyn_ref::<HtmlInputElement>() {
                    field.set_value(draft);
                }
            }
            _ => {
                let open = button(&li, "recent-open", OPEN, &e.label());
                attr(&open, "aria-pressed", if current { "true" } else { "false" });
            }
        }
        let plural = if e.articles == 1 { "" } else { "s" };
        add(&li, "span", "recent-meta", &format!("{} article{plural} · saved {}", e.articles, when(e.saved)));
        button(&li, "action", RENAME, "Rename");
        button(&li, "action", DELETE, "Delete");
    }
}

/// The action an event on the list stands for: a click on an entry's button, or typing,
/// Enter, Escape or a change in the name field.
fn decode(ev: &Event) -> Option<Act> {
    let target = ev.target()?.dyn_into::<Element>().ok()?;
    if target.closest("[aria-busy]").ok()?.is_some() {
        return None;
    }
    let field = target.dyn_ref::<HtmlInputElement>();
    match (ev.type_().as_str(), field) {
        ("click", None) => {
            let id =
                dom::closest_at(ev.target(), "[data-entry]")?.get_attribute("data-entry")?.parse().ok()?;
            let act = dom::data(&target.closest("button[data-act]").ok()??, "act")?;
            Some(BUTTONS.get(act)?(id))
        }
        ("input", Some(field)) => Some(Act::Type(field.value())),
        ("change", Some(_)) => Some(Act::Keep),
        ("keydown", Some(_)) => match ev.unchecked_ref::<KeyboardEvent>().key().as_str() {
            "Enter" => Some(Act::Keep),
            "Escape" => Some(Act::Cancel),
            _ => None,
        },
        _ => None,
    }
}

/// The name field of a rename in progress, if the list shows one.
fn name_field(list: &Element) -> Option<HtmlInputElement> {
    list.query_selector(".recent-name").ok()??.dyn_into().ok()
}

/// A button as [`Button`] draws one, with `act` (an index into [`BUTTONS`]) saying what a
/// click on it does.
fn button(parent: &Element, class: &str, act: u8, text: &str) -> Element {
    let b = add(parent, "button", class, "");
    attr(&b, "type", "button");
    attr(&b, "data-act", &act.to_string());
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
