import { build } from 'rolldown';
import { fileURLToPath } from 'node:url';

const app = (p: string): string => fileURLToPath(new URL(`./fixtures/app/${p}`, import.meta.url));

/**
 * Bundles the fixture's Custom UI (`ui/main.js` with the real `@forge/bridge`) for the browser into the
 * resource folder (`static/main/app.js`, git-ignored), as `forge deploy` ships a built bundle.
 */
export async function buildFixtureUi(): Promise<void> {
  await build({
    input: app('ui/main.js'),
    platform: 'browser',
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { file: app('static/main/app.js'), format: 'esm', codeSplitting: false },
  });
}
