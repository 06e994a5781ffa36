//! Bringing articles in from outside: files dropped or picked (.txt and .md as text, .html
//! reduced to its readable text with the browser's DOMParser, never inserted as markup), text
//! dropped, and the clipboard (its HTML reduced the same way). Everything arrives as plain
//! strings; what came from the web loses its page furniture, which the column can restore.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Reflect, JSON};
use web_sys::{Blob, ClipboardItem, DomParser, Element, File, SupportedType};

use super::dom;
use super::state::{Column, Dropped, Workspace};
use crate::display::{article_from_markdown, inert_html};
use crate::engine::furniture::tidy;
use crate::engine::Article;

/// Files or text dropped on a column (`Some`) or on the row of columns (`None`): the first
/// file fills the column, the others open in new columns.
pub fn dropped(ws: Workspace, column: Option<Column>, ev: &web_sys::DragEvent) {
    let Some(dt) = ev.data_transfer() else { return };
    let files: Vec<File> =
        dt.files().map_or(Vec::new(), |list| (0..list.length()).filter_map(|i| list.get(i)).collect());
    if files.is_empty() {
        if let Some(text) = dt.get_data("text/plain").ok().filter(|t| !t.trim().is_empty()) {
            bring_in(ws, column, Article::parse(&text));
        }
        return;
    }
    open_files(ws, column, files);
}

/// Ctrl+V into an article's editor when its text box is empty or wholly selected: the pasted
/// article replaces the column's as the Paste button's would (HTML reduced, furniture dropped,
/// title, outlet and date filled). Returns whether it took the paste; a paste into text being
/// edited is left to the browser.
pub fn pasted_whole(ws: Workspace, column: Column, data: &web_sys::DataTransfer) -> bool {
    let html = data.get_data("text/html").ok().filter(|h| !h.trim().is_empty());
    let article = html.map(|h| from_html(&h)).filter(|a| !a.body.trim().is_empty()).or_else(|| {
        let text = data.get_data("text/plain").ok()?;
        (!text.trim().is_empty()).then(|| Article::parse(&text))
    });
    let Some(article) = article else { return false };
    bring_in(ws, Some(column), article);
    true
}

/// Articles brought in while the demo is showing start a new comparison: the demo is an
/// invented story, no one's work, and mixing the reader's articles into it would make false
/// contradictions.
pub fn leave_demo(ws: Workspace) -> bool {
    let demo = shows_demo();
    if demo {
        ws.clear();
    }
    demo
}

fn shows_demo() -> bool {
    super::library::Library::get().is_some_and(|lib| lib.shows_demo())
}

/// Read `files` in order; the first goes into `column` when given. Files opened from the
/// toolbar leave the demo first ([`leave_demo`]).
pub fn open_files(ws: Workspace, column: Option<Column>, files: Vec<File>) {
    if column.is_none() && !files.is_empty() {
        leave_demo(ws);
    }
    leptos::task::spawn_local(async move {
        let mut target = column;
        // Files dropped on a column of the demo start a new comparison too, now that the drop
        // event has run.
        if target.is_some() && leave_demo(ws) {
            target = ws.columns.get_untracked().first().copied();
        }
        for file in files {
            // A comparison file replaces the whole comparison instead of filling a column.
            if super::comparison_file::open_if_comparison(&file).await {
                continue;
            }
            match read(&file).await {
                // A saved web page has the web's furniture; the reader's own text files do not.
                Some((article, true)) => bring_in(ws, target.take(), article),
                Some((article, false)) => drop(place(ws, target.take(), &article)),
                None => ws.notice.set(format!("Could not read {}.", file.name())),
            }
        }
    });
}

fn place(ws: Workspace, column: Option<Column>, article: &Article) -> Column {
    match column {
        Some(col) => {
            col.fill(article);
            col.editing.set(false);
            col
        }
        None => ws.open(article),
    }
}

/// Text brought in from the web or the clipboard: its furniture is dropped (the engine's
/// `furniture::tidy`), and the column keeps the dropped lines and the article as it came, so
/// the reader can see what went and undo it.
///
/// An article pasted or dropped into a column of the demo starts a new comparison in its first
/// column instead ([`leave_demo`]), once the event that brought it has run: that column goes
/// with the demo.
pub fn bring_in(ws: Workspace, column: Option<Column>, raw: Article) {
    if column.is_some() && shows_demo() {
        dom::later(0, move || {
            leave_demo(ws);
            bring_in(ws, ws.columns.get_untracked().first().copied(), raw);
        })
        .forget();
        return;
    }
    let tidied = tidy(&raw);
    let col = place(ws, column, &tidied.article);
    if !tidied.dropped.is_empty() {
        col.dropped.set(Some(Dropped { lines: tidied.dropped, before: raw }));
    }
}

/// The clipboard replaces the column's article. Its HTML flavour, when it has one, is reduced
/// as a saved page is (never inserted as markup); otherwise its text is read. Either way the
/// page furniture is dropped ([`bring_in`]).
pub fn paste(ws: Workspace, column: Column) {
    leptos::task::spawn_local(async move {
        match clipboard_article().await {
            Some(article) => {
                bring_in(ws, Some(column), article);
                ws.notice.set(String::new());
            }
            None => ws.notice.set(
                "The clipboard is empty or not readable here; paste with Ctrl+V in the editor instead."
                    .into(),
            ),
        }
    });
}

/// The clipboard's article: from its HTML when it holds some that has text, else from its
/// text. Browsers without `clipboard.read()` (Firefox before 127) go straight to the text.
async fn clipboard_article() -> Option<Article> {
    let clipboard = window().navigator().clipboard();
    let can_read = Reflect::get(&clipboard, &"read".into()).is_ok_and(|f| f.is_function());
    let html = if can_read { clipboard_html(&clipboard).await } else { None };
    if let Some(article) = html.map(|h| from_html(&h)).filter(|a| !a.body.trim().is_empty()) {
        return Some(article);
    }
    let text = JsFuture::from(clipboard.read_text()).await.ok()?.as_string()?;
    (!text.trim().is_empty()).then(|| Article::parse(&text))
}

/// The clipboard's HTML flavour, if it has one and the browser lets the page read it.
async fn clipboard_html(clipboard: &web_sys::Clipboard) -> Option<String> {
    let items = JsFuture::from(clipboard.read()).await.ok()?;
    let blob = items.unchecked_into::<Array>().iter().find_map(|item| {
        let item: ClipboardItem = item.unchecked_into();
        item.types().includes(&"text/html".into(), 0).then(|| item.get_type("text/html"))
    })?;
    let blob: Blob = JsFuture::from(blob).await.ok()?.unchecked_into();
    JsFuture::from(blob.text()).await.ok()?.as_string()
}

/// One file as an article, by its name's extension, and whether it is a web page.
async fn read(file: &File) -> Option<(Article, bool)> {
    let text = JsFuture::from(file.text()).await.ok()?.as_string()?;
    let name = file.name().to_ascii_lowercase();
    Some(if name.ends_with(".html") || name.ends_with(".htm") || file.type_() == "text/html" {
        (from_html(&text), true)
    } else if name.ends_with(".md") || name.ends_with(".markdown") {
        (article_from_markdown(&text), false)
    } else {
        (Article::parse(&text), false)
    })
}

/// Elements that are never an article's text: navigation, share bars, captions, related
/// links, comment counters, sign-up boxes and what the page hides. The bookmarklet
/// (web/bookmarklet.js) drops the same; `x-style` is a `<style>` renamed by [`inert_html`].
const JUNK: &str =
    "x-style,script,style,noscript,template,nav,footer,aside,form,svg,figure,figcaption,button,iframe,\
                    [hidden],[aria-hidden=true],[role=navigation],[role=complementary],[class*=share i],\
                    [class*=social i],[class*=related i],[class*=comment i],[class*=newsletter i],\
                    [class*=promo i],[class*=advert i],[class*=caption i]";
/// The elements whose text makes the article's paragraphs.
const BLOCKS: &str = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td";

/// The readable text of an HTML page, with the bookmarklet's choices (web/bookmarklet.js;
/// keep the two in step): the title from `og:title`, JSON-LD's `headline`, the first `<h1>` or
/// the page title; the outlet from `og:site_name` or JSON-LD's `publisher`; the date from
/// `article:published_time`, JSON-LD's `datePublished` or a `<time datetime>`; the text from
/// JSON-LD's `articleBody`, else the blocks of the article's element that are not mostly
/// links. DOMParser builds an inert document (no scripts run, nothing loads), and only text
/// leaves it. That document shares the page's Content Security Policy, so the page's inline
/// styles and handlers are renamed first ([`inert_html`]); otherwise each would be refused
/// with a violation report.
fn from_html(html: &str) -> Article {
    let Ok(parser) = DomParser::new() else { return Article::default() };
    let Ok(doc) = parser.parse_from_string(&inert_html(html), SupportedType::TextHtml) else {
        return Article::default();
    };
    let meta = |name: &str| {
        let sel = format!("meta[property='{name}'],meta[name='{name}']");
        squash(
            &doc.query_selector(&sel)
                .ok()
                .flatten()
                .and_then(|m| m.get_attribute("content"))
                .unwrap_or_default(),
        )
    };
    let ld = linked_data(&doc);
    let ld_text = |key: &str| squash(&ld.as_ref().map(|v| text_at(v, key)).unwrap_or_default());
    for junk in select(&doc, JUNK) {
        junk.remove();
    }
    let first = |sel: &str| doc.query_selector(sel).ok().flatten();
    let text_of = |el: &Element| squash(&el.text_content().unwrap_or_default());
    let publisher = ld.as_ref().map(|v| Reflect::get(v, &"publisher".into()).unwrap_or_default());
    let publisher = publisher.map_or(String::new(), |p| p.as_string().unwrap_or_else(|| text_at(&p, "name")));
    let title = [
        meta("og:title"),
        ld_text("headline"),
        first("h1").map_or(String::new(), |h| text_of(&h)),
        squash(&doc.title()),
    ];
    let source = [meta("og:site_name"), squash(&publisher)];
    let time = first("time[datetime]").and_then(|t| t.get_attribute("datetime"));
    let published =
        [meta("article:published_time"), ld_text("datePublished"), squash(&time.unwrap_or_default())];
    let any = |fields: &[String]| fields.iter().find(|f| !f.is_empty()).cloned().unwrap_or_default();
    let body = ld.as_ref().map(|v| text_at(v, "articleBody")).filter(|b| !b.is_empty());
    let paras: Vec<String> = match body {
        Some(body) => body.split('\n').map(squash).filter(|p| !p.is_empty()).collect(),
        None => {
            let root = first("[itemprop=articleBody]")
                .or_else(|| {
                    // The <article> with the most paragraph text; the first of equals.
                    let paragraphs =
                        |el: &Element| within(el, "p").iter().map(|p| chars(&text_of(p))).sum::<usize>();
                    let mut best: Option<(usize, Element)> = None;
                    for a in select(&doc, "article") {
                        let n = paragraphs(&a);
                        if best.as_ref().is_none_or(|(m, _)| n > *m) {
                            best = Some((n, a));
                        }
                    }
                    best.map(|b| b.1)
                })
                .or_else(|| first("main"))
                .or_else(|| doc.body().map(Element::from));
            let blocks = root.map_or(Vec::new(), |r| within(&r, BLOCKS));
            blocks
                .iter()
                .filter(|el| el.parent_element().and_then(|p| p.closest(BLOCKS).ok().flatten()).is_none())
                .map(|el| (text_of(el), within(el, "a").iter().map(|a| chars(&text_of(a))).sum::<usize>()))
                .filter(|(text, linked)| !text.is_empty() && linked * 2 <= chars(text))
                .map(|(text, _)| text)
                .collect()
        }
    };
    // The bookmarklet's message, in the article format, read the same way.
    let text = format!(
        "Title: {}\nSource: {}\nPublished: {}\n\n{}",
        any(&title),
        any(&source),
        any(&published),
        paras.join("\n\n")
    );
    Article::parse(&text)
}

/// The first JSON-LD object with a headline, looking inside lists and `@graph`; JSON-LD that
/// does not parse is skipped.
fn linked_data(doc: &web_sys::Document) -> Option<JsValue> {
    let flat = |v: JsValue| if Array::is_array(&v) { Array::from(&v).to_vec() } else { vec![v] };
    select(doc, "script[type='application/ld+json']").into_iter().find_map(|s| {
        let v = JSON::parse(&s.text_content().unwrap_or_default()).ok()?;
        flat(v)
            .into_iter()
            .flat_map(|x| {
                let graph = Reflect::get(&x, &"@graph".into())
                    .ok()
                    .filter(|g| !g.is_undefined())
                    .map_or(Vec::new(), flat);
                std::iter::once(x).chain(graph)
            })
            .find(|x| !text_at(x, "headline").is_empty())
    })
}

/// A string field of a JSON object, or "" when it is missing or not a string.
fn text_at(v: &JsValue, key: &str) -> String {
    if !v.is_object() {
        return String::new();
    }
    Reflect::get(v, &key.into()).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// Characters, as the bookmarklet's JavaScript counts a string's length (for text in the
/// Basic Multilingual Plane).
fn chars(s: &str) -> usize {
    s.chars().count()
}

fn within(el: &Element, selector: &str) -> Vec<Element> {
    super::dom::within(el, selector)
}

fn select(doc: &web_sys::Document, selector: &str) -> Vec<Element> {
    let Ok(list) = doc.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Runs of whitespace as one space, trimmed: layout whitespace in HTML carries no meaning.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
