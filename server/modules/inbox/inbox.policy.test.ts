import { describe, expect, it } from 'vitest';
import type { Refusal } from '../../lib/policy';
import {
  type WritingFacts,
  blockRefusal,
  conversationVisibilityRefusal,
  memberPermissionsFor,
  permissionsFor,
  reportRefusal,
  writeRefusal,
} from './inbox.policy';

const member = { id: 'member', isAdmin: false };
const admin = { id: 'admin', isAdmin: true };
const other = { id: 'other', suspendedAt: null };

/** The status and code a refusal answers with, or null. */
const answer = (refusal: Refusal) => (refusal ? [refusal.status, refusal.code] : null);
const refused = [403, 'cannot_message_member'] as const;

describe('inbox policy: who may write to whom', () => {
  const stranger: WritingFacts = { other, isListedMentor: false, hasHistory: false, blockedByOther: false, hasConversation: false };

  it.each([
    ['a listed mentor', member, { ...stranger, isListedMentor: true }, null],
    ['a member one has or had a request or mentorship with', member, { ...stranger, hasHistory: true }, null],
    ['anyone, as an admin', admin, stranger, null],
    ['anyone one has a conversation with (answering)', member, { ...stranger, hasConversation: true }, null],
    ['a stranger who is no mentor', member, stranger, refused],
    ['oneself', member, { ...stranger, other: { id: member.id, suspendedAt: null }, isListedMentor: true }, refused],
    ['oneself, as an admin', admin, { ...stranger, other: { id: admin.id, suspendedAt: null } }, refused],
    ['a deleted member', member, { ...stranger, other: null, hasConversation: true }, refused],
    ['a suspended mentor', member, { ...stranger, other: { id: 'other', suspendedAt: new Date() }, isListedMentor: true }, refused],
    ['a mentor who blocked me: the same neutral answer', member, { ...stranger, isListedMentor: true, blockedByOther: true }, refused],
    ['in a conversation, someone who blocked me', member, { ...stranger, hasConversation: true, blockedByOther: true }, refused],
    ['as an admin, a member who blocked the admin', admin, { ...stranger, blockedByOther: true }, refused],
  ] as const)('writing to %s', (_name, actor, facts, expected) => {
    expect(answer(writeRefusal(actor, facts))).toEqual(expected);
  });

  it.each([
    ['a listed mentor', member, { isListedMentor: true }, true],
    ['a member one has or had a request or mentorship with', member, { hasHistory: true }, true],
    ['a member one has a conversation with', member, { hasConversation: true }, true],
    ['any member, as an admin', admin, {}, true],
    ['a member who is no mentor and a stranger', member, {}, false],
    ['oneself, even as a listed mentor', member, { other: { id: member.id, suspendedAt: null }, isListedMentor: true }, false],
    ['oneself, as an admin', admin, { other: { id: admin.id, suspendedAt: null } }, false],
    ['a suspended mentor', member, { other: { id: 'other', suspendedAt: new Date() }, isListedMentor: true }, false],
    ['a suspended member, as an admin', admin, { other: { id: 'other', suspendedAt: new Date() } }, false],
    ['a deleted member', member, { other: null, hasHistory: true }, false],
    ['a mentor who blocked me', member, { isListedMentor: true, blockedByOther: true }, false],
    ['a member who blocked me, with a request between us', member, { hasHistory: true, hasConversation: true, blockedByOther: true }, false],
    ['a member who blocked the admin', admin, { blockedByOther: true }, false],
  ] as const)('offers "Send message" on the profile of %s: %s', (_name, actor, changes, message) => {
    const facts: WritingFacts = { ...stranger, ...changes };
    expect(memberPermissionsFor(actor, facts)).toEqual({ message });
    // The flag is the rule starting a conversation enforces.
    expect(message).toBe(writeRefusal(actor, facts) === null);
  });

  it('gives can.send from the same rule, for a conversation that exists', () => {
    for (const [facts, send] of [
      [{ other, blockedByOther: false }, true],
      [{ other: null, blockedByOther: false }, false],
      [{ other: { id: 'other', suspendedAt: new Date() }, blockedByOther: false }, false],
      [{ other, blockedByOther: true }, false],
    ] as const) {
      expect(permissionsFor(member, facts)).toEqual({ send });
      expect(send).toBe(writeRefusal(member, { ...facts, isListedMentor: false, hasHistory: false, hasConversation: true }) === null);
    }
  });
});

describe('inbox policy: seeing a conversation, reporting, blocking', () => {
  it('shows a conversation to its two members only; anyone else, admins included, gets 404', () => {
    expect(answer(conversationVisibilityRefusal(member, ['member', 'other']))).toBeNull();
    expect(answer(conversationVisibilityRefusal(admin, ['member', 'other']))).toEqual([404, 'not_found']);
    expect(answer(conversationVisibilityRefusal(member, undefined))).toEqual([404, 'not_found']);
  });

  it('lets a member report a message they received, once, while its text is there', () => {
    expect(answer(reportRefusal(member, { senderId: 'other', removed: false, reported: false }))).toBeNull();
    expect(answer(reportRefusal(member, { senderId: null, removed: false, reported: false }))).toBeNull();
    expect(answer(reportRefusal(member, { senderId: 'member', removed: false, reported: false }))).toEqual([409, 'cannot_report_own']);
    expect(answer(reportRefusal(member, { senderId: 'other', removed: false, reported: true }))).toEqual([409, 'already_reported']);
    expect(answer(reportRefusal(member, { senderId: 'other', removed: true, reported: false }))).toEqual([404, 'not_found']);
  });

  it('lets nobody block themselves', () => {
    expect(answer(blockRefusal(member, 'other'))).toBeNull();
    expect(answer(blockRefusal(member, 'member'))).toEqual([409, 'cannot_block_self']);
  });
});
