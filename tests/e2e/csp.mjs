// The page's Content Security Policy in headless Chromium, against the release build in dist/:
//   node tests/e2e/csp.mjs
// The built page carries its policy; an injected inline script, inline event handlers, a
// javascript: link and eval do not run; requests to another origin (fetch, beacon, image)
// are refused before they leave, and a server on that origin hears nothing; the popover is
// still placed under the policy; a saved news page full of inline styles and handlers opens
// without a single violation. lib.mjs fails the run on any violation not provoked here.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, serve, launch, openPage, expectViolations, unexpectedViolations, foreign, check, run } from './lib.mjs';

const server = await serve();
const browser = await launch();

// Another origin on loopback (another port) that would answer anyone, cross-origin reads
// included, so that only the policy stands between the page and it. It counts what it hears,
// and serves /frame.html, a page that shows Crosscheck in a frame.
const heard = [];
const other = createServer((req, res) => {
  if (req.url === '/frame.html') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!DOCTYPE html><title>Framing</title><iframe src="${server.url}" width="800" height="600"></iframe>`);
    return;
  }
  heard.push(req.url);
  res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
  res.end('answered');
});
await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
const OTHER = `http://127.0.0.1:${other.address().port}/`;

const { page, context, requests } = await openPage(browser, server.url);

await run(
  [
    [
      'the built page carries its policy',
      async () => {
        const policy = await page.evaluate(
          () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
        );
        check(policy, 'index.html has a Content-Security-Policy meta tag (build with scripts/build-site.sh)');
        console.log(`     policy: ${policy}`);
        check(/(^|;)\s*default-src 'none'/.test(policy), "default-src 'none'");
        const script = policy.match(/script-src ([^;]*)/)?.[1] || '';
        check(!/'unsafe-inline'|'unsafe-eval'|\*/.test(script), `script-src is strict: ${script}`);
      },
    ],
    [
      'injected inline script, inline handlers, a javascript: link and eval do not run',
      async () => {
        const seen = expectViolations(context);
        const result = await page.evaluate(async () => {
          const tick = () => new Promise((r) => setTimeout(r, 100));
          const script = document.createElement('script');
          script.textContent = 'window.injected = "inline script"';
          document.body.append(script);
          // The classic injection: markup with a handler that fires on a broken image.
          const holder = document.createElement('div');
          holder.innerHTML = '<img src="data:," onerror="window.injected = \'onerror handler\'">';
          const broken = new Promise((r) => holder.firstChild.addEventListener('error', r));
          document.body.append(holder);
          await broken;
          const link = document.createElement('a');
          link.href = "javascript:window.injected = 'javascript: link'";
          document.body.append(link);
          link.click();
          let evalError = '';
          try {
            eval('window.injected = "eval"');
          } catch (e) {
            evalError = e.name;
          }
          await tick();
          holder.remove();
          link.remove();
          script.remove();
          return { injected: window.injected, evalError };
        });
        await sleep(300);
        check(result.injected === undefined, `nothing injected ran (window.injected = ${result.injected})`);
        check(result.evalError === 'EvalError', `eval is refused (${result.evalError || 'it ran'})`);
        const events = seen.filter((v) => v.via === 'event');
        const directives = new Set(events.map((v) => v.directive));
        for (const d of ['script-src-elem', 'script-src-attr', 'script-src']) {
          check(directives.has(d), `the browser reported a ${d} violation (${[...directives]})`);
        }
        // One report for each of the four attempts: the script, the handler, the link, eval.
        check(events.length >= 4, `a report for each attempt (${events.length})`);
        console.log(`     refused: ${events.length} violation reports (${events.map((v) => v.directive).join(', ')})`);
      },
    ],
    [
      'requests to another origin are refused before they leave',
      async () => {
        const seen = expectViolations(context);
        // Chromium lists a refused image as a request that failed; record why each failed.
        const failed = new Map();
        page.on('requestfailed', (r) => failed.set(r.url(), r.failure()?.errorText));
        const result = await page.evaluate(async (other) => {
          const out = {};
          try {
            await fetch(`${other}fetch`);
            out.fetch = 'answered';
          } catch (e) {
            out.fetch = e.name;
          }
          try {
            await fetch('https://example.org/');
            out.example = 'answered';
          } catch (e) {
            out.example = e.name;
          }
          out.beacon = navigator.sendBeacon(`${other}beacon`, 'article text');
          out.image = await new Promise((r) => {
            const img = new Image();
            img.onload = () => r('loaded');
            img.onerror = () => r('refused');
            img.src = `${other}pixel.png`;
          });
          return out;
        }, OTHER);
        await sleep(300);
        check(result.fetch === 'TypeError', `fetch to ${OTHER} fails (${result.fetch})`);
        check(result.example === 'TypeError', `fetch to https://example.org/ fails (${result.example})`);
        check(result.image === 'refused', `an image from ${OTHER} does not load (${result.image})`);
        check(heard.length === 0, `the other origin heard nothing (${heard.join(', ')})`);
        const blocked = seen.filter((v) => v.via === 'event').map((v) => `${v.directive} ${v.blocked}`);
        for (const expected of [`connect-src ${OTHER}fetch`, 'connect-src https://example.org/', `connect-src ${OTHER}beacon`, `img-src ${OTHER}pixel.png`]) {
          check(blocked.includes(expected), `the policy refused ${expected} (reports: ${blocked.join('; ')})`);
        }
        for (const url of foreign(requests, server.url)) {
          check(/csp/i.test(failed.get(url) || ''), `${url} was stopped by the policy (${failed.get(url)})`);
        }
        console.log(`     refused: ${blocked.join('; ')}; the other origin heard ${heard.length} requests`);
      },
    ],
    [
      'the popover is placed next to its mark under the policy',
      async () => {
        const fresh = await openPage(browser, server.url);
        const mark = fresh.page.locator('mark[data-status="diverge"]').first();
        await mark.hover();
        const popover = fresh.page.locator('#claim-popover');
        await popover.waitFor();
        const style = await popover.evaluate((p) => p.style.cssText);
        const [a, b] = [await popover.boundingBox(), await mark.boundingBox()];
        const gap = Math.min(Math.abs(a.y - (b.y + b.height)), Math.abs(b.y - (a.y + a.height)));
        check(/left: \d+px/.test(style) && /(top|bottom): \d+px/.test(style), `the popover has its place (${style})`);
        check(gap < 20, `the popover sits next to the mark (${gap} px away)`);
        await fresh.context.close();
      },
    ],
    [
      'a saved news page with inline styles, handlers and <base> opens without a violation',
      async () => {
        // A page of its own: the first page's violations are all expected by now.
        const { page, context, requests } = await openPage(browser, server.url);
        const before = unexpectedViolations().length;
        const html =
          '<!DOCTYPE html><html><head><base href="https://news.example/">' +
          '<meta property="og:site_name" content="Harbour Times"><title>Depot fire</title>' +
          '<style>.ad { display: none } p > b { color: red }</style>' +
          '<link rel="stylesheet" href="https://cdn.example/site.css"></head>' +
          '<body onload="track()"><h1 style="font-size: 2em">Depot fire, the morning after</h1>' +
          '<p style="margin:0" onclick="share()">Nine workers were treated for smoke on Friday, the council said.</p>' +
          '<svg width="10" height="10"><style>rect { fill: red }</style><rect style="fill: blue" onmouseover="x()"/></svg>' +
          '<p><img src="https://cdn.example/photo.jpg" onerror="this.remove()" style="width:100%">Damage was put at $2 million.</p>' +
          '</body></html>';
        const dt = await page.evaluateHandle((html) => {
          const dt = new DataTransfer();
          dt.items.add(new File([html], 'saved-page.html', { type: 'text/html' }));
          return dt;
        }, html);
        await page.locator('section.column').nth(0).dispatchEvent('drop', { dataTransfer: dt });
        await page.waitForFunction(
          () => document.querySelector('section.column .column-title')?.innerText === 'Depot fire, the morning after',
        );
        await sleep(300);
        const text = await page.locator('section.column').nth(0).innerText();
        check(text.includes('Harbour Times') && text.includes('Damage was put at $2 million.'), 'the article comes through');
        check(!/display: none|fill: red/.test(text), 'no style sheet text shows');
        const found = unexpectedViolations().slice(before);
        check(found.length === 0, `no violation: ${found.map((v) => JSON.stringify(v)).join('; ')}`);
        check(foreign(requests, server.url).length === 0, `nothing was fetched: ${foreign(requests, server.url)}`);
        await context.close();
      },
    ],
    [
      'with the header lines above, another origin cannot frame the page',
      async () => {
        // The `_headers` example in docs/security.md, read from there so that the document and
        // this test cannot drift apart.
        const doc = readFileSync(`${ROOT}docs/security.md`, 'utf8');
        const block = doc.match(/```\n\/\*\n([\s\S]*?)```/)?.[1];
        check(block, 'docs/security.md has a _headers example');
        const headers = Object.fromEntries(
          block
            .trim()
            .split('\n')
            .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
        );
        check(headers['Content-Security-Policy'] === "frame-ancestors 'none'", `the example sets frame-ancestors (${block})`);
        // A context whose responses from the site carry those headers, as such a host sends them.
        const withHeaders = async () => {
          const context = await browser.newContext();
          await context.route(`${server.url}**`, async (route) => {
            // A request still in flight when its page or context closes has nothing left to
            // fulfil; Playwright rejects with "response has been disposed". Only such requests
            // are let go: every check below waits for what it looks at.
            try {
              const response = await route.fetch();
              await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
            } catch (e) {
              if (!/disposed|closed/i.test(String(e))) throw e;
            }
          });
          return context;
        };
        // Without the headers another origin can frame the page: the control.
        const plain = await browser.newContext();
        const framed = await plain.newPage();
        await framed.goto(`${OTHER}frame.html`);
        await framed.frames()[1].waitForSelector('mark[data-status]');
        await plain.close();
        // With them, the page still works on its own under both policies…
        const own = await withHeaders();
        const page = await own.newPage();
        await page.goto(server.url);
        await page.waitForSelector('mark[data-status]');
        await own.close();
        // …and a frame on another origin stays empty.
        const framing = await withHeaders();
        const seen = expectViolations(framing);
        const outer = await framing.newPage();
        await outer.goto(`${OTHER}frame.html`);
        await sleep(1500);
        const frame = outer.frames()[1];
        const marks = frame ? await frame.locator('mark').count().catch(() => 0) : 0;
        check(marks === 0, `the framed page did not render (${marks} marks)`);
        const refusal = seen.find((v) => /frame-ancestors/.test(v.text || ''));
        check(refusal, `the browser refused the frame (${seen.map((v) => v.text).join('; ')})`);
        console.log(`     refused: ${refusal.text.slice(0, 120)}…`);
        await framing.close();
      },
    ],
  ],
  async () => {
    await browser.close();
    server.stop();
    other.close();
  },
);
