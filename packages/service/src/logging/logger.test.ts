import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, hashClientKey, newRequestId, withRequestId } from './logger.js';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes JSON lines with level, time and request id', () => {
    const out = capture();
    const logger = withRequestId(createLogger({ level: 'info', destination: out.stream }), 'req-1');
    logger.info({ code: 'job-done', durationMs: 12 }, 'job done');
    logger.debug('not at info');
    const lines = out.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', requestId: 'req-1', code: 'job-done', durationMs: 12, service: 'labelup' });
    expect(typeof lines[0]?.time).toBe('string');
  });

  it('redacts secrets, tokens and authorization headers', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream });
    logger.info({
      sharedSecret: 's3cret-A',
      token: 'tok-B',
      tenant: { clientKey: 'k', sharedSecret: 's3cret-C' },
      req: { headers: { authorization: 'JWT tok-D' } },
      auth: { accessToken: 'tok-E', password: 'pw-F' },
    });
    const text = JSON.stringify(out.lines());
    for (const secret of ['s3cret-A', 'tok-B', 's3cret-C', 'tok-D', 'tok-E', 'pw-F']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    expect(text).toContain('"clientKey":"k"');
  });
});

describe('helpers', () => {
  it('hashes client keys stably and shortly', () => {
    expect(hashClientKey('abc')).toBe(hashClientKey('abc'));
    expect(hashClientKey('abc')).not.toBe(hashClientKey('abd'));
    expect(hashClientKey('abc')).toMatch(/^[0-9a-f]{12}$/);
  });
  it('makes distinct request ids', () => {
    expect(newRequestId()).not.toBe(newRequestId());
  });
});
