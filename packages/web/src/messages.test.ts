import { describe, expect, it } from 'vitest';
import { apiErrorCodes, jobFailureCodes } from './codes.js';
import { apiErrorKey, en, failureKey, t } from './messages.js';

describe('message catalog', () => {
  it('has a non-empty message for every API error code', () => {
    expect(apiErrorCodes.length).toBe(11);
    for (const code of apiErrorCodes) expect(en[apiErrorKey(code)]?.trim().length, code).toBeGreaterThan(10);
  });

  it('has a non-empty message for every job failure code', () => {
    expect(jobFailureCodes.length).toBe(6);
    for (const code of jobFailureCodes) expect(en[failureKey(code)]?.trim().length, code).toBeGreaterThan(10);
  });

  it('keeps the original product wording of the key views', () => {
    expect(t('pending.title')).toBe("We're on it!");
    expect(t('ourPick.apply')).toBe('I want these');
    expect(t('failure.internal')).toBe('Something went wrong. Please, retry.');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('large.tooMany', { max: 20, excess: 3 })).toBe('You can add at most 20 labels at a time. Remove 3 to continue.');
    expect(t('large.relevance')).toBe('Relevance {percent}%');
  });

  it('has no empty message and no stray braces', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('');
      expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });
});
