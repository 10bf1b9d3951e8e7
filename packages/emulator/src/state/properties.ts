import type { Content, ContentProperty, Site } from './types.js';
import { nextId, nowIso } from './site.js';

/** Longest property key (Confluence docs: 255). */
export const PROPERTY_KEY_MAX = 255;
/** Largest property value as JSON, in bytes (32 KB; server doc, Cloud limit INFERRED the same). */
export const PROPERTY_VALUE_MAX_BYTES = 32 * 1024;

/** Outcome of a property write. */
export type PropertyWrite =
  | { ok: true; property: ContentProperty; created: boolean }
  | { ok: false; reason: 'conflict' | 'not-found' | 'exists' | 'invalid'; message: string };

/** Checks key and value limits; returns an error message or undefined. */
export function checkProperty(key: string, value: unknown): string | undefined {
  if (key.length === 0 || key.length > PROPERTY_KEY_MAX) return `Property key must be 1..${PROPERTY_KEY_MAX} characters`;
  if (value === undefined) return 'Property value is required';
  if (Buffer.byteLength(JSON.stringify(value), 'utf8') > PROPERTY_VALUE_MAX_BYTES) return `Property value is larger than ${PROPERTY_VALUE_MAX_BYTES} bytes`;
  return undefined;
}

/** Creates a property at version 1; refuses when the key exists (v1 POST / v2 POST). */
export function createProperty(site: Site, content: Content, key: string, value: unknown, by: string): PropertyWrite {
  const invalid = checkProperty(key, value);
  if (invalid) return { ok: false, reason: 'invalid', message: invalid };
  if (content.properties.has(key)) return { ok: false, reason: 'exists', message: `A property with key '${key}' already exists` };
  const property: ContentProperty = {
    id: nextId(site),
    key,
    value,
    version: { number: 1, when: nowIso(site), by, message: '', minorEdit: false },
  };
  content.properties.set(key, property);
  return { ok: true, property, created: true };
}

/**
 * Updates a property; `versionNumber` must be current + 1, otherwise the write is refused as a conflict
 * (status 409 INFERRED) and nothing is overwritten. When the key is absent and `createIfAbsent` (v1 PUT)
 * the write creates it, provided `versionNumber` is 1 — Label UP!'s "404 → version 0 → PUT version 1".
 */
export function updateProperty(
  site: Site,
  content: Content,
  key: string,
  value: unknown,
  versionNumber: number,
  by: string,
  options: { createIfAbsent?: boolean; message?: string; minorEdit?: boolean } = {},
): PropertyWrite {
  const invalid = checkProperty(key, value);
  if (invalid) return { ok: false, reason: 'invalid', message: invalid };
  const existing = content.properties.get(key);
  if (!existing) {
    if (!options.createIfAbsent) return { ok: false, reason: 'not-found', message: `No property with key '${key}'` };
    if (versionNumber !== 1) return { ok: false, reason: 'conflict', message: `Version must be 1 to create property '${key}'` };
    return createProperty(site, content, key, value, by);
  }
  if (versionNumber !== existing.version.number + 1) {
    return {
      ok: false,
      reason: 'conflict',
      message: `Version must be incremented on update. Current version is: ${existing.version.number}`,
    };
  }
  existing.value = value;
  existing.version = { number: versionNumber, when: nowIso(site), by, message: options.message ?? '', minorEdit: options.minorEdit ?? false };
  return { ok: true, property: existing, created: false };
}

/** Finds a property by its id (v2 addresses properties by id). */
export function propertyById(content: Content, id: string): ContentProperty | undefined {
  return [...content.properties.values()].find((p) => p.id === id);
}

/** Deletes a property by key; false when absent. */
export function deleteProperty(content: Content, key: string): boolean {
  return content.properties.delete(key);
}
