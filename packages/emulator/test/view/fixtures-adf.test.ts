import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../src/seed/index.js';

// The official ADF JSON schema (draft-04) shipped by @atlaskit/adf-schema: the demo pages must be
// documents Confluence itself would accept, not just something our renderer tolerates.
const require = createRequire(import.meta.url);
const schema = require('@atlaskit/adf-schema/dist/json-schema/v1/full.json') as object;

// ajv-draft-04 is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const Ajv = (AjvDraft04 as unknown as { default: typeof AjvDraft04.default }).default;

describe('demo-site ADF', () => {
  const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);

  it('validates every version of every page against the full ADF schema', () => {
    let checked = 0;
    for (const page of loadFixtures().pages) {
      for (const v of page.versions) {
        const ok = validate(v.body);
        expect(ok, `${page.id} ${page.title} v${v.number}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(48);
  });

  it('rejects an invalid document (the validator is really checking)', () => {
    expect(validate({ type: 'doc', version: 1, content: [{ type: 'panel', attrs: { panelType: 'purple' }, content: [] }] })).toBe(false);
  });
});
