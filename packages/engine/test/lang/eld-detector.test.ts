import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import vendored from '../../src/lang/eld/extrasmall.json' with { type: 'json' };
import { eldDetect, parseNgramTable } from '../../src/lang/eld-detector.js';
import { SUPPORTED_SAMPLES, UNSUPPORTED_SAMPLES } from './samples.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The installed eld's folder (its data files are not exported, so go up from the exported entry file). */
function eldRoot(): string {
  for (let dir = here; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      readFileSync(join(dir, 'node_modules/eld/package.json'));
      return join(dir, 'node_modules/eld');
    } catch {
      // not here: look one folder up
    }
  }
  throw new Error('eld is not installed');
}

const reference = eld.newInstance();

function same(text: string): void {
  const ours = eldDetect(text);
  const theirs = reference.detect(text);
  expect(ours.language, text.slice(0, 80)).toBe(theirs.language);
  expect(ours.isReliable(), text.slice(0, 80)).toBe(theirs.isReliable());
  const scores = theirs.getScores();
  expect(Object.entries(ours.getScores()), text.slice(0, 80)).toEqual(Object.entries(scores));
  for (const language of ['en', 'de', 'ja', 'xx', '']) expect(ours.scoreOf(language)).toBe(scores[language] ?? 0);
}

/** Every text file of the engine's page fixtures (all formats read as text: markup is part of the test). */
function fixtureTexts(): string[] {
  const dir = join(here, '../fixtures/pages');
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('eldDetect (compiled copy of eld 2.1.0 detect)', () => {
  it('holds exactly the installed eld extrasmall database', async () => {
    const root = eldRoot();
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const { ngramsData } = (await import(pathToFileURL(join(root, 'src/ngrams/extrasmall.js')).href)) as {
      ngramsData: { type: string; languages: Record<string, string>; ngrams: unknown };
    };
    expect(vendored.source).toContain(`eld@${pkg.version}`);
    expect(vendored.type).toBe(ngramsData.type);
    expect(vendored.languages).toEqual(Object.values(ngramsData.languages));
    expect(parseNgramTable(vendored.ngrams)).toEqual(ngramsData.ngrams);
  });

  it('answers as eld on every language sample, whole and cut into single sentences', () => {
    const texts = [...Object.values(SUPPORTED_SAMPLES).flat(), ...Object.values(UNSUPPORTED_SAMPLES)];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      same(text);
      same(text.toUpperCase());
      for (const sentence of text.split('. ')) same(sentence);
    }
  });

  it('answers as eld on the page fixtures (long texts: the 350-byte and 1,000-character cuts)', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) {
      same(text);
      same(text.slice(Math.floor(text.length / 2)));
    }
  });

  it('answers as eld on edge cases: empty, short, apostrophes, long words, lone surrogates, astral letters', () => {
    for (const text of [
      '',
      ' ',
      'a',
      'abc',
      "don't l'équipe rock`n`roll it’s",
      'x'.repeat(200),
      `${'ü'.repeat(50)} ${'b'.repeat(71)} tail`,
      '\ud800 abc \udc00 def \ud83d',
      'emoji 😀 and 𝐀𝐁𝐂 math letters and 𠀀𠀁 extension B',
      'İstanbul ΣΊΣΥΦΟΣ ß straße',
      'één twee drie '.repeat(60),
    ]) {
      same(text);
    }
  });

  it('answers as eld on random text', () => {
    const word = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 90 }),
      fc.constantFrom(...Object.values(SUPPORTED_SAMPLES).flat().join(' ').split(' ')),
    );
    const separator = fc.constantFrom(' ', ', ', '. ', "'", '\n', '  ');
    const text = fc.array(fc.tuple(word, separator), { maxLength: 200 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        same(t);
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });
});
