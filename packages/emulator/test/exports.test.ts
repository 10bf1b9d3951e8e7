import { describe, expect, it } from 'vitest';
import * as emulator from '../src/index.js';

describe('public API', () => {
  it('exports the documented names', () => {
    for (const name of [
      'createEmulator',
      'mintContextToken',
      'validateDescriptor',
      'createSite',
      'resetSite',
      'addUser',
      'addSpace',
      'addPage',
      'addBlogPost',
      'editPage',
      'currentVersion',
      'versionOf',
      'adfToStorage',
      'parseLabelName',
      'addLabels',
      'labelsOf',
      'removeLabel',
      'createProperty',
      'updateProperty',
      'canView',
      'canEdit',
      'putApp',
      'addApp',
      'OAUTH_AUDIENCE',
      'ForgeHost',
      'loadForgeApp',
      'ForgeError',
      'QUEUE_LIMITS',
      'FORGE_TIMEOUTS',
      'IFRAME_SANDBOX',
      'forgeScopesFor',
    ]) {
      expect(emulator, name).toHaveProperty(name);
    }
  });
});
