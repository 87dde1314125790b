import { describe, expect, it } from 'vitest';
import { errors } from './errors';
import { adminRefusal, allows, assertAdmin, enforce, isAdmin } from './policy';

describe('policy helpers', () => {
  it.each([
    [{ isAdmin: true }, true],
    [{ isAdmin: false }, false],
    [null, false],
    [undefined, false],
  ])('%j is an admin: %s', (actor, expected) => {
    expect(isAdmin(actor)).toBe(expected);
    if (!actor) return;
    expect(allows(adminRefusal(actor))).toBe(expected);
    if (expected) expect(() => assertAdmin(actor)).not.toThrow();
    else expect(() => assertAdmin(actor)).toThrow(expect.objectContaining({ status: 403, code: 'forbidden' }));
  });

  it('enforces a refusal by throwing it, and allows nothing else', () => {
    const refusal = errors.not_found('The request');
    expect(() => enforce(refusal)).toThrow(refusal);
    expect(() => enforce(null)).not.toThrow();
    expect([allows(refusal), allows(null)]).toEqual([false, true]);
  });
});
