//! A claim's value strip (`display::strip`): every article's value on one axis, drawn as SVG
//! into the popover and into the claims table's rows of contradictions and updates.

use web_sys::Element;

use super::build::add_svg;
use crate::display::{fixed, Open, Strip};

/// The strip's geometry in SVG user units: the drawing is scaled to the popover's width.
const STRIP_WIDTH: f64 = 280.0;
const STRIP_LEFT: f64 = 100.0;
const STRIP_ROW: f64 = 18.0;

/// Every article's value on one axis: a row per article with its name, a dot for a value, a bar
/// for a range, an arrow for a bound; the axis's ends labelled below. Colours come from the
/// stylesheet by the claim's status; the figure's text alternative says the same in words.
pub(super) fn draw(el: &Element, strip: &Strip, status: &str) {
    let height = STRIP_ROW * strip.rows.len() as f64 + 20.0;
    let svg = add_svg(
        el,
        "svg",
        &[
            ("class", "value-strip"),
            ("viewBox", &format!("0 0 {STRIP_WIDTH} {}", fixed(height, 0))),
            ("role", "img"),
            ("aria-label", &strip.alt),
            ("data-status", status),
        ],
    );
    let span = STRIP_WIDTH - STRIP_LEFT - 8.0;
    let x = |share: f64| fixed(STRIP_LEFT + share * span, 1);
    let bottom = fixed(height - 17.0, 1);
    add_svg(
        &svg,
        "line",
        &[("class", "strip-axis"), ("x1", &x(0.0)), ("x2", &x(1.0)), ("y1", &bottom), ("y2", &bottom)],
    );
    for (i, row) in strip.rows.iter().enumerate() {
        let y = STRIP_ROW * i as f64 + STRIP_ROW / 2.0;
        let ys = fixed(y, 1);
        let name = add_svg(&svg, "text", &[("class", "strip-name"), ("x", "0"), ("y", &fixed(y + 4.0, 1))]);
        name.set_text_content(Some(&short_name(&row.article)));
        add_svg(
            &svg,
            "line",
            &[("class", "strip-guide"), ("x1", &x(0.0)), ("x2", &x(1.0)), ("y1", &ys), ("y2", &ys)],
        );
        let class = if row.approx { "strip-value is-approx" } else { "strip-value" };
        if row.to - row.from > 0.01 {
            let (x1, x2) = (x(row.from), x(row.to));
            add_svg(&svg, "line", &[("class", class), ("x1", &x1), ("x2", &x2), ("y1", &ys), ("y2", &ys)]);
        } else {
            add_svg(&svg, "circle", &[("class", class), ("cx", &x(row.from)), ("cy", &ys), ("r", "4")]);
        }
        // A bound points the way its values lie: a short arrow from its end.
        let (tip, back) = match row.open {
            Open::None => continue,
            Open::Above => (row.to * span + 14.0, row.to * span + 8.0),
            Open::Below => (row.from * span - 14.0, row.from * span - 8.0),
        };
        let (tip, back) = (STRIP_LEFT + tip, STRIP_LEFT + back);
        let points = format!(
            "{},{} {},{} {},{}",
            fixed(back, 1),
            fixed(y - 4.0, 1),
            fixed(tip, 1),
            ys,
            fixed(back, 1),
            fixed(y + 4.0, 1)
        );
        add_svg(&svg, "polyline", &[("class", "strip-bound"), ("points", &points)]);
    }
    let label_y = fixed(height - 4.0, 1);
    let low = add_svg(&svg, "text", &[("class", "strip-end"), ("x", &x(0.0)), ("y", &label_y)]);
    low.set_text_content(Some(&strip.ends.0));
    let high = add_svg(
        &svg,
        "text",
        &[("class", "strip-end"), ("x", &x(1.0)), ("y", &label_y), ("text-anchor", "end")],
    );
    high.set_text_content(Some(&strip.ends.1));
}

/// An article's name cut to fit the strip's left margin ("Kessler Ford Co…"); the table above
/// the strip gives it whole.
fn short_name(name: &str) -> String {
    const MOST: usize = 15;
    if name.chars().count() <= MOST {
        return name.to_string();
    }
    let mut cut: String = name.chars().take(MOST - 1).collect();
    cut.push('…');
    cut
}
