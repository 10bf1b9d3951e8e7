import { describe, expect, it } from 'vitest';
import { allJsUrl, atlassianAllJs } from './load-ap.js';

describe('allJsUrl', () => {
  it('uses the host and context path of the iframe URL', () => {
    expect(allJsUrl('?xdm_e=http%3A%2F%2F127.0.0.1%3A8090&cp=%2Fwiki&jwt=x')).toBe('http://127.0.0.1:8090/wiki/atlassian-connect/all.js');
    expect(allJsUrl('?xdm_e=http://localhost:1')).toBe('http://localhost:1/atlassian-connect/all.js');
  });

  it("uses Atlassian's CDN for a real Confluence Cloud site", () => {
    expect(allJsUrl('?xdm_e=https://acme.atlassian.net&cp=/wiki')).toBe(atlassianAllJs);
  });

  it('refuses missing, non-http or malformed hosts and paths', () => {
    expect(allJsUrl('?cp=/wiki')).toBeUndefined();
    expect(allJsUrl('?xdm_e=javascript:alert(1)')).toBeUndefined();
    expect(allJsUrl('?xdm_e=not a url')).toBeUndefined();
    expect(allJsUrl('?xdm_e=http://h&cp=//evil.example')).toBeUndefined();
    expect(allJsUrl('?xdm_e=http://h&cp=/wiki?x=1')).toBeUndefined();
  });
});
