//! The page's one button: every action button, filter chip and column control is this same
//! component with different text. Sharing one concrete type (signals and a boxed handler
//! instead of closures of many types) keeps the WebAssembly small: each distinct view type
//! costs its own copy of the rendering code.

use std::rc::Rc;

use leptos::prelude::*;

use super::dom;

/// What a button shows and does. Fields left at their defaults are not rendered.
#[derive(Clone)]
pub struct Button {
    pub class: &'static str,
    pub text: Signal<String>,
    /// The accessible name, when the text alone is not enough ("←" moves which column?).
    pub label: Option<Signal<String>>,
    /// Toggle buttons and chips report their state as `aria-pressed`.
    pub pressed: Option<Signal<bool>>,
    pub disabled: Option<Signal<bool>>,
    /// Shorter text for narrow screens ("New" for "New comparison"); the full text stays the
    /// accessible name and the tooltip.
    pub short: Option<&'static str>,
    pub on_click: Rc<dyn Fn()>,
}

impl Button {
    /// A button with fixed text.
    pub fn new(class: &'static str, text: &'static str, on_click: impl Fn() + 'static) -> Self {
        Button {
            class,
            text: Signal::stored(text.to_string()),
            label: None,
            pressed: None,
            disabled: None,
            short: None,
            on_click: Rc::new(on_click),
        }
    }

    pub fn label(mut self, label: impl Fn() -> String + Send + Sync + 'static) -> Self {
        self.label = Some(Signal::derive(label));
        self
    }

    pub fn pressed(mut self, pressed: impl Fn() -> bool + Send + Sync + 'static) -> Self {
        self.pressed = Some(Signal::derive(pressed));
        self
    }

    pub fn disabled(mut self, disabled: impl Fn() -> bool + Send + Sync + 'static) -> Self {
        self.disabled = Some(Signal::derive(disabled));
        self
    }

    pub fn short(mut self, short: &'static str) -> Self {
        self.short = Some(short);
        if self.label.is_none() {
            self.label = Some(self.text);
        }
        self
    }

    pub fn text(mut self, text: impl Fn() -> String + Send + Sync + 'static) -> Self {
        self.text = Signal::derive(text);
        self
    }

    pub fn view(self) -> AnyView {
        let Button { class, text, label, pressed, disabled, short, on_click } = self;
        view! {
            <button
                type="button"
                class=class
                class:has-short=short.is_some()
                aria-label=move || label.map(|l| l.get())
                title=move || label.map(|l| l.get())
                aria-pressed=move || pressed.map(|p| p.get().to_string())
                disabled=move || disabled.is_some_and(|d| d.get())
                on:click={dom::on(move |_| on_click())}
            >
                <span class="label-long">{text}</span>
                {short.map(|s| view! { <span class="label-short">{s}</span> })}
            </button>
        }
        .into_any()
    }
}
