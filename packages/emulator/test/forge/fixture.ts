import { fileURLToPath } from 'node:url';
import { addPage, addSpace, addUser, createEmulator, setSpacePermissions, type Emulator } from '../../src/index.js';
import { loadForgeApp } from '../../src/forge/manifest.js';
import { doc, ORIGIN } from '../helpers.js';

/** The fixture Forge app's directory (manifest.yml, src/index.js, static/main). */
export const FIXTURE_APP_DIR = fileURLToPath(new URL('./fixtures/app/', import.meta.url));
/** Its app id (the UUID of `app.id`). */
export const FIXTURE_APP_ID = '0e6a2a2c-5f1a-4a4e-9d55-1c2b3d4e5f60';

/**
 * Reads the fixture app once: `@forge/manifest` compiles its schema on the first validation (~6 s), so
 * test files warm it up in `beforeAll` rather than inside the first test's time budget.
 */
export async function warmUpManifestValidator(): Promise<void> {
  await loadForgeApp(FIXTURE_APP_DIR);
}

/** An emulator with an editor, a viewer (no edit permission), a space and a page. */
export function forgeSite(): {
  emu: Emulator;
  editor: ReturnType<typeof addUser>;
  viewer: ReturnType<typeof addUser>;
  page: ReturnType<typeof addPage>;
} {
  const emu = createEmulator({ baseUrl: `${ORIGIN}/wiki` });
  const site = emu.state;
  const editor = addUser(site, { email: 'editor@example.com', displayName: 'Eddie Editor', locale: 'de-DE' });
  const viewer = addUser(site, { email: 'viewer@example.com', displayName: 'Vera Viewer' });
  const space = addSpace(site, { key: 'ENG', name: 'Engineering' });
  setSpacePermissions(space, { view: '*', edit: [editor.accountId] });
  const page = addPage(site, { spaceId: space.id, title: 'Runbook', adf: doc('Restart the service'), authorId: editor.accountId });
  return { emu, editor, viewer, page };
}
