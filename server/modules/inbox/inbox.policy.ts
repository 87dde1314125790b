import { errors } from '../../lib/errors';
import { type Actor, type Refusal, allows, enforce, isAdmin } from '../../lib/policy';

/**
 * Who may write to whom in the Inbox, and who may read a conversation (ADR 0019). Only the two
 * members of a conversation know it exists (404 to anyone else, admins included). Writing is
 * refused with one neutral answer, 403 `cannot_message_member`, whatever the reason — in
 * particular a member who was blocked is not told so.
 */

type Viewer = Pick<Actor, 'id'>;

/** The other member as the rules read them; null once they deleted their account. */
export interface OtherMemberFacts {
  id: string;
  suspendedAt: Date | null;
}

/** What the rules of writing read about the pair (gathered by the service in one query). */
export interface WritingFacts {
  other: OtherMemberFacts | null;
  /** The other member has a listed mentor profile. */
  isListedMentor: boolean;
  /** The two have or had a request or a mentorship, either way round. */
  hasHistory: boolean;
  /** The other member blocked the writer. */
  blockedByOther: boolean;
  /** The two have a conversation already: anyone may answer in it. */
  hasConversation: boolean;
}

/** A conversation exists only for its two members: 404 to anyone else, admins included. */
export function conversationVisibilityRefusal(actor: Viewer, memberIds: readonly string[] | undefined): Refusal {
  return memberIds?.includes(actor.id) ? null : errors.not_found('The conversation');
}

export function assertMaySeeConversation<T extends readonly string[]>(actor: Viewer, memberIds: T | undefined): asserts memberIds is T {
  enforce(conversationVisibilityRefusal(actor, memberIds));
}

/**
 * Why `actor` may not write to the other member now, or null. Nobody writes to themselves, to a
 * deleted or suspended member, or to a member who blocked them. Within an existing conversation
 * anyone may answer; to start one, the other must be a listed mentor, someone the actor has or had
 * a request or mentorship with, or the actor an admin (the alumni office writes to anyone).
 */
export function writeRefusal(actor: Pick<Actor, 'id' | 'isAdmin'>, facts: WritingFacts): Refusal {
  const { other } = facts;
  if (!other || other.id === actor.id || other.suspendedAt !== null || facts.blockedByOther) return errors.cannot_message_member();
  if (facts.hasConversation || isAdmin(actor) || facts.isListedMentor || facts.hasHistory) return null;
  return errors.cannot_message_member();
}

export function assertMayWrite(actor: Pick<Actor, 'id' | 'isAdmin'>, facts: WritingFacts): void {
  enforce(writeRefusal(actor, facts));
}

/**
 * The `can.message` flag of a member's profile: "Send message" is offered exactly when writing to
 * them would be accepted now (`startConversation` asks `writeRefusal` with the same facts) — to a
 * listed mentor, to someone the actor has or had a request, mentorship or conversation with, to
 * anyone as an admin; never to oneself, a suspended member or one who blocked the actor.
 */
export function memberPermissionsFor(actor: Pick<Actor, 'id' | 'isAdmin'>, facts: WritingFacts): { message: boolean } {
  return { message: allows(writeRefusal(actor, facts)) };
}

/** The `can.*` flags of a conversation the viewer is a member of (the conversation itself exists). */
export function permissionsFor(actor: Pick<Actor, 'id' | 'isAdmin'>, facts: Pick<WritingFacts, 'other' | 'blockedByOther'>): { send: boolean } {
  return { send: allows(writeRefusal(actor, { ...facts, isListedMentor: false, hasHistory: false, hasConversation: true })) };
}

/** A message can be reported by the member who received it, once, while its text is there. */
export function reportRefusal(actor: Viewer, message: { senderId: string | null; removed: boolean; reported: boolean }): Refusal {
  if (message.senderId === actor.id) return errors.cannot_report_own();
  if (message.reported) return errors.already_reported();
  if (message.removed) return errors.not_found('The message');
  return null;
}

/** Nobody blocks themselves (409 `cannot_block_self`). */
export const blockRefusal = (actor: Viewer, otherId: string): Refusal => (actor.id === otherId ? errors.cannot_block_self() : null);

export function assertMayBlock(actor: Viewer, otherId: string): void {
  enforce(blockRefusal(actor, otherId));
}
