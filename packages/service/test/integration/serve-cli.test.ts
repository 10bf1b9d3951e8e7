/**
 * `labelup serve` as the BUILT binary: usage and configuration errors exit 2 with a readable
 * message (values never echoed); a valid environment starts the service, which answers /healthz
 * and stops cleanly on SIGTERM. Needs `npm run build` first (npm ci runs it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../../cli/dist/main.js', import.meta.url));

function run(args: string[], env: Record<string, string>, untilLine?: RegExp): Promise<{ code: number | null; out: string; match?: RegExpExecArray }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let match: RegExpExecArray | undefined;
    const onData = async (chunk: Buffer) => {
      out += chunk.toString();
      const found = untilLine && !match ? untilLine.exec(out) : null;
      if (found) {
        match = found;
        const health = await fetch(`${found[1]}/healthz`);
        out += `\nhealthz ${health.status}\n`;
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => resolve({ code, out, ...(match ? { match } : {}) }));
  });
}

describe('labelup serve (built binary)', () => {
  it('exits 2 on a bad role and on an invalid environment, naming the problem', async () => {
    const role = await run(['serve', '--role', 'both'], {});
    expect(role.code).toBe(2);
    expect(role.out).toContain('--role must be one of all, web, worker');
    const env = await run(['serve'], { PORT: 'eighty', DATABASE_URL: 'mysql://root:hunter2@db/x' });
    expect(env.code).toBe(2);
    expect(env.out).toMatch(/PORT: must be an integer/);
    expect(env.out).toMatch(/DATABASE_URL/);
    expect(env.out).not.toContain('hunter2');
  });

  it('serves until SIGTERM and then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labelup-serve-'));
    try {
      const result = await run(['serve'], { PORT: '0', SQLITE_PATH: join(dir, 'x.sqlite'), LOG_LEVEL: 'silent' }, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
      expect(result.match).toBeDefined();
      expect(result.out).toContain('healthz 200');
      expect(result.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
