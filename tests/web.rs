//! The page's components in a real browser (wasm-bindgen-test in headless Chromium): the
//! legend, and the whole app mounted into a fresh element, checked through the testing hooks
//! (`data-mention`, `data-claim`, `data-status`). Run by `scripts/web-tests.sh`; the user
//! journeys against the release build are in `tests/e2e/`.
#![cfg(target_arch = "wasm32")]

use std::collections::{BTreeMap, BTreeSet};

use crosscheck::format::{Comparison, SavedArticle};
use crosscheck::ui::{links, App, Legend};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use wasm_bindgen_futures::js_sys;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const STATUSES: [&str; 6] = ["diverge", "possible", "updated", "compatible", "agree", "single"];

/// A fresh, attached element to mount into, with nothing saved in this browser and no link in
/// the address, so every test starts on the demo. The data files (WordNet and the unit list)
/// are installed first, as the page does before it mounts the app (src/ui/lexicon.rs); here
/// they are built into the test, as the page's fetch has no server to ask.
fn container() -> HtmlElement {
    let _ = crosscheck::engine::wordnet::install(include_bytes!("../data/wordnet.bin"));
    let _ = crosscheck::engine::words::install(include_str!("../data/words.txt"));
    let _ = window().local_storage().ok().flatten().map(|s| s.clear());
    set_hash("");
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn set_hash(fragment: &str) {
    let history = window().history().unwrap();
    let url = format!("{}{fragment}", window().location().pathname().unwrap());
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).unwrap();
}

/// Let effects, timers and the browser's rendering run.
async fn settle(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Wait until `ready` holds, checking every 20 ms for at most five seconds: a shared link is
/// decoded asynchronously, and on a busy machine 50 ms is not always enough. The assertions
/// that follow say what was expected either way.
async fn until(ready: impl Fn() -> bool) {
    for _ in 0..250 {
        if ready() {
            return;
        }
        settle(20).await;
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn data(el: &Element, name: &str) -> String {
    el.get_attribute(&format!("data-{name}")).unwrap_or_default()
}

/// The columns (their `data-column` ids) holding marks of `claim`.
fn claim_columns(root: &Element, claim: &str) -> BTreeSet<String> {
    all(root, &format!("mark[data-claim=\"{claim}\"]"))
        .iter()
        .filter_map(|m| m.closest("[data-column]").ok().flatten())
        .map(|c| data(&c, "column"))
        .collect()
}

#[wasm_bindgen_test]
fn legend_names_every_status_with_a_sample_mark() {
    let el = container();
    let handle = mount_to(el.clone(), Legend);
    let samples = all(&el, ".legend li .mention.sample");
    let shown: Vec<String> = samples.iter().map(|s| data(s, "status")).collect();
    assert_eq!(shown, STATUSES);
    let names: Vec<String> =
        all(&el, ".legend .legend-name").iter().map(|n| n.text_content().unwrap_or_default()).collect();
    assert_eq!(names, ["Contradiction", "Possible", "Updated", "Compatible", "Agreement", "One article"]);
    // The meaning is also spelled out for screen readers, not left to the colour.
    assert!(all(&el, ".legend .visually-hidden").iter().all(|h| h.text_content().unwrap().len() > 5));
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn demo_marks_every_mention_with_its_claim_and_status() {
    let el = container();
    let handle = mount_to(el.clone(), App);
    settle(50).await;
    assert_eq!(all(&el, ".column").len(), 3, "the demo has three articles");
    let marks = all(&el, "mark[data-mention]");
    assert!(marks.len() > 20, "only {} marks", marks.len());
    let mut ids = BTreeSet::new();
    let mut status_of: BTreeMap<String, String> = BTreeMap::new();
    for m in &marks {
        assert!(ids.insert(data(m, "mention")), "mention ids are unique");
        let status = data(m, "status");
        assert!(STATUSES.contains(&status.as_str()), "status {status:?}");
        let claim = data(m, "claim");
        assert!(!claim.is_empty(), "every mark names its claim");
        // Every mark of a claim carries the claim's one status.
        assert_eq!(status_of.entry(claim).or_insert_with(|| status.clone()), &status);
    }
    for (claim, status) in &status_of {
        let columns = claim_columns(&el, claim).len();
        match status.as_str() {
            "single" => assert_eq!(columns, 1, "claim {claim} is single but spans {columns} columns"),
            _ => assert!(columns >= 2, "claim {claim} is {status} within one column"),
        }
    }
    assert!(status_of.values().any(|s| s == "diverge"), "the demo shows a contradiction");
    assert!(status_of.values().any(|s| s == "compatible"), "and a compatible pair");
    // The claims panel lists the same claims, contradictions first.
    let rows = all(&el, "tr[data-claim]");
    assert!(!rows.is_empty());
    assert_eq!(data(&rows[0], "status"), "diverge");
    for row in &rows {
        assert_eq!(status_of.get(&data(row, "claim")), Some(&data(row, "status")));
    }
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn hovering_a_mark_lights_its_counterparts_only() {
    let el = container();
    let handle = mount_to(el.clone(), App);
    settle(50).await;
    let mark = all(&el, "mark[data-status=\"diverge\"]").into_iter().next().expect("a contradiction");
    let claim = data(&mark, "claim");
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let over = web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &init).unwrap();
    mark.dispatch_event(&over).unwrap();
    settle(20).await;
    let lit: BTreeSet<String> = all(&el, "mark.is-lit").iter().map(|m| data(m, "claim")).collect();
    assert_eq!(lit, BTreeSet::from([claim.clone()]), "only the hovered claim is lit");
    assert_eq!(
        all(&el, "mark.is-lit").len(),
        all(&el, &format!("mark[data-claim=\"{claim}\"]")).len(),
        "every mark of the claim is lit"
    );
    // The popover names the claim's verdict.
    let popover = el.query_selector(".popover[role=\"dialog\"]").unwrap().expect("a popover");
    assert!(!popover.has_attribute("hidden"), "the popover opens on hover");
    assert!(popover.text_content().unwrap_or_default().contains("contradict"));
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn j_and_k_step_through_contradictions() {
    let el = container();
    let handle = mount_to(el.clone(), App);
    settle(50).await;
    let diverging: BTreeSet<String> =
        all(&el, "mark[data-status=\"diverge\"]").iter().map(|m| data(m, "claim")).collect();
    let press = |key: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        document().body().unwrap().dispatch_event(&ev).unwrap();
    };
    let focused_claim = || document().active_element().map(|a| data(&a, "claim")).unwrap_or_default();
    let mut visited = Vec::new();
    for _ in 0..diverging.len() {
        press("j");
        settle(20).await;
        let claim = focused_claim();
        assert!(diverging.contains(&claim), "j focused {claim:?}, not a contradiction");
        visited.push(claim);
    }
    let distinct: BTreeSet<&String> = visited.iter().collect();
    assert_eq!(distinct.len(), diverging.len(), "j visits every contradiction once: {visited:?}");
    press("k");
    settle(20).await;
    assert_eq!(focused_claim(), visited[visited.len().saturating_sub(2)], "k goes back one");
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn article_text_is_shown_as_text_never_as_markup() {
    let body = "<img src=x onerror=\"window.injected=true\"> <b>Fire</b>: 12 workers were hurt on Friday.";
    let comparison = Comparison {
        articles: vec![
            SavedArticle { title: "<i>A</i>".into(), body: body.into(), ..Default::default() },
            SavedArticle { title: "B".into(), body: "14 workers were hurt.".into(), ..Default::default() },
        ],
        ..Default::default()
    };
    let el = container();
    set_hash(&links::encode_fragment(&comparison).await.unwrap());
    let handle = mount_to(el.clone(), App);
    until(|| {
        el.text_content().unwrap_or_default().contains("<img src=x")
            && !all(&el, "mark[data-mention]").is_empty()
    })
    .await;
    assert!(all(&el, ".column-body img, .column-body b, .column i").is_empty(), "markup was inserted");
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("<img src=x"), "the tags are shown as typed");
    // The shared figures still compare: 12 against 14 workers.
    let statuses: BTreeSet<String> =
        all(&el, "mark[data-mention]").iter().map(|m| data(m, "status")).collect();
    assert!(statuses.contains("diverge"), "statuses: {statuses:?}");
    let injected = js_sys::Reflect::get(&window(), &"injected".into()).unwrap();
    assert!(injected.is_undefined(), "an attribute of the pasted markup ran");
    drop(handle);
    el.remove();
    set_hash("");
}

#[wasm_bindgen_test]
async fn buttons_with_a_short_text_keep_the_full_name() {
    let el = container();
    let handle = mount_to(el.clone(), App);
    settle(50).await;
    let shortened = all(&el, "button.has-short");
    assert!(!shortened.is_empty(), "no button has a short text");
    for b in shortened {
        let long = b.query_selector(".label-long").ok().flatten().and_then(|s| s.text_content());
        let short = b.query_selector(".label-short").ok().flatten().and_then(|s| s.text_content());
        let name = b.get_attribute("aria-label");
        assert!(short.as_ref().is_some_and(|s| !s.is_empty()), "a short text: {short:?}");
        assert!(long.is_some() && long == name, "the full text {long:?} is the accessible name {name:?}");
        assert_eq!(b.get_attribute("title"), name, "and the tooltip");
        // What a speech user reads off a narrow screen must name the button (WCAG 2.5.3).
        let (long, short) =
            (long.unwrap_or_default().to_lowercase(), short.unwrap_or_default().to_lowercase());
        assert!(long.contains(&short), "the short text {short:?} is part of the name {long:?}");
    }
    drop(handle);
    el.remove();
}
