import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, getLanguageKit } from '../../src/lang/index.js';

/** Inflected forms that must share a stem, per language (nouns and adjectives people label with). */
const SAME_STEM: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['api', 'apis'], ['test', 'tests', 'testing', 'tested'], ['network', 'networks'], ['deployment', 'deployments']],
  de: [['test', 'tests'], ['netzwerk', 'netzwerke', 'netzwerken', 'netzwerks'], ['häuser', 'haus'], ['anwendung', 'anwendungen']],
  fr: [['réseau', 'réseaux'], ['application', 'applications'], ['équipe', 'équipes'], ['publication', 'publications']],
  es: [['red', 'redes'], ['aplicación', 'aplicaciones'], ['prueba', 'pruebas'], ['servidor', 'servidores']],
  pt: [['rede', 'redes'], ['aplicação', 'aplicações'], ['teste', 'testes'], ['servidor', 'servidores']],
  it: [['rete', 'reti'], ['applicazione', 'applicazioni'], ['server', 'server'], ['modifica', 'modifiche']],
  nl: [['netwerk', 'netwerken'], ['toepassing', 'toepassingen'], ['test', 'testen'], ['gebruiker', 'gebruikers']],
  ru: [['тест', 'тесты', 'тестов', 'тестами'], ['сеть', 'сети'], ['приложение', 'приложения', 'приложений'], ['сервер', 'серверы', 'сервера']],
  pl: [['test', 'testy', 'testów'], ['aplikacja', 'aplikacje', 'aplikacji'], ['serwer', 'serwery', 'serwerze'], ['system', 'systemu', 'systemy']],
  sv: [['fil', 'filer', 'filerna', 'filen'], ['test', 'tester', 'testerna'], ['användare', 'användaren', 'användarna'], ['bild', 'bilder', 'bilden', 'bilderna']],
  da: [['fil', 'filer', 'filen', 'filerne'], ['test', 'tester', 'testen', 'testene'], ['bruger', 'brugere', 'brugeren', 'brugerne'], ['udgivelse', 'udgivelser', 'udgivelsen', 'udgivelserne']],
  no: [['fil', 'filer', 'filen', 'filene'], ['test', 'tester', 'testen', 'testene'], ['bilde', 'bilder', 'bildet', 'bildene'], ['publisering', 'publiseringer', 'publiseringen']],
  fi: [['testi', 'testit', 'testin', 'testien'], ['tiedosto', 'tiedostot', 'tiedoston', 'tiedostoja'], ['käyttäjä', 'käyttäjät', 'käyttäjän', 'käyttäjiä'], ['julkaisu', 'julkaisut', 'julkaisun']],
};

/** Different words that must keep different stems. */
const DIFFERENT: Readonly<Record<string, readonly [string, string]>> = {
  en: ['test', 'text'], de: ['netz', 'nutzer'], fr: ['test', 'texte'], es: ['red', 'rey'], pt: ['rede', 'rei'],
  it: ['rete', 'resto'], nl: ['test', 'tekst'], ru: ['тест', 'текст'], pl: ['test', 'tekst'], sv: ['test', 'text'],
  da: ['test', 'tekst'], no: ['test', 'tekst'], fi: ['testi', 'teksti'],
};

describe('language kits', () => {
  it('cover the thirteen supported languages', () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(['da', 'de', 'en', 'es', 'fi', 'fr', 'it', 'nl', 'no', 'pl', 'pt', 'ru', 'sv']);
    for (const code of SUPPORTED_LANGUAGES) expect(getLanguageKit(code)?.code).toBe(code);
    expect(Object.keys(SAME_STEM).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it('are found by locale and BCP 47 tags', () => {
    expect(getLanguageKit('de-CH')?.code).toBe('de');
    expect(getLanguageKit('pt_BR')?.code).toBe('pt');
    expect(getLanguageKit(' EN-gb ')?.code).toBe('en');
    expect(getLanguageKit('da-DK')?.code).toBe('da');
    expect(getLanguageKit('fi_FI')?.code).toBe('fi');
    expect(getLanguageKit('no-NO')?.code).toBe('no');
    expect(getLanguageKit('nb-NO')?.code).toBe('no');
    expect(getLanguageKit('nb')?.code).toBe('no');
    expect(getLanguageKit('zh-Hant-TW')).toBeUndefined();
  });

  it('have no kit for undetermined, unsupported or malformed codes', () => {
    for (const code of ['und', 'ja', 'tr', 'cs', 'hu', 'uk', 'et', '', 'english', 'e', 'en-', 'de--ch', 'en us']) expect(getLanguageKit(code)).toBeUndefined();
    expect(getLanguageKit(42 as unknown as string)).toBeUndefined();
  });

  for (const code of Object.keys(SAME_STEM)) {
    it(`${code}: stems common inflections of a word alike and different words apart`, () => {
      const kit = getLanguageKit(code)!;
      for (const forms of SAME_STEM[code]!) {
        const stems = new Set(forms.map((form) => kit.stem(form)));
        expect([...stems], forms.join(' ')).toHaveLength(1);
      }
      const [a, b] = DIFFERENT[code]!;
      expect(kit.stem(a)).not.toBe(kit.stem(b));
    });
  }

  it('return stems that do not change when stemmed again through the cache', () => {
    for (const code of SUPPORTED_LANGUAGES) {
      const kit = getLanguageKit(code)!;
      expect(kit.stem('')).toBe('');
      const first = kit.stem('tests');
      expect(kit.stem('tests')).toBe(first);
    }
  });
});
