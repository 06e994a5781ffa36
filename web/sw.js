// Crosscheck's service worker. On the published site it keeps this version's files, so that
// after one visit the page, the demo and the reader's saved work (in localStorage) open with no
// network. A new version installs beside the old one and waits: the page says "a new version is
// ready" and swaps only when the reader presses Reload. It fetches nothing but the site's own
// files, and only while installing.
//
// scripts/build-site.sh fills in VERSION (from the hashes of the site's files, so every change
// is a new worker) and FILES (every file of dist/ but this one). `trunk serve` copies this file
// unfilled; a worker with VERSION 'development' removes itself and its caches, so a built site
// once opened on the same address never hides the code being worked on.
const VERSION = 'development';
const FILES = [];
const CACHE = `crosscheck-${VERSION}`;
const ours = (key) => key.startsWith('crosscheck-');

if (VERSION === 'development') {
  self.addEventListener('install', () => self.skipWaiting());
  self.addEventListener('activate', (event) =>
    event.waitUntil(
      (async () => {
        for (const key of (await caches.keys()).filter(ours)) await caches.delete(key);
        await self.registration.unregister();
        for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
      })(),
    ),
  );
} else {
  self.addEventListener('install', (event) =>
    event.waitUntil(
      (async () => {
        // Past the browser's HTTP cache, so that every file is this version's.
        const cache = await caches.open(CACHE);
        await cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })));
        // Pages running an older version offer the reload (src/ui/offline.rs).
        const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        for (const page of pages) page.postMessage('crosscheck:installed');
      })(),
    ),
  );
  self.addEventListener('message', (event) => {
    if (event.data === 'crosscheck:skip-waiting') self.skipWaiting();
  });
  self.addEventListener('activate', (event) =>
    event.waitUntil(
      (async () => {
        for (const key of (await caches.keys()).filter((k) => ours(k) && k !== CACHE)) await caches.delete(key);
      })(),
    ),
  );
  self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
    // Every address of the page (a share link's fragment never reaches here) is index.html.
    const key = request.mode === 'navigate' ? 'index.html' : request;
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(key))
        .then((hit) => hit || fetch(request)),
    );
  });
}
