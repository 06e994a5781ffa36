//! The banner under the masthead: why a link or file did not open, and the warning that work
//! is not being saved. Each message has a key, so showing it again replaces it instead of
//! stacking, and each can be dismissed.

use leptos::prelude::*;

use super::button::Button;

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

/// Every key a message may have, in the order the banner shows them. One slot per key
/// instead of a keyed list: there are only these, and a `<For>` is several kilobytes of the
/// page for each item type it lists.
const KEYS: [&str; 2] = ["open", "storage"];

#[component]
pub fn Notice() -> impl IntoView {
    let notices = expect_context::<Notices>();
    let slot = move |key: &'static str| {
        move || {
            let m = notices.0.with(|ms| ms.iter().find(|m| m.key == key).cloned())?;
            Some(view! {
                <div
                    class="notice-banner"
                    class:is-alert=m.alert
                    data-notice=m.key
                    role=if m.alert { "alert" } else { "status" }
                >
                    <p class="notice-text">{m.text}</p>
                    {Button::new("action", "Dismiss", move || notices.dismiss(key)).view()}
                </div>
            })
        }
    };
    view! { <div class="notices">{KEYS.map(slot)}</div> }
}
