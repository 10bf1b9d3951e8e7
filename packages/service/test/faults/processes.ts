/**
 * Runs the BUILT service (`labelup serve`, packages/cli/dist) as a child process on loopback, so a
 * test can kill it the hard way (SIGKILL, no shutdown code runs) and start it again on the same
 * stores. scripts/test.sh builds the TypeScript packages before the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLI_MAIN = fileURLToPath(new URL('../../../cli/dist/main.js', import.meta.url));

/** A running service process. */
export interface ServiceProcess {
  readonly url: string;
  readonly role: string;
  readonly child: ChildProcess;
  /** Everything it wrote (JSON log lines and the start line). */
  readonly output: string[];
  /** SIGKILL; resolves once the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (graceful); resolves once the process exited. */
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Starts `labelup serve --role <role>` with `env` (loopback, ephemeral port); resolves when it listens. */
export async function startServiceProcess(role: 'all' | 'web' | 'worker', env: Record<string, string>, timeoutMs = 20_000): Promise<ServiceProcess> {
  if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: run npm run build first`);
  const child = spawn(process.execPath, [CLI_MAIN, 'serve', '--role', role], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service (${role}) did not start in ${timeoutMs} ms:\n${output.join('').slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`service (${role}) exited (${code ?? signal}) before listening:\n${output.join('').slice(-2000)}`));
    });
  });
  return {
    url,
    role,
    child,
    output,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
