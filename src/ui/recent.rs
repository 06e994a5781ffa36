//! The Recent list: the comparisons saved in this browser, newest first, each of which can be
//! opened, renamed or deleted. The one on the page is marked; opening another saves it first.

use leptos::prelude::*;

use super::button::Button;
use super::library::{Entry, Library};
use super::share_dialog::close_on_escape;

#[component]
pub fn Recent() -> impl IntoView {
    let lib = expect_context::<Library>();
    let open = move || lib.panel.get() == Some("recent");
    let toggle = Button::new("action", "Recent", move || lib.panel.set((!open()).then_some("recent")))
        .text(move || format!("Recent ({})", lib.entries.with(Vec::len)))
        .pressed(open);
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
                    <Show when=move || lib.entries.with(Vec::is_empty)>
                        <p class="recent-empty">"Nothing saved yet. Comparisons you edit are kept here."</p>
                    </Show>
                    // Rebuilt whole when the list changes (it holds at most 20 entries): a
                    // keyed <For> would cost the page several kilobytes for this one list.
                    <ul class="recent-list">
                        {move || lib.entries.get().into_iter().map(|entry| item(lib, entry)).collect_view()}
                    </ul>
                </div>
            </Show>
        </div>
    }
}

/// One entry: its name (which opens it), when it was saved, and Rename and Delete.
fn item(lib: Library, entry: Entry) -> impl IntoView {
    let id = entry.id;
    let renaming = RwSignal::new(false);
    let label = entry.label();
    let meta = format!(
        "{} article{} · saved {}",
        entry.articles,
        if entry.articles == 1 { "" } else { "s" },
        when(entry.saved)
    );
    // Renaming rebuilds the list, which disposes this entry's signals, so the handlers read
    // `renaming` with `try_` (a disposed signal reads as `None`) and rename last.
    let commit = move |ev: leptos::ev::Event| {
        if renaming.try_get_untracked() == Some(true) {
            renaming.set(false);
            lib.rename(id, &event_target_value(&ev));
        }
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => commit(ev.into()),
        "Escape" => {
            // Cancels the rename only; the panel stays open.
            ev.stop_propagation();
            renaming.set(false);
        }
        _ => {}
    };
    let open_button = move |label: String| {
        Button::new("recent-open", "", move || lib.open(id))
            .text(move || label.clone())
            .pressed(move || lib.current.get() == Some(id))
            .view()
    };
    view! {
        <li class="recent-item" data-entry=id.to_string() class:is-current=move || lib.current.get() == Some(id)>
            {move || {
                if renaming.get() {
                    view! {
                        <input
                            class="recent-name"
                            aria-label="New name"
                            value=label.clone()
                            on:change=commit
                            on:keydown=keys
                        />
                    }
                    .into_any()
                } else {
                    open_button(label.clone())
                }
            }}
            <span class="recent-meta">{meta}</span>
            {Button::new("action", "Rename", move || renaming.set(true)).view()}
            {Button::new("action", "Delete", move || lib.delete(id)).view()}
        </li>
    }
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
