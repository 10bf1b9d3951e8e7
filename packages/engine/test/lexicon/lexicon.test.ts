import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/lang/index.js';
import { lexiconFor, UNSEEN_RARITY } from '../../src/lexicon/index.js';

describe('lexiconFor', () => {
  it('has a lexicon for every supported language and none for others', () => {
    for (const language of SUPPORTED_LANGUAGES) expect(lexiconFor(language)?.language).toBe(language);
    expect(lexiconFor('tr')).toBeUndefined();
    expect(lexiconFor('xx')).toBeUndefined();
  });

  it('builds each language once', () => {
    expect(lexiconFor('de')).toBe(lexiconFor('de'));
  });

  it('knows word classes from the treebanks, nouns winning a shared form', () => {
    const en = lexiconFor('en')!;
    expect(en.wordClass('happened')).toBe('V');
    expect(en.wordClass('questions')).toBe('N');
    expect(en.wordClass('the')).toBe('F');
    expect(en.wordClass('well')).toBe('R');
    // `update` is a verb in a third of its uses and a noun in the rest: nominal.
    expect(en.wordClass('update')).toBe('N');
    // A one-off adverb reading (`offline`: 1 ADV in the treebank) is not evidence enough.
    expect(en.wordClass('offline')).toBeUndefined();
    expect(en.wordClass('kubernetes')).toBeUndefined();
  });

  it('gives the lemma of inflected nouns', () => {
    expect(lexiconFor('pl')!.lemma('abrysach')).toBe('abrys');
    expect(lexiconFor('en')!.lemma('questions')).toBe('question');
    expect(lexiconFor('en')!.lemma('happened')).toBeUndefined();
  });

  it('looks Danish forms up in Norwegian when the small Danish treebank lacks them', () => {
    // `foreslår` (proposes) is spelt alike in both and only the Norwegian treebank has it.
    expect(lexiconFor('no')!.wordClass('foreslår')).toBe('V');
    expect(lexiconFor('da')!.wordClass('foreslår')).toBe('V');
  });

  it('rates general-language rarity by frequency rank', () => {
    const en = lexiconFor('en')!;
    expect(en.rarity('you')).toBe(0);
    expect(en.rarity('house')).toBeGreaterThan(en.rarity('you'));
    expect(en.rarity('kubernetes')).toBeGreaterThan(en.rarity('house'));
    expect(en.rarity('qwxzyvbnm')).toBe(UNSEEN_RARITY);
    // A hyphenated compound is as rare as its rarest part.
    expect(en.rarity('house-qwxzyvbnm')).toBe(UNSEEN_RARITY);
  });
});

describe('calendar words', () => {
  const cases: [string, string[], string[]][] = [
    ['en', ['monday', 'wednesdays', 'january', 'tomorrow', 'morning', 'utc', 'q3', '10h15', '9h'], ['may', 'march-madness', 'sun', 'mark']],
    ['de', ['montag', 'mittwochs', 'märz', 'nachmittag'], ['mais', 'marz']],
    ['ru', ['понедельника', 'среду', 'января', 'ночью'], ['среда', 'сред', 'маркетинг']],
    ['pl', ['poniedziałku', 'środę', 'stycznia'], ['środowisko', 'środowiska', 'czwarty']],
    ['fi', ['maanantaina', 'tammikuussa'], ['maa', 'kuu']],
    ['fr', ['lundi', 'mercredis', 'février'], ['marseille']],
  ];
  it.each(cases)('%s', (language, yes, no) => {
    const lexicon = lexiconFor(language)!;
    for (const w of yes) expect(lexicon.isCalendarWord(w), w).toBe(true);
    for (const w of no) expect(lexicon.isCalendarWord(w), w).toBe(false);
  });
});
