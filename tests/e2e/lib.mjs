// Shared by the browser tests: serve a built site on loopback, launch the system Chromium
// through playwright-core, record every request the page makes, and small assertion helpers.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

export const ROOT = new URL('../../', import.meta.url).pathname;

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A free TCP port on loopback. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serve `dir` with Python's static server on loopback; resolves to { url, stop }. */
export async function serve(dir = process.env.SITE_DIR || `${ROOT}dist`) {
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`no ${dir}/index.html: build the site first (trunk build --release)`);
  }
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  return { url, stop: () => proc.kill() };
}

/** Launch headless Chromium. */
export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM=...)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * A new page that records every request and every console error or page error, so a test
 * can check that nothing but the site's own files was fetched and nothing panicked.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('mark[data-status]');
  return { context, page, requests, errors };
}

/** Requests that are not the site's own files (nor in-page data: or blob: URLs). */
export function foreign(requests, url) {
  return requests.filter((r) => !r.startsWith(url) && !r.startsWith('data:') && !r.startsWith('blob:'));
}

export function check(cond, message) {
  if (!cond) throw new Error(`check failed: ${message}`);
}

/** Run named steps in order, printing each; any failure makes the exit code 1. */
export async function run(steps, cleanup) {
  let failed = false;
  for (const [name, fn] of steps) {
    const t0 = Date.now();
    try {
      await fn();
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      console.log(`FAIL ${name}: ${e.stack || e}`);
      failed = true;
    }
  }
  await cleanup();
  process.exitCode = failed ? 1 : 0;
}
