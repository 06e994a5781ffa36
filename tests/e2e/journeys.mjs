// The page's main journeys in headless Chromium, against the release build in dist/:
//   node tests/e2e/journeys.mjs
// The first paint (index.html's masthead before the code, nothing moving when the app takes
// over), demo marks, typing/pasting/dropping articles, hover details, keyboard navigation, the
// claims panel, column actions, the narrow layout, axe-core's accessibility rules, exports,
// screenshots (target/screenshots/), the WordNet data file (loaded once; the page without it),
// and no request beyond the site's own files.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, serve, launch, openPage, foreign, check, run } from './lib.mjs';

const SHOTS = `${ROOT}target/screenshots`;
mkdirSync(SHOTS, { recursive: true });

const server = await serve();
const browser = await launch();
const allRequests = [];
const allErrors = [];

/** A plain-text file for a file input. */
const textFile = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

/** One outlet's report of the ferry story the many-article journeys open. */
const ferryFile = (name, source, body) => textFile(name, `Title: Ferry lists in the strait\nSource: ${source}\n\n${body}\n`);

/** A fresh page on the demo, its requests and errors collected for the final checks. */
async function fresh(options) {
  const p = await openPage(browser, server.url, options);
  allRequests.push(p.requests);
  allErrors.push(p.errors);
  return p;
}

// The site in a new context with one of its files refused, as when it fails to arrive: the
// page, its page errors and the notice it shows. Not through fresh(): the refused request is
// logged as a console error on purpose.
async function refusing(ctx, file) {
  await ctx.route(file, (route) => route.abort());
  const tab = await ctx.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(server.url);
  await tab.waitForSelector('mark[data-status]');
  const notice = tab.locator('[data-notice="lexicon"]');
  await notice.waitFor();
  return { blocked: tab, errors, notice, text: await notice.innerText() };
}

const { page, context } = await fresh();
const column = (i) => page.locator('section.column').nth(i);

/** Is the element fully inside the visible part of its column's scrolling body? */
const visibleInColumn = (el) =>
  el.evaluate((m) => {
    const body = m.closest('.column-body');
    const a = m.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  });

/**
 * Whether every column holding marks of `claim` shows at least one of them. An article that
 * repeats a fact has several marks in one claim; its column reveals the first, and the
 * others may lie out of view.
 */
const claimShownInEveryColumn = (claim) =>
  page.evaluate((claim) => {
    const shown = new Map();
    for (const m of document.querySelectorAll(`mark[data-claim="${claim}"]`)) {
      const body = m.closest('.column-body');
      const a = m.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      const visible = a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      shown.set(body, (shown.get(body) || false) || visible);
    }
    return shown.size > 0 && [...shown.values()].every(Boolean);
  }, claim);

/** axe-core (npm, pinned in package.json): the accessibility rules the page is checked by. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The violations axe-core finds on the page as it is now (WCAG 2 A and AA rules and axe's best
 * practices, its defaults), one line each. axe is evaluated through the DevTools protocol,
 * which the page's Content Security Policy does not govern: added as a <script> element it
 * would be refused, as any script but the page's own is.
 */
async function axeViolations(pg) {
  if (!(await pg.evaluate(() => 'axe' in window))) await pg.evaluate(AXE);
  const { violations } = await pg.evaluate(() => window.axe.run());
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Scroll every column body to its end, so revealing a mark has to move them. */
const scrollColumnsToEnd = () =>
  page.evaluate(() => document.querySelectorAll('.column-body').forEach((b) => (b.scrollTop = b.scrollHeight)));

await run(
  [
    [
      'demo loads with divergences marked',
      async () => {
        check((await page.locator('section.column').count()) === 3, 'three demo columns');
        for (const status of ['diverge', 'compatible', 'agree', 'single']) {
          const n = await page.locator(`mark[data-status="${status}"]`).count();
          check(n > 0, `some marks are ${status} (found ${n})`);
        }
        const marks = await page.locator('mark[data-mention]').evaluateAll((ms) =>
          ms.map((m) => [m.dataset.mention, m.dataset.claim, m.dataset.status]),
        );
        check(marks.every(([m, c, s]) => m && c && s), 'every mark names its mention, claim and status');
        const first = page.locator('.claims tbody tr[data-claim]').first();
        check((await first.getAttribute('data-status')) === 'diverge', 'claims panel lists divergences first');
        const legend = await page.locator('.legend').innerText();
        check(/Contradiction/.test(legend) && /Agreement/.test(legend), 'legend explains the statuses');
        // The overview opens the panel: its first sentence names the first contradiction the table lists.
        const overview = await page.locator('.claims-overview p').allInnerTexts();
        const firstLabel = await first.locator('.claim-label').innerText();
        check(
          overview.length >= 2 && /^The reports contradict each other on \d+ facts?: /.test(overview[0]) && overview[0].includes(firstLabel),
          `the overview names the contradictions, "${firstLabel}" among them: ${overview[0]}`,
        );
        check(/ agree, /.test(overview[overview.length - 1]), `and counts the agreements: ${overview[overview.length - 1]}`);
        // The first screen says it is a demo and offers the way to one's own comparison.
        const note = page.locator('[data-demo-note]');
        check(await note.isVisible(), 'the demo says it is a demo');
        check((await page.locator('[data-undated]:visible').count()) === 0, 'the dated demo articles have no undated note');
        check(/This is a demo: three invented reports/.test(await note.innerText()), 'and what it shows');
        const q = await fresh();
        try {
          await q.page.getByRole('button', { name: 'Start your own comparison' }).click();
          check((await q.page.locator('section.column').count()) === 2, 'Start your own comparison opens two empty columns');
          check(!(await q.page.locator('[data-demo-note]').isVisible()), 'and the demo note goes');
          const caret = await q.page.locator('section.column').first().locator('textarea').evaluate((t) => document.activeElement === t);
          check(caret, 'with the caret in the first article');
        } finally {
          await q.context.close();
        }
        // The timeline puts the fire's date as each report gives it on one axis, a lane per report.
        const timeline = page.locator('.timeline');
        await timeline.locator('summary').click();
        const alt = await timeline.locator('.timeline-rows').getAttribute('aria-label');
        check(/date of the fire: Northline Wire Friday, Riverside Ledger Nov\. 13/.test(alt), `the timeline in words: ${alt}`);
        const dots = await timeline.locator('circle.strip-value').evaluateAll((cs) => cs.map((c) => [c.getAttribute('cx'), c.getAttribute('cy')]));
        check(dots.length === 2 && dots[0][0] === dots[1][0] && dots[0][1] !== dots[1][1], `one day, two lanes: ${JSON.stringify(dots)}`);
        await timeline.locator('summary').click();
      },
    ],
    [
      'first paint: the masthead before the code, in the place the app keeps it, and nothing shifts',
      async () => {
        for (const [name, viewport, colorScheme] of [
          ['desktop-light', { width: 1440, height: 900 }, 'light'],
          ['desktop-dark', { width: 1440, height: 900 }, 'dark'],
          ['mobile-light', { width: 390, height: 844 }, 'light'],
          ['mobile-dark', { width: 390, height: 844 }, 'dark'],
        ]) {
          const context = await browser.newContext({ viewport, colorScheme });
          try {
            // The WebAssembly is held back until the static page has been measured, so what is
            // on screen then is index.html alone, as on a slow connection.
            let release;
            const held = new Promise((r) => (release = r));
            await context.route(/\.wasm$/, async (route) => {
              await held;
              await route.continue();
            });
            // Every layout shift of the load, the app's mount included (cumulative layout shift).
            await context.addInitScript(() => {
              window.crosscheckShifts = [];
              new PerformanceObserver((list) => window.crosscheckShifts.push(...list.getEntries().map((e) => e.value))).observe({
                type: 'layout-shift',
                buffered: true,
              });
            });
            const p = await context.newPage();
            const errors = [];
            p.on('pageerror', (e) => errors.push(String(e)));
            await p.goto(server.url);
            // Painted without the code: the time is reported against its target by perf.mjs.
            const fcp = await (await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)).jsonValue();
            check(await p.locator('#boot .brand').isVisible(), `${name}: the masthead is painted before the code arrives (first paint at ${fcp.toFixed(0)} ms)`);
            const loading = p.locator('#boot [role="status"]');
            check(/^Loading the comparison/.test(await loading.innerText()), `${name}: and says the comparison is loading`);
            const boxes = () =>
              p.evaluate(() =>
                ['.masthead', '.brand', '.tagline'].map((s) => {
                  const r = document.querySelector(s).getBoundingClientRect();
                  return [r.x, r.y, r.width, r.height];
                }),
              );
            const before = await boxes();
            await p.screenshot({ path: `${SHOTS}/first-paint-${name}.png` });
            release();
            await p.waitForSelector('mark[data-status]');
            await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const after = await boxes();
            check((await p.locator('#boot').count()) === 0 && (await p.locator('h1').count()) === 1, `${name}: the app replaced the static masthead`);
            const same = (a, b) => a.every((x, i) => Math.abs(x - b[i]) < 0.5);
            // The title and tagline stay put; the masthead keeps its place and width and grows
            // down with the app's actions, legend and demo note, where the loading line was.
            check(same(before[1], after[1]) && same(before[2], after[2]), `${name}: title and tagline unmoved: ${JSON.stringify([before, after])}`);
            check(same(before[0].slice(0, 3), after[0].slice(0, 3)), `${name}: the masthead keeps its place: ${JSON.stringify([before[0], after[0]])}`);
            const cls = await p.evaluate(() => window.crosscheckShifts.reduce((a, b) => a + b, 0));
            check(cls < 0.001, `${name}: no layout shift (cumulative ${cls})`);
            check(errors.length === 0, `${name}: no page error: ${errors}`);
            await p.screenshot({ path: `${SHOTS}/first-visit-${name}.png` });
          } finally {
            await context.close();
          }
        }
      },
    ],
    [
      'the data files load once, before the first highlight, and the page works offline after',
      async () => {
        const p = await fresh();
        try {
          for (const file of [/\/wordnet-[0-9a-f]{16}\.bin$/, /\/words-[0-9a-f]{16}\.txt$/]) {
            const files = p.requests.filter((r) => file.test(r));
            check(files.length === 1, `one request for each data file, preload and fetch shared (${files})`);
          }
          const [lexicon, highlighted] = await p.page.evaluate(() =>
            ['crosscheck:lexicon', 'crosscheck:highlighted'].map((n) => performance.getEntriesByName(n)[0]?.startTime),
          );
          check(lexicon !== undefined && lexicon < highlighted, `installed (${lexicon} ms) before the first highlight (${highlighted} ms)`);
          check((await p.page.locator('[data-notice="lexicon"]').count()) === 0, 'no notice about the word list');
          // WordNet knows "fire" is an event, so the fire's date is labelled as such.
          const labels = await p.page.locator('.claims .claim-label').allInnerTexts();
          check(labels.includes('date of the fire'), `a WordNet label on the demo (${labels.join(' | ')})`);
          // Offline once loaded: an edit is analysed again, with the tables still there.
          await p.context.setOffline(true);
          await p.page.locator('section.column').nth(0).getByRole('button', { name: 'Edit' }).click();
          await p.page.locator('section.column').nth(0).locator('textarea').press('End');
          await p.page.keyboard.type(' The fire destroyed 40 vehicles.');
          await p.page.locator('section.column').nth(0).getByRole('button', { name: 'Done' }).click();
          await p.page.waitForFunction(() => document.querySelector('section.column')?.innerText.includes('40 vehicles'));
          const after = await p.page.locator('.claims .claim-label').allInnerTexts();
          check(after.includes('date of the fire'), 'still labelled from WordNet after an edit, offline');
          await p.context.setOffline(false);
        } finally {
          await p.context.close();
        }
      },
    ],
    [
      'without the data file the demo is still marked, with a notice saying why',
      async () => {
        const marksOf = (pg) =>
          pg.locator('mark[data-mention]').evaluateAll((ms) => ms.map((m) => `${m.dataset.mention}:${m.dataset.status}`));
        const want = await marksOf(page);
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        try {
          const { blocked, errors, notice, text } = await refusing(context, /\/wordnet-[0-9a-f]{16}\.bin$/);
          check(/word list \(WordNet\) is missing/.test(text) && /Reload/.test(text), `the notice says what and what to do: ${text}`);
          check((await notice.getAttribute('role')) === 'status', 'the notice is a status, not an alert');
          const got = await marksOf(blocked);
          check(JSON.stringify(got) === JSON.stringify(want), 'the demo has the same marks and statuses without WordNet');
          const labels = await blocked.locator('.claims .claim-label').allInnerTexts();
          check(!labels.includes('date of the fire') && labels.includes('a date'), 'plainer labels without WordNet');
          check(errors.length === 0, `no page error: ${errors}`);
          await blocked.screenshot({ path: `${SHOTS}/lexicon-missing.png` });
          await notice.getByRole('button', { name: 'Dismiss' }).click();
          check((await blocked.locator('[data-notice="lexicon"]').count()) === 0, 'the notice can be dismissed');
        } finally {
          await context.close();
        }
      },
    ],
    [
      'without the unit and word lists nothing is marked red, and a notice says why',
      async () => {
        check((await page.locator('mark[data-status="diverge"]').count()) > 0, 'the demo has red marks with the unit list');
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        try {
          const { blocked, errors, text } = await refusing(context, /\/words-[0-9a-f]{16}\.txt$/);
          check(/unit and word lists are missing/.test(text) && /no contradiction is marked red/.test(text) && /Reload/.test(text), `the notice says what, what follows and what to do: ${text}`);
          check(!/WordNet/.test(text), 'the word list, which did load, is not named');
          check((await blocked.locator('mark[data-status="diverge"]').count()) === 0, 'no red mark without units');
          check((await blocked.locator('mark[data-status="possible"]').count()) > 0, 'the doubtful figures are still marked possible');
          check(errors.length === 0, `no page error: ${errors}`);
          await blocked.screenshot({ path: `${SHOTS}/units-missing.png` });
        } finally {
          await context.close();
        }
      },
    ],
    [
      'hovering a divergence shows the popover and its counterparts',
      async () => {
        await scrollColumnsToEnd();
        const mark = column(0).locator('mark[data-status="diverge"]').first();
        await mark.scrollIntoViewIfNeeded();
        await mark.hover();
        const popover = page.locator('#claim-popover');
        await popover.waitFor();
        const text = await popover.innerText();
        check(/Contradiction/.test(text), `popover gives the verdict: ${text}`);
        check(/% sure these state one fact/.test(text) && /contradict/.test(text), 'popover gives evidence and pair verdicts');
        // Each article's sentence, its figure in bold, as its value.
        const quotes = await popover.locator('td.popover-quote').evaluateAll((tds) =>
          tds.map((td) => [td.textContent, td.querySelector('strong')?.textContent ?? '']),
        );
        check(quotes.length >= 2, `a sentence for each article stating the claim (${quotes.length})`);
        for (const [sentence, figure] of quotes) {
          check(figure !== '' && sentence.includes(figure) && sentence.length > figure.length + 10, `the figure in bold inside its sentence: ${sentence}`);
        }
        const claim = await mark.getAttribute('data-claim');
        const peers = page.locator(`mark[data-claim="${claim}"]`);
        const n = await peers.count();
        check(n >= 2, 'the claim has counterparts');
        for (let i = 0; i < n; i++) {
          const peer = peers.nth(i);
          check(/is-lit/.test(await peer.getAttribute('class')), 'counterparts light up');
        }
        check(await visibleInColumn(mark), 'the hovered mark stays in view');
        check(await claimShownInEveryColumn(claim), 'counterparts scroll into view in every column');
        await page.mouse.move(5, 5);
        await popover.waitFor({ state: 'hidden' });
      },
    ],
    [
      'at 1440×900 a contradiction\'s details fit beside its mark, sentences and all',
      async () => {
        const p = await fresh({ viewport: { width: 1440, height: 900 } });
        try {
          const popover = p.page.locator('#claim-popover');
          for (const m of await p.page.locator('mark[data-status="diverge"]').all()) {
            await m.focus();
            await popover.waitFor();
            const [scroll, client] = await popover.evaluate((el) => [el.scrollHeight, el.clientHeight]);
            check(scroll <= client + 1, `the details of ${await m.innerText()} fit (${scroll} in ${client} px)`);
          }
        } finally {
          await p.context.close();
        }
      },
    ],
    [
      'keyboard: j/k step through contradictions, Enter/Escape open and close details',
      async () => {
        await page.locator('.brand').click();
        const diverge = await page
          .locator('.claims tbody tr[data-status="diverge"]')
          .evaluateAll((rs) => rs.map((r) => r.dataset.claim));
        // Since the sixteenth stop the demo has one contradiction and one possible: j and k
        // wrap around the contradictions, so with one they come back to it.
        check(diverge.length >= 1, `the demo has a contradiction (${diverge.length})`);
        const focused = () =>
          page.evaluate(() => {
            const el = document.activeElement;
            return el && el.matches('mark') ? [el.dataset.claim, el.dataset.status] : null;
          });
        await page.keyboard.press('j');
        let f = await focused();
        check(f && f[0] === diverge[0] && f[1] === 'diverge', `j focuses the first contradiction (${f})`);
        await page.locator('#claim-popover').waitFor();
        await page.keyboard.press('j');
        f = await focused();
        check(f && f[0] === diverge[1 % diverge.length] && f[1] === 'diverge', `j again moves to the next one, wrapping (${f})`);
        await page.keyboard.press('k');
        f = await focused();
        check(f && f[0] === diverge[0], `k goes back (${f})`);
        await page.keyboard.press('Escape');
        await page.locator('#claim-popover').waitFor({ state: 'hidden' });
        await page.keyboard.press('Enter');
        await page.locator('#claim-popover').waitFor();
        // Enter opens and never closes: the legend says "Enter open", and focus already opened it once.
        await page.keyboard.press('Enter');
        check(await page.locator('#claim-popover').isVisible(), 'a second Enter leaves the details open');
        // The focused mark is outlined in the focus colour, its lit counterparts in their status colour.
        const outlines = await page.evaluate(() => {
          const f = document.activeElement;
          const lit = [...document.querySelectorAll('mark.is-lit')].find((m) => m !== f);
          return [getComputedStyle(f).outlineColor, lit && getComputedStyle(lit).outlineColor, getComputedStyle(f).outlineWidth];
        });
        check(outlines[1] && outlines[0] !== outlines[1] && outlines[2] === '3px', `focus differs from the lit marks: ${outlines}`);
        const single = await page.locator('mark[data-status="single"]').first().getAttribute('tabindex');
        check(single === '0', 'marks in one article only are tab stops too');
        const role = await page.locator('mark[data-status="diverge"]').first().getAttribute('role');
        check(role === 'button', 'marks have a role');
        await page.keyboard.press('Escape');
      },
    ],
    [
      'claims panel: filter, search, and a row scrolls every column to its marks',
      async () => {
        await page.getByRole('button', { name: 'Contradictions' }).click();
        const statuses = await page.locator('.claims tbody tr[data-claim]').evaluateAll((rs) => rs.map((r) => r.dataset.status));
        check(statuses.length > 0 && statuses.every((s) => s === 'diverge'), 'the filter keeps contradictions');
        await page.getByRole('button', { name: 'All' }).click();
        const all = await page.locator('.claims tbody tr[data-claim]').count();
        check(all > statuses.length, 'All shows more rows');
        await page.getByLabel('Search claims').fill('zzzz-nothing');
        check((await page.locator('.claims-empty').count()) === 1, 'a search without hits says so');
        await page.getByLabel('Search claims').fill('');
        // A contradiction's row draws its values on one axis, with words for screen readers;
        // agreeing rows have no picture.
        const strips = await page.locator('.claims tbody tr[data-claim]').evaluateAll((rs) =>
          rs.map((r) => [r.dataset.status, r.querySelector('svg.value-strip')?.getAttribute('aria-label') ?? null]),
        );
        check(strips.some(([s, a]) => s === 'diverge' && /^Values on one axis/.test(a ?? '')), `a contradiction's row has a strip (${JSON.stringify(strips)})`);
        check(
          strips.every(([s, a]) => a === null || s === 'diverge' || s === 'possible' || s === 'updated'),
          'only contradictions, possible ones and updates have one',
        );
        // Who gave a figure follows its value, as in the popover, and a search finds it.
        const sources = await page.locator('.claims tbody .claim-source').allTextContents();
        check(sources.length > 0 && sources.every((t) => /^ \(.+\)$/.test(t)), `the table names sources (${sources})`);
        const who = sources[0].trim().slice(1, -1);
        await page.getByLabel('Search claims').fill(who.toLowerCase());
        const found = await page.locator('.claims tbody tr[data-claim]').allTextContents();
        check(found.length > 0 && found.every((t) => t.toLowerCase().includes(who.toLowerCase())), `searching "${who}" finds its rows`);
        await page.getByLabel('Search claims').fill('');
        await page.getByRole('button', { name: 'Shared' }).click();
        await scrollColumnsToEnd();
        const row = page.locator('.claims tbody tr[data-status="diverge"]').first();
        const claim = await row.getAttribute('data-claim');
        await row.click();
        // The columns are scrolled on the next animation frame.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const marks = page.locator(`mark[data-claim="${claim}"]`);
        check(await claimShownInEveryColumn(claim), 'the row brings its marks into view in every column');
        for (let i = 0; i < (await marks.count()); i++) {
          check(/is-lit/.test(await marks.nth(i).getAttribute('class')), 'the row lights its marks');
        }
      },
    ],
    [
      'export produces Markdown, CSV and the JSON report, matching the marks',
      async () => {
        const save = async (name) => {
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
          return [download.suggestedFilename(), readFileSync(await download.path(), 'utf8')];
        };
        const [mdName, md] = await save('Markdown');
        check(mdName === 'crosscheck.md' && md.startsWith('# Crosscheck comparison'), 'Markdown export');
        check(/\| DIVERGE \|/.test(md), 'Markdown lists the contradictions');
        const [csvName, csv] = await save('CSV');
        check(csvName === 'crosscheck.csv' && csv.startsWith('claim,status,label,'), 'CSV export');
        check(csv.trim().split('\n').length > 5, 'CSV has a row per claim');
        const [jsonName, json] = await save('JSON');
        const report = JSON.parse(json);
        check(jsonName === 'crosscheck.json' && report.version === 1 && report.articles.length === 3, 'JSON report');
        const byId = new Map(report.articles.flatMap((a) => a.mentions).map((m) => [String(m.id), m]));
        const claimOf = new Map(report.claims.flatMap((c) => c.mentions.map((m) => [String(m), c])));
        const marks = await page.locator('mark[data-mention]').evaluateAll((ms) =>
          ms.map((m) => ({ id: m.dataset.mention, claim: m.dataset.claim, status: m.dataset.status, text: m.textContent })),
        );
        check(marks.length === byId.size, `one mark per mention (${marks.length} vs ${byId.size})`);
        for (const m of marks) {
          const r = byId.get(m.id);
          const c = claimOf.get(m.id);
          check(r && r.text.includes(m.text.trim()), `mark ${m.id} has the report's text`);
          check(c && String(c.id) === m.claim && c.status === m.status, `mark ${m.id} has the report's claim`);
        }
      },
    ],
    [
      'manual corrections: unlink, dismiss and link, with undo',
      async () => {
        const undo = page.getByRole('button', { name: /^Undo correction/ });
        const first = column(0).locator('mark[data-status="diverge"]').first();
        const id = await first.getAttribute('data-mention');
        const byId = page.locator(`mark[data-mention="${id}"]`);
        await first.focus();
        await page.keyboard.press('u');
        await page.waitForFunction((id) => document.querySelector(`mark[data-mention="${id}"]`)?.dataset.status === 'single', id);
        const kept = await page.evaluate(() => document.activeElement?.dataset?.mention);
        check(kept === id, `focus stays on the corrected mark (${kept})`);
        await undo.click();
        check((await byId.getAttribute('data-status')) === 'diverge', 'undo restores the claim');
        const before = await page.locator('mark').count();
        await byId.focus();
        await page.keyboard.press('x');
        await page.waitForFunction((n) => document.querySelectorAll('mark').length === n - 1, before);
        await undo.click();
        check((await page.locator('mark').count()) === before, 'undo brings the dismissed mark back');
        // Link two single numbers from different columns.
        const singles = await page.locator('mark[data-status="single"][data-kind="number"]').evaluateAll((ms) =>
          ms.map((m) => [m.closest('section').dataset.column, m.dataset.mention]),
        );
        const a = singles.find((s) => s[0] === singles[0][0]);
        const b = singles.find((s) => s[0] !== a[0]);
        await page.locator(`mark[data-mention="${a[1]}"]`).focus();
        await page.keyboard.press('l');
        await page.locator(`mark[data-mention="${b[1]}"]`).focus();
        await page.keyboard.press('l');
        await page.waitForFunction(
          ([a, b]) => {
            const [x, y] = [a, b].map((id) => document.querySelector(`mark[data-mention="${id}"]`));
            return x && y && x.dataset.claim === y.dataset.claim && x.dataset.status !== 'single';
          },
          [a[1], b[1]],
        );
        await undo.click();
        check((await undo.count()) === 0, 'no correction left');
      },
    ],
    [
      're-analysis while typing keeps the other columns where they were',
      async () => {
        const other = column(1).locator('.column-body');
        await other.evaluate((b) => (b.scrollTop = 150));
        const before = await other.evaluate((b) => [b.scrollTop, b.querySelectorAll('mark').length]);
        await column(0).getByRole('button', { name: 'Edit' }).click();
        await column(0).locator('textarea').press('End');
        await page.keyboard.type(' Forty trucks were lost.');
        await page.waitForTimeout(500);
        const after = await other.evaluate((b) => [b.scrollTop, b.querySelectorAll('mark').length]);
        check(before[0] > 0 && after[0] === before[0], `scroll kept (${before[0]} → ${after[0]})`);
        check(after[1] === before[1], 'the other column is still marked');
        await column(0).getByRole('button', { name: 'Done' }).click();
        check((await column(0).innerText()).includes('Forty trucks were lost.'), 'the edit shows when reading');
      },
    ],
    [
      'a new comparison: typed articles get marks, the caret stays put',
      async () => {
        await page.getByRole('button', { name: 'New comparison' }).click();
        check((await page.locator('section.column').count()) === 2, 'two empty columns');
        check((await page.locator('mark').count()) === 0, 'nothing marked yet');
        check(!(await page.locator('[data-demo-note]').isVisible()), 'no demo note on a new comparison');
        const first = await column(0).locator('textarea').evaluate((t) => document.activeElement === t);
        check(first, 'the caret starts in the first article');
        const empty = await page.locator('.claims-empty').innerText();
        check(empty === 'No figures or dates yet: paste or type an article in a column.', `the empty table says why: ${empty}`);
        const texts = [
          'Crews fought the fire at the Harlow depot for six hours. It injured 12 workers on Friday, the council said.',
          'A blaze at the Harlow depot injured 17 workers on Friday, according to the council.',
        ];
        for (const [i, text] of texts.entries()) {
          await column(i).getByLabel('Title').fill(`Depot fire ${i + 1}`);
          await column(i).locator('textarea').fill(text);
        }
        const area = column(1).locator('textarea');
        await area.click();
        await page.keyboard.press('End');
        await page.keyboard.type(' Two trucks were lost.');
        await sleep(500);
        const caret = await area.evaluate((t) => [document.activeElement === t, t.selectionStart, t.value.length]);
        check(caret[0] && caret[1] === caret[2], `focus and caret survive re-analysis (${caret})`);
        for (let i = 0; i < 2; i++) await column(i).getByRole('button', { name: 'Done' }).click();
        const diverge = await page.locator('mark[data-status="diverge"]').allInnerTexts();
        check(diverge.some((t) => t.includes('12')) && diverge.some((t) => t.includes('17')), `12 vs 17 diverge (${diverge})`);
        check((await column(0).locator('.column-title').innerText()) === 'Depot fire 1', 'title field shows');
        // Typed without a date: the column says its "Friday" cannot be placed.
        const undated = await column(0).locator('[data-undated]').innerText();
        check(undated === 'No publication date, so \u201cFriday\u201d cannot be placed or compared. Add the date with Edit.', `the undated note: ${undated}`);
        check(!(await page.locator('section.column').first().locator('[data-undated]').isHidden()), 'and it shows');
      },
    ],
    [
      'paste from the clipboard is text, never markup',
      async () => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
        await page.evaluate(() =>
          navigator.clipboard.writeText(
            'Title: Pasted report\nSource: Clip Times\n\nThe Harlow depot fire <b>injured</b> 14 workers on Friday, the council said.',
          ),
        );
        await column(1).getByRole('button', { name: /^Paste/ }).click();
        await page.waitForFunction(() => document.querySelectorAll('section.column')[1]?.innerText.includes('Pasted report'));
        const body = column(1).locator('.column-body');
        check((await body.innerText()).includes('<b>injured</b>'), 'the pasted tags show as text');
        check((await body.locator('b').count()) === 0, 'no element was made from the paste');
        check((await body.locator('mark').count()) > 0, 'the pasted article is marked');
      },
    ],
    [
      'a dropped HTML file becomes readable text',
      async () => {
        const html =
          '<html><head><title>Ignored title</title><meta property="og:site_name" content="Drop Gazette">' +
          '<script>window.pwned = 1</script></head><body><nav>Home | News</nav><h1>Depot fire, in depth</h1>' +
          '<p>Council officers said 15 workers were injured at the Harlow depot on Friday.</p>' +
          '<p><img src="/should-not-load.png" onerror="window.pwned = 2">The depot employs 80 people.</p></body></html>';
        const md = '# Notes on the **depot** fire\n\nA [council note](http://example.test/n) says 16 workers were hurt.\n';
        const columnsBefore = await page.locator('section.column').count();
        const dt = await page.evaluateHandle(
          ([html, md]) => {
            const dt = new DataTransfer();
            dt.items.add(new File([html], 'report.html', { type: 'text/html' }));
            dt.items.add(new File([md], 'notes.md', { type: 'text/markdown' }));
            return dt;
          },
          [html, md],
        );
        await column(0).dispatchEvent('drop', { dataTransfer: dt });
        await page.waitForFunction(() => document.querySelector('section.column .column-title')?.innerText === 'Depot fire, in depth');
        const text = await column(0).innerText();
        check(text.includes('Drop Gazette') && text.includes('The depot employs 80 people.'), 'title, source and text come through');
        check(!text.includes('Home | News'), 'navigation is dropped');
        check((await page.evaluate(() => window.pwned)) === undefined, 'no script or handler ran');
        check((await column(0).locator('img, script').count()) === 0, 'no element was made from the file');
        check((await column(0).locator('mark').count()) >= 2, 'the dropped article is marked');
        await page.waitForFunction((n) => document.querySelectorAll('section.column').length === n + 1, columnsBefore);
        const mdColumn = column(columnsBefore);
        check((await mdColumn.locator('.column-title').innerText()) === 'Notes on the depot fire', 'a second file opens a column');
        const mdText = await mdColumn.locator('.column-body').innerText();
        check(mdText.includes('A council note says 16 workers were hurt.'), `Markdown reads as text (${mdText})`);
      },
    ],
    [
      'columns: add, reorder, remove',
      async () => {
        const ids = () => page.locator('section.column').evaluateAll((cs) => cs.map((c) => c.dataset.column));
        await page.getByRole('button', { name: 'Demo' }).click();
        await page.getByRole('button', { name: 'Add article' }).click();
        let order = await ids();
        check(order.length === 4, 'a fourth, empty column');
        await column(3).getByRole('button', { name: 'Move article 4 left' }).click();
        const moved = await ids();
        check(moved[2] === order[3] && moved[3] === order[2], `moved left (${order} → ${moved})`);
        for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Add article' }).click();
        check((await page.locator('section.column').count()) === 9, 'nine columns side by side');
        const scrolls = await page.locator('.columns').evaluate((c) => c.scrollWidth > c.clientWidth);
        check(scrolls, 'the row of columns scrolls sideways');
        for (let i = 0; i < 6; i++) await page.getByRole('button', { name: /^Remove article/ }).last().click();
        check((await page.locator('section.column').count()) === 3, 'removed back to three');
      },
    ],
    [
      'narrow screen: one column at a time with a switcher',
      async () => {
        const narrow = await fresh({ viewport: { width: 390, height: 844 } });
        const shown = () =>
          narrow.page.locator('section.column').evaluateAll((cs) => cs.filter((c) => c.getClientRects().length).map((c) => c.dataset.column));
        let vis = await shown();
        check(vis.length === 1, `one column shows (${vis})`);
        const buttons = narrow.page.locator('.switcher button');
        check((await buttons.count()) === 3, 'a switcher button per article');
        await buttons.nth(1).click();
        const next = await shown();
        check(next.length === 1 && next[0] !== vis[0], 'the switcher changes the column');
        await narrow.page.locator('.brand').click();
        await narrow.page.keyboard.press('j');
        const f = await narrow.page.evaluate(() => document.activeElement?.dataset?.status);
        check(f === 'diverge', 'j works on a narrow screen too');
        // The details are a sheet along the bottom; the switcher and the focused mark stay
        // above it.
        const sheet = await narrow.page.locator('#claim-popover').boundingBox();
        check(Math.abs(sheet.y + sheet.height - 844) < 2 && sheet.width >= 389, `the details are a bottom sheet (${JSON.stringify(sheet)})`);
        const switcher = await narrow.page.locator('.switcher').boundingBox();
        const focusedBox = await narrow.page.evaluate(() => {
          const r = document.activeElement.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        });
        check(switcher.y >= 0 && switcher.y + switcher.height <= sheet.y, `the switcher is above the sheet (${switcher.y}, sheet at ${sheet.y})`);
        check(focusedBox.top >= 0 && focusedBox.bottom <= sheet.y, `the focused mark is above the sheet (${JSON.stringify(focusedBox)}, sheet at ${sheet.y})`);
        // The sheet takes the finger: a long claim's details scroll inside it.
        const pop = narrow.page.locator('#claim-popover');
        await narrow.page.mouse.move(sheet.x + sheet.width / 2, sheet.y + 40);
        await narrow.page.mouse.wheel(0, 300);
        await sleep(200);
        const scrolled = await pop.evaluate((el) => [el.scrollTop, el.scrollHeight - el.clientHeight]);
        check(scrolled[1] <= 1 || scrolled[0] > 0, `the sheet scrolls under the pointer (${scrolled})`);
        check(await pop.isVisible(), 'and stays open while it scrolls');
        await narrow.context.close();
      },
    ],
    [
      'accessibility: axe-core finds no violation on the demo, with the details open, wide and narrow',
      async () => {
        for (const [name, viewport, colorScheme] of [
          ['1440×900, light', { width: 1440, height: 900 }, 'light'],
          ['390×844, dark', { width: 390, height: 844 }, 'dark'],
        ]) {
          const p = await fresh({ viewport, colorScheme });
          try {
            let found = await axeViolations(p.page);
            check(found.length === 0, `${name}, the demo:\n  ${found.join('\n  ')}`);
            await p.page.locator('.brand').click();
            await p.page.keyboard.press('j');
            await p.page.locator('#claim-popover').waitFor();
            found = await axeViolations(p.page);
            check(found.length === 0, `${name}, a contradiction's details open:\n  ${found.join('\n  ')}`);
          } finally {
            await p.context.close();
          }
        }
      },
    ],
    [
      'screenshots at 1440×900 and 390×844, light and dark',
      async () => {
        for (const colorScheme of ['light', 'dark']) {
          for (const [name, viewport] of [
            ['desktop', { width: 1440, height: 900 }],
            ['mobile', { width: 390, height: 844 }],
          ]) {
            const p = await fresh({ viewport, colorScheme });
            await p.page.locator('.brand').click();
            await p.page.keyboard.press('j');
            await p.page.locator('#claim-popover').waitFor();
            await p.page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png` });
            await p.page.keyboard.press('Escape');
            await p.page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}-full.png`, fullPage: name === 'mobile' });
            await p.context.close();
          }
        }
      },
    ],
    [
      'a toll that rose in a later report is marked as an update, not a contradiction',
      async () => {
        const p = await fresh();
        try {
          // Opened on the demo: the files start a new comparison instead of joining the invented story.
          await p.page.locator('.toolbar input[type="file"]').setInputFiles([
            textFile(
              'monday.txt',
              'Title: Bus plunges into gorge\nSource: Wire\nPublished: 2025-10-06\n\n' +
                'Twenty-two people were killed when a bus plunged into a gorge near Kessel on Monday.\n',
            ),
            textFile(
              'tuesday.txt',
              'Title: Toll rises\nSource: Gazette\nPublished: 2025-10-07\n\n' +
                'The number of people killed when a bus plunged into a gorge near Kessel rose to 25 on Tuesday, police said.\n',
            ),
          ]);
          const updated = p.page.locator('mark[data-status="updated"]');
          await updated.first().waitFor({ timeout: 10000 });
          const heads = await p.page.locator('section.column .column-title').allInnerTexts();
          check(JSON.stringify(heads) === JSON.stringify(['Bus plunges into gorge', 'Toll rises']), `the demo made way for the two files: ${heads}`);
          const texts = await updated.allInnerTexts();
          check(texts.some((t) => t.includes('Twenty-two')) && texts.some((t) => t.includes('25')), `22 → 25 is an update (${texts})`);
          check((await p.page.locator('mark[data-status="diverge"]').count()) === 0, 'and no contradiction');
          const totals = await p.page.locator('.claims-totals').innerText();
          check(/1 updated/.test(totals), `the totals count the update: ${totals}`);
          await p.page.getByRole('button', { name: 'Updates' }).click();
          const rows = await p.page.locator('.claims-panel tbody tr').count();
          check(rows === 1, `the Updates filter lists the one updated claim (${rows})`);
          await updated.last().hover();
          const pop = p.page.locator('#claim-popover');
          await pop.waitFor();
          const seq = await pop.locator('.popover-sequence').innerText();
          check(seq === 'Mon 6 Oct 2025, Wire: Twenty-two → Tue 7 Oct 2025, Gazette: 25', `the details give the sequence: ${seq}`);
          const sources = await pop.locator('.popover-source').allInnerTexts();
          check(JSON.stringify(sources) === JSON.stringify([' (police)']), `the details say who gave the later figure: ${sources}`);
          const strip = pop.locator('svg.value-strip');
          const alt = await strip.getAttribute('aria-label');
          check(alt === 'Values on one axis: Wire Twenty-two; Gazette 25', `the value strip says the same in words: ${alt}`);
          const dots = await strip.locator('circle.strip-value').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
          check(dots.length === 2 && dots[0] < dots[1], `22 is drawn left of 25 (${dots})`);
          const overview = await p.page.locator('.claims-overview').innerText();
          check(
            /no figure or date/.test(overview) && /1 figure was updated by later reports: people killed \(Mon 6 Oct 2025, Wire: Twenty-two → Tue 7 Oct 2025, Gazette: 25\)/.test(overview),
            `the overview names the update: ${overview}`,
          );
          await p.page.screenshot({ path: `${SHOTS}/updated.png` });
        } finally {
          await p.context.close();
        }
      },
    ],
    [
      'a possible contradiction is marked apart: its own colour and sign, counted apart, never stepped to',
      async () => {
        for (const [name, viewport] of [['wide', { width: 1440, height: 900 }], ['narrow', { width: 390, height: 844 }]]) {
          const p = await fresh({ viewport });
          try {
            // The port strike fixture story: of its two disagreements the monthly pay is red and
            // the strike's length a pair the vetting model is not sure is one fact.
            const dir = `${ROOT}tests/fixtures/stories/port-strike`;
            await p.page.locator('.toolbar input[type="file"]').setInputFiles(
              ['release.txt', 'local.txt', 'wire.txt'].map((f) => textFile(f, readFileSync(`${dir}/${f}`, 'utf8'))),
            );
            const possible = p.page.locator('mark[data-status="possible"]');
            await possible.first().waitFor({ state: 'attached', timeout: 10000 });
            if (name === 'wide') {
              // (On a narrow screen only one column is drawn; the totals below count the red one.)
              // The columns are drawn one after another: wait for the red one, not only the first.
              const red = p.page.locator('mark[data-status="diverge"]');
              await red.first().waitFor({ state: 'attached', timeout: 10000 }).catch(() => {});
              check((await red.count()) > 0, 'the monthly pay is red');
            }
            // Marks are drawn again when the data files arrive, and a mark taken from the page
            // a moment before may be gone (a detached element has no style): read the sign of
            // one that is in the page, waiting for the redraw to settle.
            const sign = await p.page
              .waitForFunction(() => {
                const m = [...document.querySelectorAll('mark[data-status="possible"]')].find((x) => x.isConnected);
                return m ? getComputedStyle(m, '::after').content : '';
              }, null, { timeout: 10000 })
              .then((h) => h.jsonValue())
              .catch(() => '');
            check(sign === '"?"', `${name}: a possible mark carries "?" (${sign})`);
            const [line, red] = await possible.first().evaluate((m) => {
              const red = document.createElement('mark');
              red.className = 'mention';
              red.dataset.status = 'diverge';
              m.parentElement.append(red);
              const colours = [getComputedStyle(m).textDecorationColor, getComputedStyle(red).textDecorationColor];
              red.remove();
              return colours;
            });
            check(line !== red, `${name}: its colour is not the contradiction's (${line} / ${red})`);
            const totals = await p.page.locator('.claims-totals').innerText();
            check(/^1 contradictions? · 1 possible · /.test(totals), `${name}: the totals count them apart: ${totals}`);
            // Each column counts the monthly pay's contradiction at most, never the strike's length.
            const counts = await p.page.locator('section.column .column-count').allInnerTexts();
            check(counts.every((c) => !/[2-9] contradictions/.test(c)), `${name}: no column counts the possible one: ${counts}`);
            const overview = await p.page.locator('.claims-overview').innerText();
            check(/€3,200/.test(overview) && /Possible contradictions, to check: /.test(overview), `${name}: the overview lists them apart: ${overview}`);
            await p.page.locator('.brand').click();
            await p.page.keyboard.press('j');
            const focused = await p.page.evaluate(() => document.activeElement?.dataset?.status ?? null);
            check(focused === 'diverge', `${name}: j steps to the contradiction, not the possible one (${focused})`);
            if (name === 'wide') {
              await p.page.getByRole('button', { name: 'Contradictions' }).click();
              const rows = await p.page.locator('.claims-panel tbody tr[data-claim]').count();
              check(rows === 1, `the Contradictions filter lists the red claim alone (${rows})`);
              await p.page.getByRole('button', { name: 'All' }).click();
            }
            // On a narrow screen only the first column shows (the release, which gives the
            // strike's length): its first possible mark.
            const shown = p.page.locator('mark[data-status="possible"]:visible').first();
            await shown.scrollIntoViewIfNeeded();
            await shown.hover();
            const pop = p.page.locator('#claim-popover');
            await pop.waitFor();
            const head = await pop.innerText();
            check(/Possible contradiction/.test(head) && /may contradict \(less sure\)/.test(head), `${name}: the details say so: ${head.slice(0, 200)}`);
            await p.page.screenshot({ path: `${SHOTS}/possible-${name}.png` });
          } finally {
            await p.context.close();
          }
        }
      },
    ],
    [
      'five articles at 1440×900: j brings both marks of a contradiction in the fourth and fifth columns into view',
      async () => {
        const p = await fresh({ viewport: { width: 1440, height: 900 } });
        try {
          // About 600 words each, with no figure but the one the last two disagree on, near the end.
          const filler = [
            'Residents of the harbour town spent a long night waiting for news from the coast guard.',
            'Relatives gathered outside the terminal building, where officials posted updates on a board.',
            'The regional governor said the search would continue through the weekend if the weather allowed.',
            'Fishing crews who know the strait well described strong currents and sudden squalls in the area.',
            'Local radio stations interrupted their programmes to read out messages from the rescue centre.',
            'Volunteers brought blankets, hot drinks and food to the families waiting at the quay.',
            'Investigators have not said what caused the vessel to list, and the operator declined to comment.',
            'Survivors told reporters that the lights went out shortly before the ship began to tilt.',
          ];
          const body = (shift, last) => {
            const lines = [];
            for (let i = 0; lines.join(' ').split(' ').length < 600; i++) lines.push(filler[(i + shift) % filler.length]);
            return lines.join(' ') + '\n\n' + last;
          };
          const file = (name, source, last, shift) => ferryFile(name, source, body(shift, last));
          const files = [
            file('a.txt', 'Harbour Post', 'The coast guard thanked the fishing crews for their help.', 0),
            file('b.txt', 'Strait Times', 'The operator said it would publish its own account later.', 2),
            file('c.txt', 'Coast Radio', 'Families were offered rooms in a hotel near the terminal.', 4),
            file('d.txt', 'Island Wire', 'The ferry was carrying 212 passengers when it left the port of Orrin.', 1),
            file('e.txt', 'Evening Ledger', 'The ferry was carrying 221 passengers when it left the port of Orrin.', 3),
          ];
          await p.page.locator('.toolbar input[type="file"]').setInputFiles(files);
          await p.page.locator('mark[data-status="diverge"]').first().waitFor({ timeout: 10000 });
          check((await p.page.locator('section.column').count()) === 5, 'five columns');
          await p.page.locator('.columns').evaluate((c) => (c.scrollLeft = 0));
          await p.page.locator('body').click({ position: { x: 5, y: 5 } });
          await p.page.keyboard.press('j');
          await sleep(300);
          const boxes = await p.page.evaluate(() => {
            const row = document.querySelector('.columns').getBoundingClientRect();
            return [...document.querySelectorAll('mark[data-status="diverge"]')].map((m) => {
              const r = m.getBoundingClientRect();
              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, rowLeft: row.left, rowRight: row.right };
            });
          });
          check(boxes.length === 2, `two contradicting marks (${boxes.length})`);
          for (const b of boxes) {
            const inside = b.left >= b.rowLeft && b.right <= b.rowRight && b.top >= 0 && b.bottom <= 900;
            check(inside, `each mark is fully in view beside the panel: ${JSON.stringify(b)}`);
          }
          await p.page.screenshot({ path: `${SHOTS}/five-articles.png` });
          // The claims table fits its panel: the contradiction's row gives articles 4 and 5's
          // values behind their numbers, and no empty cell for the three silent articles.
          const table = await p.page.evaluate(() => {
            const box = document.querySelector('.claims-scroll');
            const row = document.querySelector('.claims tbody tr[data-status="diverge"]');
            return {
              fits: box.scrollWidth <= box.clientWidth + 1,
              values: [...row.querySelectorAll('.claim-value')].map((v) => v.textContent),
              empty: [...row.querySelectorAll('td, th')].filter((c) => !c.textContent.trim()).length,
            };
          });
          check(table.fits, 'the claims table fits its panel without scrolling sideways');
          check(
            JSON.stringify(table.values) === JSON.stringify(['4Island Wire: 212', '5Evening Ledger: 221']),
            `each stating article's number and value (${table.values})`,
          );
          check(table.empty === 0, `no empty cell in the row (${table.empty})`);
          // The panel folds away to its toggle and gives the columns its width, and comes back.
          const widths = () =>
            p.page.evaluate(() => ['.columns', '.claims-panel'].map((q) => document.querySelector(q).getBoundingClientRect().width));
          const [columns, panel] = await widths();
          const toggle = p.page.getByRole('button', { name: 'Hide claims' });
          await toggle.click();
          const [wider, folded] = await widths();
          check(folded < 160 && wider > columns + panel - 170, `folded, the panel gives its width to the columns (${columns}+${panel} → ${wider}+${folded})`);
          check((await toggle.getAttribute('aria-pressed')) === 'true', 'the toggle says the claims are hidden');
          await toggle.click();
          const [back] = await widths();
          check(Math.abs(back - columns) < 2, 'and comes back');
          // The same five articles in the other sizes and schemes, for the screenshots: after
          // j, the contradiction's mark is in view with its details open.
          for (const [name, viewport, colorScheme] of [
            ['desktop-dark', { width: 1440, height: 900 }, 'dark'],
            ['mobile-light', { width: 390, height: 844 }, 'light'],
            ['mobile-dark', { width: 390, height: 844 }, 'dark'],
          ]) {
            const q = await fresh({ viewport, colorScheme });
            try {
              await q.page.locator('.toolbar input[type="file"]').setInputFiles(files);
              await q.page.locator('mark[data-status="diverge"]').first().waitFor({ state: 'attached', timeout: 10000 });
              await q.page.locator('.brand').click();
              await q.page.keyboard.press('j');
              await q.page.locator('#claim-popover').waitFor();
              // In view, and on a phone above the details sheet, though it is in the last line.
              const inView = await q.page.evaluate(() => {
                const r = document.activeElement.getBoundingClientRect();
                const bottom = innerWidth <= 700 ? document.querySelector('#claim-popover').getBoundingClientRect().top : innerHeight;
                return r.top >= 0 && r.bottom <= bottom && r.left >= 0 && r.right <= innerWidth;
              });
              check(inView, `${name}: j brings the contradiction's mark into view`);
              if (viewport.width <= 700) {
                // The switcher scrolls sideways to the chip of the column shown.
                const chip = await q.page.evaluate(() => {
                  const [n, c] = ['.switcher', '.switcher [aria-pressed="true"]'].map((s) => document.querySelector(s).getBoundingClientRect());
                  return c.left >= n.left - 1 && c.right <= n.right + 1;
                });
                check(chip, `${name}: the shown column's chip is in view`);
              }
              await q.page.screenshot({ path: `${SHOTS}/five-articles-${name}.png` });
            } finally {
              await q.context.close();
            }
          }
        } finally {
          await p.context.close();
        }
      },
    ],
    [
      'two articles from one outlet are told apart by their numbers in the details and the claims table',
      async () => {
        const p = await fresh({ viewport: { width: 1440, height: 900 } });
        try {
          await p.page.locator('.toolbar input[type="file"]').setInputFiles([
            ferryFile('a.txt', 'Northline Wire', 'The ferry was carrying 212 passengers when it left the port of Orrin.'),
            ferryFile('b.txt', 'Northline Wire', 'The ferry was carrying 221 passengers when it left the port of Orrin.'),
            ferryFile('c.txt', 'Harbour Post', 'The ferry was carrying 212 passengers when it left the port of Orrin.'),
          ]);
          const mark = p.page.locator('mark[data-status="diverge"]').first();
          await mark.waitFor({ timeout: 10000 });
          const values = await p.page.locator('.claims tbody tr[data-status="diverge"] .claim-value').allTextContents();
          // Behind each badge, the name a screen reader hears (the third article may not join).
          check(
            values.includes('11. Northline Wire: 212') && values.includes('22. Northline Wire: 221'),
            `the claims table tells the two wires apart (${values})`,
          );
          await mark.focus();
          const pop = p.page.locator('#claim-popover');
          await pop.waitFor();
          const rows = await pop.locator('.popover-values th').allTextContents();
          check(
            JSON.stringify(rows) === JSON.stringify(['1. Northline Wire', '2. Northline Wire', 'Harbour Post']),
            `the details name each article once (${rows})`,
          );
          await p.page.screenshot({ path: `${SHOTS}/alike-names.png` });
          const strip = await pop.locator('.strip-name').allTextContents();
          check(strip.some((n) => n.startsWith('1. Northline')) && strip.some((n) => n.startsWith('2. Northline')), `the value strip keeps the numbers when it cuts (${strip})`);
        } finally {
          await p.context.close();
        }
      },
    ],
    [
      'an article pasted onto the demo starts a new comparison instead of joining the invented story',
      async () => {
        const p = await fresh({ viewport: { width: 1440, height: 900 } });
        try {
          await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
          const text = 'Title: Ferry lists in the strait\nSource: Island Wire\nPublished: 2026-03-14\n\nThe ferry was carrying 212 passengers when it left the port of Orrin.';
          await p.page.evaluate((t) => navigator.clipboard.writeText(t), text);
          // A blank column added to the demo is still the demo; Ctrl+V into it leaves the demo.
          await p.page.getByRole('button', { name: 'Add article' }).click();
          check((await p.page.locator('section.column').count()) === 4, 'the demo and a blank column');
          await p.page.locator('section.column').last().locator('textarea').focus();
          await p.page.keyboard.press('Control+V');
          await p.page.locator('section.column').first().locator('[data-field="title"]', { hasText: 'Ferry lists' }).waitFor();
          const titles = await p.page.locator('section.column [data-field="title"]').allTextContents();
          check(titles.length === 2 && titles[0].includes('Ferry lists') && !titles[1].includes('Ferry'), `the pasted article and an empty column (${titles})`);
          check(!(await p.page.locator('[data-demo-note]').isVisible()), 'the demo note is gone');
          check((await p.page.locator('mark[data-status="diverge"]').count()) === 0, 'no contradiction with the invented story');
        } finally {
          await p.context.close();
        }
      },
    ],
    [
      'a pasted table past the limit is compared in part, and the totals say so',
      async () => {
        const p = await fresh();
        try {
          await p.page.getByRole('button', { name: 'New comparison' }).click();
          // Two tables of 6,000 numbers each: 1,000 past the 5,000 compared per article.
          const table = (k) => {
            const rows = [];
            for (let r = 0; r < 600; r++) {
              rows.push(Array.from({ length: 10 }, (_, c) => ((r * 10 + c) * 7 + k) % 9973).join(', '));
            }
            const text = `Title: Table ${k}\n\n${rows.join('\n')}\n`;
            return textFile(`table-${k}.txt`, text);
          };
          await p.page.locator('.toolbar input[type="file"]').setInputFiles([table(1), table(2)]);
          const totals = p.page.locator('.claims-totals');
          // The files are read one after the other: wait for both tables' excess, not the first's.
          await p.page.waitForFunction(() => /2,000 figures and dates left out/.test(document.querySelector('.claims-totals')?.textContent || ''), null, {
            timeout: 20000,
          });
          const text = await totals.innerText();
          check(/figures and dates left out \(over 5,000 per article\)/.test(text), `the totals name what was left out: ${text}`);
          const marks = await p.page.locator('section.column').last().locator('mark[data-mention]').count();
          check(marks === 5000, `the first 5,000 of a table are marked (${marks})`);
          const body = await p.page.locator('section.column').last().locator('.column-body').innerText();
          const lastRow = Array.from({ length: 10 }, (_, c) => ((599 * 10 + c) * 7 + 2) % 9973).join(', ');
          check(body.includes(lastRow), 'the whole table stays in the column, its last row too');
        } finally {
          await p.context.close();
        }
      },
    ],
    [
      'no request beyond the site, no errors',
      async () => {
        const outside = allRequests.flatMap((r) => foreign(r, server.url));
        check(outside.length === 0, `requests outside the site: ${outside}`);
        const own = allRequests.flat().filter((r) => r.startsWith(server.url));
        check(!own.some((r) => r.includes('should-not-load')), 'nothing from a dropped file was fetched');
        const errors = allErrors.flat();
        check(errors.length === 0, `console errors: ${errors.join('\n')}`);
      },
    ],
  ],
  async () => {
    await browser.close();
    server.stop();
  },
);
