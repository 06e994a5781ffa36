// Articles from the web, in headless Chromium against the release build in dist/:
//   node tests/e2e/import.mjs
// Three invented news pages (tests/e2e/pages/: one with JSON-LD, one with only an <article>,
// one heavy with furniture) are served from a second origin on loopback. The bookmarklet the
// page offers is the build of web/bookmarklet.js; run on each news page it opens (then reuses)
// Crosscheck's tab, where the article waits in a banner and is added only on Add, with the
// right title, outlet, date and a body free of furniture. Damaged, foreign and oversized
// messages are refused with a notice and nothing lost. Copying the same pages (select all,
// Ctrl+C) and pasting gives the same columns, and the furniture it dropped can be seen and undone. Screenshots go to
// target/screenshots/ (import-*.png), narrow and wide.

import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { ROOT, serve, launch, openPage, check, run, staysHome } from './lib.mjs';
import { build } from '../../scripts/bookmarklet.mjs';

const SHOTS = `${ROOT}target/screenshots`;
mkdirSync(SHOTS, { recursive: true });
const PAGES = `${ROOT}tests/e2e/pages`;

// What each page must give: its fields, the paragraphs that must stay, the furniture that must go.
const EXPECTED = {
  'jsonld.html': {
    title: 'Lock gates fail at Pellham, stranding 40 barges',
    source: 'Tidewater Gazette',
    published: '2026-05-12',
    stay: [
      'Forty barges were stuck above the Pellham lock on Monday after both lower gates jammed shut.',
      'The canal trust said repairs would take at least nine days and cost about £310,000.',
      'Skippers said the queue stretched 3.5 km upstream by evening.',
    ],
    go: ['Home', 'Rivers', 'All rights reserved', 'By Wen Alder'],
  },
  'article-only.html': {
    title: 'Late frost costs Brenna Valley orchards a third of their blossom',
    source: 'Valley Ledger',
    published: '2026-04-21',
    stay: [
      "Growers in the Brenna Valley lost about a third of their apple blossom to two nights of frost, the growers' association said on Tuesday.",
      'Temperatures fell to minus 4 degrees on Sunday night, the coldest April night since 2009.',
      'The association estimated losses at 2.4 million euros across 160 farms.',
    ],
    go: ['Weather today', 'Frost warnings issued', 'Cider makers', 'By Tomas Reyne'],
  },
  'furniture.html': {
    title: 'Bus drivers walk out over rosters in Quayford',
    source: 'Harbour Daily',
    published: '2026-09-03',
    stay: [
      'About 420 bus drivers in Quayford walked out on Wednesday in a dispute over new rosters, leaving 38 routes without a service.',
      'The union said drivers had been asked to work split shifts of up to 13 hours.',
      'The operator said it would run 12 replacement coaches on the busiest lines.',
      'Talks are due to resume on Friday.',
    ],
    go: [
      'Skip to main content',
      'Menu',
      'Subscribe now',
      'Facebook',
      'comments',
      'Empty bus bays',
      'Advertisement',
      'READ MORE',
      'Tram extension',
      'Related stories',
      'Fares rise',
      'Share this article',
      'Sign up',
      'First comment',
      'Privacy',
      'Published 3 September',
      'By Nell Okonjo',
    ],
  },
};

// The news site: another origin (another port) serving the invented pages.
const news = createServer((req, res) => {
  const name = req.url.slice(1);
  if (!EXPECTED[name]) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(readFileSync(`${PAGES}/${name}`));
});
await new Promise((resolve) => news.listen(0, '127.0.0.1', resolve));
const NEWS = `http://127.0.0.1:${news.address().port}/`;

const server = await serve();
const browser = await launch();
const { page, context, requests, errors } = await openPage(browser, server.url);
let crosscheck = null;
const newsPage = await context.newPage();
const bookmarkletCode = { value: '' };

/** Every column's fields as shown in its head, and its body's paragraphs. */
const columns = (p) =>
  p.locator('section.column').evaluateAll((cs) =>
    cs.map((c) => ({
      title: c.querySelector('[data-field="title"]').textContent,
      source: c.querySelector('[data-field="source"]').textContent,
      published: c.querySelector('[data-field="published"]').getAttribute('datetime') || '',
      body: [...c.querySelectorAll('.column-body p:not(.body-empty)')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()),
    })),
  );

/** Check one column against what its page must give. */
function checkColumn(col, name) {
  const want = EXPECTED[name];
  check(col.title === want.title, `${name}: title ${JSON.stringify(col.title)}`);
  check(col.source === want.source, `${name}: outlet ${JSON.stringify(col.source)}`);
  check(col.published === want.published, `${name}: date ${JSON.stringify(col.published)}`);
  check(JSON.stringify(col.body) === JSON.stringify(want.stay), `${name}: body ${JSON.stringify(col.body)}`);
  const text = col.body.join('\n');
  for (const junk of want.go) check(!text.includes(junk), `${name}: "${junk}" left the body`);
}

/** Run the bookmarklet on the news tab, as a click on the bookmark would. */
async function runBookmarklet(name) {
  await newsPage.goto(`${NEWS}${name}`);
  await newsPage.evaluate(bookmarkletCode.value);
}

/** Wait until the Crosscheck tab shows the banner with `title`. */
async function bannerWith(title) {
  await crosscheck.locator('[data-incoming] .incoming-title', { hasText: title }).waitFor();
}

async function shoot(p, name) {
  for (const [size, width] of [
    ['wide', 1440],
    ['narrow', 390],
  ]) {
    await p.setViewportSize({ width, height: 900 });
    await p.screenshot({ path: `${SHOTS}/import-${name}-${size}.png` });
  }
  await p.setViewportSize({ width: 1440, height: 900 });
}

const bookmarked = {};

await run(
  [
    [
      'the page offers the bookmarklet built from web/bookmarklet.js, with how to use it',
      async () => {
        const built = build();
        check(readFileSync(`${ROOT}src/ui/bookmarklet.min.js`, 'utf8') === built, 'the committed bookmarklet is the build of its source');
        // Its source is a file of its own, fetched only when the panel first opens.
        const fetched = () => requests.filter((u) => /bookmarklet-[0-9a-f]{16}\.txt$/.test(u)).length;
        check(fetched() === 0, 'the bookmarklet is not fetched before From the web is opened');
        await page.getByRole('button', { name: 'From the web' }).click();
        const link = page.locator('a[data-bookmarklet]');
        await link.waitFor();
        const href = await link.getAttribute('href');
        check(href.startsWith('javascript:'), 'the link is a javascript: bookmarklet');
        const code = decodeURIComponent(href.slice('javascript:'.length));
        check(code === built.replace('CROSSCHECK_PAGE', server.url), 'the link is the built bookmarklet, opening this page');
        check(!/https?:\/\/(?!127\.0\.0\.1)/.test(code.replace(server.url, '')), 'the bookmarklet names no other address');
        const howto = await page.locator('.web-howto').innerText();
        check(/bookmarks bar/.test(howto) && /only to this page/.test(howto), `how-to beside the link: ${howto}`);
        check(href.length < 8000, `the bookmarklet is small (${href.length} characters)`);
        check(fetched() === 1, `opening the panel fetched the bookmarklet once (${fetched()})`);
        // Clicked here, the link does nothing (this page's policy refuses javascript:).
        await link.click();
        await shoot(page, 'bookmarklet');
        await page.keyboard.press('Escape');
        bookmarkletCode.value = code;
      },
    ],
    [
      'the bookmarklet opens Crosscheck with the JSON-LD page; nothing is added before Add',
      async () => {
        const opened = context.waitForEvent('page');
        await runBookmarklet('jsonld.html');
        crosscheck = await opened;
        crosscheck.on('pageerror', (e) => errors.push(String(e)));
        crosscheck.on('request', (r) => requests.push(r.url()));
        await crosscheck.waitForSelector('mark[data-status]');
        const want = EXPECTED['jsonld.html'];
        await bannerWith(want.title);
        const banner = await crosscheck.locator('[data-incoming]').innerText();
        // The page has no other metadata: this outlet and date can only come from its JSON-LD
        // (without it the bookmarklet would send the host name and no date).
        check(banner.includes(want.source) && banner.includes('Tue 12 May 2026'), `the banner shows outlet and date: ${banner}`);
        check(!banner.includes('127.0.0.1'), 'the JSON-LD publisher, not the host name');
        check(banner.includes('Forty barges were stuck'), 'the banner shows the first lines');
        check(!crosscheck.url().includes('#'), `the article left the address bar: ${crosscheck.url()}`);
        const before = await columns(crosscheck);
        check(before.length === 3 && before[0].source === 'Northline Wire', 'the demo is untouched while the banner waits');
        await shoot(crosscheck, 'banner');
        await crosscheck.locator('[data-accept]').click();
        await crosscheck.locator('[data-incoming]').waitFor({ state: 'detached' });
        const after = await columns(crosscheck);
        check(after.length === 2, `the demo gave way to a new comparison (${after.length} columns)`);
        checkColumn(after[0], 'jsonld.html');
        bookmarked['jsonld.html'] = after[0];
      },
    ],
    [
      'the same tab is reused: the article-only and furniture pages each become a column on Add',
      async () => {
        const tabs = context.pages().length;
        for (const name of ['article-only.html', 'furniture.html']) {
          await runBookmarklet(name);
          await bannerWith(EXPECTED[name].title);
          check(context.pages().length === tabs, 'no new tab: the Crosscheck tab is reused');
          const n = (await columns(crosscheck)).filter((c) => c.body.length > 0).length;
          await crosscheck.locator('[data-accept]').click();
          await crosscheck.locator('[data-incoming]').waitFor({ state: 'detached' });
          const cols = (await columns(crosscheck)).filter((c) => c.body.length > 0);
          check(cols.length === n + 1, `${name}: one more article (${cols.length})`);
          checkColumn(cols[n], name);
          bookmarked[name] = cols[n];
        }
        const dropped = crosscheck.locator('section.column').nth(2).locator('[data-dropped]');
        check(/6 lines of page furniture/.test(await dropped.innerText()), 'the furniture page says what was left out');
        await shoot(crosscheck, 'added');
      },
    ],
    [
      'Dismiss forgets an arrival; damaged, foreign and oversized messages are refused, nothing lost',
      async () => {
        const before = await columns(crosscheck);
        await runBookmarklet('jsonld.html');
        await bannerWith(EXPECTED['jsonld.html'].title);
        await crosscheck.locator('[data-dismiss]').click();
        await crosscheck.locator('[data-incoming]').waitFor({ state: 'detached' });
        check(JSON.stringify(await columns(crosscheck)) === JSON.stringify(before), 'dismissed: nothing added');
        const bad = [
          ['#import=Title%3A%20x%0ASource%3A%0APublished%3A%0A%0ABody%E2%28', /arrived damaged/],
          ['#import=%ZZ', /arrived damaged/],
          [`#import=${encodeURIComponent('<b>Some page</b> posting whatever it likes')}`, /not an article from the Crosscheck bookmarklet/],
          [`#import=${'a'.repeat(1_500_001)}`, /longer than a sent article may be/],
        ];
        for (const [fragment, why] of bad) {
          await crosscheck.evaluate((f) => (location.hash = f), fragment);
          const notice = crosscheck.locator('[data-notice="import"]');
          await notice.waitFor();
          const text = await notice.innerText();
          check(why.test(text) && /Nothing on this page changed/.test(text), `a clear notice: ${text}`);
          check((await crosscheck.locator('[data-incoming]').count()) === 0, 'no banner for a refused message');
          check(JSON.stringify(await columns(crosscheck)) === JSON.stringify(before), 'the columns are unchanged');
          check(!crosscheck.url().includes('#'), 'the refused message left the address bar');
          if (fragment.length > 1000) await shoot(crosscheck, 'refused');
          await notice.locator('button').click();
        }
        // The bookmarklet itself refuses a page too long to send, and opens nothing.
        await newsPage.goto(`${NEWS}furniture.html`);
        await newsPage.evaluate(() => {
          const p = document.createElement('p');
          p.textContent = 'Drivers waited. '.repeat(100_000);
          document.querySelector('article').append(p);
        });
        const dialog = newsPage.waitForEvent('dialog');
        newsPage.evaluate(bookmarkletCode.value).catch(() => {});
        const d = await dialog;
        check(/too long/.test(d.message()), `the bookmarklet says why: ${d.message()}`);
        await d.dismiss();
        check((await crosscheck.locator('[data-incoming]').count()) === 0, 'nothing arrived');
      },
    ],
    [
      'copying each page and pasting it gives the same columns; the furniture dropped can be seen and undone',
      async () => {
        // A real copy: select all and Ctrl+C on the news page, as a reader would. The browser
        // puts its own serialisation of the selection on the clipboard as HTML (styles inlined,
        // no <head>, so no metadata or JSON-LD), beside the plain text.
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: NEWS.slice(0, -1) });
        await page.bringToFront();
        await page.getByRole('button', { name: 'New comparison' }).click();
        for (const [i, name] of Object.keys(EXPECTED).entries()) {
          if (i >= 2) await page.getByRole('button', { name: 'Add article' }).click();
          await newsPage.goto(`${NEWS}${name}`);
          await newsPage.bringToFront();
          await newsPage.keyboard.press('Control+A');
          await newsPage.keyboard.press('Control+C');
          const types = await page.evaluate(async () => (await navigator.clipboard.read())[0].types);
          check(types.includes('text/html'), `the clipboard holds HTML: ${types}`);
          await page.bringToFront();
          await page.locator('section.column').nth(i).getByRole('button', { name: /^Paste/ }).click();
          await page.locator('section.column').nth(i).locator('[data-field="title"]', { hasText: EXPECTED[name].title }).waitFor();
          const col = (await columns(page))[i];
          checkColumn(col, name);
          check(JSON.stringify(col) === JSON.stringify(bookmarked[name]), `${name}: the paste equals the bookmarklet's column`);
        }
        const third = page.locator('section.column').nth(2);
        const dropped = third.locator('[data-dropped]');
        await dropped.locator('summary').click();
        const listed = await dropped.locator('li').allInnerTexts();
        for (const line of ['Advertisement', 'Share this article', 'By Nell Okonjo | Harbour Daily', 'comments']) {
          check(listed.includes(line), `the dropped lines list "${line}": ${JSON.stringify(listed)}`);
        }
        await shoot(page, 'pasted');
        await third.locator('[data-undo]').click();
        const undone = (await columns(page))[2].body.join('\n');
        check(undone.includes('Advertisement') && undone.includes('Share this article'), 'Undo brings the furniture back');
        check((await third.locator('[data-dropped]').count()) === 0, 'the note goes with Undo');
      },
    ],
    [
      'plain-text paste gets the same furniture cleanup',
      async () => {
        const text = [
          'Skip to main content',
          'Ferry fares rise 8% on the Orla crossing',
          'By Ines Marlow · Ostvale Courier',
          'Published 14 March 2026',
          'Share',
          '14 comments',
          '',
          'Return fares on the Orla ferry will rise 8% from April, the operator said.',
          '',
          'Advertisement',
          '',
          'About 1,300 people live on the island year-round.',
        ].join('\n');
        await page.evaluate((t) => navigator.clipboard.writeText(t), text);
        await page.locator('section.column').nth(0).getByRole('button', { name: /^Paste/ }).click();
        await page.locator('section.column').nth(0).locator('[data-field="title"]', { hasText: 'Ferry fares' }).waitFor();
        const col = (await columns(page))[0];
        check(col.title === 'Ferry fares rise 8% on the Orla crossing' && col.source === 'Ostvale Courier', `fields ${JSON.stringify(col)}`);
        check(col.published === '2026-03-14', `date ${col.published}`);
        check(
          JSON.stringify(col.body) ===
            JSON.stringify([
              'Return fares on the Orla ferry will rise 8% from April, the operator said.',
              'About 1,300 people live on the island year-round.',
            ]),
          `body ${JSON.stringify(col.body)}`,
        );
      },
    ],
    [
      'Ctrl+V of a whole article into an empty editor reads it as Paste does; into text being written it is plain text',
      async () => {
        const text = [
          'Skip to main content',
          'Ferry fares rise 8% on the Orla crossing',
          'By Ines Marlow · Ostvale Courier',
          'Published 14 March 2026',
          'Share',
          '',
          'Return fares on the Orla ferry will rise 8% from April, the operator said.',
          '',
          'Advertisement',
        ].join('\n');
        await page.evaluate((t) => navigator.clipboard.writeText(t), text);
        await page.getByRole('button', { name: 'Add article' }).click();
        const fresh = page.locator('section.column').last();
        await fresh.locator('textarea').focus();
        await page.keyboard.press('Control+V');
        await fresh.locator('[data-field="title"]', { hasText: 'Ferry fares' }).waitFor();
        const col = (await columns(page)).at(-1);
        check(col.source === 'Ostvale Courier' && col.published === '2026-03-14', `fields ${JSON.stringify(col)}`);
        check(
          JSON.stringify(col.body) === JSON.stringify(['Return fares on the Orla ferry will rise 8% from April, the operator said.']),
          `body ${JSON.stringify(col.body)}`,
        );
        check((await fresh.locator('[data-dropped]').count()) === 1, 'the dropped lines can be seen and undone');
        // Into a draft, the paste is the browser's: the text goes in where the caret is.
        await page.getByRole('button', { name: 'Add article' }).click();
        const draft = page.locator('section.column').last().locator('textarea');
        await draft.fill('Notes: ');
        await draft.press('End');
        await page.keyboard.press('Control+V');
        const value = await draft.inputValue();
        check(value.startsWith('Notes: Skip to main content'), `pasted into the draft as text: ${JSON.stringify(value.slice(0, 40))}`);
      },
    ],
    staysHome(requests, errors, server.url),
  ],
  async () => {
    await browser.close();
    server.stop();
    news.close();
  },
);
