//! The page's state: one [`Column`] per article, holding what the user typed and, once typing
//! pauses, the article built from it; the comparison across columns is one memo over those
//! articles, with the reader's corrections applied. Only event handlers (and the debounce
//! timer they start) write signals; everything shown is derived from them.

use gloo::timers::callback::Timeout;
use leptos::prelude::*;

use super::{dom, perf};
use crate::demo;
use crate::display::article_from_fields;
use crate::engine::{
    analyze_mentions_with, article_mentions, Analysis, Article, Config, Mention, PublishedFrom, WordMemo,
};
use crate::marks::{self, Correction};

/// How long typing must pause before the article is analysed again.
const SETTLE_MS: u32 = 150;

/// The articles on the page and their comparison, shared through context.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub columns: RwSignal<Vec<Column>>,
    /// The settled articles, in column order.
    pub articles: Memo<Vec<Article>>,
    /// The comparison of `articles`; timed with `performance.measure("crosscheck:analyze")`.
    pub analysis: Memo<Analysis>,
    /// The column shown on a narrow screen, by id.
    pub current: RwSignal<usize>,
    /// A short message for the status line (a file that could not be read, say).
    pub notice: RwSignal<String>,
    /// The reader's corrections (dismiss, unlink, link), applied after every analysis; each
    /// lapses by itself once its article's text changes.
    pub corrections: RwSignal<Vec<Correction>>,
    next_id: StoredValue<usize>,
}

impl Workspace {
    /// A workspace holding the built-in demo comparison.
    pub fn demo() -> Self {
        let columns = RwSignal::new(Vec::<Column>::new());
        let articles =
            Memo::new(move |_| columns.with(|cs| cs.iter().map(|c| c.article.get()).collect::<Vec<_>>()));
        let corrections = RwSignal::new(Vec::<Correction>::new());
        // The last analysis's articles and their mentions: an edit re-extracts only the
        // article it changed (a mention depends on its own article alone).
        // With them, what the lexicon said of each word (`WordMemo`): an edit looks up only the
        // words that are new.
        let extracted = StoredValue::new((Vec::<(Article, Vec<Mention>)>::new(), WordMemo::default()));
        // Every new analysis counts as changed: it is recomputed only when the articles or the
        // corrections change, and then it differs anyway. Comparing two analyses field by
        // field would cost a pass over every mention on each edit, and the page the code of
        // `Analysis`'s equality.
        let analysis = Memo::new_with_compare(
            move |_| {
                articles.with(|a| {
                    let config = Config::default();
                    let analysis = perf::measure("crosscheck:analyze", || {
                        // Entries move from the old cache to the new one; only new text is read.
                        let (mut old, mut words) =
                            extracted.try_update_value(std::mem::take).unwrap_or_default();
                        let cache: Vec<(Article, Vec<Mention>)> = a
                            .iter()
                            .map(|art| match old.iter().position(|(seen, _)| seen == art) {
                                Some(i) => old.swap_remove(i),
                                None => (art.clone(), article_mentions(art)),
                            })
                            .collect();
                        let mentions = cache.iter().map(|(_, ms)| ms.clone()).collect();
                        let analysis = analyze_mentions_with(a, mentions, &config, &mut words);
                        extracted.set_value((cache, words));
                        analysis
                    });
                    corrections.with(|c| marks::apply(a, analysis, c, &config))
                })
            },
            |_, _| true,
        );
        let ws = Workspace {
            columns,
            articles,
            analysis,
            current: RwSignal::new(0),
            notice: RwSignal::new(String::new()),
            corrections,
            next_id: StoredValue::new(0),
        };
        ws.load_demo();
        ws
    }

    /// Replace every column with the demo articles.
    pub fn load_demo(self) {
        let cols: Vec<Column> =
            demo::ARTICLES.iter().map(|t| self.column(&Article::parse(t), false)).collect();
        self.replace(cols);
    }

    /// Replace every column with `articles` (a saved or shared comparison), in order.
    pub fn load(self, articles: &[Article]) {
        let cols = articles.iter().map(|a| self.column(a, false)).collect();
        self.replace(cols);
    }

    /// "New comparison": two empty columns, ready for typing or pasting.
    pub fn clear(self) {
        let cols = (0..2).map(|_| self.column(&Article::default(), true)).collect();
        self.replace(cols);
    }

    fn replace(self, cols: Vec<Column>) {
        self.corrections.set(Vec::new());
        self.current.set(cols.first().map_or(0, |c| c.id));
        retire(self.columns.get_untracked());
        self.columns.set(cols);
    }

    fn column(self, article: &Article, editing: bool) -> Column {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        Column::new(id, article, editing)
    }

    /// Add a column at the end and show it; returns its id.
    pub fn add(self, article: &Article, editing: bool) -> usize {
        let col = self.column(article, editing);
        self.columns.update(|cs| cs.push(col));
        self.current.set(col.id);
        col.id
    }

    /// Fill the first empty column with `article`, or add a column for it; returns the column.
    pub fn open(self, article: &Article) -> Column {
        let empty = self.columns.with_untracked(|cs| cs.iter().copied().find(|c| c.is_empty()));
        let col = empty.unwrap_or_else(|| {
            let col = self.column(article, false);
            self.columns.update(|cs| cs.push(col));
            col
        });
        col.fill(article);
        col.editing.set(false);
        self.current.set(col.id);
        col
    }

    pub fn remove(self, id: usize) {
        retire(self.columns.with_untracked(|cs| cs.iter().copied().filter(|c| c.id == id).collect()));
        self.columns.update(|cs| cs.retain(|c| c.id != id));
        if self.current.get_untracked() == id {
            self.current.set(self.columns.with_untracked(|cs| cs.first().map_or(0, |c| c.id)));
        }
    }

    /// Move a column one place left (`-1`) or right (`1`).
    pub fn shift(self, id: usize, by: isize) {
        self.columns.update(|cs| {
            if let Some(at) = cs.iter().position(|c| c.id == id) {
                let to = at as isize + by;
                if (0..cs.len() as isize).contains(&to) {
                    cs.swap(at, to as usize);
                }
            }
        });
    }

    /// The column's place in the list (tracked), which is its article's index in the analysis.
    pub fn position(self, id: usize) -> Option<usize> {
        self.columns.with(|cs| cs.iter().position(|c| c.id == id))
    }
}

/// Dispose of the signals of `columns`, which are leaving the page. Not at once: their views
/// and effects may read them until the page has re-rendered, which happens in microtasks; a
/// timer runs after all of those.
fn retire(columns: Vec<Column>) {
    dom::later(0, move || columns.into_iter().for_each(Column::dispose)).forget();
}

/// What the furniture cleanup left out of an article, and the article as it came.
#[derive(Clone, PartialEq)]
pub struct Dropped {
    pub lines: Vec<String>,
    pub before: Article,
}

/// One article column. Cheap to copy: every field is a handle.
#[derive(Clone, Copy)]
pub struct Column {
    /// Stable key for the column list.
    pub id: usize,
    /// The editor's fields as typed.
    pub title: RwSignal<String>,
    pub source: RwSignal<String>,
    /// "YYYY-MM-DD", or "" to let a dateline in the body decide.
    pub published: RwSignal<String>,
    pub body: RwSignal<String>,
    /// The article built from the fields once typing has paused; the analysis follows this.
    pub article: RwSignal<Article>,
    /// Bumped when the fields are replaced from outside the editor (paste, drop), so the
    /// editor reloads its inputs; typing never bumps it, which keeps the caret where it is.
    pub revision: RwSignal<u32>,
    /// Whether the column shows the editor (true) or the marked reading view.
    pub editing: RwSignal<bool>,
    /// The lines the furniture cleanup left out of the last article brought in from the web or
    /// the clipboard, with the article as it came, for Undo; cleared by the next fill.
    pub dropped: RwSignal<Option<Dropped>>,
    /// The pending re-analysis; replacing or dropping it cancels it.
    pending: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Column {
    fn new(id: usize, article: &Article, editing: bool) -> Self {
        let col = Column {
            id,
            title: RwSignal::new(String::new()),
            source: RwSignal::new(String::new()),
            published: RwSignal::new(String::new()),
            body: RwSignal::new(String::new()),
            article: RwSignal::new(Article::default()),
            revision: RwSignal::new(0),
            editing: RwSignal::new(editing),
            dropped: RwSignal::new(None),
            pending: StoredValue::new_local(None),
        };
        col.fill(article);
        col
    }

    /// Replace the fields with `article` and analyse it at once. A column removed meanwhile
    /// (while a dropped file was read, say) is left alone: its signals are gone.
    pub fn fill(self, article: &Article) {
        if self.article.is_disposed() {
            return;
        }
        self.title.set(article.title.clone());
        self.source.set(article.source.clone());
        // A date found in the body is found there again; writing it in the field too would
        // keep the dateline from being recognised as one.
        let from_header = !matches!(article.published_from, PublishedFrom::Text { .. });
        let date = article.published.filter(|_| from_header).map(|d| d.to_string()).unwrap_or_default();
        self.published.set(date);
        self.body.set(article.body.clone());
        self.dropped.set(None);
        self.revision.update(|r| *r += 1);
        self.settle();
    }

    /// Whether every field is empty.
    pub fn is_empty(self) -> bool {
        [self.title, self.source, self.published, self.body]
            .iter()
            .all(|f| f.with_untracked(|s| s.trim().is_empty()))
    }

    /// The user typed in one of the fields: analyse when typing pauses.
    pub fn edited(self) {
        // Undo would bring back the article as it came and lose what the reader typed since.
        if self.dropped.with_untracked(Option::is_some) {
            self.dropped.set(None);
        }
        // Replacing the timer drops, and so cancels, the previous one.
        let timer = dom::later(SETTLE_MS, move || self.settle());
        self.pending.set_value(Some(timer));
    }

    /// Build the article from the fields now (leaving the editor should not wait).
    pub fn settle(self) {
        self.pending.set_value(None);
        let next = article_from_fields(
            &self.title.get_untracked(),
            &self.source.get_untracked(),
            &self.published.get_untracked(),
            &self.body.get_untracked(),
        );
        if self.article.with_untracked(|a| *a != next) {
            self.article.set(next);
        }
    }

    /// Dispose of the column's signals, once nothing reads them any more ([`retire`]).
    fn dispose(self) {
        let Column { id: _, title, source, published, body, article, revision, editing, dropped, pending } =
            self;
        for field in [title, source, published, body] {
            field.dispose();
        }
        article.dispose();
        revision.dispose();
        editing.dispose();
        dropped.dispose();
        // Dropping the pending timer cancels it.
        pending.dispose();
    }

    /// Switch between editing and reading.
    pub fn toggle_editing(self) {
        if self.editing.get_untracked() {
            self.settle();
        }
        self.editing.update(|e| *e = !*e);
    }
}
