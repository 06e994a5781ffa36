//! The Share button and its panel: one click puts the whole comparison into the address's
//! fragment and the link onto the clipboard. The panel shows the link and its length; a link
//! too long for chat and mail tools gets a warning and a comparison file is offered instead.

use leptos::html::Input;
use leptos::prelude::*;

use super::button::Button;
use super::comparison_file;
use super::library::{Library, Panel};
use super::notice::Notices;
use super::state::Workspace;
use super::{dom, links, snapshot, storage};
use crate::display::thousands;
use crate::format::{link_is_long, link_length_warning};

#[component]
pub fn Share() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let lib = expect_context::<Library>();
    let notices = expect_context::<Notices>();
    let open = move || lib.panel.get() == Some(Panel::Share);
    let capture = move || ws.articles.with(|a| ws.corrections.with(|k| snapshot::capture(a, k)));
    // Made again on every change while the panel is open, so the link shown always matches
    // the page. The browser deflates asynchronously, so the link lands in `made` when done
    // (a LocalResource would do the same with more of the page's bytes); a link for an older
    // state than the latest is dropped. Share asks for the next link to go to the address bar
    // and the clipboard as soon as it is made.
    let made = RwSignal::new(None::<Result<String, String>>);
    let asked = StoredValue::new(0u64);
    let publish = StoredValue::new(false);
    // The link last copied and whether the browser allowed it.
    let copied = RwSignal::new(None::<(String, bool)>);
    let field = NodeRef::<Input>::new();
    let copy_link = move |text: String| {
        leptos::task::spawn_local(async move {
            let ok = storage::copy(&text).await;
            copied.set(Some((text, ok)));
            // Refused: select the link so the reader can copy it with the keyboard.
            if let Some(input) = field.get().filter(|_| !ok) {
                let _ = input.focus();
                input.select();
            }
        });
    };
    dom::effect(move || {
        let Some(c) = open().then(capture) else { return made.set(None) };
        let n = asked.get_value() + 1;
        asked.set_value(n);
        leptos::task::spawn_local(async move {
            let result = links::encode_link(&storage::base(), &c).await.map_err(|e| e.to_string());
            if asked.get_value() != n {
                return;
            }
            made.set(Some(result.clone()));
            if let (Ok(text), true) = (result, publish.get_value()) {
                publish.set_value(false);
                lib.put_in_address(&text, c);
                if !link_is_long(&text) {
                    copy_link(text);
                }
            }
        });
    });
    let link = move || made.get();
    let url = move || link().and_then(Result::ok).unwrap_or_default();
    let copy = move || copy_link(url());
    // Setting the panel makes the effect run again even when it is already open.
    let share = move || {
        publish.set_value(true);
        lib.panel.set(Some(Panel::Share));
    };
    let warning = move || link().and_then(Result::ok).and_then(|l| link_length_warning(&l));
    let copy_text = move || if warning().is_some() { "Copy anyway" } else { "Copy link" }.to_string();
    // The field's value is set only when the link changes: setting the same value again would
    // lose a selection the reader (or a refused copy) made.
    dom::effect(move || {
        let url = url();
        if let Some(field) = field.get() {
            if field.value() != url {
                field.set_value(&url);
            }
        }
    });
    // Each changing text is a `Signal`, the type the buttons' text has too, so the panel adds
    // little rendering code of its own.
    let length = Signal::derive(move || format!("{} characters", thousands(url().chars().count() as u64)));
    let status = Signal::derive(move || match (link(), copied.get()) {
        (Some(Err(e)), _) => format!("This comparison cannot be shared as a link. {e}"),
        (Some(Ok(l)), Some((c, true))) if l == c => "Link copied".to_string(),
        (Some(Ok(l)), Some((c, false))) if l == c => {
            "The browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it."
                .into()
        }
        _ => String::new(),
    });
    view! {
        <div class="share">
            {Button::new("action share-button", "Share", share).view()}
            {move || open().then(|| view! {
                <div
                    class="share-panel"
                    role="group"
                    aria-label="Share link"
                    on:keydown={dom::on(move |ev| close_on_escape(lib, &ev))}
                >
                    <label class="share-label" for="share-link">"Link to this comparison"</label>
                    <input id="share-link" class="share-link" readonly=true node_ref=field />
                    <p class="share-length">{length}</p>
                    <p class="share-status" role="status">{status}</p>
                    // There only while the link is long: an alert is read out when it appears.
                    {move || warning().map(|w| view! { <p class="share-warning" role="alert">{w}</p> })}
                    // Which of the two comes first, as the primary action, follows the warning
                    // (the stylesheet, `.share-panel:has(.share-warning)`): the file when the link
                    // is too long to send, else the link.
                    <div class="share-actions">
                        {Button::new("action share-copy", "Copy link", copy).text(copy_text).view()}
                        {Button::new("action share-save", "Save comparison file", move || comparison_file::save(lib, notices)).view()}
                        {Button::new("action", "Close", move || lib.panel.set(None)).view()}
                    </div>
                </div>
            })}
        </div>
    }
}

/// Escape closes the panel it was pressed in.
pub fn close_on_escape(lib: Library, ev: &leptos::ev::KeyboardEvent) {
    if ev.key() == "Escape" {
        lib.panel.set(None);
    }
}
