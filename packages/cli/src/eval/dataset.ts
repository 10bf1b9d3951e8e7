import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** One keyphrase document as stored in `shared/datasets/keyphrase/*.jsonl`. */
export interface KeyphraseDocument {
  readonly id: string;
  readonly lang: string;
  readonly title: string | null;
  readonly text: string;
  readonly keyphrases: readonly string[];
  /** Format of `text` as the engine should read it (the docs sets give `markdown`); default `text`. */
  readonly format: DocumentFormat;
}

/** Body formats a dataset line may name in its optional `format` field. */
export const DOCUMENT_FORMATS = ['text', 'markdown', 'html', 'storage', 'adf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A dataset file read into memory. */
export interface KeyphraseDataset {
  /** File name without `.jsonl`. */
  readonly name: string;
  readonly documents: readonly KeyphraseDocument[];
}

/** Thrown for a file that is not a keyphrase JSONL dataset; the message names the file and line. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
}

function parseLine(line: string, where: string): KeyphraseDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new DatasetError(`${where}: not valid JSON`);
  }
  const v = value as Record<string, unknown>;
  const ok =
    typeof value === 'object' && value !== null && typeof v.id === 'string' && typeof v.lang === 'string' && typeof v.text === 'string' &&
    (v.title === null || v.title === undefined || typeof v.title === 'string') &&
    Array.isArray(v.keyphrases) && v.keyphrases.every((k) => typeof k === 'string');
  if (!ok) throw new DatasetError(`${where}: expected {"id", "lang", "title", "text", "keyphrases"} and optionally "format"`);
  const format = v.format ?? 'text';
  if (typeof format !== 'string' || !(DOCUMENT_FORMATS as readonly string[]).includes(format)) {
    throw new DatasetError(`${where}: "format" must be one of ${DOCUMENT_FORMATS.join(', ')}`);
  }
  return {
    id: v.id as string, lang: v.lang as string, title: (v.title as string | null | undefined) ?? null, text: v.text as string,
    keyphrases: v.keyphrases as string[], format: format as DocumentFormat,
  };
}

/** Parses JSONL text (blank lines ignored). */
export function parseDataset(name: string, content: string): KeyphraseDataset {
  const documents: KeyphraseDocument[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim().length > 0) documents.push(parseLine(line, `${name}.jsonl line ${i + 1}`));
  });
  if (documents.length === 0) throw new DatasetError(`${name}.jsonl: no documents`);
  return { name, documents };
}

/** Reads and parses one dataset file. */
export async function readDataset(path: string): Promise<KeyphraseDataset> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new DatasetError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseDataset(basename(path).replace(/\.jsonl$/u, ''), content);
}
