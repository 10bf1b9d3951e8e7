import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTestApp, appJwt, call, setup } from '../helpers.js';

const chars = fc.constantFrom(...Array.from('aZ09 -_.~!*\'()+,;:@/?&=$#[]"<>^%é字😀'));
const text = fc.array(chars, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const params = fc.array(fc.tuple(text, text), { minLength: 0, maxLength: 5 });

describe('QSH (property)', () => {
  it('accepts an independently made QSH for any query, encoded with URLSearchParams or encodeURIComponent', async () => {
    const { emu, clock, page } = setup();
    const app = addTestApp(emu, ['READ']);
    await fc.assert(
      fc.asyncProperty(params, fc.boolean(), async (pairs, useSearchParams) => {
        const query = useSearchParams
          ? new URLSearchParams(pairs).toString()
          : pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const path = `/wiki/api/v2/pages/${page.id}${query ? `?${query}` : ''}`;
        const res = await call(emu, 'GET', path, { auth: appJwt(app, 'GET', path, clock.ms) });
        // 200, or 400 for parameters the route validates (e.g. a random body-format); never an auth failure.
        expect([200, 400]).toContain(res.status);
        expect(res.headers.get('x-emulator-auth-failure')).toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});
