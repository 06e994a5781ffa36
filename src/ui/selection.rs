//! What the reader is looking at: the mention under the pointer or the focus, the claim chosen
//! in the claims panel or with the keyboard, and whether the popover is open. Handlers call the
//! methods here; the highlight of counterparts follows from these signals.

use leptos::prelude::*;
use web_sys::Element;

use super::dom;
use super::state::Workspace;
use crate::engine::Status;

/// The mention the popover describes, and where its mark sits on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Active {
    /// The mention's report id (`data-mention`).
    pub mention: usize,
    /// Its claim's id (`data-claim`).
    pub claim: usize,
    /// The mark's box in viewport pixels, to place the popover.
    pub top: f64,
    pub bottom: f64,
    /// The left edge of the mark's column, so the popover covers that column, not the
    /// counterparts lit in the others.
    pub left: f64,
}

#[derive(Clone, Copy)]
pub struct Selection {
    pub active: RwSignal<Option<Active>>,
    /// Whether the popover shows for the active mention (Escape closes it, Enter reopens it).
    pub open: RwSignal<bool>,
    /// The claim chosen in the panel or by next/previous, by id.
    pub chosen: RwSignal<Option<usize>>,
}

impl Selection {
    pub fn new() -> Self {
        Selection { active: RwSignal::new(None), open: RwSignal::new(false), chosen: RwSignal::new(None) }
    }

    /// The claim whose marks are lit: the active mention's, else the chosen one.
    pub fn lit(self) -> Option<usize> {
        self.active.with(|a| a.map(|a| a.claim)).or_else(|| self.chosen.get())
    }

    /// The pointer or focus reached `mark`: describe it, and bring its counterparts in the other
    /// columns into view. Focus (`sticky`) also chooses the claim, so next/previous continue
    /// from it; a passing pointer does not.
    pub fn activate(self, mark: &Element, sticky: bool) {
        let (Some(mention), Some(claim)) = (dom::data(mark, "mention"), dom::data(mark, "claim")) else {
            return;
        };
        // Only a chosen claim moves the row of columns sideways, before the mark is measured:
        // a passing pointer must not slide the text out from under it.
        if sticky {
            dom::reveal_row(claim);
            dom::above_sheet(mark);
        }
        let r = mark.get_bounding_client_rect();
        let column =
            mark.closest(".column").ok().flatten().map_or(r.left(), |c| c.get_bounding_client_rect().left());
        let next = Active { mention, claim, top: r.top(), bottom: r.bottom(), left: column + 8.0 };
        if self.active.get_untracked() != Some(next) {
            self.active.set(Some(next));
        }
        self.open.set(true);
        if sticky {
            self.chosen.set(Some(claim));
        }
        dom::reveal_claim(claim, Some(mark));
    }

    /// The pointer or focus left `mark`. A focused mark stays active after the pointer moves on.
    pub fn release(self, mark: &Element) {
        let focused = dom::document().active_element();
        // Focus moved into the popover, to scroll it: it stays.
        if dom::in_popover(focused.clone().map(Into::into)) {
            return;
        }
        if let Some(f) = focused.filter(|f| f != mark && f.matches("mark[data-mention]").unwrap_or(false)) {
            self.activate(&f, true);
            return;
        }
        if self.active.get_untracked().map(|a| Some(a.mention)) == Some(dom::data(mark, "mention")) {
            self.active.set(None);
        }
    }

    /// A row of the claims panel was chosen: light the claim's marks and scroll every column
    /// to them.
    /// On a narrow screen, where one column shows, switch to a column stating the claim when
    /// the shown one does not, and bring the columns back into view above the panel.
    pub fn choose(self, ws: Workspace, claim: usize) {
        self.active.set(None);
        self.chosen.set(Some(claim));
        let marks = dom::claim_marks(claim);
        if !marks.iter().any(dom::is_shown) {
            let column = marks.first().and_then(|m| m.closest("[data-column]").ok().flatten());
            if let Some(id) = column.and_then(|c| dom::data(&c, "column")) {
                ws.current.set(id);
            }
        }
        // After the switch has rendered: scroll the columns' bodies, and the page up to them
        // when the panel sits below the columns and they have scrolled away.
        request_animation_frame(move || {
            dom::reveal_row(claim);
            dom::reveal_claim(claim, None);
            if let Some(columns) = dom::all(".columns").first() {
                if columns.get_bounding_client_rect().top() < 0.0 {
                    columns.scroll_into_view();
                }
            }
        });
    }

    /// Move focus to the next (`1`) or previous (`-1`) contradiction, wrapping around.
    pub fn step(self, ws: Workspace, by: isize) {
        let ids: Vec<usize> = ws.analysis.with_untracked(|an| {
            an.claims.iter().filter(|c| c.status == Status::Diverge).map(|c| c.id).collect()
        });
        if ids.is_empty() {
            return;
        }
        let here = self.active.get_untracked().map(|a| a.claim).or(self.chosen.get_untracked());
        let n = ids.len() as isize;
        let at = match here.and_then(|h| ids.iter().position(|&i| i == h)) {
            Some(i) => (i as isize + by).rem_euclid(n),
            None if by > 0 => 0,
            None => n - 1,
        };
        let claim = ids[at as usize];
        let marks = dom::claim_marks(claim);
        if let Some(mark) = marks.iter().find(|m| dom::is_shown(m)) {
            dom::reveal(mark);
            dom::focus_quietly(mark);
        } else if let Some(mark) = marks.first() {
            // On a narrow screen the mark's column may be hidden: show it, then focus.
            let column = mark.closest("[data-column]").ok().flatten().and_then(|c| dom::data(&c, "column"));
            if let Some(id) = column {
                ws.current.set(id);
            }
            request_animation_frame(move || {
                if let Some(mark) = dom::claim_marks(claim).into_iter().find(dom::is_shown) {
                    dom::reveal(&mark);
                    dom::focus_quietly(&mark);
                }
            });
        }
    }
}
