import { describe, expect, it } from 'vitest';
import { errorFromResponse } from './api-error.js';

describe('errorFromResponse', () => {
  it('reads the contract error body', async () => {
    const error = await errorFromResponse(new Response(JSON.stringify({ error: { code: 'license-inactive', message: 'no', requestId: 'r1' } }), { status: 403 }));
    expect(error).toMatchObject({ code: 'license-inactive', status: 403, requestId: 'r1' });
  });

  it('turns an unknown code or an unreadable body into a code the UI knows', async () => {
    expect((await errorFromResponse(new Response('{"error":{"code":"weird"}}', { status: 500 }))).code).toBe('internal');
    expect((await errorFromResponse(new Response('<html>', { status: 401 }))).code).toBe('not-authenticated');
    expect((await errorFromResponse(new Response('', { status: 502 }))).code).toBe('internal');
  });
});
