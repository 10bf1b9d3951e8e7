import type { HttpBindings } from '@hono/node-server';
import type { ConnectScope, InstalledApp } from '../state/index.js';

/** Who is calling the REST API, after authentication. */
export type Principal =
  | { kind: 'user'; accountId: string; via: 'basic' }
  | { kind: 'app'; accountId: string; app: InstalledApp; via: 'jwt' }
  | { kind: 'app-as-user'; accountId: string; app: InstalledApp; scopes: ConnectScope[]; via: 'bearer' }
  | { kind: 'forge'; accountId: string; appId: string; asApp: boolean; scopes: string[]; via: 'forge' };

/** Hono environment of the emulator: Node bindings exist only when served on a port. */
export type EmulatorEnv = {
  Bindings: Partial<HttpBindings>;
  Variables: { principal: Principal };
};
