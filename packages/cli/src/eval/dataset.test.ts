import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset, readDataset } from './dataset.js';

describe('parseDataset', () => {
  it('reads one document a line and ignores blank lines', () => {
    const d = parseDataset('x', '{"id":"1","lang":"en","title":null,"text":"t","keyphrases":["a"]}\n\n');
    expect(d.documents).toEqual([{ id: '1', lang: 'en', title: null, text: 't', keyphrases: ['a'], format: 'text' }]);
  });
  it('honours an optional format field and refuses an unknown one', () => {
    const d = parseDataset('x', '{"id":"1","lang":"en","title":"T","text":"# H","keyphrases":["a"],"format":"markdown"}');
    expect(d.documents[0]?.format).toBe('markdown');
    expect(() => parseDataset('x', '{"id":"1","lang":"en","title":"T","text":"t","keyphrases":[],"format":"docx"}')).toThrow(/line 1: "format" must be one of text, markdown/u);
  });
  it('names the file and line of a bad line', () => {
    expect(() => parseDataset('x', '{"id":"1"}')).toThrow(new DatasetError('x.jsonl line 1: expected {"id", "lang", "title", "text", "keyphrases"} and optionally "format"'));
    expect(() => parseDataset('x', '\n{oops')).toThrow(/x\.jsonl line 2: not valid JSON/u);
    expect(() => parseDataset('x', '')).toThrow(/no documents/u);
  });
  it('turns a missing file into a DatasetError', async () => {
    await expect(readDataset('/nonexistent/file.jsonl')).rejects.toThrow(/cannot read .*ENOENT/u);
  });
});
