import { KIND_LANGUAGES, type KindLanguage } from './languages.js';
import { fold, foldHeading, foldPattern } from './normalise.js';
import { SECTIONS, type SectionSpec } from './sections.js';
import { TITLE_RULES, type TitleRuleSpec } from './title-rules.js';

/** The label of each kind (the established English slug; see the table in `index.ts`). */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  'meeting-notes': 'meeting-notes',
  retrospective: 'retrospective',
  'post-mortem': 'post-mortem',
  runbook: 'runbook',
  'how-to': 'how-to',
  troubleshooting: 'troubleshooting',
  'release-notes': 'release-notes',
  adr: 'adr',
  decision: 'decision',
  'product-requirements': 'prd',
  'design-doc': 'design-doc',
  roadmap: 'roadmap',
  onboarding: 'onboarding',
  faq: 'faq',
};

export interface CompiledTitleRule {
  readonly kind: string;
  readonly label: string;
  readonly weak: boolean;
  readonly pattern: RegExp;
}

export interface SectionRef {
  readonly id: string;
  readonly kinds: readonly string[];
  /** Kinds for which this section is strong (weighs 2; 1 for the others). */
  readonly strongFor: ReadonlySet<string>;
  readonly topical: boolean;
  readonly prefix: boolean;
}

/** Weight of a section in a kind's heading score. */
export function sectionWeight(ref: SectionRef, kind: string): number {
  return ref.strongFor.has(kind) ? 2 : 1;
}

export interface CompiledLanguage {
  /** One expression per (kind, strength, label), tried on each folded title segment. */
  readonly titleRules: readonly CompiledTitleRule[];
  /** Folded section name → the sections it names. */
  readonly headings: ReadonlyMap<string, readonly SectionRef[]>;
  /** Folded names of generic (non-topical) template sections, for `isTemplateHeading`. */
  readonly templateNames: ReadonlySet<string>;
}

interface ParsedRule {
  readonly source: string;
  readonly weak: boolean;
  readonly label: string | undefined;
}

/**
 * Words that make a title about a kind rather than of it when they stand before a suffix-form match
 * ("Guidelines for meeting notes", "Tips zur Retrospektive", "Modèle de rétrospective").
 */
const ABOUT = ['for', 'about', 'on', 'of', 'to', 'with', 'how', 'why', 'writing', 'write', 'template', 'templates', 'guide', 'guidelines', 'tips', 'better',
  'für', 'über', 'zu', 'zum', 'zur', 'wie', 'vorlage', 'pour', 'sur', 'comment', 'modèle', 'para', 'sobre', 'cómo', 'como', 'plantilla', 'modelo', 'per', 'su', 'come', 'modello',
  'voor', 'over', 'hoe', 'sjabloon', 'för', 'om', 'hur', 'mall', 'hvordan', 'skabelon', 'mal', 'pohja', 'для', 'о', 'об', 'как', 'шаблон', 'dla', 'jak', 'szablon'];
const NOT_ABOUT = `(?!(?:${ABOUT.map(foldPattern).join('|')}) )`;

function parseRule(rule: TitleRuleSpec): ParsedRule {
  if (typeof rule !== 'string') return { source: foldPattern(rule.re), weak: rule.weak === true, label: rule.label };
  let rest = rule;
  const weak = rest.startsWith('?');
  if (weak) rest = rest.slice(1);
  const suffix = rest.startsWith('~');
  if (suffix) rest = rest.slice(1);
  const body = foldPattern(rest);
  return { source: suffix ? String.raw`(?:${NOT_ABOUT}\S+ ){1,3}(?:${body})(?: \d+)*$` : `(?:${body})`, weak, label: undefined };
}

function compileTitleRules(language: KindLanguage): CompiledTitleRule[] {
  const out: CompiledTitleRule[] = [];
  for (const [kind, perLanguage] of Object.entries(TITLE_RULES)) {
    const defaultLabel = KIND_LABELS[kind];
    if (defaultLabel === undefined) throw new Error(`kinds: no label for kind ${kind}`);
    const rules = [...(perLanguage.en ?? []), ...(language === 'en' ? [] : (perLanguage[language] ?? []))].map(parseRule);
    const groups = new Map<string, { weak: boolean; label: string; sources: string[] }>();
    for (const rule of rules) {
      const label = rule.label ?? defaultLabel;
      const key = `${rule.weak ? 'w' : 's'}|${label}`;
      const group = groups.get(key) ?? { weak: rule.weak, label, sources: [] };
      group.sources.push(rule.source);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      out.push({ kind, label: group.label, weak: group.weak, pattern: new RegExp(`^(?:${group.sources.join('|')})(?: |$)`, 'u') });
    }
  }
  // Labelled (more specific) rules first, then strong before weak, so that the first match is the best.
  return out.sort((a, b) => Number(a.label === KIND_LABELS[a.kind]) - Number(b.label === KIND_LABELS[b.kind]) || Number(a.weak) - Number(b.weak));
}

function namesOf(section: SectionSpec, language: KindLanguage): string[] {
  const raw = [section.names.en ?? '', language === 'en' ? '' : (section.names[language] ?? '')].join('|');
  return raw.split('|').map((name) => foldHeading(name)).filter((name) => name.length > 0);
}

function compileLanguage(language: KindLanguage): CompiledLanguage {
  const headings = new Map<string, SectionRef[]>();
  const templateNames = new Set<string>();
  for (const section of SECTIONS) {
    const strongFor = new Set(section.strong === true ? section.kinds : Array.isArray(section.strong) ? section.strong : []);
    const ref: SectionRef = { id: section.id, kinds: section.kinds, strongFor, topical: section.topical === true, prefix: section.prefix === true };
    for (const name of namesOf(section, language)) {
      const refs = headings.get(name) ?? [];
      if (!refs.some((r) => r.id === ref.id)) refs.push(ref);
      headings.set(name, refs);
      if (!ref.topical) templateNames.add(name);
    }
  }
  // A name that is topical in one section and generic in another stays a template name only if
  // no section calls it topical ("design" is a topic even though "technical design" is a section).
  for (const [name, refs] of headings) if (refs.some((r) => r.topical)) templateNames.delete(name);
  return { titleRules: compileTitleRules(language), headings, templateNames };
}

/** Every language compiled once, at module load. */
export const COMPILED: ReadonlyMap<KindLanguage, CompiledLanguage> = new Map(KIND_LANGUAGES.map((language) => [language, compileLanguage(language)]));

export { fold, foldHeading };
