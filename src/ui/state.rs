//! The page's state: one [`Column`] per article, holding the text the user typed and, derived
//! from it by memos, the parsed article and its mentions. Only event handlers (and the debounce
//! timer they start) write signals; everything shown is computed from them, and the comparison
//! across columns belongs here as one more memo over the columns' articles.

use gloo::timers::callback::Timeout;
use leptos::prelude::*;

use crate::demo;
use crate::engine::{extract, Article, Mention};

/// How long typing must pause before the article is analysed again.
const SETTLE_MS: u32 = 150;

/// The articles on the page, shared through context.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub columns: RwSignal<Vec<Column>>,
}

impl Workspace {
    /// The built-in demo comparison.
    pub fn demo() -> Self {
        let columns = demo::ARTICLES.iter().enumerate().map(|(id, text)| Column::new(id, text)).collect();
        Workspace { columns: RwSignal::new(columns) }
    }
}

/// One article column. Cheap to copy: every field is a handle.
#[derive(Clone, Copy)]
pub struct Column {
    /// Stable key for the column list.
    pub id: usize,
    /// The article file text as typed, header lines included; the editor shows this.
    pub draft: RwSignal<String>,
    /// The draft once typing has paused; the analysis follows this, not every keystroke.
    pub settled: RwSignal<String>,
    /// Header and body, parsed from the settled text.
    pub article: Memo<Article>,
    /// Every figure and date in the body, in order.
    pub mentions: Memo<Vec<Mention>>,
    /// Whether the column shows the editor (true) or the marked reading view.
    pub editing: RwSignal<bool>,
    /// The pending re-analysis; replacing or dropping it cancels it.
    pending: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Column {
    pub fn new(id: usize, text: &str) -> Self {
        let settled = RwSignal::new(text.to_string());
        let article = Memo::new(move |_| settled.with(|t| Article::parse(t)));
        let mentions = Memo::new(move |_| article.with(|a| extract(&a.body, a.published)));
        Column {
            id,
            draft: RwSignal::new(text.to_string()),
            settled,
            article,
            mentions,
            editing: RwSignal::new(false),
            pending: StoredValue::new_local(None),
        }
    }

    /// The user typed: show it at once, analyse it when typing pauses.
    pub fn edit(self, text: String) {
        self.draft.set(text);
        // Replacing the timer drops, and so cancels, the previous one.
        let timer = Timeout::new(SETTLE_MS, move || self.apply_draft());
        self.pending.set_value(Some(timer));
    }

    /// Analyse the draft now (leaving the editor should not wait for the timer).
    pub fn settle(self) {
        self.pending.set_value(None);
        self.apply_draft();
    }

    fn apply_draft(self) {
        let draft = self.draft.get_untracked();
        if self.settled.with_untracked(|s| *s != draft) {
            self.settled.set(draft);
        }
    }

    /// Switch between editing and reading.
    pub fn toggle_editing(self) {
        if self.editing.get_untracked() {
            self.settle();
        }
        self.editing.update(|e| *e = !*e);
    }
}
