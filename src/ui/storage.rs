//! Browser glue for saving and sharing: localStorage, the address bar, the clipboard and file
//! bytes. Every call reports failure as a value instead of throwing, because browsers refuse
//! storage (privacy modes, full quotas) and the clipboard, and the page must keep working.

use leptos::prelude::window;
use leptos::wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The page's localStorage, or `None` when the browser has none or refuses it. Some browsers
/// throw on mere access to `window.localStorage`; web-sys catches that, whereas
/// `gloo::storage::LocalStorage` would rethrow it, so the raw `Storage` is used here.
fn local() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The stored text under `key`, if storage works and holds one.
pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Store `value` under `key`; `false` when storage is missing, disabled or full.
pub fn set(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Remove `key`; `false` when storage refuses.
pub fn remove(key: &str) -> bool {
    local().is_some_and(|s| s.remove_item(key).is_ok())
}

/// The page's address as the browser shows it.
pub fn href() -> String {
    window().location().href().unwrap_or_default()
}

/// The address without its fragment: the base every share link is built on.
pub fn base() -> String {
    href().split('#').next().unwrap_or_default().to_string()
}

/// Change the address bar without a reload, a history entry or a `hashchange` event.
pub fn replace_url(url: &str) {
    let _ = gloo::utils::history().replace_state_with_url(&JsValue::NULL, "", Some(url));
}

/// Milliseconds since 1970, as JavaScript's `Date.now()`.
pub fn now() -> f64 {
    web_sys::js_sys::Date::now()
}

/// Put `text` on the clipboard; `false` when the browser refuses (no permission, no focus, or
/// no Clipboard API at all outside secure contexts).
pub async fn copy(text: &str) -> bool {
    let navigator = window().navigator();
    let api = web_sys::js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"));
    if !api.is_ok_and(|c| c.is_object()) {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// The bytes of a picked or dropped file, or `None` when it cannot be read.
pub async fn bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(web_sys::js_sys::Uint8Array::new(&buffer).to_vec())
}
