import { describe, expect, it } from 'vitest';
import { evaluationStemmer, normalizePhrase, normalizeRanked } from './normalize.js';

describe('normalizePhrase', () => {
  const en = evaluationStemmer('en');
  it('lowercases, splits on whitespace and hyphens and Porter-stems every word', () => {
    expect(normalizePhrase('Non-Linear  Systems', en)).toBe('non linear system');
    expect(normalizePhrase('neural networks', en)).toBe(normalizePhrase('Neural network', en));
  });
  it('uses Snowball for other languages and lowercase only where Snowball has none', () => {
    expect(normalizePhrase('Réseaux neuronaux', evaluationStemmer('fr'))).toBe('réseau neuronal');
    expect(normalizePhrase('Sieci Neuronowe', evaluationStemmer('pl'))).toBe('sieci neuronowe');
  });
  it('removes duplicates after normalising, keeping the first occurrence', () => {
    expect(normalizeRanked(['graphs', 'Graph', 'tree', ''], en)).toEqual(['graph', 'tree']);
  });
});
