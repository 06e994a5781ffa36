//! The banner for an article another page sent through the bookmarklet: it shows what arrived
//! (title, outlet, date, first lines), as text, and adds it as a column only when the reader
//! presses Add; Dismiss forgets it. A message that fails its checks is refused with a notice,
//! and the page is left as it was.

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{Element, Event};

use super::build::{add, attr};
use super::notice::{NoticeKey, Notices};
use super::state::Workspace;
use super::storage;
use super::{dom, import};
use crate::display::{human_date, read_import};
use crate::engine::Article;

/// The article waiting for the reader's answer, shared through context.
#[derive(Clone, Copy)]
pub struct Incoming(RwSignal<Option<Article>>);

impl Incoming {
    pub fn new() -> Self {
        Incoming(RwSignal::new(None))
    }

    /// Take the article an address carries (`#import=…`) out of the address and hold it for
    /// the reader, or refuse it with a notice. A newer arrival replaces one not yet answered.
    pub fn receive(self, href: &str, notices: Notices) {
        storage::replace_url(href.split('#').next().unwrap_or_default());
        match read_import(href) {
            Ok(article) => {
                notices.dismiss(NoticeKey::Import);
                self.0.set(Some(article));
            }
            Err(why) => notices.show(
                NoticeKey::Import,
                format!(
                    "An article sent from another page was not added: {why}. Nothing on this page changed."
                ),
            ),
        }
    }
}

/// The first lines of a body shown in the banner: about three lines' worth, cut at a word.
fn opening(body: &str) -> String {
    let text = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(280) {
        Some((at, _)) => format!("{}…", text[..at].rsplit_once(' ').map_or(&text[..at], |(head, _)| head)),
        None => text,
    }
}

/// What the banner shows: the article waiting, if any.
struct Model<'a> {
    article: Option<&'a Article>,
}

/// What a click on the banner asks for.
enum Act {
    Accept,
    Dismiss,
}

/// The banner, rebuilt whole from its [`Model`] by one effect, its buttons handled on the
/// banner: typed views cost the page far more WebAssembly (docs/architecture.md).
#[component]
pub fn IncomingBanner() -> impl IntoView {
    let Incoming(arrived) = expect_context::<Incoming>();
    let ws = expect_context::<Workspace>();
    let slot = NodeRef::<Div>::new();
    dom::effect(move || {
        let Some(slot) = slot.get() else { return };
        arrived.with(|a| fill(&slot, &Model { article: a.as_ref() }));
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match decode(&ev) {
        Some(Act::Accept) => {
            let Some(article) = arrived.get_untracked() else { return };
            arrived.set(None);
            import::leave_demo(ws);
            import::bring_in(ws, None, article);
        }
        Some(Act::Dismiss) => arrived.set(None),
        None => {}
    };
    view! { <div class="incoming-slot" node_ref=slot on:click={dom::on(on_click)}></div> }
}

/// Replace the slot's content with the banner for the waiting article, if any. Text only.
fn fill(el: &Element, m: &Model) {
    // A polite live region: screen readers announce an arrival without interrupting. Set here
    // rather than in the view, where a fixed attribute costs the page more WebAssembly.
    attr(el, "aria-live", "polite");
    el.set_text_content(None);
    let Some(a) = m.article else { return };
    let banner = add(el, "section", "incoming", "");
    attr(&banner, "data-incoming", "");
    attr(&banner, "aria-label", "Article sent from another page");
    add(&banner, "p", "incoming-lead", "An article was sent from another page. Add it to this comparison?");
    let meta = add(&banner, "p", "incoming-meta", "");
    add(&meta, "span", "column-source", &a.source);
    add(&meta, "span", "column-date", &a.published.map(human_date).unwrap_or_default());
    add(&banner, "h2", "incoming-title", if a.title.is_empty() { "Untitled article" } else { &a.title });
    add(&banner, "p", "incoming-text", &opening(&a.body));
    let actions = add(&banner, "div", "incoming-actions", "");
    for (class, data, text) in
        [("action is-primary", "data-accept", "Add as a new column"), ("action", "data-dismiss", "Dismiss")]
    {
        let button = add(&actions, "button", class, text);
        attr(&button, "type", "button");
        attr(&button, data, "");
    }
}

/// The action a banner event stands for.
fn decode(ev: &Event) -> Option<Act> {
    let button = dom::closest_at(ev.target(), "button")?;
    if button.has_attribute("data-accept") {
        Some(Act::Accept)
    } else {
        button.has_attribute("data-dismiss").then_some(Act::Dismiss)
    }
}
