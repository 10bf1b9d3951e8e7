import type { PageInput } from '@labelup/engine';
import type { KeyphraseDocument } from './dataset.js';

/**
 * The page the engine sees for a dataset document: the title as page title and the text as the body in
 * the document's format (`text`: paragraphs at blank lines; the docs sets give `markdown`, so headings,
 * emphasis and code count as they do on a Confluence page). No language hint: detection runs as on a page.
 */
export function documentPage(doc: KeyphraseDocument): PageInput {
  return doc.title === null ? { body: doc.text, format: doc.format } : { body: doc.text, format: doc.format, title: doc.title };
}

/** UTF-8 bytes of a document's title and text (for MB/s). */
export function documentBytes(doc: KeyphraseDocument): number {
  return Buffer.byteLength(doc.text, 'utf8') + (doc.title === null ? 0 : Buffer.byteLength(doc.title, 'utf8'));
}
