/**
 * Which OAuth 2.0 scopes (Forge `permissions.scopes`) let a request through, per REST operation: any one
 * of the granular or classic scopes that Atlassian's REST reference lists for the operation. Operations
 * the table does not know are refused (no scope can be shown to cover them), so an app is never let
 * through on the strength of a route nobody mapped.
 */
interface ScopeRule {
  methods: string[];
  path: RegExp;
  /** Any one of these suffices. */
  anyOf: string[];
}

const READ = ['GET', 'HEAD', 'OPTIONS'];
const WRITE = ['POST', 'PUT'];
const ID = '[^/]+';
const V2_CONTENT = `/wiki/api/v2/(pages|blogposts)`;

const RULES: ScopeRule[] = [
  { methods: READ, path: new RegExp(`^${V2_CONTENT}/${ID}/labels$`), anyOf: ['read:label:confluence', 'read:confluence-content.summary'] },
  { methods: READ, path: new RegExp(`^${V2_CONTENT}/${ID}/properties(/${ID})?$`), anyOf: ['read:page:confluence', 'read:blogpost:confluence', 'read:confluence-props'] },
  { methods: [...WRITE, 'DELETE'], path: new RegExp(`^${V2_CONTENT}/${ID}/properties(/${ID})?$`), anyOf: ['write:page:confluence', 'write:blogpost:confluence', 'write:confluence-props'] },
  { methods: READ, path: /^\/wiki\/api\/v2\/pages(\/[^/]+)?$/, anyOf: ['read:page:confluence', 'read:confluence-content.all'] },
  { methods: READ, path: /^\/wiki\/api\/v2\/blogposts(\/[^/]+)?$/, anyOf: ['read:blogpost:confluence', 'read:confluence-content.all'] },
  { methods: WRITE, path: /^\/wiki\/api\/v2\/pages(\/[^/]+)?$/, anyOf: ['write:page:confluence', 'write:confluence-content'] },
  { methods: ['DELETE'], path: /^\/wiki\/api\/v2\/pages\/[^/]+$/, anyOf: ['delete:page:confluence', 'delete:confluence-content'] },
  { methods: READ, path: /^\/wiki\/api\/v2\/spaces\/[^/]+\/content\/labels$/, anyOf: ['read:label:confluence', 'read:confluence-content.summary'] },
  { methods: READ, path: /^\/wiki\/api\/v2\/spaces\/[^/]+\/pages$/, anyOf: ['read:page:confluence', 'read:confluence-content.all'] },
  { methods: READ, path: /^\/wiki\/api\/v2\/spaces(\/[^/]+)?$/, anyOf: ['read:space:confluence', 'read:confluence-space.summary'] },
  { methods: READ, path: /^\/wiki\/rest\/api\/content\/[^/]+\/(label|child\/label)$/, anyOf: ['read:label:confluence', 'read:confluence-content.summary'] },
  { methods: WRITE, path: /^\/wiki\/rest\/api\/content\/[^/]+\/label$/, anyOf: ['write:label:confluence', 'write:confluence-content'] },
  { methods: ['DELETE'], path: /^\/wiki\/rest\/api\/content\/[^/]+\/label(\/[^/]+)?$/, anyOf: ['write:label:confluence', 'write:confluence-content'] },
  { methods: READ, path: /^\/wiki\/rest\/api\/content\/[^/]+\/property(\/[^/]+)?$/, anyOf: ['read:content.property:confluence', 'read:confluence-props'] },
  { methods: [...WRITE, 'DELETE'], path: /^\/wiki\/rest\/api\/content\/[^/]+\/property(\/[^/]+)?$/, anyOf: ['write:content.property:confluence', 'write:confluence-props'] },
  { methods: READ, path: /^\/wiki\/rest\/api\/content\/[^/]+(\/version\/[^/]+)?$/, anyOf: ['read:content-details:confluence', 'read:confluence-content.all'] },
  { methods: READ, path: /^\/wiki\/rest\/api\/search$/, anyOf: ['search:confluence', 'read:content-details:confluence'] },
];

/** The scopes, any one of which allows `method path`; undefined when the emulator does not know the operation. */
export function scopesFor(method: string, path: string): string[] | undefined {
  const m = method.toUpperCase();
  return RULES.find((r) => r.methods.includes(m) && r.path.test(path))?.anyOf;
}

/** Do the app's granted scopes allow this request? */
export function forgeScopeAllows(granted: readonly string[], method: string, path: string): boolean {
  const needed = scopesFor(method, path);
  return needed !== undefined && needed.some((s) => granted.includes(s));
}
