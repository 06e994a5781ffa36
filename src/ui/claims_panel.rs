//! The claims as a table: one row per claim, divergences first, with each article's value in
//! one cell behind the article's number (so five articles fit a narrow panel, and a silent
//! article leaves no empty cell). It can be folded away to give the columns its width. A filter
//! and a search narrow the rows; choosing a row (click, Enter or Space) lights its marks and
//! scrolls every column to them. The table is rebuilt whole from its [`Model`] inside its
//! scroll box, and its events decoded once, on the box (see [`super::build`]).

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

use super::build::{add, attr, sign};
use super::button::Button;
use super::dom;
use super::selection::Selection;
use super::state::Workspace;
use super::timeline::TimelineView;
use crate::display::{
    article_names, claim_rows, empty_note, not_compared_note, status_label, status_name, totals, ClaimFilter,
    ClaimRow,
};
use crate::engine::config::MAX_COMPARED;
use crate::export::overview;

/// What the table shows: the articles' names as column heads, and the rows that pass the
/// filter and the search.
struct Model<'a> {
    names: Vec<String>,
    rows: Vec<&'a ClaimRow>,
    /// What to say when `rows` is empty (`display::empty_note`).
    empty: String,
}

/// What an event on the table asks for.
enum Act {
    /// Light this claim's marks and bring them into view.
    Choose(usize),
}

#[component]
pub fn ClaimsPanel() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let sel = expect_context::<Selection>();
    let filter = RwSignal::new(ClaimFilter::Shared);
    // Folded away to its toggle, the columns take the panel's width: the stylesheet reads the
    // toggle's aria-pressed, so no class has to follow it.
    let folded = RwSignal::new(false);
    let fold = Button::new("chip claims-toggle", "Hide claims", move || folded.update(|f| *f = !*f))
        .pressed(move || folded.get())
        .view();
    let query = RwSignal::new(String::new());
    // The table's scroll box: the table is rebuilt whole inside it.
    let scroll = NodeRef::<Div>::new();
    let rows = Memo::new(move |_| ws.articles.with(|a| ws.analysis.with(|an| claim_rows(a, an))));
    let summary = Memo::new(move |_| ws.articles.with(|a| ws.analysis.with(|an| overview(a, an))));
    let totals = Signal::derive(move || {
        let counts = rows.with(|rs| totals(rs));
        // A pasted table past the per-article limit: say what was left out, never drop it silently.
        match ws.analysis.with(|an| not_compared_note(an, MAX_COMPARED)) {
            Some(note) => format!("{counts} · {note}"),
            None => counts,
        }
    });

    // Rebuild the table when the claims, the filter or the search change.
    dom::effect(move || {
        let Some(scroll) = scroll.get() else { return };
        let names: Vec<String> = ws.articles.with(|a| article_names(a));
        let q = query.get().trim().to_ascii_lowercase();
        let f = filter.get();
        rows.with(|rs| {
            let shown: Vec<&ClaimRow> = rs.iter().filter(|r| f.keeps(r) && r.matches(&q)).collect();
            let empty = if shown.is_empty() { empty_note(f, &q, !rs.is_empty()) } else { String::new() };
            fill(&scroll, &Model { names, rows: shown, empty })
        });
        mark_current(&scroll, untrack(move || sel.lit()));
    });
    // Mark the lit claim's row; cheap, so it can follow every hover.
    dom::effect(move || {
        let lit = sel.lit();
        if let Some(scroll) = scroll.get() {
            mark_current(&scroll, lit);
        }
    });

    let on = move |ev: &Event| {
        if let Some(Act::Choose(claim)) = decode(ev) {
            // Space would also scroll the page.
            ev.prevent_default();
            sel.choose(ws, claim);
        }
    };
    let chips = [
        (ClaimFilter::Contradictions, "Contradictions"),
        (ClaimFilter::Updates, "Updates"),
        (ClaimFilter::Shared, "Shared"),
        (ClaimFilter::All, "All"),
    ]
    .map(|(f, label)| {
        Button::new("chip", label, move || filter.set(f)).pressed(move || filter.get() == f).view()
    });

    view! {
        <aside class="claims-panel" id="claims" aria-labelledby="claims-title">
            <div class="claims-head">
                {fold}
                <h2 id="claims-title">"Claims"</h2>
                <div class="claims-overview">
                    {move || summary.get().into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                </div>
                <TimelineView />
                <p class="claims-totals">{totals}</p>
                <div class="claims-tools">
                    <div class="chips" role="group" aria-label="Show">
                        {chips}
                    </div>
                    <input
                        type="search"
                        class="claims-search"
                        placeholder="Search claims"
                        aria-label="Search claims"
                        on:input={dom::on(move |ev| query.set(event_target_value(&ev)))}
                    />
                </div>
            </div>
            <div
                class="claims-scroll"
                node_ref=scroll
                on:click={dom::on(move |ev: ev::MouseEvent| on(&ev))}
                on:keydown={dom::on(move |ev: ev::KeyboardEvent| on(&ev))}
            ></div>
        </aside>
    }
}

/// Replace `el`'s content with the table: a header row, then one row per claim whose values
/// cell gives each stating article's number (its column's, named for screen readers and on
/// hover) and value.
fn fill(el: &Element, m: &Model) {
    el.set_text_content(None);
    let table = add(el, "table", "claims", "");
    attr(&table, "aria-labelledby", "claims-title");
    let head = add(&add(&table, "thead", "", ""), "tr", "", "");
    // The status column shows only the sign; its name is for screen readers.
    let status_head = add(&head, "th", "", "");
    attr(&status_head, "scope", "col");
    add(&status_head, "span", "visually-hidden", "Status");
    for name in ["Claim", "Values by article"] {
        attr(&add(&head, "th", "", name), "scope", "col");
    }
    let body = add(&table, "tbody", "", "");
    for row in &m.rows {
        let status = status_name(row.status);
        let tr = add(&body, "tr", "", "");
        attr(&tr, "data-claim", &row.id.to_string());
        attr(&tr, "data-status", status);
        attr(&tr, "tabindex", "0");
        let cell = add(&tr, "td", "claim-status", "");
        attr(&cell, "title", status_label(row.status));
        sign(&cell, status);
        add(&cell, "span", "visually-hidden", status_label(row.status));
        attr(&add(&tr, "th", "claim-label", &row.label), "scope", "row");
        let cell = add(&tr, "td", "claim-cell", "");
        for (i, ((name, value), source)) in m
            .names
            .iter()
            .zip(&row.cells)
            .zip(&row.sources)
            .enumerate()
            .filter(|(_, ((_, v), _))| !v.is_empty())
        {
            let item = add(&cell, "span", "claim-value", "");
            let badge = add(&item, "span", "claim-badge", &(i + 1).to_string());
            attr(&badge, "title", name);
            attr(&badge, "aria-hidden", "true");
            add(&item, "span", "visually-hidden", &format!("{name}: "));
            let _ = item.append_with_str_1(value);
            // Who gave the figure, as the popover says it: "12 (officials)".
            if !source.is_empty() {
                add(&item, "span", "claim-source", &format!(" ({source})"));
            }
        }
        if let Some(strip) = &row.strip {
            super::value_strip::draw(&cell, strip, status);
        }
    }
    if m.rows.is_empty() {
        attr(&add(&add(&body, "tr", "", ""), "td", "claims-empty", &m.empty), "colspan", "3");
    }
}

/// The action an event on the table stands for: a click, Enter or Space on a row chooses its
/// claim.
fn decode(ev: &Event) -> Option<Act> {
    if ev.type_() == "keydown" && !matches!(ev.unchecked_ref::<KeyboardEvent>().key().as_str(), "Enter" | " ")
    {
        return None;
    }
    dom::closest_at(ev.target(), "tr[data-claim]").and_then(|r| dom::data(&r, "claim")).map(Act::Choose)
}

/// Flag the row of claim `lit` with `aria-current`, and no other: the one writer of it.
fn mark_current(el: &Element, lit: Option<usize>) {
    for tr in dom::within(el, "tr[data-claim]") {
        let current = lit.is_some() && dom::data(&tr, "claim") == lit;
        attr(&tr, "aria-current", if current { "true" } else { "false" });
    }
}
