/** The shapes of the emulator's in-memory Confluence site. Plain data; behaviour lives in sibling files. */

/** ADF document (`{type:"doc", version:1, content:[…]}`); kept loose because the emulator stores what it is given. */
export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
  version?: number;
}

/** A person (or an app's bot user) on the site. */
export interface User {
  accountId: string;
  email: string;
  displayName: string;
  /** API token for Basic auth (`email:apiToken`); undefined = cannot use Basic auth. */
  apiToken?: string;
  accountType: 'atlassian' | 'app';
  /**
   * The language and region of the user's Confluence profile, as Confluence keeps it (`de_DE`, `pt_BR`);
   * undefined = the site default (`en_US`). `AP.user.getLocale` gives it as a BCP 47 tag (`de-DE`).
   */
  locale?: string;
}

/** Who may view and edit a space: account ids, or `'*'` for every user of the site. */
export interface SpacePermissions {
  view: string[] | '*';
  edit: string[] | '*';
}

/** A space. */
export interface Space {
  id: string;
  key: string;
  name: string;
  type: 'global' | 'personal';
  homepageId?: string;
  createdAt: string;
  permissions: SpacePermissions;
}

/** One saved version of a page or blog post. */
export interface ContentVersion {
  number: number;
  title: string;
  adf: AdfNode;
  /** Storage-format XHTML generated from the ADF (see adf-to-storage.ts). */
  storage: string;
  createdAt: string;
  authorId: string;
  message: string;
  minorEdit: boolean;
}

/** A label as Confluence stores it: site-wide id per (prefix, name). */
export interface Label {
  id: string;
  name: string;
  prefix: LabelPrefix;
}

/** Label namespaces Confluence knows. */
export type LabelPrefix = 'global' | 'my' | 'team' | 'system';

/** A label attached to a piece of content; `my:` labels belong to one user. */
export interface ContentLabel {
  labelId: string;
  ownerId?: string;
  addedAt: string;
}

/** A content property (JSON value) with its own version number. */
export interface ContentProperty {
  id: string;
  key: string;
  value: unknown;
  version: { number: number; when: string; by: string; message: string; minorEdit: boolean };
}

/** Page-level restrictions narrow the space permissions; empty/absent = not restricted. */
export interface ContentRestrictions {
  view?: string[];
  edit?: string[];
}

/** A page or a blog post. */
export interface Content {
  id: string;
  type: 'page' | 'blogpost';
  spaceId: string;
  parentId?: string;
  status: 'current' | 'archived' | 'trashed' | 'draft';
  /** Oldest first; the last entry is the current version. */
  versions: ContentVersion[];
  labels: ContentLabel[];
  properties: Map<string, ContentProperty>;
  restrictions: ContentRestrictions;
  createdAt: string;
  authorId: string;
}

/** Connect scopes (descriptor `scopes`, upper case). */
export type ConnectScope = 'NONE' | 'READ' | 'WRITE' | 'DELETE' | 'SPACE_ADMIN' | 'ADMIN' | 'ACT_AS_USER' | 'ACCESS_EMAIL_ADDRESSES';

/** A Connect app installed on the site. */
export interface InstalledApp {
  key: string;
  name?: string;
  baseUrl: string;
  descriptorUrl?: string;
  /** The validated descriptor as fetched. */
  descriptor: Record<string, unknown>;
  clientKey: string;
  sharedSecret: string;
  oauthClientId: string;
  scopes: ConnectScope[];
  /** The app's bot user (accountType `app`). */
  accountId: string;
  enableLicensing: boolean;
  /** `active` when licensing is on; `none` lets tests model an unlicensed site. */
  license: 'active' | 'none';
  installedAt: string;
}

/** An OAuth 2.0 bearer token minted by the JWT-bearer grant: the app acting as a user. */
export interface AccessToken {
  token: string;
  appKey: string;
  accountId: string;
  scopes: ConnectScope[];
  expiresAt: number;
}

/**
 * A short-lived bearer token that the emulator's Forge proxy puts on a product request made through
 * `__forge_fetch__` (Atlassian's proxy likewise swaps the invocation for an OAuth token). Forge scopes are
 * the manifest's `permissions.scopes` (granular and classic OAuth 2.0 scope names).
 */
export interface ForgeAccessToken {
  token: string;
  /** The Forge app id (UUID); also the app's rate-limit subject. */
  appId: string;
  /** The app's bot user (asApp) or the user acted for (asUser). */
  accountId: string;
  asApp: boolean;
  scopes: string[];
  expiresAt: number;
}

/** The whole site: everything the emulator knows. */
export interface Site {
  /** Cloud id (a UUID), used in `tnt`-like places and the install payload. */
  cloudId: string;
  /** Site base URL including `/wiki`, e.g. `http://127.0.0.1:8090/wiki`; set when the server listens. */
  baseUrl: string;
  users: Map<string, User>;
  spaces: Map<string, Space>;
  contents: Map<string, Content>;
  labels: Map<string, Label>;
  apps: Map<string, InstalledApp>;
  tokens: Map<string, AccessToken>;
  /** Tokens of Forge product requests in flight (see {@link ForgeAccessToken}). */
  forgeTokens: Map<string, ForgeAccessToken>;
  /** The user the page view acts as (control API `PUT /__emulator/acting-user`). */
  actingUserId?: string;
  /** Monotonic id counter (Confluence ids are numeric strings). */
  nextId: number;
  /** Clock, injectable for tests (ms since epoch). */
  now: () => number;
}
