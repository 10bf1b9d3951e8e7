import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, getLanguageKit } from '../../src/lang/index.js';

const dataDir = new URL('../../data/lang/', import.meta.url);
const iso = createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;

interface Review {
  language: string;
  source: string;
  removed: string[];
  added: string[];
}

/**
 * Words that make good labels and must never be stopwords: the review rule of data/lang/README.md,
 * with the examples it names and their equivalents in each language.
 */
export const GOOD_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'system', 'test', 'information', 'page', 'web', 'work', 'research', 'problem', 'data', 'network', 'api',
    'security', 'case', 'group', 'index', 'number', 'order', 'state', 'value', 'website', 'year', 'help',
    'home', 'html', 'http', 'ai', 'ml', 'ci', 'cd', 'qa', 'bi', 'ir', 'pg', 'c', 'r', 'open', 'high', 'big',
    'best', 'self', 'end', 'free', 'side',
  ],
  de: [
    'system', 'test', 'information', 'informationen', 'seite', 'web', 'arbeit', 'forschung', 'problem', 'daten',
    'netzwerk', 'suche', 'startseite', 'zeit', 'teil', 'ordnung', 'rechte', 'wissen', 'jahr',
  ],
  fr: [
    'système', 'test', 'information', 'page', 'web', 'travail', 'recherche', 'problème', 'données', 'réseau',
    'valeur', 'état', 'sujet', 'essai', 'retour', 'naturel', 'comparables',
  ],
  es: [
    'sistema', 'prueba', 'información', 'página', 'web', 'trabajo', 'investigación', 'problema', 'datos', 'red',
    'valor', 'estado', 'tiempo', 'cuenta', 'uso', 'general',
  ],
  pt: [
    'sistema', 'teste', 'informação', 'página', 'web', 'trabalho', 'pesquisa', 'problema', 'dados', 'rede',
    'grupo', 'nome', 'número', 'valor', 'tempo', 'tipo', 'área', 'nível', 'geral', 'primeiro',
  ],
  it: [
    'sistema', 'test', 'informazione', 'pagina', 'web', 'lavoro', 'ricerca', 'problema', 'dati', 'rete', 'gruppo',
    'nome', 'titolo', 'tempo', 'registrazione', 'caso', 'generale',
  ],
  nl: [
    'systeem', 'test', 'informatie', 'pagina', 'web', 'werk', 'onderzoek', 'probleem', 'gegevens', 'data',
    'netwerk',
  ],
  ru: [
    'система', 'тест', 'информация', 'страница', 'веб', 'работа', 'исследование', 'проблема', 'данные', 'сеть',
    'вопрос', 'время', 'год', 'дело', 'место', 'машина', 'слово', 'часть',
  ],
  pl: [
    'system', 'test', 'informacja', 'strona', 'web', 'praca', 'badania', 'problem', 'dane', 'sieć', 'aplikacja',
  ],
  sv: [
    'system', 'test', 'information', 'sida', 'webb', 'arbete', 'forskning', 'problem', 'data', 'nätverk', 'beslut',
    'del', 'nummer',
  ],
  da: [
    'system', 'test', 'information', 'side', 'web', 'arbejde', 'forskning', 'problem', 'data', 'netværk', 'gruppe',
    'værdi', 'tid', 'år', 'projekt', 'mand',
  ],
  no: [
    'system', 'test', 'informasjon', 'side', 'web', 'arbeid', 'forskning', 'problem', 'data', 'nettverk', 'navn',
    'tid', 'verdi', 'punkt', 'start', 'tilstand', 'folk', 'makt', 'part',
  ],
  fi: [
    'järjestelmä', 'testi', 'tieto', 'tiedot', 'sivu', 'verkko', 'työ', 'tutkimus', 'ongelma', 'data', 'aika',
    'vuosi', 'apu', 'projekti', 'palvelin',
  ],
};

function reviews(): Review[] {
  return readdirSync(dataDir)
    .filter((f) => /^[a-z]{2}\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(new URL(f, dataDir), 'utf8')) as Review);
}

describe('reviewed stopword lists', () => {
  it('exist for every supported language', () => {
    expect(reviews().map((r) => r.language).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  for (const review of reviews()) {
    describe(review.language, () => {
      const kit = getLanguageKit(review.language)!;

      it('are the source list minus the removed words plus the added ones (generate.mjs is up to date)', () => {
        expect(review.source).toBe('stopwords-iso@1.1.0');
        const removed = new Set(review.removed);
        const expected = new Set([...iso[review.language]!.filter((w) => !removed.has(w)), ...review.added]);
        expect([...kit.stopwords].sort()).toEqual([...expected].map((w) => w.toLowerCase()).sort());
      });

      it('removed words were in the source and added words were not', () => {
        const source = new Set(iso[review.language]);
        expect(review.removed.filter((w) => !source.has(w))).toEqual([]);
        expect(review.added.filter((w) => source.has(w))).toEqual([]);
      });

      it('do not contain good labels', () => {
        const good = GOOD_LABELS[review.language] ?? [];
        expect(good.length).toBeGreaterThanOrEqual(10);
        expect(good.filter((w) => kit.stopwords.has(w))).toEqual([]);
      });
    });
  }
});
