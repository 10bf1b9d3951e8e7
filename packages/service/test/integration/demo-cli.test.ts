/**
 * `npm start` = `labelup demo`, run as the BUILT binary (what a fresh clone runs after `npm ci`):
 * it prints `Label UP! demo: <URL>`, that page's HTML shows the Label UP! button (an inline
 * dialog), and Ctrl-C (SIGINT) stops it cleanly. Needs `npm run build` first (npm ci runs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../../cli/dist/main.js', import.meta.url));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function waitForLine(process: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in ${timeoutMs} ms; output:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    process.stdout?.on('data', onData);
    process.stderr?.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    process.once('exit', (code) => reject(new Error(`exited with ${code} before printing; output:\n${out}`)));
  });
}

describe('labelup demo (built binary)', () => {
  it('prints the demo page URL, whose HTML shows the Label UP! button, and stops on SIGINT', async () => {
    expect(existsSync(MAIN), `${MAIN} missing: run npm run build`).toBe(true);
    child = spawn(process.execPath, [MAIN, 'demo', '--port', '0', '--service-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const [, url] = await waitForLine(child, /Label UP! demo: (http:\/\/127\.0\.0\.1:\d+\/wiki\/\S+)\n/, 30_000);
    const html = await (await fetch(url!)).text();
    expect(html).toMatch(/<button[^>]*data-module-key="labelup-button"[^>]*data-target="inlinedialog"[^>]*>Label UP!<\/button>/);
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 60_000);
});
