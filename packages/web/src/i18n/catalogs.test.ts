/**
 * Every catalog is complete and well formed: the keys of English, each message valid ICU MessageFormat
 * with exactly English's arguments (plurals as plurals), every plural category of its language covered,
 * and formatting with sample values shows every value and no ICU syntax.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en, type Catalog, type MessageKey } from '../messages.js';
import { loadCatalog } from './catalogs/index.js';
import { uiLanguages, type UiLanguage } from './languages.js';

const catalogs = Object.fromEntries(await Promise.all(uiLanguages.map(async (l) => [l, await loadCatalog(l)] as const))) as Record<UiLanguage, Catalog>;

/** The part of FormatJS's AST the checks read (element types: 1 argument, 2 number, 5 select, 6 plural). */
interface Element {
  readonly type: number;
  readonly value?: string;
  readonly options?: Readonly<Record<string, { readonly value: readonly Element[] }>>;
}
const kinds: Readonly<Record<number, string>> = { 1: 'argument', 2: 'number', 3: 'date', 4: 'time', 5: 'select', 6: 'plural' };

function parse(message: string, locale: string): readonly Element[] {
  return new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as unknown as readonly Element[];
}

/** Every argument of a message with its kind (`count:plural`), and every plural's selectors. */
function walk(elements: readonly Element[], args = new Set<string>(), plurals: (readonly string[])[] = []): { args: Set<string>; plurals: (readonly string[])[] } {
  for (const el of elements) {
    const kind = kinds[el.type];
    if (kind && el.value !== undefined) args.add(`${el.value}:${kind}`);
    if (el.type === 6 && el.options) plurals.push(Object.keys(el.options));
    for (const option of Object.values(el.options ?? {})) walk(option.value, args, plurals);
  }
  return { args, plurals };
}

/** Sample values for the arguments of the English catalog. */
const samples: Readonly<Record<string, string | number>> = {
  count: 3, max: 20, excess: 2, relevance: 0.85, label: 'runbook-xyz', labels: 'alpha-x, beta-y', levels: '1 & 2',
  panels: 'PANELS', marks: 'MARKS', language: 'LANGNAME', languages: 'LANGLIST',
};

/** Integers whose category a plural must cover: 0–200 and a few large round numbers (French "many"). */
const integers = [...Array.from({ length: 201 }, (_, i) => i), 1000, 10_000, 1_000_000, 2_000_000];

const keys = Object.keys(en).sort();
const others = uiLanguages.filter((l) => l !== 'en');

describe('message catalogs', () => {
  it('there is one for each of the 13 languages of the engine', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...uiLanguages].sort());
    expect(uiLanguages).toHaveLength(13);
  });

  it.each(others)('%s has exactly the keys of English', (language) => {
    expect(Object.keys(catalogs[language]).sort()).toEqual(keys);
  });

  it.each([...uiLanguages])('%s: every message parses as ICU and has exactly the arguments of English', (language) => {
    for (const key of keys as MessageKey[]) {
      const english = walk(parse(en[key], 'en')).args;
      const translated = walk(parse(catalogs[language][key], language)).args;
      expect([...translated].sort(), `${language} ${key}`).toEqual([...english].sort());
    }
  });

  it.each([...uiLanguages])('%s: every plural covers every plural category of the language', (language) => {
    const rules = new Intl.PluralRules(language);
    const categories = rules.resolvedOptions().pluralCategories;
    for (const key of keys as MessageKey[]) {
      for (const selectors of walk(parse(catalogs[language][key], language)).plurals) {
        expect(selectors, `${language} ${key}`).toContain('other');
        for (const category of categories) {
          if (selectors.includes(category)) continue;
          // An exact selector (=1) covers a category only when it is that category's only member.
          const members = integers.filter((n) => rules.select(n) === category);
          expect(members.length > 0 && members.every((n) => selectors.includes(`=${n}`)), `${language} ${key}: no "${category}"`).toBe(true);
        }
      }
    }
  });

  it.each([...uiLanguages])('%s: formats every message with every value shown and no ICU syntax left', (language) => {
    for (const key of keys as MessageKey[]) {
      const text = String(new IntlMessageFormat(catalogs[language][key], language, undefined, { ignoreTag: true }).format(samples));
      expect(text.trim(), `${language} ${key}`).not.toBe('');
      expect(text, `${language} ${key}`).not.toMatch(/[{}#]/);
      for (const arg of walk(parse(en[key], 'en')).args) {
        const [name, kind] = arg.split(':') as [string, string];
        if (kind === 'argument') expect(text, `${language} ${key} shows {${name}}`).toContain(String(samples[name]));
      }
    }
  });

  it.each(others)('%s is translated, not copied from English', (language) => {
    const same = keys.filter((k) => catalogs[language][k as MessageKey] === en[k as MessageKey]);
    // Only the product name and short words some languages share with English (Labels, Tip, info).
    expect(same.length, same.join(', ')).toBeLessThanOrEqual(5);
    expect(catalogs[language]['app.name']).toBe('Label UP!');
  });
});
