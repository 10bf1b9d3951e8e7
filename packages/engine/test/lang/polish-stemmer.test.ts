import { describe, expect, it } from 'vitest';
import { stemPolish } from '../../src/lang/polish-stemmer.js';

const PARADIGMS: readonly (readonly string[])[] = [
  ['aplikacja', 'aplikacji', 'aplikację', 'aplikacją', 'aplikacje', 'aplikacjom', 'aplikacjami', 'aplikacjach'],
  ['test', 'testu', 'testy', 'testów', 'testom', 'testami', 'testach', 'testem'],
  ['system', 'systemu', 'systemy', 'systemów', 'systemem', 'systemie', 'systemach'],
  ['problem', 'problemu', 'problemy', 'problemów', 'problemem', 'problemie'],
  ['wiadomość', 'wiadomości', 'wiadomościach', 'wiadomościami'],
  ['zmiana', 'zmiany', 'zmianie', 'zmianę', 'zmianą', 'zmian', 'zmianami', 'zmianach'],
  ['błąd', 'błędu', 'błędy', 'błędów', 'błędem'],
  ['serwer', 'serwera', 'serwerze', 'serwery', 'serwerów'],
  ['mobilna', 'mobilnej', 'mobilnych', 'mobilnym', 'mobilną', 'mobilne', 'mobilny', 'mobilnego'],
  ['ostatni', 'ostatnie', 'ostatnich', 'ostatnią', 'ostatniego', 'ostatniej'],
  ['bezpieczeństwo', 'bezpieczeństwa', 'bezpieczeństwem', 'bezpieczeństwie'],
  ['kategoria', 'kategorii', 'kategorie', 'kategoriami', 'kategoriach'],
  ['testowanie', 'testowania', 'testowaniu', 'testowaniem'],
  ['plik', 'pliku', 'pliki', 'plików', 'plikach'],
  ['ogród', 'ogrodu', 'ogrody', 'ogrodów'],
  ['dane', 'danych', 'danymi'],
  ['sieć', 'sieci', 'siecią'],
  ['baza', 'bazy', 'bazie', 'bazą', 'baz'],
  ['procedura', 'procedury', 'procedurze', 'procedurą'],
  ['kopia', 'kopii', 'kopie', 'kopią'],
  ['wdrożenie', 'wdrożenia', 'wdrożeniu', 'wdrożeniem'],
];

describe('stemPolish', () => {
  for (const forms of PARADIGMS) {
    it(`gives one stem to the forms of ${forms[0]}`, () => {
      expect(new Set(forms.map(stemPolish)).size).toBe(1);
    });
  }

  it('keeps different words apart', () => {
    expect(stemPolish('test')).not.toBe(stemPolish('tekst'));
    expect(stemPolish('system')).not.toBe(stemPolish('systematyka'));
    expect(stemPolish('kod')).not.toBe(stemPolish('koc'));
  });

  it('leaves short words and words without an ending alone', () => {
    for (const word of ['api', 'kod', 'dom', 'ul', '', 'sql']) expect(stemPolish(word)).toBe(word);
    expect(stemPolish('kubernetes')).toBe('kubernetes');
  });

  it('keeps a stem of at least three characters', () => {
    for (const word of ['domu', 'kody', 'oknami', 'ulicą', 'się']) expect([...stemPolish(word)].length).toBeGreaterThanOrEqual(3);
  });
});
