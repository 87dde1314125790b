import type { Role } from '../../contract/me';
import { type AppError, errors } from './errors';

/**
 * What every area's policy (`server/modules/<area>/<area>.policy.ts`, ADR 0019) is made of. A rule
 * is a function that answers null when the actor may go ahead, or the refusal: the error the API
 * answers with (404 when the actor may not know the thing exists, 403 when they may see it but not
 * do this, 409 when nobody may do it in its present state). A service enforces the rule; the view
 * turns the same function into a `can.*` flag with `allows`, so the two cannot disagree.
 */

/** The signed-in member as a policy sees them: only what a rule may read (a UserRow fits). */
export interface Actor {
  id: string;
  role: Role | null;
  isAdmin: boolean;
}

/** A rule's answer: null when allowed, else the error to answer with. */
export type Refusal = AppError | null;

/** The service side of a rule: throws its refusal. */
export function enforce(refusal: Refusal): void {
  if (refusal) throw refusal;
}

/** The view side of a rule: the `can.*` flag. */
export const allows = (refusal: Refusal): boolean => refusal === null;

/**
 * An admin: the alumni office (docs/product.md, "Who takes part"). Every admin-only rule asks this,
 * whether it answers 403 (the admin routes) or 404 (the development mailbox hides from others).
 */
export const isAdmin = (actor: Pick<Actor, 'isAdmin'> | null | undefined): boolean => actor?.isAdmin === true;

/** Admins only; 403 `forbidden` to any other member. */
export const adminRefusal = (actor: Pick<Actor, 'isAdmin'>): Refusal => (isAdmin(actor) ? null : errors.forbidden());

export function assertAdmin(actor: Pick<Actor, 'isAdmin'>): void {
  enforce(adminRefusal(actor));
}
