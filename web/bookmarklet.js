// Crosscheck's bookmarklet. It runs on a news page, from the reader's bookmarks bar, and reads
// the article's title, outlet, publication date and text; then it opens Crosscheck (or the tab
// it opened before) with them in the address's fragment, `#import=…`, which browsers never send
// to a server. Crosscheck shows what arrived and adds it only when the reader accepts it.
//
// It loads nothing and sends nothing anywhere else: the whole reader is in the bookmark, since
// a news site's own Content Security Policy may refuse scripts from other origins. It reads a
// copy of the page and never changes the page itself.
//
// Crosscheck reads saved and pasted HTML with the same choices (`from_html` in
// src/ui/import.rs): the same furniture selector, the same choice of the article's element,
// the same blocks and link test. Keep the two in step; tests/e2e/import.mjs checks that both
// give the same article. `node scripts/bookmarklet.mjs` minifies this file into
// src/ui/bookmarklet.min.js, which the page puts into its "Add to Crosscheck" link with its
// own address in place of CROSSCHECK_PAGE.
(() => {
  const page = 'CROSSCHECK_PAGE';
  // Crosscheck refuses a longer fragment (MAX_IMPORT_CHARS in src/display/incoming.rs).
  const limit = 1500000;
  // Elements that are never the article's text: navigation, share bars, captions, related
  // links, comment counters, sign-up boxes and whatever the page itself hides.
  const junk =
    'script,style,noscript,template,nav,footer,aside,form,svg,figure,figcaption,button,iframe,' +
    '[hidden],[aria-hidden=true],[role=navigation],[role=complementary],[class*=share i],' +
    '[class*=social i],[class*=related i],[class*=comment i],[class*=newsletter i],' +
    '[class*=promo i],[class*=advert i],[class*=caption i]';
  const blocks = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td';
  const doc = document;
  const squash = (s) => String(s || '').replace(/\s+/g, ' ').trim();
  const meta = (name) => squash(doc.querySelector(`meta[property="${name}"],meta[name="${name}"]`)?.content);

  // The first JSON-LD object with a headline, looking inside lists and `@graph`.
  let ld = {};
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const all = [JSON.parse(script.textContent)].flat();
      const found = all.flatMap((x) => [x, ...[x?.['@graph'] || []].flat()]).find((x) => x?.headline);
      if (!ld.headline && found) ld = found;
    } catch {
      // A broken JSON-LD block is skipped, as search engines skip it.
    }
  }

  const copy = doc.body.cloneNode(true);
  for (const el of copy.querySelectorAll(junk)) el.remove();
  const text = (el) => squash(el?.textContent);
  // The article's element: the one marked as its body, else the <article> with the most
  // paragraph text, else <main>, else the whole page.
  const paragraphText = (el) => [...el.querySelectorAll('p')].reduce((n, p) => n + text(p).length, 0);
  const articles = [...copy.querySelectorAll('article')].sort((a, b) => paragraphText(b) - paragraphText(a));
  const root = copy.querySelector('[itemprop=articleBody]') || articles[0] || copy.querySelector('main') || copy;
  const paragraphs = [];
  for (const el of root.querySelectorAll(blocks)) {
    // A block inside another block is already in that block's text.
    if (el.parentElement.closest(blocks)) continue;
    const words = text(el);
    // A block that is mostly link text is a list of other stories, not this one.
    const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + text(a).length, 0);
    if (words && linked * 2 <= words.length) paragraphs.push(words);
  }

  const publisher = ld.publisher?.name || (typeof ld.publisher == 'string' ? ld.publisher : '');
  const fields = [
    meta('og:title') || squash(ld.headline) || text(copy.querySelector('h1')) || squash(doc.title),
    meta('og:site_name') || squash(publisher) || location.hostname.replace(/^www\./, ''),
    meta('article:published_time') || squash(ld.datePublished) || squash(copy.querySelector('time[datetime]')?.getAttribute('datetime')),
  ];
  const body = ld.articleBody ? String(ld.articleBody).split(/\n+/).map(squash).filter(Boolean) : paragraphs;
  // The article format Crosscheck reads, without control characters, which it refuses.
  const message = `Title: ${fields[0]}\nSource: ${fields[1]}\nPublished: ${fields[2]}\n\n${body.join('\n\n')}`;
  const encoded = encodeURIComponent(message.replace(/[\0-\x09\x0b-\x1f\x7f-\x9f]/g, ''));
  if (!body.length) {
    alert('Crosscheck found no article text on this page. Copy the text and paste it into Crosscheck instead.');
  } else if (encoded.length > limit) {
    alert('This article is too long to send to Crosscheck this way. Copy the text and paste it instead.');
  } else {
    const url = `${page}#import=${encoded}`;
    // A blocked window leaves this tab for Crosscheck instead; the back button returns here.
    if (!window.open(url, 'crosscheck')) location.href = url;
  }
})();
