//! The key to the marks: one sample per claim status, each with its colour, underline and
//! sign, so the meaning never rests on colour alone; and the keyboard shortcuts.

use leptos::prelude::*;

/// Each status as the marks carry it (`data-status`), and what it means.
const STATUSES: [(&str, &str, &str); 6] = [
    // The same words as the pairs' reason, so the page carries them once.
    ("diverge", "Contradiction", "values cannot both be right"),
    ("possible", "Possible", "values cannot both be right, but less sure they are one fact"),
    ("updated", "Updated", "a later report gives a new figure (\u{201c}rose to\u{201d})"),
    ("compatible", "Compatible", "stated differently but consistent: rounding, a bound, a coarser date"),
    ("agree", "Agreement", "the same value"),
    ("single", "One article", "no other article states it"),
];

#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <div class="legend-wrap">
            <ul class="legend" aria-label="What the marks mean">
                {STATUSES
                    .into_iter()
                    .map(|(status, name, meaning)| {
                        view! {
                            <li title=meaning>
                                <span class="mention sample" data-status=status aria-hidden="true">
                                    "12"
                                </span>
                                " "
                                <span class="legend-name">{name}</span>
                                <span class="visually-hidden">{format!(": {meaning}")}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="keys">
                <kbd>"j"</kbd> " / " <kbd>"k"</kbd> " next / previous contradiction · "
                <kbd>"Enter"</kbd> " / " <kbd>"Esc"</kbd> " open / close details · on a mark: "
                <kbd>"x"</kbd> " dismiss, " <kbd>"u"</kbd> " unlink, " <kbd>"l"</kbd> " link two"
            </p>
        </div>
    }
}
