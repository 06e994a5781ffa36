// Share links, saved work and comparison files in headless Chromium, against dist/:
//   node tests/e2e/share.mjs
// A copied link opened in a fresh browser shows the same articles and marks; edits survive a
// reload; a shared link never replaces unsaved work; damaged links, bad files, refused storage
// and a refused clipboard each get their message while the page keeps working; long links warn
// and offer a file; and no request leaves the page's own origin.

import { mkdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, serve, launch, foreign, check, run } from './lib.mjs';

const server = await serve();
const browser = await launch();
const allRequests = [];
const allErrors = [];

/**
 * A page in a new context (its own storage), with scripts run before the page's own; `seed`
 * (a function and its argument) fills its storage before the page first starts.
 */
async function open(url = server.url, { init, permissions = [], seed, viewport = { width: 1440, height: 900 }, colorScheme } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  if (permissions.length) await context.grantPermissions(permissions, { origin: server.url });
  if (init) await context.addInitScript(init);
  if (seed) {
    const [fill, arg] = seed;
    const once = `if (!sessionStorage.getItem('test.seeded')) { sessionStorage.setItem('test.seeded', '1'); (${fill})(${JSON.stringify(arg ?? null)}); }`;
    await context.addInitScript(once);
  }
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  allRequests.push(requests);
  allErrors.push(errors);
  await page.goto(url);
  await page.waitForSelector('section.column');
  return { context, page };
}

/** Every mark as "mention:status:text", sorted, and every column's title and text. */
const marks = (page) =>
  page
    .locator('mark[data-mention]')
    .evaluateAll((ms) => ms.map((m) => `${m.dataset.mention}:${m.dataset.status}:${m.textContent}`).sort());
const articles = (page) =>
  page
    .locator('section.column')
    .evaluateAll((cs) => cs.map((c) => [c.querySelector('.column-title')?.innerText, c.querySelector('.column-body')?.innerText]));

/** Append `text` to the body of column `i` through its editor. */
async function append(page, i, text) {
  const column = page.locator('section.column').nth(i);
  await column.getByRole('button', { name: 'Edit' }).click();
  const area = column.locator('textarea');
  await area.fill((await area.inputValue()) + text);
  await column.getByRole('button', { name: 'Done' }).click();
  // Past the editor's settle delay and the 500 ms autosave debounce.
  await sleep(1200);
}

const banner = (page, key) => page.locator(`.notice-banner[data-notice="${key}"]`);

/**
 * Seeds: the Recent list as the page stored it before each entry had a key of its own, newest
 * first, each with its comparison; the oldest is from before comparisons were kept, and holds
 * a share link (`fragment`).
 */
function seedOldList(fragment) {
  const entry = (id, title, saved, body) => ({
    id,
    title,
    articles: 2,
    saved,
    comparison: {
      articles: [
        { title: `${title} A`, source: 'Test Wire', published: '2026-11-14', body },
        { title: `${title} B`, source: 'Test Wire', published: '2026-11-14', body: 'Some 45 people were hurt.' },
      ],
    },
  });
  const list = [
    { ...entry(3, 'Bridge', 3000, 'About 40 people were hurt.'), name: 'My bridge notes' },
    entry(2, 'Quarry', 2000, 'About 12 trucks were sent.'),
    { id: 1, title: 'Shared fire', articles: 3, saved: 1000, link: `#${fragment}` },
  ];
  localStorage.setItem('crosscheck.recent.v1', JSON.stringify(list));
  localStorage.setItem('crosscheck.current.v1', '3');
}

/** Two entries in the old list, with storage refusing the entries' keys (`fullForEntries`). */
function seedStuckList() {
  const entry = (id, body) => ({ id, title: `Report ${id}`, articles: 1, saved: id, comparison: { articles: [{ title: `Report ${id}`, body }] } });
  const list = [entry(2, 'About 12 trucks were sent.'), entry(1, 'About 40 people were hurt.')];
  localStorage.setItem('crosscheck.recent.v1', JSON.stringify(list));
  localStorage.setItem('crosscheck.current.v1', '2');
  localStorage.setItem('test.full', '1');
}

/** Init script: record the keys the page reads from and writes to localStorage. */
const spyStorage = () => {
  window.__reads = [];
  window.__writes = [];
  const { getItem, setItem } = Storage.prototype;
  Storage.prototype.getItem = function (k) {
    window.__reads.push(k);
    return getItem.call(this, k);
  };
  Storage.prototype.setItem = function (k, v) {
    window.__writes.push(k);
    return setItem.call(this, k, v);
  };
};

/** Init script: while `test.full` is set, storage refuses the entries' keys as full. */
const fullForEntries = () => {
  const { setItem } = Storage.prototype;
  Storage.prototype.setItem = function (k, v) {
    if (k.startsWith('crosscheck.entry.') && this.getItem('test.full')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    return setItem.call(this, k, v);
  };
};

/** Init script: storage that holds 9,000 characters, keys included, as a browser's quota does. */
const quota = () => {
  const { setItem } = Storage.prototype;
  Storage.prototype.setItem = function (k, v) {
    let used = k.length + String(v).length;
    for (let i = 0; i < this.length; i++) {
      const other = this.key(i);
      if (other !== k) used += other.length + this.getItem(other).length;
    }
    if (used > 9000) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    return setItem.call(this, k, v);
  };
};

/** A comparison file as the page writes them, with `bodies` as its articles. */
const comparisonFile = (bodies) =>
  JSON.stringify({
    crosscheck: 'comparison',
    version: 1,
    articles: bodies.map((body, i) => ({ title: `Report ${i + 1}`, source: 'Test Wire', published: '2026-11-14', body })),
  });

/** Text that deflate cannot shrink much, so its link passes 8,000 characters. */
function noise(words) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = [];
  for (let i = 0; i < words; i++) {
    const len = 3 + Math.floor(rand() * 7);
    out.push(Array.from({ length: len }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join(''));
  }
  return out.join(' ');
}

let sharedLink = '';
let sharedMarks = [];
let sharedArticles = [];
let editor; // a page whose own work is edited, reused across steps

await run(
  [
    [
      'Share puts the comparison in the address and copies the link',
      async () => {
        const { page } = await open(server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
        await append(page, 1, ' Later that night, 31 firefighters were still at the scene.');
        // Corrections travel with the link: unlink a contradiction, dismiss an agreement.
        const first = page.locator('section.column').nth(0).locator('mark[data-status="diverge"]').first();
        const id = await first.getAttribute('data-mention');
        await first.focus();
        await page.keyboard.press('u');
        await page.waitForFunction((id) => document.querySelector(`mark[data-mention="${id}"]`)?.dataset.status === 'single', id);
        const before = await page.locator('mark').count();
        await page.locator('mark[data-status="agree"]').first().focus();
        await page.keyboard.press('x');
        await page.waitForFunction((n) => document.querySelectorAll('mark').length === n - 1, before);
        await page.getByRole('button', { name: 'Share', exact: true }).click();
        await page.locator('.share-status', { hasText: 'Link copied' }).waitFor();
        sharedLink = await page.locator('.share-link').inputValue();
        check(/#c1\.[A-Za-z0-9_-]+$/.test(sharedLink), `a #c1. link: ${sharedLink.slice(0, 60)}…`);
        check(sharedLink.startsWith(server.url), 'the link is built on the page address');
        check((await page.evaluate(() => navigator.clipboard.readText())) === sharedLink, 'the clipboard holds the link');
        check(page.url() === sharedLink, 'the address bar holds the link');
        const length = await page.locator('.share-length').innerText();
        check(length === `${sharedLink.length.toLocaleString('en-US')} characters`, `length shown: ${length}`);
        check((await page.locator('.share-warning').count()) === 0, 'no warning for a short link');
        // The primary action is drawn in the accent colour and comes first.
        const shortActions = await page.locator('.share-actions button').evaluateAll((bs) =>
          bs.map((b) => [b.textContent.trim(), getComputedStyle(b).backgroundColor, getComputedStyle(b).order]),
        );
        check(shortActions[0][0] === 'Copy link' && shortActions[0][1] !== shortActions[1][1], `a short link's primary action is Copy link: ${JSON.stringify(shortActions)}`);
        sharedMarks = await marks(page);
        sharedArticles = await articles(page);
        check(sharedMarks.length > 10 && sharedArticles[1][1].includes('31 firefighters'), 'the edit is marked');
      },
    ],
    [
      'the link opened in a new browser context shows the same articles and marks',
      async () => {
        const { page } = await open(sharedLink);
        await page.waitForSelector('mark[data-status]');
        check(JSON.stringify(await articles(page)) === JSON.stringify(sharedArticles), 'same titles and texts');
        const got = await marks(page);
        check(JSON.stringify(got) === JSON.stringify(sharedMarks), `same marks (${got.length} vs ${sharedMarks.length})`);
        check((await banner(page, 'open').count()) === 0, 'no error shown');
        check(!page.url().includes('#'), 'the link leaves the address bar, so a reload shows saved work');
        await sleep(1000);
        await page.reload();
        await page.waitForSelector('mark[data-status]');
        check(JSON.stringify(await marks(page)) === JSON.stringify(sharedMarks), 'the shared comparison survives a reload');
      },
    ],
    [
      'a link whose # was rewritten as %23 opens too',
      async () => {
        // Static hosts answer such a path with 404; hosts that fall back to index.html serve
        // the page, which is what this route does.
        const index = readFileSync(`${process.env.SITE_DIR || `${ROOT}dist`}/index.html`);
        const context = await browser.newContext();
        await context.route(
          (url) => url.pathname.toLowerCase().startsWith('/%23c1'),
          (route) => route.fulfill({ body: index, contentType: 'text/html' }),
        );
        const page = await context.newPage();
        const requests = [];
        page.on('request', (r) => requests.push(r.url()));
        allRequests.push(requests);
        await page.goto(sharedLink.replace('#', '%23'));
        await page.waitForSelector('mark[data-status]');
        check(JSON.stringify(await marks(page)) === JSON.stringify(sharedMarks), 'same marks');
        check(page.url() === server.url, `the address is the page's again: ${page.url()}`);
        await context.close();
      },
    ],
    [
      'a reload keeps an edit',
      async () => {
        editor = await open();
        const { page } = editor;
        await append(page, 0, ' By Sunday, 77 residents had returned home.');
        await page.reload();
        await page.waitForSelector('mark[data-status]');
        const text = (await articles(page))[0][1];
        check(text.includes('77 residents had returned home'), 'the edit came back');
        check((await page.locator('mark', { hasText: /^77/ }).count()) === 1, 'and is marked');
        check((await page.getByRole('button', { name: 'Recent (1)' }).count()) === 1, 'one saved comparison');
      },
    ],
    [
      'opening a shared link keeps the unsaved work in Recent',
      async () => {
        const { page } = editor;
        // Edit, then open the link at once, inside the autosave delay.
        const column = page.locator('section.column').nth(2);
        await column.getByRole('button', { name: 'Edit' }).click();
        const area = column.locator('textarea');
        await area.fill((await area.inputValue()) + ' Insurers put the loss at $9 million.');
        await column.getByRole('button', { name: 'Done' }).click();
        await page.evaluate((link) => (location.hash = link.split('#')[1]), sharedLink);
        await page.waitForFunction(() => document.body.innerText.includes('31 firefighters'));
        check(JSON.stringify(await marks(page)) === JSON.stringify(sharedMarks), 'the shared comparison shows');
        await page.getByRole('button', { name: 'Recent (2)' }).click();
        const items = page.locator('.recent-item');
        check((await items.count()) === 2, `two saved comparisons (${await items.count()})`);
        // The older entry is the reader's own work, with the last edit in it.
        await items.nth(1).locator('.recent-open').click();
        await page.waitForFunction(() => document.body.innerText.includes('$9 million'));
        const texts = (await articles(page)).map((a) => a[1]).join('\n');
        check(texts.includes('77 residents') && texts.includes('$9 million'), 'both edits are back');
      },
    ],
    [
      'Recent entries can be renamed and deleted',
      async () => {
        const { page } = editor;
        const own = page.locator('.recent-item.is-current');
        await own.getByRole('button', { name: 'Rename' }).click();
        await own.locator('.recent-name').fill('My fire notes');
        await own.locator('.recent-name').press('Enter');
        await page.locator('.recent-open', { hasText: 'My fire notes' }).waitFor();
        await page.reload();
        await page.waitForSelector('mark[data-status]');
        await page.getByRole('button', { name: /^Recent/ }).click();
        check((await page.locator('.recent-open', { hasText: 'My fire notes' }).count()) === 1, 'the name is kept');
        const other = page.locator('.recent-item:not(.is-current)');
        await other.getByRole('button', { name: 'Delete' }).click();
        check((await page.locator('.recent-item').count()) === 1, 'one left after deleting');
        check((await page.getByRole('button', { name: 'Recent (1)' }).count()) === 1, 'the count follows');
        // The panels open one at a time, and Escape closes them.
        await page.getByRole('button', { name: 'Share', exact: true }).click();
        check((await page.locator('.recent-panel').count()) === 0, 'Share closes Recent');
        await page.locator('.share-link').press('Escape');
        check((await page.locator('.share-panel').count()) === 0, 'Escape closes Share');
      },
    ],
    [
      'a name being typed survives an autosave that rebuilds the Recent list',
      async () => {
        const { page } = editor;
        await page.getByRole('button', { name: /^Recent/ }).click();
        const own = page.locator('.recent-item.is-current');
        await own.getByRole('button', { name: 'Rename' }).click();
        await page.keyboard.type('Half typed');
        const before = await page.locator('.recent-name').elementHandle();
        // Text dropped on the first column replaces its article, which is saved 500 ms later;
        // the focus stays in the name field.
        const dt = await page.evaluateHandle(() => {
          const dt = new DataTransfer();
          dt.setData('text/plain', 'Title: Dropped\n\nAbout 12 trucks were sent.');
          return dt;
        });
        await page.locator('section.column').nth(0).dispatchEvent('drop', { dataTransfer: dt });
        await page.waitForFunction((old) => !old.isConnected, before);
        const field = page.locator('.recent-name');
        check((await field.inputValue()) === 'Half typed', `the typed name is kept: ${await field.inputValue()}`);
        check(await field.evaluate((f) => f === document.activeElement), 'the field keeps the focus');
        await page.keyboard.type(' notes');
        check((await field.inputValue()) === 'Half typed notes', 'typing goes on where it stopped');
        await field.press('Escape');
        check((await page.locator('.recent-open', { hasText: 'My fire notes' }).count()) === 1, 'Escape keeps the old name');
      },
    ],
    [
      'damaged and cut links show their message; the page keeps the saved work',
      async () => {
        const { page } = editor;
        const at = sharedLink.indexOf('#c1.') + 40;
        const flipped = sharedLink.slice(0, at) + (sharedLink[at] === 'A' ? 'B' : 'A') + sharedLink.slice(at + 1);
        const cases = [
          [flipped, /This link is damaged/],
          [sharedLink.slice(0, sharedLink.length - 200), /incomplete/],
          [`${server.url}#c9.abc`, /newer Crosscheck/],
          [`${server.url}#hello`, /not a Crosscheck share link/],
        ];
        for (const [url, message] of cases) {
          await page.goto('about:blank');
          await page.goto(url);
          await page.waitForSelector('mark[data-status]');
          const text = await banner(page, 'open').innerText();
          check(message.test(text), `message for ${url.slice(-20)}: ${text}`);
          check((await banner(page, 'open').getAttribute('role')) === 'alert', 'announced as an alert');
          check((await articles(page)).some((a) => a[1].includes('$9 million')), 'the saved work is shown');
        }
        await banner(page, 'open').getByRole('button', { name: 'Dismiss' }).click();
        check((await banner(page, 'open').count()) === 0, 'the message can be dismissed');
      },
    ],
    [
      'with storage refused the page works in memory and says so',
      async () => {
        const refuse = () =>
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        const { page } = await open(server.url, { init: refuse });
        await page.waitForSelector('mark[data-status]');
        const text = await banner(page, 'storage').innerText();
        check(text.includes('Your work is not being saved in this browser'), `warning: ${text}`);
        await append(page, 0, ' Officials later counted 64 damaged pallets.');
        check((await page.locator('mark', { hasText: /^64/ }).count()) === 1, 'editing still works');
        check((await page.getByRole('button', { name: 'Recent (1)' }).count()) === 1, 'Recent works in memory');
        // A shared link still opens.
        await page.goto(sharedLink);
        await page.waitForSelector('mark[data-status]');
        check(JSON.stringify(await marks(page)) === JSON.stringify(sharedMarks), 'a shared link opens');
        // The work it replaced is in Recent, kept in memory, and opens again.
        await page.getByRole('button', { name: 'Recent (2)' }).click();
        await page.locator('.recent-item:not(.is-current) .recent-open').click();
        await page.waitForFunction(() => document.body.innerText.includes('64 damaged pallets'));
      },
    ],
    [
      'with storage full the warning shows once saving fails',
      async () => {
        const full = () => {
          Storage.prototype.setItem = function () {
            throw new DOMException('Quota exceeded', 'QuotaExceededError');
          };
        };
        const { page } = await open(server.url, { init: full });
        await page.waitForSelector('mark[data-status]');
        await append(page, 0, ' A second fire broke out 3 days later.');
        const text = await banner(page, 'storage').innerText();
        check(text.includes('Your work is not being saved in this browser'), `warning: ${text}`);
        check((await page.locator('mark', { hasText: '3 days' }).count()) >= 1, 'the page goes on');
      },
    ],
    [
      'the old one-key Recent list moves to a key per entry at start, and every entry opens',
      async () => {
        const { page } = await open(server.url, { init: spyStorage, seed: [seedOldList, sharedLink.split('#')[1]] });
        await page.waitForFunction(() => document.body.innerText.includes('Bridge A'));
        const stored = await page.evaluate(() => ({
          old: localStorage.getItem('crosscheck.recent.v1'),
          index: JSON.parse(localStorage.getItem('crosscheck.recent.v2')),
          files: [3, 2, 1].map((id) => localStorage.getItem(`crosscheck.entry.v2.${id}`)),
        }));
        check(stored.old === null, 'the old list is gone once moved');
        check(JSON.stringify(stored.index.map((e) => e.id)) === '[3,2,1]', `the index lists all three: ${JSON.stringify(stored.index)}`);
        check(stored.index.every((e) => !('comparison' in e)), 'the index holds no comparison');
        check(stored.index[0].name === 'My bridge notes' && stored.index[2].link.startsWith('#c1.'), 'names and links are kept');
        const file = JSON.parse(stored.files[0]);
        check(file.crosscheck === 'comparison' && file.version === 1 && file.articles[0].title === 'Bridge A', 'each entry is a comparison file');
        check(stored.files[1] !== null && stored.files[2] === null, 'the link entry needs no key');
        await page.getByRole('button', { name: 'Recent (3)' }).click();
        const names = await page.locator('.recent-open').allInnerTexts();
        check(JSON.stringify(names) === '["My bridge notes","Quarry","Shared fire"]', `names: ${names}`);
        await page.locator('.recent-open', { hasText: 'Quarry' }).click();
        await page.waitForFunction(() => document.body.innerText.includes('12 trucks'));
        await page.locator('.recent-open', { hasText: 'Shared fire' }).click();
        await page.waitForFunction(() => document.body.innerText.includes('31 firefighters'));
        check(JSON.stringify(await marks(page)) === JSON.stringify(sharedMarks), 'the link entry opens as before');
        // Start-up reads the index and the entry it opens, no other entry.
        await page.reload();
        await page.waitForFunction(() => document.body.innerText.includes('31 firefighters'));
        const reads = await page.evaluate(() => [...new Set(window.__reads.filter((k) => k.startsWith('crosscheck.entry.')))]);
        check(JSON.stringify(reads) === '["crosscheck.entry.v2.1"]', `entries read at start: ${reads}`);
        // An autosave writes the entry on the page, the index and the pointer to it, no other.
        await page.evaluate(() => (window.__writes.length = 0));
        await append(page, 0, ' Officials later counted 64 damaged pallets.');
        const writes = await page.evaluate(() => [...new Set(window.__writes)].sort());
        const expected = '["crosscheck.current.v1","crosscheck.entry.v2.1","crosscheck.recent.v2"]';
        check(JSON.stringify(writes) === expected, `written by an autosave: ${writes}`);
      },
    ],
    [
      'an old list that cannot move yet stays where it is, and its entries still open',
      async () => {
        const { page } = await open(server.url, { init: fullForEntries, seed: [seedStuckList] });
        await page.waitForFunction(() => document.body.innerText.includes('12 trucks'));
        const kept = () => page.evaluate(() => localStorage.getItem('crosscheck.recent.v1'));
        const old = await kept();
        check(old !== null && JSON.parse(old).length === 2, 'the old list is kept');
        await page.getByRole('button', { name: 'Recent (2)' }).click();
        await page.locator('.recent-open', { hasText: 'Report 1' }).click();
        await page.waitForFunction(() => document.body.innerText.includes('40 people'));
        check((await kept()) === old, 'and stays as it was while storage is full');
        check((await banner(page, 'storage').count()) === 1, 'the reader is told');
        // With room again, the next start moves it.
        await page.evaluate(() => localStorage.removeItem('test.full'));
        await page.reload();
        await page.waitForFunction(() => document.body.innerText.includes('40 people'));
        const after = await page.evaluate(() => ({
          old: localStorage.getItem('crosscheck.recent.v1'),
          ids: JSON.parse(localStorage.getItem('crosscheck.recent.v2')).map((e) => e.id).sort(),
          keys: [1, 2].map((id) => localStorage.getItem(`crosscheck.entry.v2.${id}`) !== null),
        }));
        check(after.old === null && JSON.stringify(after.ids) === '[1,2]' && after.keys.every(Boolean), `moved: ${JSON.stringify(after)}`);
        await page.getByRole('button', { name: 'Recent (2)' }).click();
        await page.locator('.recent-open', { hasText: 'Report 2' }).click();
        await page.waitForFunction(() => document.body.innerText.includes('12 trucks'));
      },
    ],
    [
      'when storage is full, the oldest entries make room and the others stay',
      async () => {
        const { page } = await open(server.url, { init: quota });
        const input = page.locator('.comparison-file input[type=file]');
        for (const n of [11, 12, 13, 14]) {
          const file = comparisonFile([`About ${n} people were hurt. ${noise(300)}`, `Some ${n + 5} people were hurt.`]);
          await input.setInputFiles({ name: `r${n}.json`, mimeType: 'application/json', buffer: Buffer.from(file) });
          await page.waitForFunction((n) => document.body.innerText.includes(`About ${n} people`), n);
        }
        const state = await page.evaluate(() => ({
          used: Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0),
          index: JSON.parse(localStorage.getItem('crosscheck.recent.v2')).map((e) => e.id),
          keys: Object.keys(localStorage).filter((k) => k.startsWith('crosscheck.entry.')).sort(),
        }));
        check(state.used <= 9000, `within the quota: ${state.used}`);
        check(JSON.stringify(state.index) === '[4,3,2]', `the oldest made room: ${state.index}`);
        const listed = state.index.map((id) => `crosscheck.entry.v2.${id}`).sort();
        check(JSON.stringify(state.keys) === JSON.stringify(listed), `the index lists the keys: ${state.keys}`);
        check((await banner(page, 'storage').count()) === 0, 'no warning: the work was saved');
        await page.getByRole('button', { name: 'Recent (3)' }).click();
        await page.locator('.recent-open').last().click();
        await page.waitForFunction(() => document.body.innerText.includes('About 12 people'));
      },
    ],
    [
      'a refused clipboard leaves the link selected',
      async () => {
        const refuse = () => {
          navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
        };
        const { page } = await open(server.url, { init: refuse });
        await page.getByRole('button', { name: 'Share', exact: true }).click();
        await page.locator('.share-status', { hasText: 'did not allow copying' }).waitFor();
        const selected = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.classList.contains('share-link') && el.selectionStart === 0 && el.selectionEnd === el.value.length;
        });
        check(selected, 'the link field is focused and selected');
      },
    ],
    [
      'a long link warns and offers a comparison file, which opens again',
      async () => {
        const { page } = await open(server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
        const body = `About 40 people were hurt. ${noise(2500)}`;
        await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
        await page.locator('.comparison-file input[type=file]').setInputFiles({
          name: 'long.json',
          mimeType: 'application/json',
          buffer: Buffer.from(comparisonFile([body, 'Some 45 people were hurt.'])),
        });
        await page.waitForFunction(() => document.body.innerText.includes('Report 2'));
        await page.getByRole('button', { name: 'Share', exact: true }).click();
        const warning = await page.locator('.share-warning').innerText();
        check(/^This link is \d{1,3}(,\d{3})+ characters long/.test(warning) && /longer than 8,000 characters/.test(warning) && /comparison file/.test(warning), `warning: ${warning}`);
        const n = (await page.locator('.share-link').inputValue()).length;
        check(n > 8000, `the link is long (${n})`);
        check((await page.evaluate(() => navigator.clipboard.readText())) === 'unchanged', 'a long link is not copied unasked');
        const actions = await page.locator('.share-actions button').evaluateAll((bs) =>
          bs.map((b) => [b.textContent.trim(), getComputedStyle(b).backgroundColor, getComputedStyle(b).order]),
        );
        const save = actions.find((a) => a[0] === 'Save comparison file');
        const copyAnyway = actions.find((a) => a[0] === 'Copy anyway');
        check(save[2] === '-1' && save[1] !== copyAnyway[1], `the file comes first, as the primary action: ${JSON.stringify(actions)}`);
        await page.getByRole('button', { name: 'Copy anyway' }).click();
        await page.locator('.share-status', { hasText: 'Link copied' }).waitFor();
        check((await page.evaluate(() => navigator.clipboard.readText())).length === n, 'Copy anyway copies it');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('.share-panel').getByRole('button', { name: 'Save comparison file' }).click(),
        ]);
        check(download.suggestedFilename() === 'crosscheck-report-1.json', `file name ${download.suggestedFilename()}`);
        const saved = readFileSync(await download.path(), 'utf8');
        const json = JSON.parse(saved);
        check(json.crosscheck === 'comparison' && json.version === 1 && json.articles[0].body === body, 'the file holds the comparison');
        // The file opens in another browser by dropping it on the columns.
        const other = await open();
        const dt = await other.page.evaluateHandle((text) => {
          const dt = new DataTransfer();
          dt.items.add(new File([text], 'story.json', { type: 'application/json' }));
          return dt;
        }, saved);
        await other.page.locator('main.columns').dispatchEvent('drop', { dataTransfer: dt });
        await other.page.waitForFunction(() => document.body.innerText.includes('Report 2'));
        check(JSON.stringify(await marks(other.page)) === JSON.stringify(await marks(page)), 'same marks after the drop');
      },
    ],
    [
      'the share dialog with a long link leads with the file at 1440×900 and 390×844, light and dark (screenshots)',
      async () => {
        mkdirSync(`${ROOT}target/screenshots`, { recursive: true });
        for (const colorScheme of ['light', 'dark']) {
          for (const [name, viewport] of [
            ['desktop', { width: 1440, height: 900 }],
            ['mobile', { width: 390, height: 844 }],
          ]) {
            const { page, context } = await open(server.url, { viewport, colorScheme });
            await page.locator('.comparison-file input[type=file]').setInputFiles({
              name: 'long.json',
              mimeType: 'application/json',
              buffer: Buffer.from(comparisonFile([`About 40 people were hurt. ${noise(2500)}`, 'Some 45 people were hurt.'])),
            });
            // On a phone only one column shows, so count the columns rather than read them.
            await page.waitForFunction(() => document.querySelectorAll('section.column').length === 2);
            await page.getByRole('button', { name: 'Share', exact: true }).click();
            const save = page.locator('.share-panel').getByRole('button', { name: 'Save comparison file' });
            const box = await save.boundingBox();
            check(box && box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width, `${name}, ${colorScheme}: the file's button is in view (${JSON.stringify(box)})`);
            await page.screenshot({ path: `${ROOT}target/screenshots/share-long-${name}-${colorScheme}.png` });
            await context.close();
          }
        }
      },
    ],
    [
      'bad comparison files show their message',
      async () => {
        const { page } = await open();
        const input = page.locator('.comparison-file input[type=file]');
        const cases = [
          ['notes.json', '{"title": "not ours"}', /Could not open notes\.json\. This is not a Crosscheck comparison file/],
          ['cut.json', comparisonFile(['12 were hurt.']).slice(0, 60), /incomplete/],
          ['future.json', '{"crosscheck": "comparison", "version": 7, "articles": []}', /newer Crosscheck/],
        ];
        for (const [name, text, message] of cases) {
          await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
          await banner(page, 'open').waitFor();
          const shown = await banner(page, 'open').innerText();
          check(message.test(shown), `${name}: ${shown}`);
          await banner(page, 'open').getByRole('button', { name: 'Dismiss' }).click();
        }
        check((await page.locator('section.column').count()) === 3, 'the demo is still shown');
      },
    ],
    [
      'no request beyond the page origin, no page errors',
      async () => {
        const outside = allRequests.flatMap((r) => foreign(r, server.url));
        check(outside.length === 0, `requests outside the site: ${outside}`);
        const errors = allErrors.flat();
        check(errors.length === 0, `errors: ${errors.join('\n')}`);
      },
    ],
  ],
  async () => {
    await browser.close();
    server.stop();
  },
);
