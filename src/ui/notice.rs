//! The banner under the masthead: why a link or file did not open, and the warning that work
//! is not being saved. Each message has a key, so showing it again replaces it instead of
//! stacking, and each can be dismissed.

use leptos::html::Div;
use leptos::prelude::*;

use super::build::{add, attr};
use super::dom;

/// One message in the banner.
#[derive(Clone, PartialEq)]
pub struct Message {
    /// What the message is about ("open", "storage"); also its `data-notice` attribute.
    pub key: &'static str,
    /// Problems the reader must know of now are alerts; standing conditions are statuses.
    pub alert: bool,
    pub text: String,
}

/// The messages shown, shared through context.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Message>>);

impl Notices {
    pub fn new() -> Self {
        Notices(RwSignal::new(Vec::new()))
    }

    /// Show `text` under `key` (one of [`KEYS`]), replacing any message with that key.
    pub fn show(self, key: &'static str, alert: bool, text: String) {
        debug_assert!(KEYS.contains(&key), "no banner slot for notice {key:?}");
        let message = Message { key, alert, text };
        self.0.update(|ms| {
            ms.retain(|m| m.key != key);
            ms.push(message);
        });
    }

    pub fn dismiss(self, key: &'static str) {
        if self.0.with_untracked(|ms| ms.iter().any(|m| m.key == key)) {
            self.0.update(|ms| ms.retain(|m| m.key != key));
        }
    }
}

/// Every key a message may have, in the order the banner shows them.
const KEYS: [&str; 2] = ["open", "storage"];

/// The banner, built with plain DOM calls by one effect and its Dismiss buttons handled on
/// the banner: a typed view per message cost the page about 0.4 KB gzipped.
#[component]
pub fn Notice() -> impl IntoView {
    let notices = expect_context::<Notices>();
    let banner = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(banner) = banner.get() else { return };
        banner.set_text_content(None);
        notices.0.with(|ms| {
            for key in KEYS {
                let Some(m) = ms.iter().find(|m| m.key == key) else { continue };
                let row =
                    add(&banner, "div", if m.alert { "notice-banner is-alert" } else { "notice-banner" }, "");
                attr(&row, "data-notice", m.key);
                attr(&row, "role", if m.alert { "alert" } else { "status" });
                add(&row, "p", "notice-text", &m.text);
                let dismiss = add(&row, "button", "action", "");
                attr(&dismiss, "type", "button");
                add(&dismiss, "span", "label-long", "Dismiss");
            }
        });
    });
    let dismiss = move |ev: leptos::ev::MouseEvent| {
        if dom::closest_at(ev.target(), "button").is_none() {
            return;
        }
        let key = dom::closest_at(ev.target(), "[data-notice]").and_then(|r| r.get_attribute("data-notice"));
        if let Some(key) = KEYS.into_iter().find(|k| key.as_deref() == Some(k)) {
            notices.dismiss(key);
        }
    };
    view! { <div class="notices" node_ref=banner on:click=dismiss></div> }
}
