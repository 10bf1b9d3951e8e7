import type { PageInput } from '@labelup/engine';
import type { KeyphraseDocument } from './dataset.js';

/**
 * The page the engine sees for a keyphrase document: the title as page title and the text as the body
 * in format `text` (paragraphs at blank lines). No language hint: detection runs as it would on a page.
 */
export function documentPage(doc: KeyphraseDocument): PageInput {
  return doc.title === null ? { body: doc.text, format: 'text' } : { body: doc.text, format: 'text', title: doc.title };
}

/** UTF-8 bytes of a document's title and text (for MB/s). */
export function documentBytes(doc: KeyphraseDocument): number {
  return Buffer.byteLength(doc.text, 'utf8') + (doc.title === null ? 0 : Buffer.byteLength(doc.title, 'utf8'));
}
