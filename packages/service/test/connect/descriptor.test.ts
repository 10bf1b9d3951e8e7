import { describe, expect, it } from 'vitest';
import { buildDescriptor } from '../../src/connect/descriptor.js';

describe('buildDescriptor', () => {
  // The descriptor is JSON for Atlassian; read it the way a JSON consumer would.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const descriptor = buildDescriptor({ baseUrl: 'https://labelup.example.com/', licensing: false }) as Record<string, any>;

  it('declares JWT auth, signed install, context-qsh and gdpr, and both lifecycle callbacks', () => {
    expect(descriptor['baseUrl']).toBe('https://labelup.example.com');
    expect(descriptor['authentication']).toEqual({ type: 'jwt' });
    expect(descriptor['lifecycle']).toEqual({ installed: '/installed', uninstalled: '/uninstalled' });
    expect(descriptor['apiMigrations']).toEqual({ 'context-qsh': true, 'signed-install': true, gdpr: true });
  });

  it('asks for least-privilege scopes only', () => {
    expect(descriptor['scopes']).toEqual(['READ', 'WRITE', 'ACT_AS_USER']);
  });

  it('puts the button among the page buttons with the original conditions', () => {
    const [item] = descriptor['modules'].webItems;
    expect(item).toMatchObject({ key: 'labelup-button', location: 'system.content.button', url: '/app/index.html?target=inlinedialog', target: { type: 'inlinedialog' } });
    expect(item.conditions).toEqual([
      { condition: 'user_is_logged_in' },
      { or: [{ condition: 'has_page' }, { condition: 'has_blog_post' }] },
      { condition: 'latest_version' },
      { condition: 'has_page_permission', params: { permission: 'EDIT' } },
    ]);
  });

  it('declares the x-large chromeless dialog', () => {
    expect(descriptor['modules'].dialogs).toEqual([
      { key: 'labelup-dashboard', url: '/app/index.html?target=dialog', cacheable: true, options: { chrome: false, size: 'x-large' } },
    ]);
  });

  it('turns licensing on or off by option', () => {
    expect(descriptor['enableLicensing']).toBe(false);
    expect(buildDescriptor({ baseUrl: 'https://x.example.com', licensing: true })['enableLicensing']).toBe(true);
  });
});
