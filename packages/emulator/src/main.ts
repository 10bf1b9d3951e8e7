#!/usr/bin/env node
/**
 * Standalone emulator: `npm run emulator -- --port N [--host 127.0.0.1] [--no-seed] [--forge-app DIR]…`.
 * Seeds the demo site with emulator-ui's loader (`src/seed/`), installs the Forge apps, prints the site URL.
 */
import { createEmulator } from './app.js';
import { parseMainArgs } from './cli-args.js';
import { seedDemoSite } from './seed/index.js';

async function main(): Promise<number> {
  let options;
  try {
    options = parseMainArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`emulator: ${(e as Error).message}\nusage: emulator [--port N] [--host H] [--no-seed] [--forge-app DIR]...`);
    return 2;
  }
  const emulator = createEmulator(options.seed ? { seed: (site) => void seedDemoSite(site) } : {});
  const origin = await emulator.listen(options.port, options.host);
  for (const dir of options.forgeApps) {
    const { installation } = await emulator.installForgeApp(dir);
    console.log(`Forge app ${installation.app.appId} installed (installation ${installation.installationId})`);
  }
  console.log(`Confluence emulator: ${origin}/wiki`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (e: unknown) => {
    console.error(`emulator: ${(e as Error).message}`);
    process.exit(1);
  },
);
