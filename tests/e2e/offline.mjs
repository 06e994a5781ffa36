// Offline use and updates, in headless Chromium against a copy of the release build in dist/:
//   node tests/e2e/offline.mjs
// After one visit, the page, the demo and the saved comparisons open with the network off
// (Playwright's offline mode, and the server stopped). A new deploy is announced with a
// Reload button instead of replacing the page's code under the reader; Reload loads it. A
// development copy of the worker (web/sw.js unfilled, as `trunk serve` serves it) removes a
// built site's worker from the address. Screenshots go to target/screenshots/ (offline-*.png).

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ROOT, serve, launch, openPage, check, run, staysHome } from './lib.mjs';

const SHOTS = `${ROOT}target/screenshots`;
mkdirSync(SHOTS, { recursive: true });
const SITE = process.env.SITE_DIR || `${ROOT}dist`;
// A copy, since the update test deploys a new version into it.
const DIR = mkdtempSync(`${tmpdir()}/crosscheck-offline-`);
cpSync(SITE, DIR, { recursive: true });

const server = await serve(DIR);
const browser = await launch();
const { page, context, requests, errors } = await openPage(browser, server.url);
const TITLE = 'Ferry fares rise on the Orla crossing';

const columnTitles = () => page.locator('section.column [data-field="title"]').allInnerTexts();

async function shoot(name) {
  for (const [size, width] of [
    ['wide', 1440],
    ['narrow', 390],
  ]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/offline-${name}-${size}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

let stopped = false;

await run(
  [
    [
      'the built page links its manifest, and its worker keeps every file of the site',
      async () => {
        const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]')?.href);
        check(manifest === `${server.url}manifest.webmanifest`, `manifest link: ${manifest}`);
        const m = JSON.parse(readFileSync(`${DIR}/manifest.webmanifest`, 'utf8'));
        check(m.name === 'Crosscheck' && m.icons.length > 0 && m.start_url === '.', 'the manifest names the app and an icon');
        await page.evaluate(() => navigator.serviceWorker.ready);
        const cached = await page.evaluate(async () => {
          const keys = await caches.keys();
          const cache = await caches.open(keys.find((k) => k.startsWith('crosscheck-')));
          return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
        });
        const files = readFileSync(`${DIR}/sw.js`, 'utf8').match(/\[("[^\]]*")\]/)[1].split(',').map((s) => JSON.parse(s));
        check(JSON.stringify(cached) === JSON.stringify([...files].sort()), `cached: ${cached.join(', ')}`);
        for (const f of ['index.html', 'manifest.webmanifest', 'icon.svg']) check(cached.includes(f), `${f} is kept`);
        check(cached.some((f) => f.endsWith('.wasm')) && cached.some((f) => f.endsWith('.js')), 'the code is kept');
      },
    ],
    [
      'saved work and the demo open with the network off',
      async () => {
        await page.getByRole('button', { name: 'New comparison' }).click();
        const first = page.locator('section.column').nth(0);
        await first.locator('input[type=text]').first().fill(TITLE);
        await first.locator('textarea').fill('Return fares on the Orla ferry rise 8% from April.');
        await page.locator('section.column').nth(0).getByRole('button', { name: /^Done|^Edit/ }).click();
        await page.getByRole('button', { name: 'Recent (1)' }).waitFor();
        await context.setOffline(true);
        server.stop();
        stopped = true;
        await page.reload().catch((e) => {
          throw new Error(`the page did not open offline: ${e.message}`);
        });
        await page.locator('section.column [data-field="title"]', { hasText: 'Ferry fares rise' }).waitFor();
        check((await page.evaluate(() => !!navigator.serviceWorker.controller)), 'the page came from the worker');
        check(!(await page.evaluate(() => navigator.onLine)), 'the browser is offline');
        await page.getByRole('button', { name: 'Recent (1)' }).waitFor();
        await shoot('saved');
        await page.getByRole('button', { name: 'Demo' }).click();
        await page.waitForSelector('mark[data-status="diverge"]');
        const titles = await columnTitles();
        check(titles.length === 3 && titles[0].startsWith('Fire guts furniture warehouse'), `the demo: ${titles.join(' | ')}`);
        await shoot('demo');
      },
    ],
    [
      'a new deploy says a new version is ready, and loads only on Reload',
      async () => {
        await context.setOffline(false);
        // serve() picks a free port, so this is another address with a worker of its own: a
        // fresh page on it, controlled after one visit.
        const restarted = await serve(DIR);
        const p = await context.newPage();
        await p.goto(restarted.url);
        await p.waitForSelector('mark[data-status]');
        await p.evaluate(() => navigator.serviceWorker.ready);
        await p.reload();
        await p.waitForSelector('mark[data-status]');
        check(await p.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the first version');
        await p.evaluate(() => (window.oldCode = true));
        // Deploy: a changed file makes a new worker version.
        const sw = readFileSync(`${DIR}/sw.js`, 'utf8');
        check(/VERSION="[0-9a-f]{16}"/.test(sw), 'the worker carries its version');
        writeFileSync(`${DIR}/sw.js`, sw.replace(/VERSION="[0-9a-f]{16}"/, 'VERSION="0123456789abcdef"'));
        await p.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
        const notice = p.locator('[data-notice="update"]');
        await notice.waitFor();
        check(/new version of Crosscheck is ready/.test(await notice.innerText()), 'the notice says so');
        check(await p.evaluate(() => window.oldCode === true), 'the running page was not replaced');
        await p.setViewportSize({ width: 390, height: 900 });
        await p.screenshot({ path: `${SHOTS}/offline-update-narrow.png` });
        await p.setViewportSize({ width: 1440, height: 900 });
        await p.screenshot({ path: `${SHOTS}/offline-update-wide.png` });
        await Promise.all([p.waitForEvent('load'), notice.locator('[data-reload]').click()]);
        await p.waitForSelector('mark[data-status]');
        check(await p.evaluate(() => window.oldCode === undefined), 'Reload loaded the page again');
        check((await p.locator('[data-notice="update"]').count()) === 0, 'no notice once the new version runs');
        // Development: the unfilled worker, as `trunk serve` copies it, removes the built one.
        writeFileSync(`${DIR}/sw.js`, readFileSync(`${ROOT}web/sw.js`));
        await p.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
        // It reloads the page once it has removed itself; ask until it is gone.
        let gone = false;
        for (let i = 0; i < 100 && !gone; i++) {
          await p.waitForTimeout(150);
          gone = await p
            .evaluate(async () => !(await navigator.serviceWorker.getRegistration()) && (await caches.keys()).length === 0)
            .catch(() => false);
        }
        check(gone, 'the development worker removed the built one and its caches');
        await p.waitForSelector('mark[data-status]');
        restarted.stop();
      },
    ],
    staysHome(requests, errors, server.url),
  ],
  async () => {
    await browser.close();
    if (!stopped) server.stop();
    rmSync(DIR, { recursive: true, force: true });
  },
);
