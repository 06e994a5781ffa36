//! Saved work: the comparison on the page autosaves to this browser (debounced) and comes back
//! on reload, and the last few comparisons stay in a Recent list. Share links and comparison
//! files open through [`Library::show`], which saves the page's own work first, so nothing the
//! reader made is ever replaced unsaved.
//!
//! Each entry's comparison is stored as a comparison file under a key of its own, beside a
//! small index, so start-up reads only the index and an autosave writes only the entry on the
//! page; saving needs no deflate and can finish inside `pagehide` (docs/share-format.md).

use std::cell::OnceCell;

use gloo::timers::callback::Timeout;
use leptos::ev;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::incoming::Incoming;
use super::links;
use super::notice::{NoticeKey, Notices};
use super::state::Workspace;
use super::{dom, snapshot, storage};
use crate::demo;
use crate::display::is_import;
use crate::format::{decode_file, encode_file, has_encoded_hash, json, Comparison, SavedArticle};

/// The Recent list's index, newest first: each entry's name, title, size and date, as JSON.
const INDEX_KEY: &str = "crosscheck.recent.v2";
/// Each entry's comparison is stored under this prefix and the entry's id, as a comparison file.
const ENTRY_KEY: &str = "crosscheck.entry.v2.";
/// The list as it was stored before each entry had a key of its own: every entry with its
/// comparison. Moved to the keys above at start, and removed once all of it is there.
const OLD_LIST_KEY: &str = "crosscheck.recent.v1";
/// The id of the entry the page's comparison saves into.
const CURRENT_KEY: &str = "crosscheck.current.v1";
/// Written and removed once at start, to learn whether storage works at all.
const PROBE_KEY: &str = "crosscheck.probe";
/// How many comparisons the Recent list keeps.
const KEEP: usize = 20;
/// How long edits must pause before the comparison is saved.
const SAVE_MS: u32 = 500;
/// The warning shown while nothing reaches storage.
const NOT_SAVED: &str = "Your work is not being saved in this browser: storage is disabled or full here. \
                         Save a comparison file to keep it.";

/// One saved comparison.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: u64,
    /// The name the reader gave it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A name made from its articles, shown when the reader gave none.
    pub title: String,
    pub articles: usize,
    /// When it was last saved, in milliseconds since 1970.
    pub saved: f64,
    /// The comparison, while storage does not hold it under the entry's key: an entry of the
    /// old list not moved yet, or one saved while storage was refused or full. It is never
    /// written into the index.
    #[serde(default, skip_serializing)]
    pub comparison: Option<Comparison>,
    /// How entries saved before `comparison` existed hold it: as a share-link fragment
    /// (`#c1.…`), opened with the link's checks.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// Made on this visit and never stored: left out of the index, which would otherwise list
    /// an entry that cannot be opened.
    #[serde(skip)]
    unstored: bool,
}

impl Entry {
    pub fn label(&self) -> String {
        self.name.clone().unwrap_or_else(|| self.title.clone())
    }
}

/// The masthead's panels.
#[derive(Clone, Copy, PartialEq)]
pub enum Panel {
    Share,
    Recent,
    /// The bookmarklet and how to use it.
    Web,
}

thread_local! {
    /// The page's library, for code that runs outside the component tree (file imports that
    /// finish after their event handler returned), where context is not available.
    static LIBRARY: OnceCell<Library> = const { OnceCell::new() };
}

/// The saved comparisons and which one the page is showing, shared through context.
#[derive(Clone, Copy)]
pub struct Library {
    pub entries: RwSignal<Vec<Entry>>,
    /// The entry the page's comparison saves into; `None` until it is first saved.
    pub current: RwSignal<Option<u64>>,
    /// The masthead panel that is open: one at a time, as they open in the same place.
    pub panel: RwSignal<Option<Panel>>,
    ws: Workspace,
    notices: Notices,
    /// The column ids the current entry was last saved from. When none of them is on the page
    /// any more, every column was replaced (New comparison, Demo), so the page holds another
    /// comparison, which must not overwrite the entry.
    columns: StoredValue<Vec<usize>>,
    pending: StoredValue<Option<Timeout>, LocalStorage>,
    /// The fragment Share put in the address bar and the comparison it holds; once the page
    /// holds another comparison, the fragment is stale and leaves the address.
    shared: StoredValue<Option<(String, Comparison)>>,
}

impl Library {
    /// Set up saving for `ws`: provide the library and the notices, open the shared link in
    /// the address or else the reader's last comparison (under the banner of an article sent
    /// in the address), register the service worker, and autosave from then on.
    pub fn start(ws: Workspace) -> Library {
        let notices = Notices::new();
        provide_context(notices);
        let lib = Library {
            entries: RwSignal::new(load()),
            current: RwSignal::new(None),
            panel: RwSignal::new(None),
            ws,
            notices,
            columns: StoredValue::new(Vec::new()),
            pending: StoredValue::new_local(None),
            shared: StoredValue::new(None),
        };
        provide_context(lib);
        LIBRARY.with(|l| l.set(lib).ok());
        if !(storage::set(PROBE_KEY, "1") && storage::remove(PROBE_KEY)) {
            notices.show(NoticeKey::Storage, NOT_SAVED.into());
        }
        let incoming = expect_context::<Incoming>();
        let href = storage::href();
        if is_import(&href) {
            // An article sent by the bookmarklet waits in a banner over the reader's own work.
            incoming.receive(&href, notices);
            lib.open_current();
        } else if has_link(&href) {
            // The reader's last comparison opens only if the link does not.
            lib.open_link(href, true);
        } else {
            lib.open_current();
        }
        super::offline::start(notices);
        // The effect only starts the timer; the save itself writes to storage.
        dom::effect(move || {
            ws.articles.track();
            ws.corrections.track();
            lib.pending.set_value(Some(dom::later(SAVE_MS, move || lib.save())));
        });
        let hash = window_event_listener(ev::hashchange, move |_| {
            let href = storage::href();
            if is_import(&href) {
                incoming.receive(&href, notices);
            } else if has_link(&href) {
                lib.open_link(href, false);
            }
        });
        // Leaving or reloading within the debounce must not lose the last edits.
        let hide = window_event_listener_untyped("pagehide", move |_| lib.flush());
        on_cleanup(move || {
            hash.remove();
            hide.remove();
        });
        lib
    }

    /// Whether the page shows the demo as it comes, which is no one's work.
    pub fn shows_demo(self) -> bool {
        is_demo(&self.comparison())
    }

    /// The library, from anywhere on the page once it has started.
    pub fn get() -> Option<Library> {
        LIBRARY.with(|l| l.get().copied())
    }

    /// The comparison on the page now.
    pub fn comparison(self) -> Comparison {
        self.ws.articles.with_untracked(|a| self.ws.corrections.with_untracked(|k| snapshot::capture(a, k)))
    }

    /// Open a share link (a whole address); the link leaves the address bar either way, so a
    /// reload shows the saved work, edits included. Inflating the link is asynchronous; when
    /// it fails and `or_current`, the reader's last comparison opens instead.
    pub fn open_link(self, href: String, or_current: bool) {
        storage::replace_url(&without_link(&href));
        leptos::task::spawn_local(async move {
            match links::decode_link(&href).await {
                Ok(c) => {
                    self.show(&c, None);
                    self.notices.dismiss(NoticeKey::Open);
                }
                Err(e) => {
                    self.notices.show(NoticeKey::Open, format!("The shared link could not be opened. {e}"));
                    if or_current {
                        self.open_current();
                    }
                }
            }
        });
    }

    /// Open the entry the page showed last, if storage says which.
    fn open_current(self) {
        if let Some(id) = storage::get(CURRENT_KEY).and_then(|s| s.parse().ok()) {
            self.open(id);
        }
    }

    /// Put Share's `link` for `comparison` into the address bar.
    pub fn put_in_address(self, link: &str, comparison: Comparison) {
        storage::replace_url(link);
        let fragment = link.split_once('#').map_or("", |(_, f)| f).to_string();
        self.shared.set_value(Some((fragment, comparison)));
    }

    /// Open a comparison file's bytes; `name` is for the message if it is not one.
    pub fn open_file(self, name: &str, bytes: &[u8]) {
        match decode_file(bytes) {
            Ok(c) => {
                self.show(&c, None);
                self.notices.dismiss(NoticeKey::Open);
            }
            Err(e) => self.notices.show(NoticeKey::Open, format!("Could not open {name}. {e}")),
        }
    }

    /// Open a Recent entry.
    pub fn open(self, id: u64) {
        if self.current.get_untracked() == Some(id) {
            return;
        }
        let Some(entry) = self.find(id) else { return };
        if let Some(c) = entry.comparison.or_else(|| stored(id)) {
            return self.show(&c, Some(id));
        }
        // Entries saved before the comparison itself was kept hold a share link; an entry
        // whose key is gone has an empty one, which says there is nothing to open.
        leptos::task::spawn_local(async move {
            match links::decode_link(&entry.link).await {
                Ok(c) => self.show(&c, Some(id)),
                Err(e) => self
                    .notices
                    .show(NoticeKey::Open, format!("That saved comparison could not be opened. {e}")),
            }
        });
    }

    pub fn rename(self, id: u64, name: &str) {
        let name = name.trim();
        self.entries.update(|es| {
            if let Some(e) = es.iter_mut().find(|e| e.id == id) {
                e.name = (!name.is_empty()).then(|| name.to_string());
            }
        });
        self.persist(None);
    }

    /// Forget an entry. If it is the one on the page, the page keeps showing it, unsaved until
    /// the next edit makes it a new entry.
    pub fn delete(self, id: u64) {
        self.entries.update(|es| es.retain(|e| e.id != id));
        if self.current.get_untracked() == Some(id) {
            self.current.set(None);
        }
        // The index first: a key the index does not list is never read.
        if self.persist(None) {
            storage::remove(&entry_key(id));
        }
    }

    /// Show `comparison` on the page, saving the page's own work first. `entry` is the Recent
    /// entry it came from; a link or file equal to an entry's content joins that entry.
    fn show(self, comparison: &Comparison, entry: Option<u64>) {
        self.flush();
        self.ws.load(&comparison.to_articles());
        self.ws.corrections.set(snapshot::corrections(comparison));
        self.columns.set_value(self.column_ids());
        self.current.set(entry);
        // Saved at once, so it is in the Recent list (or joins an equal entry) right away.
        self.save();
    }

    /// Save now whatever is typed, skipping the debounce.
    fn flush(self) {
        self.ws.columns.with_untracked(|cs| cs.iter().for_each(|c| c.settle()));
        self.save();
    }

    /// Save the page's comparison into its entry, or into a new one.
    fn save(self) {
        self.pending.set_value(None);
        let ids = self.column_ids();
        let was = self.columns.get_value();
        if !was.is_empty() && !ids.iter().any(|id| was.contains(id)) {
            self.current.set(None);
        }
        self.columns.set_value(ids);
        let c = self.comparison();
        // The demo and empty columns are not the reader's work; nothing is lost by not
        // keeping them, and keeping them would crowd the list.
        if is_blank(&c) || is_demo(&c) {
            if self.current.get_untracked().is_none() {
                storage::remove(CURRENT_KEY);
            }
            return;
        }
        if let Err(e) = c.validate() {
            return self.notices.show(NoticeKey::Storage, format!("This comparison cannot be saved. {e}."));
        }
        self.drop_stale_link(&c);
        // The entry it saves into: the one on the page, else one holding the same comparison,
        // else a new one.
        let listed = |id| self.entries.with_untracked(|es: &Vec<Entry>| es.iter().any(|e| e.id == id));
        let id = self.current.get_untracked().filter(|&id| listed(id)).or_else(|| {
            self.entries.with_untracked(|es| {
                es.iter()
                    .find(|e| e.comparison.as_ref() == Some(&c) || stored(e.id).as_ref() == Some(&c))
                    .map(|e| e.id)
            })
        });
        let id = id.unwrap_or_else(|| self.next_id());
        if self.current.get_untracked() != Some(id) {
            self.current.set(Some(id));
        }
        let held = self.entries.with_untracked(|es| es.iter().any(|e| e.id == id && e.comparison.is_some()));
        if listed(id) && !held && stored(id).as_ref() == Some(&c) {
            self.persist(None);
            return;
        }
        // Listed first (the index is written from the list), shown once the outcome is known.
        let (mut new, mut gone) = (true, Vec::new());
        self.entries.update_untracked(|es| {
            let mut entry = match es.iter().position(|e| e.id == id) {
                Some(at) => es.remove(at),
                None => Entry { id, unstored: true, ..Entry::default() },
            };
            // Whether storage has never held this entry: then, if it does not take it now
            // either, it stays out of the index.
            new = std::mem::take(&mut entry.unstored);
            (entry.title, entry.articles, entry.saved) = (title_of(&c), c.articles.len(), storage::now());
            entry.link.clear();
            es.insert(0, entry);
            gone.extend(es.drain(KEEP.min(es.len())..).map(|e| e.id));
        });
        let file = encode_file(&c).unwrap_or_default();
        let written = self.persist(Some((id, &file)));
        self.entries.update(|es| {
            if let Some(e) = es.first_mut() {
                e.unstored = new && !written;
                e.comparison = (!written).then_some(c);
            }
        });
        if written {
            for id in gone {
                storage::remove(&entry_key(id));
            }
        }
    }

    /// Write the index, after entry `id`'s comparison (JSON) when given, then which entry is
    /// on the page; returns whether the index and the entry were written. When storage is full,
    /// the oldest entries are dropped until they fit; when even that does not make room, the
    /// dropped ones are put back, so a comparison too large to store never costs the others.
    fn persist(self, entry: Option<(u64, &str)>) -> bool {
        let saving = entry.map(|(id, _)| id);
        let mut dropped: Vec<(u64, Option<String>)> = Vec::new();
        let is_dropped = |dropped: &[(u64, Option<String>)], id: u64| dropped.iter().any(|d| d.0 == id);
        let written = loop {
            let index =
                self.entries.with_untracked(|es| index(es.iter().filter(|e| !is_dropped(&dropped, e.id))));
            if entry.is_none_or(|(id, json)| storage::set(&entry_key(id), json))
                && storage::set(INDEX_KEY, &index)
            {
                break true;
            }
            // Dropping entries makes room only in storage that takes writes at all.
            if !(storage::set(PROBE_KEY, "1") && storage::remove(PROBE_KEY)) {
                break false;
            }
            let oldest = self.entries.with_untracked(|es| {
                es.iter().rev().map(|e| e.id).find(|&e| Some(e) != saving && !is_dropped(&dropped, e))
            });
            let Some(old) = oldest else { break false };
            let key = entry_key(old);
            dropped.push((old, storage::get(&key)));
            storage::remove(&key);
        };
        if written && !dropped.is_empty() {
            self.entries.update(|es| es.retain(|e| !is_dropped(&dropped, e.id)));
        }
        for (old, json) in dropped.iter().filter(|_| !written) {
            if let Some(json) = json {
                storage::set(&entry_key(*old), json);
            }
        }
        let pointed = match self.current.get_untracked() {
            Some(id) => storage::set(CURRENT_KEY, &id.to_string()),
            None => storage::remove(CURRENT_KEY),
        };
        if written && pointed {
            self.notices.dismiss(NoticeKey::Storage);
        } else {
            self.notices.show(NoticeKey::Storage, NOT_SAVED.into());
        }
        written
    }

    fn find(self, id: u64) -> Option<Entry> {
        self.entries.with_untracked(|es| es.iter().find(|e| e.id == id).cloned())
    }

    fn next_id(self) -> u64 {
        self.entries.with_untracked(|es| es.iter().map(|e| e.id).max().unwrap_or(0) + 1)
    }

    fn column_ids(self) -> Vec<usize> {
        self.ws.columns.with_untracked(|cs| cs.iter().map(|c| c.id).collect())
    }

    /// Take a share link out of the address bar once the page holds another comparison than
    /// the one Share put there, so that a reload shows the saved edits instead of the older
    /// shared state.
    fn drop_stale_link(self, now: &Comparison) {
        let href = storage::href();
        let Some((base, fragment)) = href.split_once('#') else { return };
        let current = self.shared.with_value(|s| s.as_ref().is_some_and(|(f, c)| f == fragment && c == now));
        if !fragment.is_empty() && !current {
            storage::replace_url(base);
        }
    }
}

/// The key entry `id`'s comparison is stored under.
fn entry_key(id: u64) -> String {
    format!("{ENTRY_KEY}{id}")
}

/// Entry `id`'s comparison as storage holds it, if it does.
fn stored(id: u64) -> Option<Comparison> {
    storage::get(&entry_key(id)).and_then(|s| decode_file(s.as_bytes()).ok())
}

fn read(key: &str) -> Option<Vec<Entry>> {
    storage::get(key).and_then(|s| json::read(s.as_bytes()).ok())
}

/// The index: every entry but those never stored, without comparisons.
fn index<'a>(entries: impl Iterator<Item = &'a Entry>) -> String {
    json::write(&entries.filter(|e| !e.unstored).collect::<Vec<_>>(), false).unwrap_or_default()
}

/// The Recent list at start: the index, then the entries of the old one-key list it does not
/// list yet, each moved to a key of its own. The old list is removed only once all of it is
/// stored that way and listed; until then it stays, and the entries not moved keep their
/// comparison in memory, left out of the index, to be moved at the next start.
fn load() -> Vec<Entry> {
    let mut entries = read(INDEX_KEY).unwrap_or_default();
    let Some(old) = read(OLD_LIST_KEY) else { return entries };
    let mut moved = true;
    for mut e in old {
        if entries.iter().any(|x| x.id == e.id) {
            continue;
        }
        if let Some(c) = &e.comparison {
            if encode_file(c).is_ok_and(|file| storage::set(&entry_key(e.id), &file)) {
                e.comparison = None;
            } else {
                (e.unstored, moved) = (true, false);
            }
        }
        entries.push(e);
    }
    if moved && storage::set(INDEX_KEY, &index(entries.iter())) {
        storage::remove(OLD_LIST_KEY);
    }
    entries
}

/// Whether the address carries something to open: a fragment, or a `#` rewritten as `%23`.
fn has_link(href: &str) -> bool {
    href.split_once('#').is_some_and(|(_, f)| !f.is_empty()) || has_encoded_hash(href)
}

/// The address without its share link: cut at the `#`, or at a `%23` standing for it.
fn without_link(href: &str) -> String {
    if let Some((base, _)) = href.split_once('#') {
        return base.to_string();
    }
    let lower = href.to_ascii_lowercase();
    lower.find("%23c").map_or_else(|| href.to_string(), |at| href[..at].to_string())
}

fn is_blank(c: &Comparison) -> bool {
    c.articles.iter().all(|a| {
        a.title.trim().is_empty()
            && a.source.trim().is_empty()
            && a.body.trim().is_empty()
            && a.published.is_none()
    })
}

fn is_demo(c: &Comparison) -> bool {
    c.corrections.is_empty() && demo::is_demo(c.articles.iter().map(|a| (a.title.as_str(), a.body.as_str())))
}

/// A name for the list: the first title, else the first source, else the first words.
fn title_of(c: &Comparison) -> String {
    let first = |f: fn(&SavedArticle) -> &str| {
        c.articles.iter().map(f).map(str::trim).find(|s| !s.is_empty()).map(str::to_string)
    };
    let name = first(|a| &a.title)
        .or_else(|| first(|a| &a.source))
        .or_else(|| first(|a| &a.body).map(|b| b.split_whitespace().take(8).collect::<Vec<_>>().join(" ")))
        .unwrap_or_else(|| "Untitled comparison".into());
    match name.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &name[..at]),
        None => name,
    }
}
