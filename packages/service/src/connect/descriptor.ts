/**
 * The Atlassian Connect descriptor served at `GET /atlassian-connect.json`.
 *
 * The web item and dialog keep the original Label UP!'s behaviour (frastefanini/labelup
 * `atlassian-connect.json`): a button among the page buttons (`system.content.button`) shown to a
 * logged-in user on a page or blog post at its latest version they can EDIT, opening an inline
 * dialog; and an x-large chromeless dialog for the advanced dashboard.
 */

/** Options of `buildDescriptor`. */
export interface DescriptorOptions {
  /** Public base URL of the service (https in production). */
  readonly baseUrl: string;
  /** App key. Default `com.labelup.app`. */
  readonly key?: string;
  /** Turns on Marketplace licensing (`enableLicensing`). */
  readonly licensing: boolean;
}

/** Least privilege: each scope is here because of the calls listed beside it. */
const scopes = [
  // READ: read the page body (ADF) at a version, its latest version, its labels, the space's labels
  // and the `labelup` content property.
  'READ',
  // WRITE: write the `labelup` content property (as the app) and add labels
  // (POST /rest/api/content/{id}/label requires WRITE).
  'WRITE',
  // ACT_AS_USER: add labels AS THE USER (OAuth 2.0 JWT bearer grant) so that Confluence's own
  // permissions decide whether that person may label the page.
  'ACT_AS_USER',
] as const;

/** Builds the descriptor for a base URL. */
export function buildDescriptor(options: DescriptorOptions): Record<string, unknown> {
  return {
    key: options.key ?? 'com.labelup.app',
    name: 'Label UP!',
    description: 'Suggests the labels that describe a page best, and adds the ones you pick.',
    vendor: { name: 'Label UP!', url: 'https://github.com/frastefanini/labelup' },
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    authentication: { type: 'jwt' },
    lifecycle: { installed: '/installed', uninstalled: '/uninstalled' },
    scopes,
    apiVersion: 1,
    apiMigrations: { 'context-qsh': true, 'signed-install': true, gdpr: true },
    enableLicensing: options.licensing,
    modules: {
      webItems: [
        {
          key: 'labelup-button',
          location: 'system.content.button',
          name: { value: 'Label UP!' },
          tooltip: { value: 'Suggest labels for this page' },
          url: '/app/index.html?target=inlinedialog',
          cacheable: true,
          target: { type: 'inlinedialog' },
          conditions: [
            { condition: 'user_is_logged_in' },
            { or: [{ condition: 'has_page' }, { condition: 'has_blog_post' }] },
            { condition: 'latest_version' },
            { condition: 'has_page_permission', params: { permission: 'EDIT' } },
          ],
        },
      ],
      dialogs: [
        {
          key: 'labelup-dashboard',
          url: '/app/index.html?target=dialog',
          cacheable: true,
          options: { chrome: false, size: 'x-large' },
        },
      ],
    },
  };
}
