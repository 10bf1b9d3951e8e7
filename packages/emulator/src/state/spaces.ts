import type { Site, Space, SpacePermissions } from './types.js';
import { nextId, nowIso } from './site.js';

/** Input of {@link addSpace}. */
export interface AddSpaceInput {
  key: string;
  name?: string;
  type?: Space['type'];
  /** Default: everyone views and edits. */
  permissions?: Partial<SpacePermissions>;
}

const SPACE_KEY = /^[A-Za-z0-9]{1,255}$/;

/**
 * Adds a space.
 * @throws Error when the key is invalid or taken.
 */
export function addSpace(site: Site, input: AddSpaceInput): Space {
  if (!SPACE_KEY.test(input.key)) throw new Error(`Invalid space key: ${JSON.stringify(input.key)}`);
  if (findSpaceByKey(site, input.key)) throw new Error(`Space ${input.key} already exists`);
  const space: Space = {
    id: nextId(site),
    key: input.key,
    name: input.name ?? input.key,
    type: input.type ?? 'global',
    createdAt: nowIso(site),
    permissions: { view: input.permissions?.view ?? '*', edit: input.permissions?.edit ?? '*' },
  };
  site.spaces.set(space.id, space);
  return space;
}

/** Finds a space by key (exact, as Confluence does). */
export function findSpaceByKey(site: Site, key: string): Space | undefined {
  return [...site.spaces.values()].find((s) => s.key === key);
}

/** Sets who may view / edit a space. */
export function setSpacePermissions(space: Space, permissions: Partial<SpacePermissions>): void {
  if (permissions.view !== undefined) space.permissions.view = permissions.view;
  if (permissions.edit !== undefined) space.permissions.edit = permissions.edit;
}
