// Runs the pinned Recognizers-Text JavaScript build for scripts/peers.py. Reads one JSON
// case per line on stdin ({"model": "Number"|"Percent"|"Currency"|"Dimension"|"DateTime",
// "text": "...", "ref": "2016-11-07T00:00:00" or null}) and writes one JSON line per case
// with the peer's results, in the same shape as the spec files' "Results".
"use strict";
const R = require("@microsoft/recognizers-text-suite");
const readline = require("readline");

const MODELS = {
  Number: R.recognizeNumber,
  Percent: R.recognizePercentage,
  Currency: R.recognizeCurrency,
  Dimension: R.recognizeDimension,
  DateTime: R.recognizeDateTime,
};

// The reference time is read as a local wall-clock time, as the peer's own spec runner does,
// so that "today" is the spec's day whatever the machine's time zone.
function refDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(s || "");
  if (!m) return undefined;
  return new Date(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0));
}

const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on("line", (line) => {
  if (!line.trim()) return;
  let out;
  try {
    const c = JSON.parse(line);
    const model = MODELS[c.model];
    const results = c.model === "DateTime"
      ? model(c.text, R.Culture.English, undefined, refDate(c.ref))
      : model(c.text, R.Culture.English);
    out = { results };
  } catch (e) {
    // One failing case must not stop the run; the scorer counts it as no results.
    out = { error: String(e && e.message || e) };
  }
  process.stdout.write(JSON.stringify(out) + "\n");
});
