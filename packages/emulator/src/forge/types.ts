/** The shapes of Forge apps and their installations in the emulator. Plain data; behaviour lives in sibling files. */

/** A Forge function (`modules.function[]`): where its code is and how long it may run. */
export interface ForgeFunction {
  key: string;
  /** Absolute path of the module file (`handler: index.run` → `<src>/index.js`). */
  file: string;
  /** The export called (`run` in `index.run`). */
  exportName: string;
  /** `timeoutSeconds`, else the default of the module kind that calls it. */
  timeoutSeconds?: number;
  /** Function `runtime.memoryMB`, else `app.runtime.memoryMB`, else 512. Recorded, not enforced. */
  memoryMB: number;
}

/** A `confluence:contentBylineItem` with a Custom UI resource. */
export interface ForgeBylineItem {
  key: string;
  title: string;
  tooltip?: string;
  icon?: string;
  /** The resource key (Custom UI) and the function that answers its `invoke` calls. */
  resource: string;
  resolverFunction?: string;
  viewportSize?: string;
  /** `unlicensedAccess` (`anonymous`, `unlicensed`). */
  unlicensedAccess: string[];
  displayConditions?: Record<string, unknown>;
}

/** A `consumer` module: events pushed to `queue` run `function`. */
export interface ForgeConsumer {
  key: string;
  queue: string;
  function: string;
}

/** A `trigger` module: product events run `function`. */
export interface ForgeTrigger {
  key: string;
  events: string[];
  function: string;
}

/** What the emulator reads from a Forge app directory (manifest.yml, validated by `@forge/manifest`). */
export interface ForgeAppDefinition {
  /** The app id (the UUID of `app.id`, `ari:cloud:ecosystem::app/<uuid>`). */
  appId: string;
  /** `app.id` as written. */
  appAri: string;
  dir: string;
  /** `app.connect.key`, when the app adopts a Connect app. */
  connectKey?: string;
  /** `app.licensing.enabled`: a paid app has a license in its context; a free one has none. */
  licensingEnabled: boolean;
  /** `permissions.scopes`. */
  scopes: string[];
  /** `permissions.content.scripts` / `.styles` (`unsafe-inline`, `unsafe-eval`, `unsafe-hashes`). */
  contentPermissions: { scripts: string[]; styles: string[] };
  /** `permissions.external.fetch.client` (Custom UI `connect-src`). */
  externalFetchClient: string[];
  /** `resources[]`: key → absolute directory. */
  resources: Map<string, string>;
  functions: Map<string, ForgeFunction>;
  bylineItems: ForgeBylineItem[];
  consumers: ForgeConsumer[];
  triggers: ForgeTrigger[];
  /** The parsed manifest, as `@forge/manifest` read it. */
  manifest: Record<string, unknown>;
}

/** License of an installation, as the context carries it; `undefined` for a free app. */
export type ForgeLicenseState = 'active' | 'inactive';

/** A Forge app installed on the site. */
export interface ForgeInstallation {
  app: ForgeAppDefinition;
  /** A UUID, generated at install (`ari:cloud:ecosystem::installation/<id>`). */
  installationId: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
  appVersion: string;
  /** The app's bot user (accountType `app`); for an upgraded Connect app, the Connect app's one. */
  accountId: string;
  /** The Connect client key kept on a Connect → Forge upgrade. */
  clientKey?: string;
  license: ForgeLicenseState;
  installedAt: string;
}
