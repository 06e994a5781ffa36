//! Offline use: the published site's service worker (web/sw.js) keeps the page's files, and a
//! new version, once installed, waits until the reader presses Reload in the notice that says
//! it is ready, instead of replacing the code of a page in use.

use gloo::events::EventListener;
use leptos::prelude::window;
use leptos::wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Reflect;
use web_sys::{MessageEvent, ServiceWorkerContainer, ServiceWorkerRegistration};

use super::dom;
use super::notice::{NoticeKey, Notices};

/// What a worker that has just installed tells the pages (web/sw.js).
const INSTALLED: &str = "crosscheck:installed";
/// What the page asks a waiting worker, to take over.
const SKIP_WAITING: &str = "crosscheck:skip-waiting";
const READY: &str = "A new version of Crosscheck is ready. Reload to use it; your work is saved.";

/// The browser's service workers, where it has them (only in secure contexts).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok().filter(JsValue::is_object)?;
    Some(navigator.service_worker())
}

/// Register the worker, which sits beside the manifest; only a site built by
/// scripts/build-site.sh links one, so `trunk serve` never registers a worker. A new version
/// found now or later shows the notice.
pub fn start(notices: Notices) {
    let manifest = dom::document().query_selector("link[rel=manifest]").ok().flatten();
    let Some((manifest, sw)) = manifest.zip(container()) else { return };
    let Some(href) = manifest.get_attribute("href") else { return };
    let script = href.replace("manifest.webmanifest", "sw.js");
    // Only a page running an older version has a controller: on the first visit the worker
    // installs quietly.
    let ready = move |sw: &ServiceWorkerContainer| {
        if sw.controller().is_some() {
            notices.show(NoticeKey::Update, READY.into());
        }
    };
    let own = sw.clone();
    EventListener::new(&sw, "message", move |ev| {
        if ev.dyn_ref::<MessageEvent>().and_then(|m| m.data().as_string()).as_deref() == Some(INSTALLED) {
            ready(&own);
        }
    })
    .forget();
    // Messages wait until the page asks for them (web-sys has no binding for this call).
    if let Ok(start) = Reflect::get(&sw, &JsValue::from_str("startMessages")) {
        let _ = start.unchecked_into::<web_sys::js_sys::Function>().call0(&sw);
    }
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(sw.register(&script)).await else { return };
        if reg.unchecked_into::<ServiceWorkerRegistration>().waiting().is_some() {
            ready(&sw);
        }
    });
}

/// Let the waiting version take over, and load it once it has; with none waiting, reload.
pub fn reload() {
    let Some(sw) = container() else { return };
    leptos::task::spawn_local(async move {
        let reg = JsFuture::from(sw.get_registration()).await.ok();
        let waiting = reg.and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok()?.waiting());
        match waiting {
            Some(worker) => {
                EventListener::once(&sw, "controllerchange", |_| {
                    let _ = window().location().reload();
                })
                .forget();
                let _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}
