// Performance of the release build in headless Chromium:
//   node tests/e2e/perf.mjs            (prints the figures; exits 1 when a target is missed
//                                       and PERF_STRICT=1)
// 1. Load: navigation start to the first highlighted render of the demo, read from the
//    page's `crosscheck:highlighted` performance mark (target < 500 ms), median of 5 loads;
//    the page waits for its WordNet data file first (`crosscheck:lexicon`). Before that,
//    navigation start to the first paint, index.html's own masthead and loading line
//    (`first-contentful-paint`, target < 200 ms), median of the same loads.
// 2. Re-analysis: five articles of about 1,500 words each, made here from the demo text,
//    opened as files; then single edits, each timed by the page's `crosscheck:analyze`
//    performance measure around the analysis memo (target < 16 ms, median).
// A Content Security Policy violation on any of these pages fails the run (lib.mjs).

import { readFileSync, readdirSync } from 'node:fs';
import { ROOT, serve, launch, openPage, check, checkNoViolations } from './lib.mjs';

const LOAD_TARGET_MS = 500;
const PAINT_TARGET_MS = 200;
const ANALYZE_TARGET_MS = 16;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Five long articles from the demo bodies: the three bodies repeated with their figures
 * nudged per article (so the articles agree on some figures and contradict on others), and
 * paragraphs rotated, until each has about 1,500 words.
 */
function longArticles() {
  const dir = `${ROOT}src/demo`;
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/\n\s*\n/).slice(1).join('\n\n'));
  const paragraphs = bodies.join('\n\n').split(/\n\s*\n/);
  return Array.from({ length: 5 }, (_, k) => {
    const out = [];
    let words = 0;
    for (let i = 0; words < 1500; i++) {
      const p = paragraphs[(i + k * 3) % paragraphs.length].replace(/\b(\d{2,3})\b/g, (n) =>
        String(Number(n) + ((i + k) % 3 === 0 ? k : 0)),
      );
      out.push(p);
      words += p.split(/\s+/).length;
    }
    const text = `Title: Long report ${k + 1}\nSource: Desk ${k + 1}\nPublished: 2026-11-1${4 + k}\n\n${out.join('\n\n')}\n`;
    return { name: `long-${k + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) };
  });
}

const server = await serve();
const browser = await launch();
try {
  // 1. Load time.
  const loads = [];
  const paints = [];
  const parts = [];
  for (let i = 0; i < 5; i++) {
    const { page, context } = await openPage(browser, server.url);
    const [t, paint, wasm, analyze, start, lexicon] = await page.evaluate(() => [
      performance.getEntriesByName('crosscheck:highlighted')[0]?.startTime,
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd,
      performance.getEntriesByName('crosscheck:analyze')[0]?.duration,
      performance.getEntriesByName('crosscheck:start')[0]?.startTime,
      performance.getEntriesByName('crosscheck:lexicon')[0]?.startTime,
    ]);
    check(typeof t === 'number', 'the page marks its first highlighted render');
    loads.push(t);
    check(typeof paint === 'number', 'the browser reports the first paint');
    paints.push(paint);
    parts.push([wasm, analyze, start, lexicon]);
    await context.close();
  }

  // 2. Re-analysis of five long articles.
  const { page, context } = await openPage(browser, server.url);
  await page.getByRole('button', { name: 'New comparison' }).click();
  const files = longArticles();
  const words = files.map((f) => f.buffer.toString().split(/\s+/).length);
  await page.evaluate(() => performance.clearMeasures('crosscheck:analyze'));
  await page.locator('.toolbar input[type="file"]').setInputFiles(files);
  await page.waitForFunction(
    () => document.querySelectorAll('section.column').length === 5 && document.querySelectorAll('section.column .column-body mark').length > 500,
  );
  const marks = await page.locator('mark[data-mention]').count();
  const first = await page.evaluate(() => performance.getEntriesByName('crosscheck:analyze').map((e) => e.duration));
  const edits = [];
  const area = page.locator('section.column').nth(2);
  await area.getByRole('button', { name: 'Edit' }).click();
  const textarea = area.locator('textarea');
  await textarea.click();
  for (let i = 0; i < 12; i++) {
    await page.evaluate(() => performance.clearMeasures('crosscheck:analyze'));
    await page.keyboard.type(` ${20 + i} more workers were hurt.`);
    await page.waitForFunction(() => performance.getEntriesByName('crosscheck:analyze').length > 0, null, { timeout: 5000 });
    const d = await page.evaluate(() => performance.getEntriesByName('crosscheck:analyze').map((e) => e.duration));
    edits.push(Math.max(...d));
  }
  await context.close();

  const load = median(loads);
  const paint = median(paints);
  console.log(`first paint (the masthead, before the code): median ${paint.toFixed(0)} ms (runs: ${paints.map((x) => x.toFixed(0)).join(', ')}; target < ${PAINT_TARGET_MS})`);
  const analyze = median(edits);
  console.log(`load → highlighted demo: median ${load.toFixed(0)} ms (runs: ${loads.map((x) => x.toFixed(0)).join(', ')}; target < ${LOAD_TARGET_MS})`);
  const [wasm, demoAnalysis, start, lexicon] = parts[loads.indexOf(load)];
  console.log(
    `  of which: wasm downloaded at ${wasm?.toFixed(0)} ms, running at ${start?.toFixed(0)} ms, ` +
      `WordNet data installed at ${lexicon?.toFixed(0)} ms, demo analysis ${demoAnalysis?.toFixed(1)} ms`,
  );
  console.log(`articles: 5 × ${words.join('/')} words, ${marks} marks`);
  console.log(`first analysis of the 5 articles: ${first.map((x) => x.toFixed(1)).join(', ')} ms`);
  console.log(
    `re-analysis after an edit: median ${analyze.toFixed(1)} ms, max ${Math.max(...edits).toFixed(1)} ms (target < ${ANALYZE_TARGET_MS})`,
  );
  // Unlike the targets, a policy violation fails the run: the page must load under its policy.
  console.log(`ok: ${checkNoViolations()}`);
  const ok = paint < PAINT_TARGET_MS && load < LOAD_TARGET_MS && analyze < ANALYZE_TARGET_MS;
  console.log(ok ? 'ok: within targets' : 'note: a target was missed');
  if (!ok && process.env.PERF_STRICT === '1') process.exitCode = 1;
} finally {
  await browser.close();
  server.stop();
}
