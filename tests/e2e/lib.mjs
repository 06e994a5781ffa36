// Shared by the browser tests: serve a built site on loopback, launch the system Chromium
// through playwright-core, record every request the page makes, watch every page for Content
// Security Policy violations (run() fails on any), and small assertion helpers.

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

/**
 * Content Security Policy violations seen by every page of every context that a browser from
 * launch() opened, unless the context was handed to expectViolations(); run() fails on any.
 */
const violations = [];
let watchedPages = 0;
const expected = new WeakMap();

/**
 * Report each violation of the page's policy, both as the `securitypolicyviolation` event the
 * page receives and as the console message Chromium writes, since a few kinds of refusal are
 * only logged. The listener is an init script, which the policy does not govern, and it reports
 * through a binding rather than the console so that its reports cannot be mistaken for the
 * page's own messages.
 */
async function watch(context) {
  const record = (v) => (expected.get(context) || violations).push(v);
  context.on('page', () => watchedPages++);
  await context.exposeBinding('__crosscheckViolation', (_source, v) => record(v));
  await context.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.__crosscheckViolation({
          via: 'event',
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          sample: e.sample,
          page: e.documentURI,
        }),
      true,
    );
  });
  context.on('console', (m) => {
    if (/content[- ]security[- ]policy/i.test(m.text())) record({ via: 'console', text: m.text(), page: m.page()?.url() });
  });
}

/**
 * Mark a context whose violations a test provokes on purpose: from now on they are collected
 * in the returned array instead of failing the run.
 */
export function expectViolations(context) {
  const list = [];
  expected.set(context, list);
  return list;
}

/** The violations so far that no test provoked on purpose. */
export function unexpectedViolations() {
  return [...violations];
}

/** Launch headless Chromium; every context it makes is watched for policy violations. */
export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM=...)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watch(context);
    return context;
  };
  return browser;
}

/** Fails when any page broke the policy outside expectViolations(); prints the count. */
export function checkNoViolations() {
  const shown = violations.map((v) => JSON.stringify(v)).join('\n  ');
  check(violations.length === 0, `${violations.length} Content Security Policy violations:\n  ${shown}`);
  return `${violations.length} Content Security Policy violations in ${watchedPages} pages`;
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

/** The closing step of a run: no page asked beyond the site, and none reported an error. */
export function staysHome(requests, errors, url) {
  return [
    'no request beyond the site, no page errors',
    async () => {
      const out = foreign(requests, url);
      check(out.length === 0, `requests beyond the site: ${out.join(', ')}`);
      check(errors.length === 0, `page errors: ${errors.join('\n')}`);
    },
  ];
}

export function check(cond, message) {
  if (!cond) throw new Error(`check failed: ${message}`);
}

/**
 * Run named steps in order, printing each, then check that no page broke the Content Security
 * Policy; any failure makes the exit code 1.
 */
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
  try {
    console.log(`ok   ${checkNoViolations()}`);
  } catch (e) {
    console.log(`FAIL ${e.message}`);
    failed = true;
  }
  await cleanup();
  process.exitCode = failed ? 1 : 0;
}
