import type { LightMyRequestResponse } from 'fastify';
import { grantAdmin } from '../server/cli/grant-admin';
import { type UserRow, findMember } from '../server/modules/accounts/accounts.service';
import type { TestApp } from './app';
import { ORIGIN, createMember } from './factories';

/** A signed-in admin (a staff member granted admin rights), with their row as services take it. */
export async function createAdmin(t: TestApp) {
  const created = await createMember(t, { role: 'staff' });
  const granted = await grantAdmin(t.database.db, created.input.email);
  if (granted.outcome !== 'granted') throw new Error(`admin: ${granted.outcome}`);
  return { ...created, row: await memberRow(t, created.user.id) };
}

/** A member's row as the services take it as their actor. */
export async function memberRow(t: TestApp, id: string): Promise<UserRow> {
  const row = await findMember(t.database.db, id);
  if (!row) throw new Error(`no member ${id}`);
  return row;
}

/** An API call as the member behind `cookie`, with the site's origin (every method). */
export function api(t: TestApp) {
  return (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie?: string, payload?: object): Promise<LightMyRequestResponse> =>
    t.app.inject({ method, url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, ...(payload ? { payload } : {}) });
}
