import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../contract/errors';
import { AppError, errors } from './errors';

const serverDir = join(import.meta.dirname, '..');

/** The server's production sources: everything but tests and this catalogue. */
function productionSources(): string {
  const files = readdirSync(serverDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== join('lib', 'errors.ts'),
  );
  return files.map((file) => readFileSync(join(serverDir, file), 'utf8')).join('\n');
}

describe('the error catalogue', () => {
  it('has one factory per code, each giving an error with that code', () => {
    expect(Object.keys(errors).sort()).toEqual([...ERROR_CODES].sort());
    for (const [code, factory] of Object.entries(errors)) {
      const error = (factory as (...args: unknown[]) => AppError)('x', [], 'body');
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe(code);
      expect(error.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('has every code used by the server (no declared-but-unused code)', () => {
    const sources = productionSources();
    const unused = ERROR_CODES.filter((code) => !new RegExp(`\\berrors\\.${code}\\b`).test(sources));
    expect(unused).toEqual([]);
  });

  it('is the only place an AppError is made', () => {
    expect(productionSources()).not.toMatch(/new AppError\(/);
  });
});
