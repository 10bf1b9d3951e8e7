import { describe, expect, it } from 'vitest';
import { MIXED_CHECK_MIN_CHARS } from '../../src/lang/detect-language.js';
import { MAX_SAMPLE_CHARS, SUPPORTED_LANGUAGES, detectLanguage, getLanguageKit, languageSample } from '../../src/lang/index.js';
import { SUPPORTED_SAMPLES, UNSUPPORTED_SAMPLES } from './samples.js';

describe('detectLanguage', () => {
  it('has sample pages for every supported language and none for the unsupported ones', () => {
    expect(Object.keys(SUPPORTED_SAMPLES).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    for (const code of Object.keys(UNSUPPORTED_SAMPLES)) expect(getLanguageKit(code)).toBeUndefined();
  });

  for (const [code, pages] of Object.entries(SUPPORTED_SAMPLES)) {
    it(`detects ${code} on 2–3 sentence pages`, () => {
      for (const page of pages) {
        const detected = detectLanguage(page);
        expect(detected.language).toBe(code);
        expect(detected.confidence).toBeGreaterThan(0);
        expect(detected.confidence).toBeLessThanOrEqual(1);
      }
    });
  }

  it('detects shouted, diacritic-less and one-sentence pages too', () => {
    for (const [code, pages] of Object.entries(SUPPORTED_SAMPLES)) {
      const page = pages[0]!;
      expect(detectLanguage(page.toUpperCase()).language, code).toBe(code);
      expect(detectLanguage(page.normalize('NFD').replace(/\p{M}/gu, '')).language, code).toBe(code);
      expect(detectLanguage(page.split('. ')[0]!).language, code).toBe(code);
    }
  });

  for (const [code, page] of Object.entries(UNSUPPORTED_SAMPLES)) {
    it(`reports unsupported ${code} as ${code}`, () => {
      expect(detectLanguage(page).language).toBe(code);
    });
  }

  it('answers und for empty, short, numeric and non-string input', () => {
    for (const text of ['', '   ', 'Release', 'API docs', '12345 67890 3.14 !!! ---', '```\n{}\n```']) {
      expect(detectLanguage(text)).toEqual({ language: 'und', confidence: 0 });
    }
    expect(detectLanguage(undefined as unknown as string).language).toBe('und');
    expect(detectLanguage({} as unknown as string).language).toBe('und');
  });

  it('answers und for a page half English, half German', () => {
    const [en1, en2] = SUPPORTED_SAMPLES.en!;
    const [de1, de2] = SUPPORTED_SAMPLES.de!;
    const english = [en1, en2, en2, en1].join('\n\n');
    const german = [de1, de2, de2, de1].join('\n\n');
    expect(detectLanguage(`${english}\n\n${german}`).language).toBe('und');
    expect(detectLanguage(`${german}\n\n${english}`).language).toBe('und');
  });

  it('keeps longer pages in languages with close relatives in their language', () => {
    for (const code of ['sv', 'da', 'no', 'nl', 'pt', 'es']) {
      const page = [...SUPPORTED_SAMPLES[code]!, ...SUPPORTED_SAMPLES[code]!].join('\n\n');
      expect(detectLanguage(page).language).toBe(code);
    }
  });

  it('keeps long Danish and Norwegian pages apart, though their chunks score each other within AGREEMENT_RATIO', () => {
    for (const code of ['da', 'no']) {
      const [a, b] = SUPPORTED_SAMPLES[code]!;
      const page = [a, b, a, b, a].join('\n\n');
      expect(page.length).toBeGreaterThan(MIXED_CHECK_MIN_CHARS); // judged by chunks
      expect(detectLanguage(page).language).toBe(code);
    }
  });

  it('keeps a German page full of English technical terms German', () => {
    const page = [
      'Wir deployen den Service über die CI/CD-Pipeline, sobald der Pull Request gemergt ist.',
      'Das Monitoring läuft über Grafana; bei einem Incident wird der On-Call-Engineer per Pager alarmiert.',
      'Die Feature Flags werden im Backend gepflegt und beim nächsten Release entfernt.',
      'Bitte dokumentiert jede Änderung am Datenbankschema im Changelog und verlinkt das Ticket.',
      'Für Rollbacks gibt es ein Runbook, das die einzelnen Schritte und die Verantwortlichen beschreibt.',
      'Wer Fragen zum Deployment hat, meldet sich bitte im Team-Channel oder direkt bei der Plattformgruppe.',
    ].join(' ');
    expect(detectLanguage(page).language).toBe('de');
  });

  it('reads a page that opens with an English template and goes on in German as German', () => {
    const [en1, en2] = SUPPORTED_SAMPLES.en!;
    const [de1, de2] = SUPPORTED_SAMPLES.de!;
    const header = [en1, en2, en1].join('\n\n');
    expect(detectLanguage(header).language).toBe('en');
    expect(header.length).toBeGreaterThan(600); // the detector's first 1,000 characters are mostly English
    const page = [header, de1, de2, de1, de2, de1, de2, de1, de2].join('\n\n');
    expect(detectLanguage(page).language).toBe('de');
  });

  it('keeps the main language of a page with a short quotation in another', () => {
    const [en1, en2] = SUPPORTED_SAMPLES.en!;
    const page = [en1, en2, en1, 'Zitat: „Wir verschieben die Veröffentlichung.“', en2].join('\n\n');
    expect(detectLanguage(page).language).toBe('en');
  });

  it('keeps Cyrillic pages out of Latin-script languages and back', () => {
    expect(detectLanguage(SUPPORTED_SAMPLES.ru![0]!).language).toBe('ru');
    expect(['ru', 'uk', 'bg', 'sr', 'be']).not.toContain(detectLanguage(SUPPORTED_SAMPLES.pl![0]!).language);
  });

  it('ignores URLs and e-mail addresses', () => {
    const page = `${SUPPORTED_SAMPLES.de![0]} https://example.com/the/release/notes/for/everyone mail release.manager@example.com`;
    expect(languageSample(page)).not.toMatch(/example|https|manager/);
    expect(detectLanguage(page).language).toBe('de');
  });

  it('examines a bounded prefix, so a 10 MB page is detected from its start', () => {
    const start = SUPPORTED_SAMPLES.fr![0]!.repeat(40);
    const page = start + ' ' + SUPPORTED_SAMPLES.en![0]!.repeat(45_000);
    expect(page.length).toBeGreaterThan(10_000_000);
    expect(languageSample(page).length).toBeLessThanOrEqual(MAX_SAMPLE_CHARS);
    expect(detectLanguage(page).language).toBe('fr');
  });

  it('is deterministic', () => {
    const page = SUPPORTED_SAMPLES.nl![1]!;
    expect(detectLanguage(page)).toEqual(detectLanguage(page));
  });
});
