//! The page's two data files, the WordNet tables and the word lists: fetched once at start
//! (index.html preloads both beside the code), installed in the engine, and only then is the
//! app mounted, so the first analysis already has them and nothing the reader sees changes when
//! they arrive. A file that fails to arrive in time, or is refused, leaves the page working
//! without it, with a notice; without the word lists (units among them) nothing is marked red.

use std::cell::{Cell, RefCell};

use super::{dom, perf};
use crate::engine::{wordnet, words};

/// How long the page waits for the data files once its code runs. They are preloaded with
/// the code and are an eighth of its size, so they are normally there already; this only
/// bounds how long a stalled request can keep the page at its loading line (index.html).
const WAIT_MS: u32 = 5_000;

thread_local! {
    /// Whether the app was mounted: whatever settles second (the files or the timer) is ignored.
    static STARTED: Cell<bool> = const { Cell::new(false) };
    /// Why the WordNet tables, then the word lists, are not installed, for the notice.
    static PROBLEMS: RefCell<[String; 2]> = const { RefCell::new([String::new(), String::new()]) };
}

/// Fetch the data files, install them, then call `mount` once: when both have settled
/// (installed or failed), or after `WAIT_MS`, whichever comes first.
pub fn load_then(mount: fn()) {
    let late = || Err("it took too long to arrive".to_string());
    let timer = dom::later(WAIT_MS, move || start([late(), late()], mount));
    // Not Leptos's spawn_local: its executor starts with the app, which is not mounted yet.
    // Both downloads started with the preloads, so awaiting one after the other costs nothing.
    wasm_bindgen_futures::spawn_local(async move {
        let lexicon = dom::fetch_named("lexicon", "href").await;
        let lists = dom::fetch_named("words", "href").await;
        drop(timer);
        start([lexicon, lists], mount);
    });
}

fn start([lexicon, lists]: [Result<Vec<u8>, String>; 2], mount: fn()) {
    if STARTED.replace(true) {
        return;
    }
    // The bytes live as long as the page: the tables are read in place.
    let lexicon = lexicon.and_then(|b| wordnet::install(b.leak()).map_err(|e| e.to_string()));
    let lists = lists.and_then(|b| {
        let text = String::from_utf8(b).map_err(|_| "it is not text".to_string())?;
        words::install(text.leak())
    });
    if lexicon.is_ok() && lists.is_ok() {
        perf::mark("crosscheck:lexicon");
    }
    PROBLEMS.with(|p| *p.borrow_mut() = [lexicon.err().unwrap_or_default(), lists.err().unwrap_or_default()]);
    mount();
}

/// The notice shown while the page works without a data file, or None when both are installed.
pub fn notice() -> Option<String> {
    let [lexicon, lists] = PROBLEMS.with(|p| p.borrow().clone());
    let why = |problem: String| if problem.is_empty() { "it did not load".to_string() } else { problem };
    let mut text = String::new();
    if !wordnet::installed() {
        text = format!(
            "The word list (WordNet) is missing: {}. Figures are still compared, but claims get \
             plainer labels and some matches are less sure. ",
            why(lexicon)
        );
    }
    if !words::installed() {
        text += &format!(
            "The unit and word lists are missing: {}. Figures are read without their units or currencies, \
             so no contradiction is marked red; check them by eye. ",
            why(lists)
        );
    }
    (!text.is_empty()).then(|| text + "Reload the page to try again.")
}
