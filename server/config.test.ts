import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mn-config-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('gives a newcomer working defaults: port 3000, embedded database, demo data, English', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      database: { kind: 'pglite', dataDir: dir },
      demoData: true,
      defaultLanguage: 'en',
      runWorker: true,
    });
  });

  it('generates a development secret once and keeps it in the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).authSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, 'auth-secret'), 'utf8').trim()).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).authSecret).toBe(first);
  });

  it('requires AUTH_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/mn' })).toThrow(
      /AUTH_SECRET: required in production/,
    );
  });

  it('listens on loopback outside production, on every interface in production', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).host).toBe('localhost');
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/mn', AUTH_SECRET: 'x'.repeat(32) }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATA_DIR: dataDir(), HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('keeps the development mailbox to a newcomer on this machine, and says why it is off', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({ devMailbox: true, warnings: [] });
    const open = loadConfig({ DATA_DIR: dataDir(), HOST: '0.0.0.0', PUBLIC_URL: 'https://mentors.example.org' });
    expect(open.devMailbox).toBe(false);
    expect(open.warnings).toEqual([expect.stringMatching(/mailbox is off \(HOST 0\.0\.0\.0 .*; PUBLIC_URL https:\/\/mentors\.example\.org/)]);
    expect(loadConfig({ DATA_DIR: dataDir(), SMTP_URL: 'smtp://mail', HOST: '0.0.0.0' }).warnings).toEqual([]);
  });

  it('reads TRUST_PROXY as a number of proxies or their addresses, and refuses "true"', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,loopback' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1,loopback');
    expect(() => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: would believe any client's X-Forwarded-For/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY: must be a number of proxies/);
  });

  it('turns /metrics on with a METRICS_TOKEN that is long enough to be a secret', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).metricsToken).toBeUndefined();
    const token = 'a'.repeat(12) + '0123456789ab';
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: token }).metricsToken).toBe(token);
    expect(() => loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 24 characters/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: `${token} spaced` })).toThrow(/METRICS_TOKEN/);
  });

  it('warns loudly when PostgreSQL runs outside production', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1/mn', DATA_DIR: dataDir() });
    expect(config.devMailbox).toBe(false);
    expect(config.warnings[0]).toMatch(/^!!! NODE_ENV is development on a PostgreSQL database .* NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/mn', AUTH_SECRET: 'x'.repeat(32) }).warnings).toEqual([]);
  });

  it('logs readable lines in development and JSON elsewhere, unless LOG_FORMAT says', () => {
    expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir() }).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir() }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/mn', AUTH_SECRET: 'x'.repeat(32) }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'development', LOG_FORMAT: 'json', DATA_DIR: dataDir() }).logFormat).toBe('json');
  });

  it('starts PostgreSQL and production without demo data', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1/mn', DATA_DIR: dataDir() });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1/mn',
      poolSize: 10,
      preparedStatements: true,
      timeouts: { connectTimeoutMs: 5_000, statementTimeoutMs: 15_000 },
    });
    expect(config.demoData).toBe(false);
  });

  it('takes a pooler in front of PostgreSQL: a direct URL, the pool size, no named prepared statements', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@pgbouncer:6432/mn',
      DATABASE_DIRECT_URL: 'postgres://app@db:5432/mn',
      DATABASE_POOL_SIZE: '40',
      DATABASE_PREPARED_STATEMENTS: 'false',
      DATA_DIR: dataDir(),
    });
    expect(config.database).toMatchObject({ directUrl: 'postgres://app@db:5432/mn', poolSize: 40, preparedStatements: false });
  });

  it('bounds the waits on PostgreSQL as DATABASE_CONNECT_TIMEOUT_MS and DATABASE_STATEMENT_TIMEOUT_MS say', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1/mn',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      DATABASE_STATEMENT_TIMEOUT_MS: '30000',
      DATA_DIR: dataDir(),
    });
    expect(config.database).toMatchObject({ timeouts: { connectTimeoutMs: 2_000, statementTimeoutMs: 30_000 } });
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration — PORT: /],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL: must start with postgres/],
    [{ ACCENT_COLOR: 'blue' }, /ACCENT_COLOR: must be a colour like #001158/],
    [{ DATABASE_CONNECT_TIMEOUT_MS: '5s' }, /DATABASE_CONNECT_TIMEOUT_MS: /],
    [{ DATABASE_CONNECT_TIMEOUT_MS: '0' }, /DATABASE_CONNECT_TIMEOUT_MS: /],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '-1' }, /DATABASE_STATEMENT_TIMEOUT_MS: /],
    [{ DATABASE_DIRECT_URL: 'mysql://x/y' }, /DATABASE_DIRECT_URL: must start with postgres/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE: /],
    [{ DEFAULT_LANGUAGE: 'de' }, /DEFAULT_LANGUAGE: /],
    [{ DATE_LOCALE_EN: 'nl-NL' }, /DATE_LOCALE_EN: must be an English locale like en-GB/],
    [{ DATE_LOCALE_EN: 'en_GB' }, /DATE_LOCALE_EN: must be an English locale like en-GB/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL: must start with smtp/],
    [{ LINKEDIN_CLIENT_ID: 'only-the-id' }, /LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET: set both or neither/],
    [{ OIDC_PROVIDERS: 'not json' }, /OIDC_PROVIDERS: must be a JSON list of providers/],
    [{ OIDC_PROVIDERS: '[{"id":"Campus SSO","name":"x","discoveryUrl":"https://sso.example/.well-known/openid-configuration","clientId":"a","clientSecret":"b"}]' }, /OIDC_PROVIDERS\.0\.id: /],
    [{ OIDC_PROVIDERS: '[{"id":"campus","name":"Campus"}]' }, /OIDC_PROVIDERS\.0\.discoveryUrl: /],
  ])('refuses %o with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dataDir(), ...env });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('writes English dates the British way unless DATE_LOCALE_EN says otherwise; Dutch ones the Dutch way', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).dateLocales).toEqual({ en: 'en-GB', nl: 'nl-NL' });
    expect(loadConfig({ DATA_DIR: dataDir(), DATE_LOCALE_EN: 'en-US' }).dateLocales).toEqual({ en: 'en-US', nl: 'nl-NL' });
  });

  it('offers no sign-in provider until one is configured', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).identityProviders).toEqual([]);
  });

  it('configures LinkedIn from its client, without PKCE or nonce, then the institution providers in order', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      LINKEDIN_CLIENT_ID: 'client',
      LINKEDIN_CLIENT_SECRET: 'secret',
      OIDC_PROVIDERS: JSON.stringify([
        { id: 'campus', name: 'Campus SSO', discoveryUrl: 'https://sso.example.edu/.well-known/openid-configuration', clientId: 'c', clientSecret: 's' },
      ]),
    });
    expect(config.identityProviders).toEqual([
      {
        id: 'linkedin',
        name: 'LinkedIn',
        discoveryUrl: 'https://www.linkedin.com/oauth/.well-known/openid-configuration',
        clientId: 'client',
        clientSecret: 'secret',
        scopes: ['openid', 'profile', 'email'],
        pkce: false,
        nonce: false,
      },
      {
        id: 'campus',
        name: 'Campus SSO',
        discoveryUrl: 'https://sso.example.edu/.well-known/openid-configuration',
        clientId: 'c',
        clientSecret: 's',
        scopes: ['openid', 'profile', 'email'],
        pkce: true,
        nonce: true,
      },
    ]);
  });

  it('refuses a provider id used twice, and a discovery URL without https in production', () => {
    const campus = { id: 'linkedin', name: 'Other', discoveryUrl: 'https://sso.example/.well-known/openid-configuration', clientId: 'c', clientSecret: 's' };
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), LINKEDIN_CLIENT_ID: 'a', LINKEDIN_CLIENT_SECRET: 'b', OIDC_PROVIDERS: JSON.stringify([campus]) }),
    ).toThrow(/the id "linkedin" is used twice/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        AUTH_SECRET: 'a-production-secret-that-is-long-enough',
        DATABASE_URL: 'postgres://db/mn',
        LINKEDIN_CLIENT_ID: 'a',
        LINKEDIN_CLIENT_SECRET: 'b',
        LINKEDIN_DISCOVERY_URL: 'http://sso.example/.well-known/openid-configuration',
      }),
    ).toThrow(/linkedin: the discovery URL must use https in production/);
  });
});
