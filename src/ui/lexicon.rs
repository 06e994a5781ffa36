//! The WordNet data file in the page: fetched once at start (index.html preloads it beside the
//! code), installed in the engine, and only then is the app mounted, so the first analysis
//! already has it and nothing the reader sees changes when it arrives. A file that fails to
//! arrive in time, or is refused, leaves the page working without it, with a notice.

use std::cell::{Cell, RefCell};

use super::{dom, perf};
use crate::engine::wordnet;

/// How long the page waits for the data file once its code runs. The file is preloaded with
/// the code and is an eighth of its size, so it is normally there already; this only bounds
/// how long a stalled request can keep the page at its loading line (index.html).
const WAIT_MS: u32 = 5_000;

thread_local! {
    /// Whether the app was mounted: whatever settles second (the file or the timer) is ignored.
    static STARTED: Cell<bool> = const { Cell::new(false) };
    /// Why the tables are not installed, for the notice.
    static PROBLEM: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Fetch the data file, install it, then call `mount` once: when the tables are installed,
/// when the file failed, or after `WAIT_MS`, whichever comes first.
pub fn load_then(mount: fn()) {
    let timer = dom::later(WAIT_MS, move || start(Err("it took too long to arrive".into()), mount));
    // Not Leptos's spawn_local: its executor starts with the app, which is not mounted yet.
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = fetch().await;
        drop(timer);
        start(bytes, mount);
    });
}

fn start(bytes: Result<Vec<u8>, String>, mount: fn()) {
    if STARTED.replace(true) {
        return;
    }
    // The bytes live as long as the page: the tables are read in place.
    let installed = bytes.and_then(|b| wordnet::install(b.leak()).map_err(|e| e.to_string()));
    match installed {
        Ok(()) => perf::mark("crosscheck:lexicon"),
        Err(e) => PROBLEM.with(|p| *p.borrow_mut() = e),
    }
    mount();
}

/// The data file's bytes. Its address is the preload link's, which `scripts/build-site.sh`
/// points at the file's content-hashed name.
async fn fetch() -> Result<Vec<u8>, String> {
    dom::fetch_named("lexicon", "href").await
}

/// The notice shown while the page works without the tables, or None when they are installed.
pub fn notice() -> Option<String> {
    if wordnet::installed() {
        return None;
    }
    let why = PROBLEM.with(|p| p.borrow().clone());
    let why = if why.is_empty() { "it did not load".to_string() } else { why };
    Some(format!(
        "The word list (WordNet) is missing: {why}. Figures are still compared and marked, but \
         claims get plainer labels and some matches are less sure. Reload the page to try again."
    ))
}
