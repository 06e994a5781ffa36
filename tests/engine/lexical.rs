//! What the WordNet tables (src/engine/wordnet.rs) answer: lemmas, relations between nouns
//! and coarse classes. Rows assert WordNet's real answers, including the ones a news reader
//! would not expect (marked "WordNet:"), so a regeneration that changes them shows up here.

use crate::check::assert_rows;
use crosscheck::engine::wordnet::{
    is_group, is_kind_of, is_person, noun_class, noun_lemma, noun_relation, tables_sorted, verb_lemma,
    NounClass, Relation,
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
fn tables_are_sorted() {
    assert!(tables_sorted(), "a word list is out of order or a block offset is off: regenerate");
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
