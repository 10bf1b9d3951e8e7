import { describe, expect, it } from 'vitest';
import { getLanguageKit } from '../../src/lang/index.js';
import { compactLabelKey, createLabelMatcher, labelKey } from '../../src/labels/index.js';

const en = getLanguageKit('en')!;
const de = getLanguageKit('de')!;

describe('labelKey', () => {
  it('gives variants one key', () => {
    expect(labelKey('apis', en)).toBe(labelKey('api', en));
    expect(labelKey('test-cases', en)).toBe(labelKey('test-case', en));
    expect(labelKey('Test Cases', en)).toBe(labelKey('test-case', en));
    expect(labelKey('netzwerke', de)).toBe(labelKey('netzwerk', de));
  });

  it('keeps different labels apart', () => {
    expect(labelKey('test-case', en)).not.toBe(labelKey('use-case', en));
    expect(labelKey('api', en)).not.toBe(labelKey('rest-api', en));
  });

  it('is empty for text that makes no label', () => {
    expect(labelKey('  !! ', en)).toBe('');
    expect(compactLabelKey('', en)).toBe('');
  });

  it('has a compact form shared by spellings with and without separators', () => {
    expect(compactLabelKey('test-cases', en)).toBe(compactLabelKey('testcase', en));
    expect(compactLabelKey('e-mail', en)).toBe(compactLabelKey('email', en));
  });
});

describe('createLabelMatcher', () => {
  const matcher = createLabelMatcher(['api', 'test-case', 'e-mail', 'Release Notes'], en);

  it('finds existing labels and their morphological variants', () => {
    expect(matcher.find('api')).toBe('api');
    expect(matcher.find('APIs')).toBe('api');
    expect(matcher.find('test cases')).toBe('test-case');
    expect(matcher.find('testcases')).toBe('test-case');
    expect(matcher.find('email')).toBe('e-mail');
    expect(matcher.find('release-note')).toBe('Release Notes');
    expect(matcher.has('apis')).toBe(true);
  });

  it('does not match other labels', () => {
    for (const candidate of ['rest-api', 'test', 'use-case', 'release', '', '!!']) expect(matcher.has(candidate)).toBe(false);
    expect(matcher.find(7 as unknown as string)).toBeUndefined();
  });

  it('ignores existing labels that make no key', () => {
    expect(createLabelMatcher(['', '--', null as unknown as string], en).has('api')).toBe(false);
  });
});
