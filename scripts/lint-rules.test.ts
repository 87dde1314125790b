// Proof that `npm run lint` holds the module boundaries and the no-cycle rule of ADR 0020: probe
// code at real paths is linted with the project's own eslint.config.js, and the cycle check runs
// on a deliberate cycle in test/fixtures (which the project's own lint run leaves out).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The no-restricted-imports messages for `code` as if it were the file at `filePath`. */
async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('module boundaries (eslint.config.js)', () => {
  it("refuses a server module importing another module's repo, even for a type", async () => {
    expect(await boundaryMessages('server/modules/mentoring/probe.ts', "export { findMentorProfile } from '../mentors/mentors.repo';\n")).toEqual([
      expect.stringContaining("Call the owning module's service"),
    ]);
    expect(await boundaryMessages('server/modules/profile/probe.ts', "import type { UserRow } from '../accounts/accounts.repo';\nexport type Row = UserRow;\n")).toEqual([
      expect.stringContaining("Call the owning module's service"),
    ]);
  });

  it("lets a module use another module's service, policy and the request gate", async () => {
    const code = [
      "export { findMentorProfile } from '../mentors/mentors.service';",
      "export { requireUser } from '../accounts/session';",
      "export * from '../mentors/mentors.policy';",
    ].join('\n');
    expect(await boundaryMessages('server/modules/mentoring/probe.ts', `${code}\n`)).toEqual([]);
  });

  it('refuses a module depending on a module listed after it (no loop between modules)', async () => {
    expect(await boundaryMessages('server/modules/mentors/probe.ts', "export { getDashboard } from '../mentoring/mentorships.service';\n")).toEqual([
      expect.stringContaining('server/modules/mentors may use only modules listed before it'),
    ]);
  });

  it('refuses a module importing jobs/', async () => {
    expect(await boundaryMessages('server/modules/accounts/probe.ts', "export { createOutboxWorker } from '../../jobs/outbox-worker';\n")).toEqual([
      expect.stringContaining('Modules do not import jobs/'),
    ]);
  });

  it("refuses jobs/ importing a module's repo or tables, and lets it call a service", async () => {
    expect(await boundaryMessages('server/jobs/probe.ts', "export { claimDueOutboxRows } from '../modules/outbox/outbox.repo';\n")).toEqual([
      expect.stringContaining('jobs/ only schedules'),
    ]);
    expect(await boundaryMessages('server/jobs/probe.ts', "export { outbox } from '../db/schema';\n")).toEqual([
      expect.stringContaining('jobs/ only schedules'),
    ]);
    expect(await boundaryMessages('server/jobs/probe.ts', "export { pruneOldData } from '../modules/retention/retention.service';\n")).toEqual([]);
  });

  it("refuses a web feature importing another feature's internals, and lets it use the feature's index.ts", async () => {
    expect(await boundaryMessages('web/src/features/mentoring/components/probe.ts', "export { mentorKeys } from '../../mentors/api/query-keys';\n")).toEqual([
      expect.stringContaining('only through its index.ts'),
    ]);
    expect(await boundaryMessages('web/src/features/mentoring/components/probe.ts', "export { mentorKeys } from '../../mentors';\n")).toEqual([]);
  });
});

describe('import cycles (npm run lint:cycles)', () => {
  it('leaves the deliberate cycle out of the project lint', async () => {
    expect(await eslint.isPathIgnored(`${root}test/fixtures/import-cycle/a.ts`)).toBe(true);
  });

  it('fails on a cycle, a type-only import included', async () => {
    // The flags of package.json's lint:cycles, on the fixture instead of the project.
    const dpdm = fileURLToPath(new URL('../node_modules/.bin/dpdm', import.meta.url));
    const run = promisify(execFile)(dpdm, ['--no-tree', '--no-warning', '--no-progress', '--exit-code', 'circular:1', 'test/fixtures/import-cycle/*.ts'], {
      cwd: root,
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('test/fixtures/import-cycle/b.ts -> test/fixtures/import-cycle/a.ts'),
    });
  });
});
