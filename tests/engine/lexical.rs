//! What the WordNet tables (src/engine/wordnet.rs) answer: lemmas, relations between nouns
//! and coarse classes. Rows assert WordNet's real answers, including the ones a news reader
//! would not expect (marked "WordNet:"), so a regeneration that changes them shows up here.
//! Then the data file's loader: what it refuses and why, and what the lookups answer without
//! tables (the page, until its data file arrives or when it never does).

use crate::check::assert_rows;
use crosscheck::engine::wordnet::{
    built_in, install, installed, is_group, is_kind_of, is_person, names_a_thing, noun_class, noun_lemma,
    noun_relation, verb_lemma, LexiconError, NounClass, Relation, WordNet,
};
use std::fmt::Debug;

/// Run `f` on every input and report every row whose answer differs from the expected one.
fn check<I: Debug + Copy, O: Debug + PartialEq>(rows: &[(I, O)], f: impl Fn(I) -> O) {
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(input, ref want)| {
            let got = f(input);
            (got != *want).then(|| format!("input: {input:?}\n  expected: {want:?}\n  got:      {got:?}"))
        })
        .collect();
    assert_rows(&failures, rows.len());
}

#[test]
fn the_built_in_file_is_read_and_installed() {
    let tables = built_in().map(|t| t.lemmas());
    assert_eq!(tables, Ok((3356, 1535)), "data/wordnet.bin is refused or changed: regenerate it");
    assert!(installed(), "native lookups read the built-in tables");
}

/// The label list: nouns the comparison never counts but that name what a figure is about,
/// each by its lemma or a plural, and what the list leaves out.
#[test]
fn nouns_that_only_name_a_figure() {
    check(
        &[
            ("price", true),
            ("prices", true),
            ("inflation", true),
            ("depth", true),
            ("gusts", true),
            ("margin", true),
            ("deficit", true),
            ("temperature", true),
            ("magnitude", true),
            // Kept for comparison, so not in the label list.
            ("workers", false),
            ("revenue", false),
            // Units ("km", noun.quantity), words more often something else ("first", "still",
            // "offer"), and words WordNet does not have ("ridership").
            ("km", false),
            ("first", false),
            ("still", false),
            ("offer", false),
            ("ridership", false),
            ("", false),
            // Added by hand (scripts/gen-lexicon.mjs, NEWS_NAMED): news names money and counts
            // by them, though SemCor tags them rarely or mostly as something else.
            ("fine", true),
            ("fines", true),
            ("premium", true),
            ("turnout", true),
            ("shortfall", true),
        ],
        names_a_thing,
    );
}

#[test]
fn noun_lemmas() {
    check(
        &[
            // Regular plurals, by WordNet's suffix rules checked against the noun index.
            ("employees", Some("employee")),
            ("ships", Some("ship")),
            ("workers", Some("worker")),
            ("nurses", Some("nurse")),
            ("passengers", Some("passenger")),
            ("miners", Some("miner")),
            ("injuries", Some("injury")),
            ("deaths", Some("death")),
            ("companies", Some("company")),
            ("homes", Some("home")),
            ("houses", Some("house")),
            ("boxes", Some("box")),
            ("churches", Some("church")),
            ("sales", Some("sale")),
            // Irregular plurals, from the exception list (noun.exc).
            ("children", Some("child")),
            ("men", Some("man")),
            ("women", Some("woman")),
            ("lives", Some("life")),
            ("crises", Some("crisis")),
            ("analyses", Some("analysis")),
            // A lemma is its own lemma.
            ("child", Some("child")),
            ("ship", Some("ship")),
            // WordNet: words that are lemmas of their own stay as they are.
            ("people", Some("people")),
            ("troops", Some("troops")),
            ("arms", Some("arms")),
            ("glasses", Some("glasses")),
            ("species", Some("species")),
            ("police", Some("police")),
            ("staff", Some("staff")),
            ("dead", Some("dead")),
            // Not kept: too rare in SemCor ("casualties", "firemen", "fatalities"), not a noun
            // ("killed", "missing"), a left-out kind ("news"), or not a word.
            ("casualties", None),
            ("fatalities", None),
            ("firemen", None),
            ("firefighters", None),
            ("killed", None),
            ("missing", None),
            ("news", None),
            ("xyzzy", None),
            ("", None),
            ("s", None),
            ("Ships", None),
            ("ships!", None),
        ],
        noun_lemma,
    );
}

#[test]
fn verb_lemmas() {
    check(
        &[
            ("killed", Some("kill")),
            ("kills", Some("kill")),
            ("injuring", Some("injure")),
            ("injured", Some("injure")),
            ("wounded", Some("wound")),
            ("died", Some("die")),
            ("dies", Some("die")),
            ("rescued", Some("rescue")),
            ("arrested", Some("arrest")),
            ("hurt", Some("hurt")),
            ("dropped", Some("drop")),
            ("surged", Some("surge")),
            ("plunged", Some("plunge")),
            ("increased", Some("increase")),
            ("employs", Some("employ")),
            // Irregular forms (verb.exc) come before the word itself: "fell" and "found" are
            // verbs too ("fell a tree", "found a company"), but news means "fall" and "find".
            ("rose", Some("rise")),
            ("rising", Some("rise")),
            ("fell", Some("fall")),
            ("fallen", Some("fall")),
            ("grew", Some("grow")),
            ("found", Some("find")),
            ("left", Some("leave")),
            ("sold", Some("sell")),
            ("was", Some("be")),
            ("has", Some("have")),
            // "ship" is a verb too.
            ("ships", Some("ship")),
            // Not kept: too rare in SemCor, or not a verb.
            ("evacuated", None),
            ("children", None),
            ("qwerty", None),
            ("", None),
        ],
        verb_lemma,
    );
}

#[test]
fn noun_relations() {
    use Relation::*;
    check(
        &[
            (("ship", "ship"), Same),
            (("firefighter", "firefighter"), Same),
            // A shared synset among the first two senses.
            (("resident", "occupant"), Synonym),
            (("person", "individual"), Synonym),
            (("child", "kid"), Synonym),
            (("student", "pupil"), Synonym),
            (("doctor", "physician"), Synonym),
            // One under the other, either way round.
            (("ship", "vessel"), Hypernym),
            (("vessel", "ship"), Hypernym),
            (("nurse", "professional"), Hypernym),
            (("miner", "worker"), Hypernym),
            (("employee", "worker"), Hypernym),
            (("worker", "person"), Hypernym),
            (("patient", "person"), Hypernym),
            (("passenger", "traveler"), Hypernym),
            (("house", "dwelling"), Hypernym),
            (("home", "residence"), Hypernym),
            (("plane", "aircraft"), Hypernym),
            (("car", "vehicle"), Hypernym),
            // First senses with one direct hypernym.
            (("boat", "ship"), Sibling),
            (("city", "town"), Sibling),
            (("year", "month"), Sibling),
            // WordNet: news synonyms it does not link.
            (("staff", "employee"), Unrelated),
            (("soldier", "troops"), Unrelated),
            (("person", "people"), Unrelated),
            (("company", "firm"), Unrelated),
            (("nurse", "doctor"), Unrelated),
            (("crew", "staff"), Unrelated),
            (("house", "building"), Unrelated),
            (("death", "injury"), Unrelated),
            (("woman", "man"), Unrelated),
            (("dollar", "ton"), Unrelated),
            // Unknown: a word is not in the tables.
            (("death", "fatality"), Unknown),
            (("victim", "casualty"), Unknown),
            (("dead", "missing"), Unknown),
            (("ships", "ship"), Unknown),
            (("", "ship"), Unknown),
        ],
        |(a, b)| noun_relation(a, b),
    );
}

#[test]
fn kinds_of() {
    check(
        &[
            (("ship", "vessel"), true),
            (("vessel", "ship"), false),
            (("miner", "worker"), true),
            (("worker", "miner"), false),
            (("nurse", "person"), true),
            (("car", "vehicle"), true),
            (("ship", "ship"), false),
            (("firefighter", "person"), false),
        ],
        |(a, b)| is_kind_of(a, b),
    );
}

#[test]
fn noun_classes() {
    use NounClass::*;
    check(
        &[
            ("worker", Some(Person)),
            ("nurse", Some(Person)),
            ("passenger", Some(Person)),
            ("resident", Some(Person)),
            ("miner", Some(Person)),
            ("child", Some(Person)),
            ("employee", Some(Person)),
            ("people", Some(Group)),
            ("troops", Some(Group)),
            ("staff", Some(Group)),
            ("police", Some(Group)),
            ("company", Some(Group)),
            ("ship", Some(Artifact)),
            ("house", Some(Artifact)),
            ("home", Some(Location)),
            ("death", Some(Event)),
            ("sale", Some(Act)),
            ("year", Some(TimePeriod)),
            ("dollar", Some(Measure)),
            ("injury", None),
            ("xyzzy", None),
            ("children", None),
        ],
        noun_class,
    );
    check(
        &[("nurse", true), ("miner", true), ("crew", false), ("ship", false), ("firefighter", false)],
        is_person,
    );
    check(&[("crew", true), ("people", true), ("nurse", false), ("ship", false)], is_group);
}

/// The committed data file, which the edits below start from.
const FILE: &[u8] = include_bytes!("../../data/wordnet.bin");
/// Its header: magic, version, section count, checksum, then a length per section.
const HEADER: usize = 12 + 4 * 12;
/// Sections, in the file's order (scripts/gen-lexicon.mjs).
const NOUN_SENSE1: usize = 0;
const SENSE2_NOUN: usize = 1;
const NOUN_CLASS: usize = 3;
const VERB_EXC_BASE: usize = 6;
const NOUNS: usize = 7;
const VERB_EXC: usize = 10;
const NAMED: usize = 11;

/// A change to the committed data file, for the loader's rows.
#[derive(Clone, Copy, Debug)]
enum Edit {
    /// The file as committed.
    Keep,
    /// Something else served in its place.
    Text(&'static str),
    /// Its first `n` bytes only.
    Cut(usize),
    /// Byte `at` set to a value, the checksum left as it was.
    Byte(usize, u8),
    /// One byte more at the end.
    Append,
    /// Byte `at` of a section set to a value, with the checksum made to match again: the
    /// damage only the section checks can see.
    Section(usize, usize, u8),
    /// A section one byte shorter, with the header's length and checksum made to match.
    Shorten(usize),
    /// A well-formed file whose every section is empty.
    Empty,
}

fn u32_at(bytes: &[u8], at: usize) -> usize {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize
}

/// Where section `s` lies in `bytes`.
fn section(bytes: &[u8], s: usize) -> std::ops::Range<usize> {
    let start = HEADER + (0..s).map(|i| u32_at(bytes, 12 + 4 * i)).sum::<usize>();
    start..start + u32_at(bytes, 12 + 4 * s)
}

/// Write the checksum of the body into the header (FNV-1a, 32 bits, as the generator does).
fn reseal(bytes: &mut [u8]) {
    let sum =
        bytes[HEADER..].iter().fold(0x811c_9dc5u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    bytes[8..12].copy_from_slice(&sum.to_le_bytes());
}

fn edited(edit: Edit) -> Vec<u8> {
    let mut bytes = FILE.to_vec();
    match edit {
        Edit::Keep => {}
        Edit::Text(text) => bytes = text.as_bytes().to_vec(),
        Edit::Cut(n) => bytes.truncate(n),
        Edit::Byte(at, b) => bytes[at] = b,
        Edit::Append => bytes.push(0),
        Edit::Section(s, at, b) => {
            let r = section(&bytes, s);
            bytes[r.start + at] = b;
            reseal(&mut bytes);
        }
        Edit::Shorten(s) => {
            let r = section(&bytes, s);
            bytes.remove(r.end - 1);
            let len = (r.len() - 1) as u32;
            bytes[12 + 4 * s..16 + 4 * s].copy_from_slice(&len.to_le_bytes());
            reseal(&mut bytes);
        }
        Edit::Empty => {
            bytes.truncate(HEADER);
            bytes[12..].fill(0);
            reseal(&mut bytes);
        }
    }
    bytes
}

/// Each edit of the file is refused with the error that names what is wrong (or read, with
/// its noun and verb counts), and a refused file is never half used.
#[test]
fn the_loader_refuses_wrong_files_with_a_clear_error() {
    let len = FILE.len();
    check(
        &[
            (Edit::Keep, Ok((3356, 1535))),
            (Edit::Empty, Ok((0, 0))),
            // Something else in its place: an error page, nothing at all, another binary.
            (Edit::Text("<!DOCTYPE html><title>404 Not Found</title>"), Err(LexiconError::NotALexicon)),
            (Edit::Text(""), Err(LexiconError::Truncated { expected: HEADER, found: 0 })),
            (Edit::Text("CX"), Err(LexiconError::Truncated { expected: HEADER, found: 2 })),
            (Edit::Byte(0, b'c'), Err(LexiconError::NotALexicon)),
            (Edit::Byte(3, 0), Err(LexiconError::NotALexicon)),
            // Another layout.
            (Edit::Byte(4, 1), Err(LexiconError::Version { found: 1, expected: 2 })),
            (Edit::Byte(5, 1), Err(LexiconError::Version { found: 258, expected: 2 })),
            (Edit::Byte(6, 13), Err(LexiconError::Sections { found: 13, expected: 12 })),
            // Cut off: in the header, right after it, one byte short.
            (Edit::Cut(5), Err(LexiconError::Truncated { expected: HEADER, found: 5 })),
            (Edit::Cut(11), Err(LexiconError::Truncated { expected: HEADER, found: 11 })),
            (Edit::Cut(HEADER - 1), Err(LexiconError::Truncated { expected: HEADER, found: HEADER - 1 })),
            (Edit::Cut(HEADER), Err(LexiconError::Truncated { expected: len, found: HEADER })),
            (Edit::Cut(len - 1), Err(LexiconError::Truncated { expected: len, found: len - 1 })),
            (Edit::Append, Err(LexiconError::TooLong { expected: len, found: len + 1 })),
            // A section length off by 256 either way.
            (
                Edit::Byte(13, FILE[13].wrapping_add(1)),
                Err(LexiconError::Truncated { expected: len + 256, found: len }),
            ),
            (
                Edit::Byte(13, FILE[13].wrapping_sub(1)),
                Err(LexiconError::TooLong { expected: len - 256, found: len }),
            ),
            // Damaged: a byte of the body or of the checksum.
            (Edit::Byte(HEADER + 1000, FILE[HEADER + 1000] ^ 1), Err(LexiconError::Checksum)),
            (Edit::Byte(len - 1, b'q'), Err(LexiconError::Checksum)),
            (Edit::Byte(9, FILE[9] ^ 0x80), Err(LexiconError::Checksum)),
            // Damage the checksum cannot see, that the section checks refuse.
            (Edit::Section(NOUNS, 0, b'z'), Err(LexiconError::Malformed("NOUNS"))),
            (Edit::Section(NOUNS, 0, b'A'), Err(LexiconError::Malformed("NOUNS"))),
            (Edit::Section(NOUNS, 0, b'\n'), Err(LexiconError::Malformed("NOUNS"))),
            (Edit::Section(VERB_EXC, 3, 0xc3), Err(LexiconError::Malformed("VERB_EXC"))),
            (Edit::Section(NAMED, 0, b'Z'), Err(LexiconError::Malformed("NAMED"))),
            (Edit::Section(SENSE2_NOUN, 1, 0xff), Err(LexiconError::Malformed("SENSE2_NOUN"))),
            (Edit::Shorten(NOUN_SENSE1), Err(LexiconError::Malformed("NOUN_SENSE1"))),
            (Edit::Shorten(NOUN_CLASS), Err(LexiconError::Malformed("NOUN_CLASS"))),
            (Edit::Shorten(VERB_EXC_BASE), Err(LexiconError::Malformed("VERB_EXC_BASE"))),
        ],
        |edit| WordNet::parse(&edited(edit)).map(|t| t.lemmas()),
    );
}

/// Every prefix of the file is refused as truncated (a sample of them past the header, whose
/// checks run on every byte), never read in part, never a panic.
#[test]
fn every_prefix_is_refused_as_truncated() {
    let len = FILE.len();
    let cuts: Vec<(usize, bool)> =
        (0..HEADER + 64).chain((HEADER + 64..len).step_by(997)).map(|n| (n, true)).collect();
    check(
        &cuts,
        |n| matches!(WordNet::parse(&FILE[..n]), Err(LexiconError::Truncated { found, .. }) if found == n),
    );
}

/// The errors read as a person would say them: the page shows them in its notice.
#[test]
fn loader_errors_say_what_is_wrong() {
    let rows = [
        (LexiconError::NotALexicon, "not a lexicon file"),
        (
            LexiconError::Version { found: 2, expected: 1 },
            "lexicon file version 2, this program reads version 1",
        ),
        (
            LexiconError::Truncated { expected: 64097, found: 56 },
            "lexicon file is truncated: 56 of 64097 bytes",
        ),
        (LexiconError::Checksum, "lexicon file is damaged (checksum mismatch)"),
        (LexiconError::Malformed("NOUNS"), "lexicon file is malformed: NOUNS"),
    ]
    .map(|(e, text)| (e, text.to_string()));
    check(&rows, |e| e.to_string());
}

/// Without tables every word is unknown, and asking never fails: what the page's lookups
/// answer before its data file is installed, or for good when the file never arrives. The
/// same holds for a well-formed file of empty tables.
#[test]
fn without_tables_every_word_is_unknown() {
    type Answers =
        (Option<&'static str>, Option<&'static str>, Option<&'static str>, Option<NounClass>, Relation, bool);
    let none: Answers = (None, None, None, None, Relation::Unknown, false);
    let words: Vec<(&str, Answers)> =
        ["children", "workers", "killed", "rose", "ship", "worker", "", "Ships", "zzzz"]
            .into_iter()
            .map(|w| (w, none))
            .chain([("vessel", (None, None, None, None, Relation::Same, false))])
            .collect();
    let empty_file = edited(Edit::Empty);
    for tables in [WordNet::empty(), WordNet::parse(&empty_file).unwrap()] {
        check(&words, |w| {
            (
                tables.noun_lemma(w),
                tables.verb_lemma(w),
                tables.verb_inflection(w),
                tables.noun_class(w),
                tables.noun_relation(w, "vessel"),
                tables.is_kind_of(w, "person"),
            )
        });
    }
}

/// Installing is once per process: natively the built-in tables are installed at the first
/// lookup, so a second file is refused, a wrong one with its own error first. A refused file
/// changes nothing: the lookups answer as before.
#[test]
fn a_refused_file_changes_nothing() {
    assert_eq!(noun_lemma("children"), Some("child"));
    check(
        &[
            (Edit::Keep, Err(LexiconError::AlreadyInstalled)),
            (Edit::Empty, Err(LexiconError::AlreadyInstalled)),
            (Edit::Cut(100), Err(LexiconError::Truncated { expected: FILE.len(), found: 100 })),
            (Edit::Byte(4, 9), Err(LexiconError::Version { found: 9, expected: 2 })),
        ],
        |edit| install(edited(edit).leak()),
    );
    check(&[("children", Some("child")), ("ships", Some("ship")), ("xyzzy", None)], noun_lemma);
    assert_eq!(noun_relation("ship", "vessel"), Relation::Hypernym);
}
