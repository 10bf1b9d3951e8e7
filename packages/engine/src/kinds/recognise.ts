import type { TextBlock } from '../types.js';
import { COMPILED, KIND_LABELS, fold, foldHeading, sectionWeight, type CompiledLanguage, type SectionRef } from './compile.js';
import { kindLanguage } from './languages.js';

/** A document kind recognised on a page. */
export interface DocumentKind {
  /** A valid Confluence label: lowercase, words joined by '-', no spaces. */
  readonly label: string;
  /** Stable id, e.g. 'post-mortem'. */
  readonly kind: string;
  /** In [0, 1]: how sure we are (title match strong; heading template weaker; both strongest). */
  readonly relevance: number;
  readonly signals: readonly ('title' | 'headings')[];
}

/** Relevance of a strong / weak title match. */
export const STRONG_TITLE = 0.85;
export const WEAK_TITLE = 0.6;
/** Heading score (strong section 2, other 1) a kind needs, over at least {@link MIN_SECTIONS} distinct sections. */
export const MIN_HEADING_SCORE = 4;
export const MIN_SECTIONS = 2;
/** Relevance of a heading-only recognition at the threshold, per extra point, and at most. */
const HEADING_BASE = 0.45;
const HEADING_STEP = 0.05;
const HEADING_MAX = 0.7;
/** Question headings needed for a FAQ (and at least half of all headings). */
const MIN_QUESTIONS = 3;
/** Most headings and title segments looked at (a page's cost stays bounded). */
const MAX_HEADINGS = 400;
const MAX_SEGMENTS = 6;
/** Most kinds returned. */
const MAX_KINDS = 2;

/** Where a title is cut into segments: `:`, `|`, `•` (the parser's boundary), `·`, and dashes. */
const SEGMENT_BREAK = /\s[-–—]\s|[:|•·–—]/u;
/** Words a title segment may start with that say nothing about the kind. */
const NOISE = new Set(['draft', 'wip', 'archived', 'brouillon', 'borrador', 'rascunho', 'bozza', 'utkast', 'kladde', 'luonnos', 'черновик', 'szkic', 'entwurf']);
const QUESTION = /[?？]\s*$|^\s*¿/u;

interface TitleMatch {
  readonly label: string;
  readonly weak: boolean;
}

function titleSegments(title: string): string[] {
  const out: string[] = [];
  for (const piece of title.split(SEGMENT_BREAK)) {
    const words = fold(piece).split(' ').filter((w) => w.length > 0);
    let start = 0;
    while (start < words.length && (/^\d+$/.test(words[start] ?? '') || NOISE.has(words[start] ?? ''))) start += 1;
    if (start < words.length) out.push(words.slice(start).join(' '));
    if (out.length >= MAX_SEGMENTS) break;
  }
  return out;
}

function matchTitle(title: string, compiled: CompiledLanguage): Map<string, TitleMatch> {
  const found = new Map<string, TitleMatch>();
  for (const segment of titleSegments(title)) {
    for (const rule of compiled.titleRules) {
      const previous = found.get(rule.kind);
      if (previous !== undefined && (!previous.weak || rule.weak)) continue;
      if (rule.pattern.test(segment)) found.set(rule.kind, { label: rule.label, weak: rule.weak });
    }
  }
  return found;
}

/** The sections a folded heading names: the whole heading, else its longest allowed prefix. */
function sectionsOf(heading: string, compiled: CompiledLanguage): readonly SectionRef[] {
  const exact = compiled.headings.get(heading);
  if (exact !== undefined) return exact;
  const words = heading.split(' ');
  for (let k = words.length - 1; k >= 1; k -= 1) {
    const prefix = words.slice(0, k).join(' ');
    const refs = compiled.headings.get(prefix);
    if (refs === undefined) continue;
    const extra = words.length - k;
    const allowed = refs.filter((r) => r.prefix || (extra <= 2 && prefix.length >= 6));
    if (allowed.length > 0) return allowed;
  }
  return [];
}

/** One heading's contribution to one kind: its strongest section for that kind. */
interface Hit {
  readonly heading: number;
  readonly section: string;
  readonly weight: number;
}

function headingHits(headings: readonly string[], compiled: CompiledLanguage): Map<string, Hit[]> {
  const hits = new Map<string, Hit[]>();
  headings.forEach((text, index) => {
    const folded = foldHeading(text);
    if (folded.length === 0) return;
    const best = new Map<string, Hit>();
    for (const ref of sectionsOf(folded, compiled)) {
      for (const kind of ref.kinds) {
        const weight = sectionWeight(ref, kind);
        const current = best.get(kind);
        if (current === undefined || weight > current.weight) best.set(kind, { heading: index, section: ref.id, weight });
      }
    }
    for (const [kind, hit] of best) {
      const list = hits.get(kind) ?? [];
      list.push(hit);
      hits.set(kind, list);
    }
  });
  const questions = headings.flatMap((text, index) => (QUESTION.test(text) ? [index] : []));
  if (questions.length >= MIN_QUESTIONS && questions.length * 2 >= headings.length) {
    // Each question is its own section of a FAQ: three questions reach the threshold.
    hits.set('faq', questions.map((heading, i) => ({ heading, section: `q${i}`, weight: i === 0 ? 2 : 1 })));
  }
  return hits;
}

/** Heading score of a kind, each section counted once, ignoring the headings in `explained`. */
function headingScore(hits: readonly Hit[] | undefined, explained: ReadonlySet<number>): number {
  if (hits === undefined) return 0;
  const sections = new Map<string, number>();
  for (const hit of hits) {
    if (explained.has(hit.heading)) continue;
    sections.set(hit.section, Math.max(sections.get(hit.section) ?? 0, hit.weight));
  }
  if (sections.size < MIN_SECTIONS) return 0;
  let score = 0;
  for (const weight of sections.values()) score += weight;
  return score >= MIN_HEADING_SCORE ? score : 0;
}

function headingRelevance(score: number): number {
  return score === 0 ? 0 : Math.min(HEADING_MAX, HEADING_BASE + HEADING_STEP * (score - MIN_HEADING_SCORE));
}

interface Candidate {
  readonly kind: string;
  readonly label: string;
  readonly title: TitleMatch | undefined;
  readonly score: number;
  readonly relevance: number;
}

function toKind(c: Candidate): DocumentKind {
  const signals: ('title' | 'headings')[] = [];
  if (c.title !== undefined) signals.push('title');
  if (c.score > 0) signals.push('headings');
  return { label: c.label, kind: c.kind, relevance: c.relevance, signals };
}

/**
 * The document kinds of a page, best first, at most two; see the module documentation in
 * `index.ts`. Only the title block and the headings are looked at. An unsupported language gives none.
 */
export function recogniseDocumentKinds(blocks: readonly TextBlock[], language: string): DocumentKind[] {
  const code = kindLanguage(language);
  const compiled = code === undefined ? undefined : COMPILED.get(code);
  if (compiled === undefined || !Array.isArray(blocks)) return [];
  const first = blocks[0];
  const title = first !== undefined && first.zone === 'title' && typeof first.text === 'string' ? first.text : '';
  const headings: string[] = [];
  for (const block of blocks) {
    if (block.zone === 'heading' && typeof block.text === 'string') headings.push(block.text);
    if (headings.length >= MAX_HEADINGS) break;
  }

  const titles = matchTitle(title, compiled);
  const hits = headingHits(headings, compiled);
  const none = new Set<number>();
  const candidates: Candidate[] = [];
  for (const kind of new Set([...titles.keys(), ...hits.keys()])) {
    const match = titles.get(kind);
    const score = headingScore(hits.get(kind), none);
    const t = match === undefined ? 0 : match.weak ? WEAK_TITLE : STRONG_TITLE;
    const h = headingRelevance(score);
    if (t === 0 && h === 0) continue;
    const relevance = Math.round((1 - (1 - t) * (1 - h)) * 1000) / 1000;
    candidates.push({ kind, label: match?.label ?? KIND_LABELS[kind] ?? kind, title: match, score, relevance });
  }
  candidates.sort((a, b) => b.relevance - a.relevance || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  const best = candidates[0];
  if (best === undefined) return [];

  // A second kind must have its own evidence: a title match, or template headings that the first
  // kind does not already explain (a post-mortem's "What went well" is not a retrospective).
  const explained = new Set((hits.get(best.kind) ?? []).map((hit) => hit.heading));
  const out = [toKind(best)];
  for (const c of candidates.slice(1)) {
    if (out.length >= MAX_KINDS) break;
    if (c.title !== undefined || headingScore(hits.get(c.kind), explained) > 0) out.push(toKind(c));
  }
  return out;
}
