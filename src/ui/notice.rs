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

    /// Show `text` under `key`, replacing any message with that key.
    pub fn show(self, key: &'static str, alert: bool, text: String) {
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

#[component]
pub fn Notice() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices">
            <For each=move || notices.0.get() key=|m| (m.key, m.text.clone()) let:m>
                <div
                    class="notice-banner"
                    class:is-alert=m.alert
                    data-notice=m.key
                    role=if m.alert { "alert" } else { "status" }
                >
                    <p class="notice-text">{m.text.clone()}</p>
                    {Button::new("action", "Dismiss", move || notices.dismiss(m.key)).view()}
                </div>
            </For>
        </div>
    }
}
