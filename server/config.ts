import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGUAGES } from '../contract/i18n';
import { isLoopbackHost } from './lib/loopback';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

export const LINKEDIN_DISCOVERY_URL = 'https://www.linkedin.com/oauth/.well-known/openid-configuration';
const RESERVED_PROVIDER_IDS = ['credential', 'email-password'];

/** One OpenID Connect provider in OIDC_PROVIDERS (JSON); LinkedIn has variables of its own. */
const OidcProviderSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,31}$/, 'id must be 2-32 lower-case letters, digits or dashes')
    .refine((id) => !RESERVED_PROVIDER_IDS.includes(id), 'id is reserved'),
  name: z.string().min(1).max(60),
  discoveryUrl: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scopes: z.array(z.string().min(1)).default(['openid', 'profile', 'email']),
  pkce: z.boolean().default(true),
  nonce: z.boolean().default(true),
});

const jsonList = z
  .string()
  .transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON list of providers' });
      return z.NEVER;
    }
  })
  .pipe(z.array(OidcProviderSchema));

/** One entry of TRUST_PROXY: an IPv4 or IPv6 address or range, or one of proxy-addr's names. */
const PROXY_ENTRY = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

/** A locale tag Intl accepts (en-GB, en-US, en-IE, …). */
function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every environment variable the server reads, with its default. The README's table mirrors this. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .url()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_DIRECT_URL: z
    .url()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  DATABASE_PREPARED_STATEMENTS: booleanFlag.default(true),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  INSTITUTION_NAME: z.string().min(1).default('University Mentor Network'),
  SUPPORT_EMAIL: z.email().default('mentornetwork@example.org'),
  ACCENT_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #001158')
    .default('#001158'),
  LOGO_URL: z.string().min(1).optional(),
  DEFAULT_LANGUAGE: z.enum(LANGUAGES).default('en'),
  DATE_LOCALE_EN: z
    .string()
    .refine((value) => /^en(-[A-Za-z0-9]{2,8})*$/.test(value) && isLocale(value), 'must be an English locale like en-GB or en-US')
    .default('en-GB'),
  DEMO_DATA: booleanFlag.optional(),
  RUN_WORKER: booleanFlag.default(true),
  RATE_LIMITS: booleanFlag.default(true),
  TRUST_PROXY: z
    .string()
    .refine((value) => !['true', 'yes', '1'].includes(value), 'would believe any client\'s X-Forwarded-For: give the number of proxies, or their addresses')
    .transform((value) => (value === 'false' || value === 'no' || value === '0' ? false : /^\d+$/.test(value) ? Number(value) : value))
    .refine((value) => typeof value !== 'string' || value.split(',').every((entry) => PROXY_ENTRY.test(entry.trim())), 'must be a number of proxies or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  LINKEDIN_CLIENT_ID: z.string().min(1).optional(),
  LINKEDIN_CLIENT_SECRET: z.string().min(1).optional(),
  LINKEDIN_DISCOVERY_URL: z.url().default(LINKEDIN_DISCOVERY_URL),
  OIDC_PROVIDERS: jsonList.optional(),
  REQUEST_EXPIRY_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REQUEST_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(300),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{24,}$/, 'must be at least 24 characters, without spaces (e.g. openssl rand -hex 24)')
    .optional(),
});

export type Env = z.infer<typeof EnvSchema>;

/**
 * An OpenID Connect provider members may register and sign in with. Its endpoints and keys come
 * from the discovery document, so any conforming provider works the same way.
 */
export interface IdentityProviderConfig {
  /** In URLs (`/api/auth/callback/<id>`) and stored with each linked identity: never change it. */
  id: string;
  /** On the buttons: "Sign in with <name>". */
  name: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  /** Send a PKCE code challenge (LinkedIn refuses one). */
  pkce: boolean;
  /** Bind the ID token to the request with a nonce (LinkedIn does not echo it). */
  nonce: boolean;
}

/** PostgreSQL (DATABASE_URL), possibly through a pooler such as PgBouncer in transaction mode. */
export interface PostgresConfig {
  kind: 'postgres';
  url: string;
  /**
   * A connection straight to PostgreSQL, past a transaction pooler: for migrations and LISTEN,
   * which need one session for longer than one transaction. Defaults to `url`.
   */
  directUrl?: string;
  poolSize: number;
  /** Named (server-side) prepared statements; off for a pooler that cannot keep them. */
  preparedStatements: boolean;
  timeouts: { connectTimeoutMs: number; statementTimeoutMs: number };
}

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  publicUrl: string;
  /**
   * On PostgreSQL every wait is bounded (server/db/postgres.ts): getting a connection, and each
   * statement. A request that runs into either answers 503 `service_unavailable`.
   */
  database: { kind: 'pglite'; dataDir: string } | PostgresConfig;
  authSecret: string;
  mail: { smtpUrl?: string; from: string };
  institution: {
    name: string;
    supportEmail: string;
    accentColor: string;
    logoUrl?: string;
  };
  defaultLanguage: Env['DEFAULT_LANGUAGE'];
  /** The locale whose way of writing dates each page language uses (English: DATE_LOCALE_EN). */
  dateLocales: Record<Env['DEFAULT_LANGUAGE'], string>;
  /** Fill an empty embedded database with the demo community. */
  demoData: boolean;
  /** Run the outbox worker inside the web process. */
  runWorker: boolean;
  /** Limit attempts per account and per client address (off only in tests that sign in often). */
  rateLimits: boolean;
  /**
   * Which proxies in front may say who the client is (X-Forwarded-For): false for none, a number
   * of hops, or their addresses. Every rate limit keys on the client address this gives.
   */
  trustProxy: false | number | string;
  logLevel: Env['LOG_LEVEL'];
  /** JSON lines (production, log collectors) or pino-pretty's readable lines (development). */
  logFormat: 'json' | 'pretty';
  /** Sign-in providers besides email + password, in the order the buttons show them. */
  identityProviders: IdentityProviderConfig[];
  /** Pending mentoring requests expire after `expiryDays`; the mentor is reminded after `reminderDays`. */
  requests: { expiryDays: number; reminderDays: number };
  /** How long the outbox worker holds a mail it is sending; after a crash, the mail waits this long. */
  outboxLeaseMs: number;
  /** Delivered outbox rows and kept mail are deleted after this many days (server/modules/retention). */
  retentionDays: number;
  /** The bearer token Prometheus sends for /metrics; without it /metrics answers 404 (ADR 0016). */
  metricsToken?: string;
  /**
   * Whether the development mailbox exists: only where no one but this machine can reach it
   * (see devMailboxBlockers); it shows every reset link, so anywhere else it is an account takeover.
   */
  devMailbox: boolean;
  /** Settings that work but are risky, said loudly in the log at start. */
  warnings: string[];
}

/** A reminder on or after the expiry would never be seen before it: refuse such a setting. */
function requestTimings(env: Env): Config['requests'] {
  if (env.REQUEST_REMINDER_DAYS >= env.REQUEST_EXPIRY_DAYS) {
    throw new ConfigError(
      `Invalid configuration — REQUEST_REMINDER_DAYS (${env.REQUEST_REMINDER_DAYS}) must be less than REQUEST_EXPIRY_DAYS (${env.REQUEST_EXPIRY_DAYS})`,
    );
  }
  return { expiryDays: env.REQUEST_EXPIRY_DAYS, reminderDays: env.REQUEST_REMINDER_DAYS };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; throws ConfigError with one readable line per problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(source).map(([key, value]) => [key, emptyToUndefined(value)]));
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join('; ')}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  const dataDir = path.resolve(env.DATA_DIR);
  const database = env.DATABASE_URL
    ? ({
        kind: 'postgres',
        url: env.DATABASE_URL,
        directUrl: env.DATABASE_DIRECT_URL,
        poolSize: env.DATABASE_POOL_SIZE,
        preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
        timeouts: { connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS, statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS },
      } as const)
    : ({ kind: 'pglite', dataDir } as const);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  // A newcomer's server answers this machine only; production listens on every interface.
  const host = env.HOST ?? (isProduction ? '0.0.0.0' : 'localhost');
  const mailboxBlockers = devMailboxBlockers({ isProduction, database, host, publicUrl });

  return {
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host,
    publicUrl,
    database,
    authSecret: env.AUTH_SECRET ?? developmentSecret(isProduction, dataDir),
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM ?? `${env.INSTITUTION_NAME} <${env.SUPPORT_EMAIL}>` },
    institution: {
      name: env.INSTITUTION_NAME,
      supportEmail: env.SUPPORT_EMAIL,
      accentColor: env.ACCENT_COLOR,
      logoUrl: env.LOGO_URL,
    },
    defaultLanguage: env.DEFAULT_LANGUAGE,
    dateLocales: { en: env.DATE_LOCALE_EN, nl: 'nl-NL' },
    demoData: env.DEMO_DATA ?? (!isProduction && database.kind === 'pglite'),
    runWorker: env.RUN_WORKER,
    rateLimits: env.RATE_LIMITS,
    trustProxy: env.TRUST_PROXY ?? false,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json'),
    identityProviders: identityProviders(env, isProduction),
    requests: requestTimings(env),
    outboxLeaseMs: env.OUTBOX_LEASE_SECONDS * 1000,
    retentionDays: env.RETENTION_DAYS,
    metricsToken: env.METRICS_TOKEN,
    devMailbox: mailboxBlockers.length === 0,
    warnings: startWarnings(env, mailboxBlockers),
  };
}

/**
 * Why the development mailbox is off, if it is: it may exist only outside production, on the
 * embedded database, listening on loopback, with a loopback PUBLIC_URL.
 */
function devMailboxBlockers(settings: { isProduction: boolean; database: Config['database']; host: string; publicUrl: string }): string[] {
  const blockers: string[] = [];
  if (settings.isProduction) blockers.push('NODE_ENV is production');
  if (settings.database.kind !== 'pglite') blockers.push('DATABASE_URL is set');
  if (!isLoopbackHost(settings.host)) blockers.push(`HOST ${settings.host} is reachable from other machines`);
  if (!isLoopbackHost(new URL(settings.publicUrl).hostname)) blockers.push(`PUBLIC_URL ${settings.publicUrl} is not this machine`);
  return blockers;
}

function startWarnings(env: Env, mailboxBlockers: string[]): string[] {
  const warnings: string[] = [];
  if (env.DATABASE_URL && env.NODE_ENV !== 'production') {
    warnings.push(
      `!!! NODE_ENV is ${env.NODE_ENV} on a PostgreSQL database (DATABASE_URL). Cookies are not marked secure, ` +
        'HSTS is off and a generated secret may be used. If real people use this installation, start it with NODE_ENV=production. !!!',
    );
  }
  if (env.NODE_ENV !== 'production' && !env.SMTP_URL && mailboxBlockers.length > 0) {
    warnings.push(`The development mailbox is off (${mailboxBlockers.join('; ')}); without SMTP_URL, mail is only kept in the database.`);
  }
  return warnings;
}

/** LinkedIn when its client is configured, then the providers of OIDC_PROVIDERS. */
function identityProviders(env: Env, isProduction: boolean): IdentityProviderConfig[] {
  const list: IdentityProviderConfig[] = [];
  if (Boolean(env.LINKEDIN_CLIENT_ID) !== Boolean(env.LINKEDIN_CLIENT_SECRET)) {
    throw new ConfigError('Invalid configuration — LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET: set both or neither');
  }
  if (env.LINKEDIN_CLIENT_ID && env.LINKEDIN_CLIENT_SECRET) {
    list.push({
      id: 'linkedin',
      name: 'LinkedIn',
      discoveryUrl: env.LINKEDIN_DISCOVERY_URL,
      clientId: env.LINKEDIN_CLIENT_ID,
      clientSecret: env.LINKEDIN_CLIENT_SECRET,
      scopes: ['openid', 'profile', 'email'],
      // LinkedIn rejects a PKCE verifier and leaves the nonce out of its ID token.
      pkce: false,
      nonce: false,
    });
  }
  list.push(...(env.OIDC_PROVIDERS ?? []));
  const seen = new Set<string>();
  for (const provider of list) {
    if (seen.has(provider.id)) throw new ConfigError(`Invalid configuration — OIDC_PROVIDERS: the id "${provider.id}" is used twice`);
    seen.add(provider.id);
    if (isProduction && !provider.discoveryUrl.startsWith('https://')) {
      throw new ConfigError(`Invalid configuration — ${provider.id}: the discovery URL must use https in production`);
    }
  }
  return list;
}

/** Outside production a missing secret is generated once and kept in the data folder. */
function developmentSecret(isProduction: boolean, dataDir: string): string {
  if (isProduction) {
    throw new ConfigError('Invalid configuration — AUTH_SECRET: required in production (at least 32 characters)');
  }
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
