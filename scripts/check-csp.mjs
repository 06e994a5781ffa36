// Checks the Content Security Policy of a built page (docs/security.md):
//   node scripts/check-csp.mjs dist/index.html
// Exits 1 when index.html has no policy, more than one, one placed after something that
// loads, a directive missing or repeated, a source beyond the ceiling below (a wildcard,
// 'unsafe-inline', 'unsafe-eval', a scheme or a host), or a script hash that does not match
// its inline script. Then it checks itself: loosened copies of the same file must each fail.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

// The most each directive may allow; a stricter policy passes. Every directive is required,
// so that none of them silently falls back to a looser one (worker-src falls back to
// script-src, for example).
const CEILING = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", HASH],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
};

const META = /<meta\s+http-equiv\s*=\s*["']?content-security-policy["']?\s+content\s*=\s*"([^"]*)"[^>]*>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

const unescape = (s) =>
  s.replace(/&(quot|#39|apos|amp|lt|gt);/g, (_, e) => ({ quot: '"', '#39': "'", apos: "'", amp: '&', lt: '<', gt: '>' })[e]);

/** What is wrong with the policy in `html`, as sentences; empty when nothing is. */
function problems(html) {
  const metas = [...html.matchAll(META)];
  if (metas.length === 0) return ['no <meta http-equiv="Content-Security-Policy">'];
  if (metas.length > 1) return [`${metas.length} policies; the browser would enforce them all, which hides which one is meant`];
  const out = [];
  const meta = metas[0];
  // A policy in a <meta> only governs what the parser meets after it.
  const firstLoad = html.search(/<(script|link|style|img|iframe|object|embed|base)\b/i);
  if (firstLoad !== -1 && firstLoad < meta.index) out.push('the policy comes after an element that loads or runs something');

  const directives = new Map();
  for (const part of unescape(meta[1]).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (directives.has(key)) out.push(`${key} is given twice (the browser ignores the second)`);
    else directives.set(key, sources);
  }
  for (const [name, sources] of directives) {
    const allowed = CEILING[name];
    if (!allowed) {
      out.push(`unexpected directive ${name}`);
      continue;
    }
    for (const s of sources) {
      if (s.includes('*')) out.push(`${name} has a wildcard: ${s}`);
      else if (/^'unsafe-/i.test(s)) out.push(`${name} allows ${s}`);
      else if (!allowed.some((a) => (a instanceof RegExp ? a.test(s) : a === s))) out.push(`${name} allows ${s}, beyond ${allowed.join(' ')}`);
    }
    if (sources.length === 0) out.push(`${name} names no source (write 'none')`);
    if (sources.includes("'none'") && sources.length > 1) out.push(`${name} mixes 'none' with other sources`);
  }
  for (const name of Object.keys(CEILING)) {
    if (!directives.has(name)) out.push(`missing directive ${name}`);
  }

  // Every inline script is allowed by the hash of its final bytes, and nothing else is.
  const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const inline = [...html.matchAll(INLINE_SCRIPT)].map((m) => hash(m[1]));
  const listed = (directives.get('script-src') || []).filter((s) => s.startsWith("'sha"));
  for (const h of inline) if (!listed.includes(h)) out.push(`script-src lacks ${h}, the hash of an inline script`);
  for (const h of listed) if (!inline.includes(h)) out.push(`script-src allows ${h}, which matches no inline script`);
  return out;
}

/** Loosened or broken copies of a passing page; the checker must refuse every one. */
function mutations(html) {
  const policy = (edit) => html.replace(META, (m, p) => m.replace(p, edit(p)));
  const out = [
    ['no policy', html.replace(META, '')],
    ["'unsafe-inline' in script-src", policy((p) => p.replace('script-src', "script-src 'unsafe-inline'"))],
    ["'unsafe-eval' in script-src", policy((p) => p.replace('script-src', "script-src 'unsafe-eval'"))],
    ['object-src missing', policy((p) => p.replace(/object-src[^;]*;?/, ''))],
    ['a wildcard in connect-src', policy((p) => p.replace(/connect-src[^;]*/, 'connect-src *'))],
    ['another origin in worker-src', policy((p) => p.replace('worker-src', 'worker-src https://example.org'))],
    ['another origin in img-src', policy((p) => p.replace('img-src', 'img-src https://example.org'))],
    ['a second script-src', policy((p) => `${p}; script-src *`)],
    ['an unknown directive', policy((p) => `${p}; script-src-elem 'self' 'unsafe-inline'`)],
    ['the policy after the scripts', html.replace(META, '').replace('</head>', `${html.match(META)[0]}</head>`)],
    ['a changed inline script', html.replace(INLINE_SCRIPT, (m, body) => m.replace(body, `${body}window.x = 1;`))],
  ];
  return out.filter(([, copy]) => copy !== html);
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/check-csp.mjs DIST/index.html');
  process.exit(2);
}
const html = readFileSync(file, 'utf8');
const found = problems(html);
if (found.length) {
  console.error(`check-csp: ${file}: the Content Security Policy is missing or loosened:`);
  for (const p of found) console.error(`  - ${p}`);
  process.exit(1);
}
const accepted = mutations(html).filter(([, copy]) => problems(copy).length === 0);
if (accepted.length) {
  console.error(`check-csp: the checker accepted loosened copies: ${accepted.map(([name]) => name).join('; ')}`);
  process.exit(1);
}
console.log(`ok: ${file} carries the Content Security Policy (${mutations(html).length} loosened copies refused)`);
