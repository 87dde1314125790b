import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EnvSchema, loadConfig } from '../server/config';
import { projectRoot } from '../server/lib/paths';

/**
 * The Dockerfile and compose.yaml, read as Docker would read them (no Docker daemon here, nor in
 * CI): what the image needs to run, and what `docker compose up` needs to give a working site.
 */

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages: continuation lines joined, comments and the parser directive left out. */
function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (!keyword || args === undefined) throw new Error(`cannot read Dockerfile line: ${line}`);
    if (keyword.toUpperCase() === 'FROM') {
      const [image, as, name] = args.split(/\s+/);
      stages.push({ image: image!, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${keyword} before FROM`);
      stage.instructions.push({ keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') });
    }
  }
  return stages;
}

const all = (stage: Stage, keyword: string) => stage.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error} (an unset or empty VAR is an error). */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_match, name: string, kind?: string, rest?: string) => {
    const given = env[name];
    if (given) return given;
    if (kind === '-') return rest ?? '';
    if (kind === '?') throw new Error(`${name}: ${rest}`);
    return '';
  });
}

describe('the container image (Dockerfile)', () => {
  const stages = parseDockerfile(read('Dockerfile'));
  const final = stages.at(-1)!;
  const byName = (name: string) => stages.find((stage) => stage.name === name);

  it('builds and runs on Node 24 (Debian bookworm, slim)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toBe('node:24-bookworm-slim');
  });

  it('builds with npm ci and npm run build in a build stage', () => {
    const builder = stages.find((stage) => all(stage, 'RUN').some((run) => run.includes('npm run build')))!;
    expect(builder).toBeDefined();
    expect(builder).not.toBe(final);
    const runs = all(builder, 'RUN');
    expect(runs.findIndex((run) => /\bnpm ci\b/.test(run))).toBeLessThan(runs.findIndex((run) => run.includes('npm run build')));
  });

  it('runs as a user that is not root', () => {
    const users = all(final, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    // Nothing runs as root after the switch.
    const lastUser = final.instructions.findLastIndex((instruction) => instruction.keyword === 'USER');
    expect(final.instructions.slice(lastUser).filter((instruction) => instruction.keyword === 'RUN')).toEqual([]);
  });

  it('checks its health on /healthz', () => {
    const [healthcheck] = all(final, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/CMD .*\/healthz/);
    const port = /PORT=(\d+)/.exec(all(final, 'ENV').join(' '))?.[1];
    expect(port).toBe('3000');
    expect(all(final, 'EXPOSE')).toContain(port);
  });

  it('carries no dev dependencies: node_modules comes only from an npm ci --omit=dev', () => {
    for (const run of all(final, 'RUN')) expect(run).not.toMatch(/\bnpm (ci|install|i)\b/);
    const copies = all(final, 'COPY').filter((copy) => copy.includes('node_modules'));
    expect(copies.length).toBe(1);
    const source = byName(/--from=(\S+)/.exec(copies[0]!)![1]!)!;
    const installs = all(source, 'RUN').filter((run) => /\bnpm (ci|install|i)\b/.test(run));
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) expect(install).toMatch(/--omit=dev/);
    // …and then the dev dependencies npm keeps as optional peers of runtime ones are removed.
    expect(installs.at(-1)).toMatch(/--omit=dev .*&& node scripts\/prune-dev-optional\.mjs/);
    expect(all(source, 'COPY')).toContain('scripts/prune-dev-optional.mjs ./scripts/');
  });

  it('starts the bundle the build writes, with the migrations it applies at start', () => {
    const cmd = JSON.parse(all(final, 'CMD').at(-1)!) as string[];
    expect(cmd).toEqual(['node', 'dist/server/server.js']);
    const buildScript = read('scripts/build.mjs');
    expect(buildScript).toContain("outdir = 'dist/server'");
    expect(buildScript).toContain("'server/server.ts'");
    const copies = all(final, 'COPY');
    expect(copies.some((copy) => /--from=\S+ \/app\/dist \.\/dist$/.test(copy))).toBe(true);
    expect(copies).toContain('server/db/migrations ./server/db/migrations');
    expect(existsSync(path.join(projectRoot, 'server/db/migrations/meta/_journal.json'))).toBe(true);
  });

  it('needs at run time no package that npm ci --omit=dev leaves out', async () => {
    // The same bundle as scripts/build.mjs, in memory: every package it leaves to node_modules must be a dependency.
    const result = await build({
      absWorkingDir: projectRoot,
      entryPoints: ['server/server.ts', 'server/worker.ts'],
      outdir: 'dist/server',
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const external = new Set<string>();
    for (const output of Object.values(result.metafile.outputs)) {
      for (const entry of output.imports) if (entry.external) external.add(entry.path);
    }
    const packageName = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    const builtins = new Set(builtinModules);
    const packages = [...external].filter((specifier) => !specifier.startsWith('node:') && !builtins.has(specifier)).map(packageName);
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    expect(packages.length).toBeGreaterThan(5);
    expect([...new Set(packages)].filter((name) => !(name in dependencies))).toEqual([]);
  });

  it('sends the sources only: no node_modules, build output, data or .env in the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    for (const entry of ['node_modules', 'dist', 'data', '.env', '.git']) expect(ignored).toContain(entry);
  });
});

describe('docker compose (compose.yaml)', () => {
  interface Service {
    image?: string;
    build?: string;
    environment?: Record<string, string>;
    volumes?: string[];
    ports?: string[];
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: { test: string[] };
  }
  const compose = parseYaml(read('compose.yaml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const { db, app, mail } = compose.services;
  const appEnv = (env: Record<string, string>) => Object.fromEntries(Object.entries(app!.environment!).map(([key, value]) => [key, interpolate(String(value), env)]));
  const secret = { AUTH_SECRET: 'a-secret-from-the-env-file-0123456789abcdef' };

  it('runs PostgreSQL (15 or newer) on a named volume, with a health check', () => {
    expect(db?.image).toMatch(/^postgres:(\d+)/);
    expect(Number(/^postgres:(\d+)/.exec(db!.image!)![1])).toBeGreaterThanOrEqual(15);
    const [volume, target] = db!.volumes![0]!.split(':');
    expect(target).toBe('/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(db!.healthcheck!.test.join(' ')).toContain('pg_isready');
  });

  it('runs a development mail catcher whose mailbox is readable in the browser', () => {
    expect(mail?.image).toMatch(/^axllent\/mailpit/);
    expect(mail!.ports).toContain('8025:8025');
  });

  it('builds the app from the Dockerfile and starts it once PostgreSQL is healthy', () => {
    expect(app?.build).toBe('.');
    expect(app!.depends_on!.db!.condition).toBe('service_healthy');
    expect(app!.depends_on!.mail).toBeDefined();
    expect(app!.ports).toContain('3000:3000');
  });

  it("gives the app only variables server/config.ts reads, and what production needs", () => {
    const known = Object.keys(EnvSchema.shape);
    expect(Object.keys(app!.environment!).filter((name) => !known.includes(name))).toEqual([]);
    const env = appEnv(secret);
    expect(env.NODE_ENV).toBe('production');
    expect(env.TRUST_PROXY).toBeUndefined();

    const database = new URL(env.DATABASE_URL!);
    expect(database.hostname).toBe('db');
    expect(database.port).toBe('5432');
    expect(decodeURIComponent(database.username)).toBe(db!.environment!.POSTGRES_USER);
    expect(decodeURIComponent(database.password)).toBe(interpolate(db!.environment!.POSTGRES_PASSWORD!, {}));
    expect(database.pathname).toBe(`/${db!.environment!.POSTGRES_DB}`);
    const smtp = new URL(env.SMTP_URL!);
    expect([smtp.protocol, smtp.hostname, smtp.port]).toEqual(['smtp:', 'mail', '1025']);

    // The server accepts it as it stands: production, PostgreSQL, real mail.
    const config = loadConfig(env);
    expect(config).toMatchObject({ isProduction: true, database: { kind: 'postgres' }, publicUrl: 'http://localhost:3000', host: '0.0.0.0', port: 3000 });
    expect(config.mail.smtpUrl).toBe('smtp://mail:1025');
  });

  it('will not start without AUTH_SECRET, and takes it from the environment or .env', () => {
    expect(() => appEnv({})).toThrow(/AUTH_SECRET: set AUTH_SECRET in \.env/);
    expect(appEnv(secret).AUTH_SECRET).toBe(secret.AUTH_SECRET);
    expect(appEnv({ ...secret, PUBLIC_URL: 'https://mentors.example.org' }).PUBLIC_URL).toBe('https://mentors.example.org');
  });
});
