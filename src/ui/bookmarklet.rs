//! The "From the web" button and its panel: the "Add to Crosscheck" bookmarklet, built for this
//! page's own address, with how to install and use it. The bookmarklet's source is a file of its
//! own, fetched the first time the panel opens, so the page does not load it before it is asked
//! for (the service worker keeps it for offline use).

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{Element, Event};

use super::build::{add, attr};
use super::button::Button;
use super::library::{Library, Panel};
use super::share_dialog::close_on_escape;
use super::{dom, storage};

/// The bookmarklet's `javascript:` address from its source (src/ui/bookmarklet.min.js, minified
/// from web/bookmarklet.js by scripts/bookmarklet.mjs), which opens this page. Characters that
/// could end or escape the script's string are percent-encoded in the page's address, where
/// they mean the same.
fn href(source: &str) -> String {
    let mut page = String::new();
    for c in storage::base().chars() {
        match c {
            '\'' | '"' | '`' | '\\' | '$' | '{' | '}' => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                page.extend(['%', HEX[c as usize >> 4] as char, HEX[c as usize & 15] as char]);
            }
            _ => page.push(c),
        }
    }
    let script = source.replace("CROSSCHECK_PAGE", &page);
    format!("javascript:{}", String::from(web_sys::js_sys::encode_uri_component(&script)))
}

/// What a click in the panel asks for.
enum Act {
    Close,
    /// The bookmarklet was clicked here, where it cannot run: it is for the bookmarks bar.
    Stay,
}

/// The button and its panel. The panel's content never changes while the page runs, so it
/// is built once, when the panel first opens, with plain DOM calls (`fill`), and then only
/// shown or hidden.
#[component]
pub fn Bookmarklet() -> impl IntoView {
    let lib = expect_context::<Library>();
    let open = move || lib.panel.get() == Some(Panel::Web);
    let toggle =
        Button::new("action", "From the web", move || lib.panel.set((!open()).then_some(Panel::Web)))
            .pressed(open)
            .short("Web");
    let panel = NodeRef::<Div>::new();
    // Filled the first time the panel opens, which is when the bookmarklet's source is fetched.
    dom::effect(move || {
        if let Some(panel) = panel.get().filter(|p| open() && p.child_element_count() == 0) {
            fill(&panel);
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match decode(&ev) {
        Some(Act::Close) => lib.panel.set(None),
        // Clicked here it would only meet this page's policy, which refuses `javascript:`.
        Some(Act::Stay) => ev.prevent_default(),
        None => {}
    };
    view! {
        <div class="share">
            {toggle.view()}
            <div
                class="web-panel"
                role="group"
                aria-label="Add articles from the web"
                hidden=Signal::derive(move || !open())
                node_ref=panel
                on:click={dom::on(on_click)}
                on:keydown={dom::on(move |ev| close_on_escape(lib, &ev))}
            ></div>
        </div>
    }
}

/// The panel's content: the link, how to use it, and Close. The link gets its address when the
/// bookmarklet's source arrives; until then it reads as loading, and if the file cannot be had
/// it says why instead.
fn fill(el: &Element) {
    let p = add(el, "p", "", "");
    let link = add(&p, "a", "bookmarklet", "Loading the bookmarklet…");
    leptos::task::spawn_local(async move {
        let source = dom::fetch_named("bookmarklet", "content").await.and_then(|bytes| {
            String::from_utf8(bytes).map_err(|_| "the bookmarklet file is not text".to_string())
        });
        match source {
            Ok(source) => {
                attr(&link, "href", &href(&source));
                attr(&link, "data-bookmarklet", "");
                link.set_text_content(Some("Add to Crosscheck"));
            }
            Err(why) => link.set_text_content(Some(&format!(
                "The bookmarklet could not be loaded ({why}). Reload the page to try again."
            ))),
        }
    });
    add(
        el,
        "p",
        "web-howto",
        "Drag this link to your bookmarks bar. On a news page, click the bookmark: this page opens with the \
         article's title, outlet, date and text, and adds it when you choose Add. The article goes only to this \
         page, in your browser.",
    );
    let actions = add(el, "div", "share-actions", "");
    let close = add(&actions, "button", "action", "Close");
    attr(&close, "type", "button");
    attr(&close, "data-close", "");
}

/// The action a click in the panel stands for.
fn decode(ev: &Event) -> Option<Act> {
    if dom::closest_at(ev.target(), "[data-bookmarklet]").is_some() {
        return Some(Act::Stay);
    }
    dom::closest_at(ev.target(), "[data-close]").map(|_| Act::Close)
}
