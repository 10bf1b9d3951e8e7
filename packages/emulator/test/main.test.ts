import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

describe('standalone emulator (built binary)', () => {
  it('listens on 127.0.0.1, prints its URL and serves the seeded demo site', async () => {
    // dist/ is built by `npm ci` (prepare) and `npm run build`; the test command runs after both.
    expect(existsSync(MAIN), `${MAIN} is missing: run npm run build`).toBe(true);
    const child = spawn(process.execPath, [MAIN, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /Confluence emulator: (http:\/\/127\.0\.0\.1:\d+\/wiki)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${url}/api/v2/spaces?limit=1`, { headers: { authorization: `Basic ${Buffer.from('admin@example.com:demo-token').toString('base64')}` } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { results: unknown[] }).results).toHaveLength(1);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a bad port with exit code 2', async () => {
    const child = spawn(process.execPath, [MAIN, '--port', 'nope'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(2);
    expect(err).toContain('--port must be');
  });
});
