import { describe, expect, it } from 'vitest';
import { apiErrorCodes, jobFailureCodes } from './codes.js';
import { createTranslator } from './i18n/translator.js';
import { apiErrorKey, en, failureKey } from './messages.js';

const { t } = createTranslator('en', en);

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
    expect(t('error.license-inactive')).toBe("Label UP!'s license on this site is not active. Ask your site administrator to renew it.");
  });

  it('fills placeholders, plurals and percentages', () => {
    expect(t('large.tooMany', { max: 20, excess: 3 })).toBe('You can add at most 20 labels at a time. Remove 3 labels to continue.');
    expect(t('large.tooMany', { max: 20, excess: 1 })).toBe('You can add at most 20 labels at a time. Remove 1 label to continue.');
    expect(t('large.pickCount', { count: 5, max: 20 })).toBe('5 of 20 labels picked');
    expect(t('large.relevance', { relevance: 0.85 })).toBe('Relevance 85%');
    expect(t('large.pickLabel', { label: 'redis', relevance: 0.07 })).toBe('Pick redis, relevance 7%');
    expect(t('ourPick.added', { count: 1, labels: 'redis' })).toBe('Label added: redis. Reloading the page…');
    expect(t('ourPick.added', { count: 2, labels: 'redis and cache' })).toBe('Labels added: redis and cache. Reloading the page…');
  });

  it('has no empty message', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });
});
