//! The key to the mark colours: one swatch per group of mention kinds.

use leptos::prelude::*;

/// A representative kind for each colour group (the CSS colours the other kinds of a group
/// alike), and the group's name.
const GROUPS: [(&str, &str); 4] =
    [("number", "Counts"), ("money", "Money"), ("percent", "Percentages"), ("date", "Dates & times")];

#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <ul class="legend" aria-label="Mark colours">
            {GROUPS
                .into_iter()
                .map(|(kind, label)| {
                    view! {
                        <li>
                            <span class="swatch" data-kind=kind>
                                {label}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
