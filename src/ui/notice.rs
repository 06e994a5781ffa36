//! The banner under the masthead: why a link, file or sent article did not open, the warning
//! that work is not being saved, that the WordNet data file did not load, and that a new
//! version of the page is ready. Each message has a [`NoticeKey`], so showing it again replaces
//! it instead of stacking, and each can be dismissed; the new version's also has a Reload button.

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{Element, Event};

use super::build::{add, attr};
use super::dom;

/// What a message is about: one slot in the banner each.
#[derive(Clone, Copy, PartialEq)]
pub enum NoticeKey {
    /// A link, file or saved comparison that did not open, or a file that could not be saved.
    Open,
    /// Work is not reaching this browser's storage.
    Storage,
    /// An article another page sent was refused.
    Import,
    /// The WordNet data file did not load: the page compares without it.
    Lexicon,
    /// A new version of the page is installed and waits for a reload.
    Update,
}

impl NoticeKey {
    /// Every key, in the order the banner shows them.
    const ALL: [NoticeKey; 5] =
        [NoticeKey::Open, NoticeKey::Import, NoticeKey::Storage, NoticeKey::Lexicon, NoticeKey::Update];

    /// The row's `data-notice` attribute, by which the Dismiss button names its message.
    fn name(self) -> &'static str {
        match self {
            NoticeKey::Open => "open",
            NoticeKey::Storage => "storage",
            NoticeKey::Import => "import",
            NoticeKey::Lexicon => "lexicon",
            NoticeKey::Update => "update",
        }
    }

    /// A failure of what the reader just did is an alert, read out at once; the storage
    /// warning is a standing condition, so it is a status.
    fn alert(self) -> bool {
        matches!(self, NoticeKey::Open | NoticeKey::Import)
    }
}

/// The messages shown, by key, shared through context.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<(NoticeKey, String)>>);

impl Notices {
    pub fn new() -> Self {
        Notices(RwSignal::new(Vec::new()))
    }

    /// Show `text` under `key`, replacing any message with that key.
    pub fn show(self, key: NoticeKey, text: String) {
        self.0.update(|ms| {
            ms.retain(|m| m.0 != key);
            ms.push((key, text));
        });
    }

    pub fn dismiss(self, key: NoticeKey) {
        if self.0.with_untracked(|ms| ms.iter().any(|m| m.0 == key)) {
            self.0.update(|ms| ms.retain(|m| m.0 != key));
        }
    }
}

/// What the banner shows: the messages in the order of [`NoticeKey::ALL`].
struct Model<'a> {
    messages: Vec<&'a (NoticeKey, String)>,
}

/// What a click on the banner asks for.
enum Act {
    Dismiss(NoticeKey),
    /// Load the new version of the page.
    Reload,
}

/// The banner, rebuilt whole from its [`Model`] by one effect, its Dismiss buttons handled on
/// the banner: a typed view per message cost the page about 0.4 KB gzipped.
#[component]
pub fn Notice() -> impl IntoView {
    let notices = expect_context::<Notices>();
    let banner = NodeRef::<Div>::new();
    dom::effect(move || {
        let Some(banner) = banner.get() else { return };
        notices.0.with(|ms| {
            let messages = NoticeKey::ALL.iter().filter_map(|&k| ms.iter().find(|m| m.0 == k)).collect();
            fill(&banner, &Model { messages });
        });
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match decode(&ev) {
        Some(Act::Dismiss(key)) => notices.dismiss(key),
        Some(Act::Reload) => super::offline::reload(),
        None => {}
    };
    view! { <div class="notices" node_ref=banner on:click={dom::on(on_click)}></div> }
}

/// Replace the banner's content with a row per message, each with its Dismiss button.
fn fill(el: &Element, m: &Model) {
    el.set_text_content(None);
    for &&(key, ref text) in &m.messages {
        let row = add(el, "div", if key.alert() { "notice-banner is-alert" } else { "notice-banner" }, "");
        attr(&row, "data-notice", key.name());
        attr(&row, "role", if key.alert() { "alert" } else { "status" });
        add(&row, "p", "notice-text", text);
        if key == NoticeKey::Update {
            let reload = add(&row, "button", "action", "Reload");
            attr(&reload, "type", "button");
            attr(&reload, "data-reload", "");
        }
        let dismiss = add(&row, "button", "action", "");
        attr(&dismiss, "type", "button");
        add(&dismiss, "span", "label-long", "Dismiss");
    }
}

/// The action a banner event stands for: a click on a Dismiss button dismisses its row.
fn decode(ev: &Event) -> Option<Act> {
    let button = dom::closest_at(ev.target(), "button")?;
    if button.has_attribute("data-reload") {
        return Some(Act::Reload);
    }
    let name = dom::closest_at(ev.target(), "[data-notice]")?.get_attribute("data-notice")?;
    NoticeKey::ALL.into_iter().find(|k| k.name() == name).map(Act::Dismiss)
}
