import type { InstalledApp } from '../state/index.js';
import { conditionsHold, type ConditionContext } from './conditions.js';

/** An app module the page view can open in an iframe (a web item's target or a dialog). */
export interface AppModule {
  app: InstalledApp;
  /** Module key as in the descriptor. */
  key: string;
  kind: 'webItem' | 'dialog';
  /** URL relative to the app's baseUrl, as in the descriptor. */
  url: string;
  cacheable: boolean;
  /** Button text (`name.value`). */
  name: string;
  tooltip: string;
  /** Web item target type; dialogs are `dialog`. */
  target: 'inlinedialog' | 'dialog' | 'dialogmodule' | 'page';
  /** Dialog options (`size`, `chrome`, `width`, `height`) or the web item target options. */
  options: Record<string, unknown>;
}

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(record) : []);
const i18n = (v: unknown): string => {
  const r = record(v);
  return typeof r['value'] === 'string' ? r['value'] : typeof v === 'string' ? v : '';
};

function toModule(app: InstalledApp, raw: Record<string, unknown>, kind: AppModule['kind']): AppModule | undefined {
  if (typeof raw['key'] !== 'string' || typeof raw['url'] !== 'string') return undefined;
  const target = record(raw['target']);
  const type = kind === 'dialog' ? 'dialog' : String(target['type'] ?? 'page').toLowerCase();
  return {
    app,
    key: raw['key'],
    kind,
    url: raw['url'],
    cacheable: raw['cacheable'] === true,
    name: i18n(raw['name']),
    tooltip: i18n(raw['tooltip']),
    target: (['inlinedialog', 'dialog', 'dialogmodule'].includes(type) ? type : 'page') as AppModule['target'],
    options: kind === 'dialog' ? record(raw['options']) : record(target['options']),
  };
}

/**
 * Web items of every installed app at `location` whose conditions hold for the page view, in install
 * order. `system.content.button` is where Label UP! puts its button.
 */
export function webItemsAt(location: string, ctx: ConditionContext): AppModule[] {
  const out: AppModule[] = [];
  for (const app of ctx.site.apps.values()) {
    for (const raw of list(record(app.descriptor['modules'])['webItems'])) {
      if (raw['location'] !== location || !conditionsHold(raw['conditions'], ctx)) continue;
      const m = toModule(app, raw, 'webItem');
      if (m) out.push(m);
    }
  }
  return out;
}

/** An app's dialog module (`modules.dialogs[]`) by key, for `AP.dialog.create({key})` and `dialogmodule` targets. */
export function dialogModule(app: InstalledApp, key: string): AppModule | undefined {
  const raw = list(record(app.descriptor['modules'])['dialogs']).find((d) => d['key'] === key);
  return raw ? toModule(app, raw, 'dialog') : undefined;
}

/** A web item of an app by key (any location), for re-opening its iframe. */
export function webItemModule(app: InstalledApp, key: string): AppModule | undefined {
  const raw = list(record(app.descriptor['modules'])['webItems']).find((d) => d['key'] === key);
  return raw ? toModule(app, raw, 'webItem') : undefined;
}
