import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../server/lib/paths';

// Only the argument handling: it answers before any database is opened, so no database is needed.
const run = async (script: string, ...args: string[]) => {
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [path.join('scripts', script), ...args], { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

// Each run starts tsx (a second or more on a busy machine).
describe('the command-line scripts', { timeout: 60_000 }, () => {
  it('admin:create explains itself on --help and refuses a call without --email', async () => {
    const help = await run('admin-create.ts', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run admin:create -- --email');
    const missing = await run('admin-create.ts');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Missing --email\.\n\nUsage:/);
  });

  it('db:seed refuses a count that is not a number', async () => {
    const result = await run('seed.ts', '--mentors', 'many');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--mentors must be a whole number above 0, not 'many'.");
  });
});
