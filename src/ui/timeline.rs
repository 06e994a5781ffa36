//! The timeline under the claims panel's overview: every date two or more articles give, each
//! article's version as a dot on one date axis (`display::timeline`), so a report that moves a
//! day shows beside the others. It only describes, so it has no events; it is rebuilt whole
//! from its [`Model`] (see [`super::build`]).

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::Element;

use super::build::{add, add_svg, attr};
use super::dom;
use super::state::Workspace;
use crate::display::{fixed, status_name, timeline, Timeline};

/// The track's width in SVG user units; it is scaled to the panel's width.
const WIDTH: f64 = 240.0;
/// Each article's lane, in the same units.
const LANE: f64 = 10.0;

struct Model<'a> {
    timeline: Option<&'a Timeline>,
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let node = NodeRef::<Div>::new();
    let model = Memo::new(move |_| ws.articles.with(|a| ws.analysis.with(|an| timeline(a, an))));
    dom::effect(move || {
        let Some(el) = node.get() else { return };
        model.with(|t| fill(&el, &Model { timeline: t.as_ref() }));
    });
    view! { <div class="timeline" node_ref=node></div> }
}

/// A heading, then a row per dated claim (its label, then a track with a dot per article), then
/// the axis's first and last days; hidden when no date is shared.
fn fill(el: &Element, m: &Model) {
    el.set_text_content(None);
    let Some(t) = m.timeline else { return attr(el, "hidden", "") };
    let _ = el.remove_attribute("hidden");
    let details = add(el, "details", "", "");
    let n = t.rows.len();
    add(&details, "summary", "", &format!("Timeline: {n} shared date{}", if n == 1 { "" } else { "s" }));
    let list = add(&details, "ul", "timeline-rows", "");
    attr(&list, "aria-label", &t.alt);
    for row in &t.rows {
        let li = add(&list, "li", "", "");
        attr(&li, "data-claim", &row.claim.to_string());
        add(&li, "span", "timeline-label", &row.label);
        // Each article has a lane of its own, so two that agree show as two dots, one above the other.
        let height = LANE * row.marks.len() as f64 + 4.0;
        let svg = add_svg(
            &li,
            "svg",
            &[
                ("class", "timeline-track"),
                ("viewBox", &format!("0 0 {WIDTH} {}", fixed(height, 0))),
                ("aria-hidden", "true"),
                ("data-status", status_name(row.status)),
            ],
        );
        for (i, mark) in row.marks.iter().enumerate() {
            let y = fixed(LANE * i as f64 + LANE / 2.0 + 2.0, 1);
            add_svg(
                &svg,
                "line",
                &[("class", "strip-axis"), ("x1", "0"), ("x2", &fixed(WIDTH, 0)), ("y1", &y), ("y2", &y)],
            );
            let (x1, x2) = (mark.from * WIDTH, mark.to * WIDTH);
            let shape = if x2 > x1 {
                add_svg(
                    &svg,
                    "line",
                    &[
                        ("class", "strip-value"),
                        ("x1", &fixed(x1, 1)),
                        ("x2", &fixed(x2, 1)),
                        ("y1", &y),
                        ("y2", &y),
                    ],
                )
            } else {
                add_svg(
                    &svg,
                    "circle",
                    &[("class", "strip-value"), ("cx", &fixed(x1, 1)), ("cy", &y), ("r", "3.5")],
                )
            };
            let title = add_svg(&shape, "title", &[]);
            title.set_text_content(Some(&format!("{}: {}", mark.article, mark.text)));
        }
    }
    let ends = add(&details, "p", "timeline-ends", "");
    add(&ends, "span", "", &t.ends.0);
    add(&ends, "span", "", &t.ends.1);
}
