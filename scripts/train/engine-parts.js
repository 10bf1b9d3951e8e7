// The engine's internal stages, from its build (run `npx tsc -b packages/engine` first).
const dist = new URL('../../packages/engine/dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);

export const { extractCandidates } = await load('candidates/extract.js');
export const { tokenize } = await load('candidates/tokenize.js');
export const { featureVector, FEATURE_NAMES } = await load('features/feature-vector.js');
export const { structureBonus } = await load('rank/structure-bonus.js');
export const { mostFrequentSurface } = await load('rank/rank-phrases.js');
const lang = await load('lang/index.js').catch(() => null);
const parse = await load('parse/index.js').catch(() => null);
const dev = process.env.LABELUP_DEV_KIT ? await import(process.env.LABELUP_DEV_KIT) : null;

/** The engine's language kit for a language (the one used at run time). */
export function kitFor(language) {
  if (lang) return lang.getLanguageKit(language);
  if (dev && language === 'en') return dev.enKit;
  throw new Error('engine language kits not built');
}

/** The blocks the engine sees for a dataset document: title block, then the text as paragraphs. */
export function documentBlocks(doc) {
  const input = { body: doc.text, format: 'text', ...(doc.title ? { title: doc.title } : {}) };
  if (parse) return parse.parsePage(input).blocks;
  const title = doc.title ? [{ text: doc.title, zone: 'title', marks: [] }] : [];
  return [...title, ...doc.text.split(/\n\s*\n/u).filter((p) => p.trim()).map((text) => ({ text, zone: 'paragraph', marks: [] }))];
}

export const { pageFeatureVector, PAGE_FEATURE_NAMES } = await load('features/page-features.js');
export const { lexiconFor, isHeadFirst } = await load('lexicon/index.js');
export const { rankPhrases } = await load('rank/rank-phrases.js');
export const { selectSuggestions } = await load('suggest-select.js');
export const { createLabelResolver } = await load('labels/index.js');

/** The blocks the engine sees for a documentation page: title block, then the body in its format. */
export function pageBlocks(doc) {
  return parse.parsePage({ body: doc.text, format: doc.format ?? 'text', ...(doc.title ? { title: doc.title } : {}) }).blocks;
}
