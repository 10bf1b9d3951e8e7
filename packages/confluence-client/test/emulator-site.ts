/** A small emulated site for the client's contract tests: one space, a page with two versions, an installed app. */
import { addBlogPost, addLabels, addPage, addSpace, addUser, createEmulator, editPage, putApp, type Emulator } from '@labelup/emulator';

export const BASE_URL = 'https://client-test.atlassian.net/wiki';

/** The emulator plus the ids the tests use; `fetch` calls it in process (no port). */
export interface TestSite {
  readonly emulator: Emulator;
  readonly fetch: typeof fetch;
  readonly app: { key: string; clientKey: string; sharedSecret: string; oauthClientId: string };
  readonly user: { accountId: string; email: string; apiToken: string };
  readonly spaceId: string;
  readonly pageId: string;
  readonly blogId: string;
}

/** Builds the site. */
export function createTestSite(): TestSite {
  const emulator = createEmulator({ baseUrl: BASE_URL });
  const site = emulator.state;
  const user = addUser(site, { email: 'ada@example.com', apiToken: 'api-token-1', displayName: 'Ada' });
  const bot = addUser(site, { email: 'bot@connect.example', accountType: 'app', displayName: 'Label UP!' });
  const space = addSpace(site, { key: 'ENG' });
  const doc = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  const page = addPage(site, { spaceId: space.id, title: 'Deployment guide', adf: doc('first version'), authorId: user.accountId });
  editPage(site, page.id, { adf: doc('second version about kubernetes'), authorId: user.accountId });
  const other = addPage(site, { spaceId: space.id, title: 'Other', authorId: user.accountId });
  addLabels(site, page, ['deployment'], 'global');
  addLabels(site, other, ['kubernetes', 'helm'], 'global');
  const blog = addBlogPost(site, { spaceId: space.id, title: 'Release notes', authorId: user.accountId });
  const app = { key: 'com.labelup.test', clientKey: 'client-key-test', sharedSecret: 'shared-secret-for-tests-0123456789', oauthClientId: 'oauth-client-test' };
  putApp(site, {
    ...app,
    baseUrl: 'https://app.example.com',
    descriptor: {},
    scopes: ['READ', 'WRITE', 'ACT_AS_USER'],
    accountId: bot.accountId,
    enableLicensing: false,
    license: 'active',
    installedAt: new Date().toISOString(),
  });
  const inProcess = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => emulator.app.request(input instanceof Request ? input : String(input), init)) as typeof fetch;
  return {
    emulator,
    fetch: inProcess,
    app,
    user: { accountId: user.accountId, email: user.email, apiToken: 'api-token-1' },
    spaceId: space.id,
    pageId: page.id,
    blogId: blog.id,
  };
}
