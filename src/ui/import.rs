//! Bringing articles in from outside: files dropped or picked (.txt and .md as text, .html
//! reduced to its readable text with the browser's DOMParser, never inserted as markup), text
//! dropped, and the clipboard. Everything arrives as plain strings.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, Element, File, SupportedType};

use super::state::{Column, Workspace};
use crate::display::{article_from_markdown, inert_html};
use crate::engine::Article;

/// Files or text dropped on a column (`Some`) or on the row of columns (`None`): the first
/// file fills the column, the others open in new columns.
pub fn dropped(ws: Workspace, column: Option<Column>, ev: &web_sys::DragEvent) {
    let Some(dt) = ev.data_transfer() else { return };
    let files: Vec<File> =
        dt.files().map_or(Vec::new(), |list| (0..list.length()).filter_map(|i| list.get(i)).collect());
    if files.is_empty() {
        if let Some(text) = dt.get_data("text/plain").ok().filter(|t| !t.trim().is_empty()) {
            place(ws, column, &Article::parse(&text));
        }
        return;
    }
    open_files(ws, column, files);
}

/// Read `files` in order; the first goes into `column` when given.
pub fn open_files(ws: Workspace, column: Option<Column>, files: Vec<File>) {
    leptos::task::spawn_local(async move {
        let mut target = column;
        for file in files {
            // A comparison file replaces the whole comparison instead of filling a column.
            if super::comparison_file::open_if_comparison(&file).await {
                continue;
            }
            match read(&file).await {
                Some(article) => place(ws, target.take(), &article),
                None => ws.notice.set(format!("Could not read {}.", file.name())),
            }
        }
    });
}

fn place(ws: Workspace, column: Option<Column>, article: &Article) {
    match column {
        Some(col) => {
            col.fill(article);
            col.editing.set(false);
        }
        None => ws.open(article),
    }
}

/// The clipboard's text replaces the column's article. Text only: the clipboard's HTML flavour
/// is never asked for.
pub fn paste(ws: Workspace, column: Column) {
    leptos::task::spawn_local(async move {
        let clipboard = window().navigator().clipboard();
        let text = JsFuture::from(clipboard.read_text()).await.ok().and_then(|v| v.as_string());
        match text.filter(|t| !t.trim().is_empty()) {
            Some(text) => {
                column.fill(&Article::parse(&text));
                column.editing.set(false);
                ws.notice.set(String::new());
            }
            None => ws.notice.set(
                "The clipboard is empty or not readable here; paste with Ctrl+V in the editor instead."
                    .into(),
            ),
        }
    });
}

/// One file as an article, by its name's extension.
async fn read(file: &File) -> Option<Article> {
    let text = JsFuture::from(file.text()).await.ok()?.as_string()?;
    let name = file.name().to_ascii_lowercase();
    Some(if name.ends_with(".html") || name.ends_with(".htm") || file.type_() == "text/html" {
        from_html(&text)
    } else if name.ends_with(".md") || name.ends_with(".markdown") {
        article_from_markdown(&text)
    } else {
        Article::parse(&text)
    })
}

/// The readable text of an HTML page: its title, site name and date from the usual meta tags,
/// and the text of its block elements as paragraphs. DOMParser builds an inert document (no
/// scripts run, nothing loads), and only `textContent` leaves it. That document shares the
/// page's Content Security Policy, so the page's inline styles and handlers are renamed first
/// ([`inert_html`]); otherwise each would be refused with a violation report.
fn from_html(html: &str) -> Article {
    let Ok(parser) = DomParser::new() else { return Article::default() };
    let Ok(doc) = parser.parse_from_string(&inert_html(html), SupportedType::TextHtml) else {
        return Article::default();
    };
    let meta = |sel: &str| {
        doc.query_selector(sel).ok().flatten().and_then(|m| m.get_attribute("content")).unwrap_or_default()
    };
    let text_of = |el: &Element| squash(&el.text_content().unwrap_or_default());
    for junk in select(&doc, "script, style, x-style, noscript, template, nav, footer, aside, form, svg") {
        junk.remove();
    }
    let mut title = squash(&meta("meta[property='og:title']"));
    let h1 = doc.query_selector("h1").ok().flatten().map(|h| text_of(&h)).unwrap_or_default();
    if title.is_empty() {
        title = if h1.is_empty() { squash(&doc.title()) } else { h1.clone() };
    }
    let source = squash(&meta("meta[property='og:site_name']"));
    let mut published = meta("meta[property='article:published_time']");
    if published.is_empty() {
        published = select(&doc, "time[datetime]")
            .first()
            .and_then(|t| t.get_attribute("datetime"))
            .unwrap_or_default();
    }
    const BLOCKS: &str = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td";
    let mut paras: Vec<String> = Vec::new();
    for el in select(&doc, BLOCKS) {
        // A paragraph inside a list item or quote is already in its parent's text.
        let nested = el.parent_element().and_then(|p| p.closest(BLOCKS).ok().flatten()).is_some();
        let text = text_of(&el);
        // The page's heading opens the text only when it is not already the title.
        let repeats_title = paras.is_empty() && text == title;
        if !nested && !text.is_empty() && !repeats_title {
            paras.push(text);
        }
    }
    if paras.is_empty() {
        paras.extend(doc.body().map(|b| text_of(&b)));
    }
    let header =
        format!("Title: {title}\nSource: {source}\nPublished: {}\n\n", published.get(..10).unwrap_or(""));
    Article::parse(&(header + &paras.join("\n\n")))
}

fn select(doc: &web_sys::Document, selector: &str) -> Vec<Element> {
    let Ok(list) = doc.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Runs of whitespace as one space, trimmed: layout whitespace in HTML carries no meaning.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
