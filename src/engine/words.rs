//! The lists of ordinary English words that the readers and the context step look for, each
//! named for its one job ([`List`]). Their words are in the data file `data/words.txt`, beside
//! the unit spellings: built into native programs, fetched by the page; until it is
//! [`install`]ed every list is empty. Number words are in `lexicon`.

use std::sync::OnceLock;

/// A list of `data/words.txt` (`list NAME | words`); the file says what each is for. Lists
/// that overlap are kept apart on purpose: each was tuned for its own step, and merging them
/// would change what that step reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Function,
    CountStop,
    IrregularPlurals,
    NotPlurals,
    YearCues,
    ContextStop,
    Furniture,
    Openings,
    Holidays,
    NounFolds,
    ShareButtons,
    Counters,
    Roles,
    SourceEnds,
    NotSources,
    Forecast,
    Change,
    Capacity,
    Severity,
    Starts,
    Ends,
    RiseTo,
    RiseAt,
    FallTo,
    LevelNow,
    LevelAt,
    Depth,
    Killed,
    Injured,
    Missing,
    Arrested,
    Evacuated,
    Rescued,
    Ill,
    Hospitalised,
    Discharged,
    Destroyed,
    Damaged,
    FigureVerbs,
    Speaking,
    Reporting,
    Auxiliaries,
    Determiners,
    SourceBetween,
    ClauseVerbs,
    Compiled,
    DataNouns,
    Moves,
    NotActions,
    PriceLevels,
    PriceVerbs,
    Future,
    Screens,
    CompoundTails,
    NoParticularDay,
    DateWords,
    Zones,
    PoundMoney,
    PoundWeight,
    PhrasalOver,
    Features,
}

/// Each list's name in the file, in the order of [`List`] and of the file. The page reads the
/// lists by their place and leaves the names out of its code; native programs, whose tests
/// read the committed file, check every name.
#[cfg(not(target_arch = "wasm32"))]
const NAMES: [&str; 61] = [
    "function",
    "count-stop",
    "irregular-plurals",
    "not-plurals",
    "year-cues",
    "context-stop",
    "furniture",
    "openings",
    "holidays",
    "noun-folds",
    "share-buttons",
    "counters",
    "roles",
    "source-ends",
    "not-sources",
    "forecast",
    "change",
    "capacity",
    "severity",
    "starts",
    "ends",
    "rise-to",
    "rise-at",
    "fall-to",
    "level-now",
    "level-at",
    "depth",
    "killed",
    "injured",
    "missing",
    "arrested",
    "evacuated",
    "rescued",
    "ill",
    "hospitalised",
    "discharged",
    "destroyed",
    "damaged",
    "figure-verbs",
    "speaking",
    "reporting",
    "auxiliaries",
    "determiners",
    "source-between",
    "clause-verbs",
    "compiled",
    "data-nouns",
    "moves",
    "not-actions",
    "price-levels",
    "price-verbs",
    "future",
    "screens",
    "compound-tails",
    "no-particular-day",
    "date-words",
    "zones",
    "pound-money",
    "pound-weight",
    "phrasal-over",
    "features",
];

type Lists = Vec<Vec<&'static str>>;

/// How many lists the file has, one per [`List`].
const COUNT: usize = List::Features as usize + 1;

static LISTS: OnceLock<Lists> = OnceLock::new();

/// The committed word lists, built into native programs, which install them on their first
/// lookup; the page (wasm32) fetches the file instead (`crate::ui::lexicon`).
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT_IN: &str = include_str!("../../data/words.txt");

/// Whether `word` (lower case) is on `list`.
pub fn has(list: List, word: &str) -> bool {
    words(list).contains(&word)
}

/// The kind paired with the first of `kinds`' lists that holds `word`: how one word is sorted
/// into one of several lists ("injured" into the injured of the casualty lists).
pub fn kind_of<T: Copy>(kinds: &[(List, T)], word: &str) -> Option<T> {
    kinds.iter().find(|(list, _)| has(*list, word)).map(|&(_, kind)| kind)
}

/// The words of `list`, or none before the file is installed.
pub fn words(list: List) -> &'static [&'static str] {
    #[cfg(not(target_arch = "wasm32"))]
    if LISTS.get().is_none() {
        // Another thread may install first; either way the lists are set once.
        let _ = parse(BUILT_IN).map(|lists| LISTS.set(lists));
    }
    LISTS.get().map_or(&[], |lists| &lists[list as usize])
}

/// Check `text` as the word lists' file and make its unit list and word lists the ones every
/// lookup reads, for the rest of the process. A refused file changes nothing.
pub fn install(text: &'static str) -> Result<(), String> {
    let lists = parse(text)?;
    super::unit::install(text)?;
    LISTS.set(lists).map_err(|_| "the word lists were already installed".to_string())
}

/// Whether the word lists and the unit list are installed (natively always: the built-in file).
pub fn installed() -> bool {
    !words(List::Function).is_empty() && super::unit::installed()
}

/// How many words each list of `text` holds, or why the file is refused; nothing is installed.
pub fn check(text: &'static str) -> Result<Vec<usize>, String> {
    Ok(parse(text)?.iter().map(Vec::len).collect())
}

/// The word lists of `text`'s `list` lines (other lines are the unit list's), in the order of
/// [`List`]; a file without every list is refused, so that a page served in the file's place
/// is never read.
fn parse(text: &'static str) -> Result<Lists, String> {
    let mut lists: Lists = Vec::new();
    for line in text.lines() {
        let Some((name, words)) = line.strip_prefix("list ").and_then(|l| l.split_once(" | ")) else {
            continue;
        };
        #[cfg(not(target_arch = "wasm32"))]
        if NAMES.get(lists.len()) != Some(&name) {
            return Err(format!(
                "list {} is \"{name}\", not \"{}\"",
                lists.len() + 1,
                NAMES.get(lists.len()).unwrap_or(&"")
            ));
        }
        #[cfg(target_arch = "wasm32")]
        let _ = name;
        // Feature names hold commas ("same role (killed, started, ...)"): theirs is ";".
        let separator = if lists.len() == List::Features as usize { ';' } else { ',' };
        lists.push(words.split(separator).map(str::trim).collect());
    }
    match lists.len() {
        COUNT => Ok(lists),
        n => Err(format!("it has {n} word lists, not {COUNT}")),
    }
}
