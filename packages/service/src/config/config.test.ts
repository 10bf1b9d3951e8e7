import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const KEY_A = Buffer.alloc(32, 1).toString('base64');
const KEY_B = Buffer.alloc(32, 2).toString('base64url');

describe('loadConfig', () => {
  it('applies documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      baseUrl: 'http://127.0.0.1:3000',
      appKey: 'com.labelup.app',
      licensing: false,
      installKeysUrl: 'https://connect-install-keys.atlassian.com',
      sqlitePath: './.data/labelup.sqlite',
      logLevel: 'info',
      workerConcurrency: 2,
      role: 'all',
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
  });

  it('reads every variable and freezes the result', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      BASE_URL: 'https://labelup.example.com/',
      APP_KEY: 'com.example.labels',
      LICENSING: 'on',
      INSTALL_KEYS_URL: 'http://127.0.0.1:9000/keys',
      OAUTH_TOKEN_URL: 'http://127.0.0.1:9000/oauth2/token',
      DATABASE_URL: 'postgres://u:p@db:5432/labelup',
      SQLITE_PATH: '/var/lib/labelup.sqlite',
      REDIS_URL: 'redis://cache:6379',
      LOG_LEVEL: 'debug',
      WORKER_CONCURRENCY: '8',
      ROLE: 'worker',
      PRODUCT_ORIGINS: 'http://127.0.0.1:8090, https://emulator.example.com/',
      WORKER_LOCK_MS: '5000',
      TENANT_SECRET_KEYS: `k2:${KEY_B},k1:${KEY_A}`,
    });
    expect(config).toMatchObject({
      port: 8080,
      baseUrl: 'https://labelup.example.com',
      licensing: true,
      databaseUrl: 'postgres://u:p@db:5432/labelup',
      redisUrl: 'redis://cache:6379',
      workerConcurrency: 8,
      role: 'worker',
      oauthTokenUrl: 'http://127.0.0.1:9000/oauth2/token',
      productOrigins: ['http://127.0.0.1:8090', 'https://emulator.example.com'],
      workerLockMs: 5000,
      tenantSecretKeys: `k2:${KEY_B},k1:${KEY_A}`,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({ REDIS_URL: '', PORT: '' });
    expect(config.port).toBe(3000);
    expect('redisUrl' in config).toBe(false);
  });

  it('lists every problem at once, by variable, without echoing values', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LICENSING: 'yes', DATABASE_URL: 'mysql://root:hunter2@db/x', WORKER_CONCURRENCY: '0', ROLE: 'both' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LICENSING', 'PORT', 'ROLE', 'WORKER_CONCURRENCY']);
    expect((error as Error).message).not.toContain('hunter2');
    expect((error as Error).message).toContain('PORT: must be an integer between 0 and 65535');
  });

  it('rejects a base URL that is not http(s)', () => {
    expect(() => loadConfig({ BASE_URL: 'ftp://x' })).toThrow(/BASE_URL: must be an absolute http\(s\) URL/);
  });

  it('requires encryption keys in production (https BASE_URL) and checks them without echoing', () => {
    expect(() => loadConfig({ BASE_URL: 'https://labelup.example.com' })).toThrow(/TENANT_SECRET_KEYS: required when BASE_URL is https/);
    expect(loadConfig({ BASE_URL: 'https://labelup.example.com', TENANT_SECRET_KEYS: `k1:${KEY_A}` }).tenantSecretKeys).toBe(`k1:${KEY_A}`);
    const short = Buffer.alloc(16, 3).toString('base64');
    let message = '';
    try {
      loadConfig({ TENANT_SECRET_KEYS: `k1:${short}` });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/TENANT_SECRET_KEYS: key k1 must be 32 bytes/);
    expect(message).not.toContain(short);
    expect(() => loadConfig({ TENANT_SECRET_KEYS: `k1:${KEY_A},k1:${KEY_B}` })).toThrow(/unique/);
  });

  it('accepts product origins only as bare http(s) origins', () => {
    expect(loadConfig({}).productOrigins).toEqual([]);
    expect(() => loadConfig({ PRODUCT_ORIGINS: 'http://127.0.0.1:8090/wiki' })).toThrow(/PRODUCT_ORIGINS/);
    expect(() => loadConfig({ PRODUCT_ORIGINS: 'ftp://x' })).toThrow(/PRODUCT_ORIGINS/);
  });
});
