// Builds the engine's per-language word tables from ../shared/datasets/lexicon (see its README):
//   packages/engine/src/lexicon/data/<lang>.json = { "pos": "<form>\t<class>[\t<lemma>]\n…", "freq": "<word>\n…" }
// - pos: every lexicon form with one word class (below) and, for nouns and adjectives whose lemma differs
//   from the form, the lower-cased lemma (so `błędu` reads as `błąd`). Derived from Universal Dependencies
//   treebanks: CC BY-SA 4.0 (see data/README.md).
// - freq: the general-language frequency list's words in rank order (OpenSubtitles 2018 via
//   hermitdave/FrequencyWords, CC BY-SA 4.0), letters only, first 50,000.
// Deterministic: the same inputs give byte-identical files. Usage: node scripts/build-lexicon-data.js [dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const source = process.argv[2] ?? new URL('../../shared/datasets/lexicon', import.meta.url).pathname;
const out = new URL('../packages/engine/src/lexicon/data/', import.meta.url).pathname;
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'pl', 'sv', 'da', 'no', 'fi'];
const FUNCTION = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'INTJ', 'NUM']);
const MIN_EVIDENCE = 3;
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;

/**
 * One class per form from its (lemma, UPOS, count) lines:
 *   F function word (pronoun, determiner, adposition, conjunction, particle, interjection, numeral,
 *     or a multi-word token) for half or more of its occurrences;
 *   N noun / P proper noun when nouns make up ≥ 30 % (so `update`, `release`, `test` stay nominal);
 *   else the majority of A adjective, V verb (AUX included), R adverb, N/P.
 */
function classify(lines) {
  const by = { N: 0, P: 0, A: 0, V: 0, R: 0, F: 0, X: 0 };
  let total = 0;
  for (const { upos, count } of lines) {
    total += count;
    if (upos.includes('+') || FUNCTION.has(upos)) by.F += count;
    else if (upos === 'NOUN') by.N += count;
    else if (upos === 'PROPN') by.P += count;
    else if (upos === 'ADJ') by.A += count;
    else if (upos === 'VERB' || upos === 'AUX') by.V += count;
    else if (upos === 'ADV') by.R += count;
    else by.X += count;
  }
  if (by.F >= total / 2) return 'F';
  if (by.N + by.P + by.X >= 0.3 * total) return by.P > by.N + by.X ? 'P' : 'N';
  let best = 'N';
  for (const c of ['A', 'V', 'R']) if (by[c] > by[best]) best = c;
  return best;
}

for (const lang of LANGUAGES) {
  const forms = new Map();
  for (const line of readFileSync(join(source, `lexicon-${lang}.tsv`), 'utf8').split('\n')) {
    if (!line) continue;
    const [form, lemma, upos, count] = line.split('\t');
    if (!WORD.test(form)) continue;
    if (!forms.has(form)) forms.set(form, []);
    forms.get(form).push({ lemma, upos, count: Number(count) });
  }
  const pos = [];
  for (const [form, lines] of [...forms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const cls = classify(lines);
    // A verb or adverb reading seen fewer than MIN_EVIDENCE times is not enough to bar a word from labels
    // (en `offline` is one ADV in the treebank): such forms are left out, i.e. unknown, as technical terms are.
    if ((cls === 'V' || cls === 'R') && lines.reduce((t, l) => t + l.count, 0) < MIN_EVIDENCE) continue;
    const top = lines.find((l) => (cls === 'A' ? l.upos === 'ADJ' : l.upos === 'NOUN' || l.upos === 'PROPN'));
    const lemma = top && (cls === 'N' || cls === 'P' || cls === 'A') && !top.lemma.includes('+') ? top.lemma.toLowerCase() : form;
    pos.push(lemma !== form && WORD.test(lemma) ? `${form}\t${cls}\t${lemma}` : `${form}\t${cls}`);
  }
  const freq = [];
  for (const line of readFileSync(join(source, `freq-${lang}.tsv`), 'utf8').split('\n')) {
    const word = line.split('\t')[0];
    if (word && WORD.test(word)) freq.push(word.normalize('NFC'));
  }
  writeFileSync(join(out, `${lang}.json`), `${JSON.stringify({ pos: pos.join('\n'), freq: freq.join('\n') })}\n`);
  console.log(lang, 'forms', pos.length, 'freq', freq.length);
}
