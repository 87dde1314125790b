import { type MentoringRequest, REQUEST_LIMITS, type RequestList, type SendRequest } from '../../../../../contract/mentoring';
import { paths } from '../../../lib/paths';

export type Direction = MentoringRequest['direction'];

const DIRECTIONS: readonly Direction[] = ['incoming', 'outgoing'];
const isDirection = (value: string | null): value is Direction => DIRECTIONS.includes(value as Direction);

/**
 * The tabs of the Requests page: Incoming only for a member who can mentor (the server's `can.mentor`:
 * alumni), or who still has requests to them (a mentor whose role changed must still see them).
 */
export function requestTabs(list: Pick<RequestList, 'can' | 'items'>): Direction[] {
  const hasIncoming = list.can.mentor || list.items.some((request) => request.direction === 'incoming');
  return hasIncoming ? ['incoming', 'outgoing'] : ['outgoing'];
}

/**
 * Which tab of the Requests page to show, among the member's `tabs`: the one in the address
 * (`?tab=`), else the direction of the request that is open (a mail links to `/requests/<id>`
 * without a tab), else Incoming for a member with a mentor profile (they have requests to answer)
 * and Outgoing for everyone else.
 */
export function chooseTab(
  param: string | null,
  { tabs, hasMentorProfile, openDirection }: { tabs: readonly Direction[]; hasMentorProfile: boolean; openDirection?: Direction },
): Direction {
  const has = (direction: Direction | null | undefined): direction is Direction => Boolean(direction) && tabs.includes(direction!);
  if (isDirection(param) && has(param)) return param;
  if (has(openDirection)) return openDirection;
  return hasMentorProfile && has('incoming') ? 'incoming' : 'outgoing';
}

/** The Incoming or Outgoing tab, kept in the address so it can be shared and reloaded. */
export const tabPath = (tab: Direction) => `${paths.requests}?tab=${tab}`;

/** The list order: requests waiting for an answer first, then the rest; newest first within each. */
export function sortRequests(items: readonly MentoringRequest[]): MentoringRequest[] {
  const waiting = (request: MentoringRequest) => (request.status === 'pending' ? 0 : 1);
  return [...items].sort((a, b) => waiting(a) - waiting(b) || b.createdAt.localeCompare(a.createdAt));
}

/** The first line of a text, for a list row (the whole text is on the request itself). */
export function firstLine(text: string, max = 120): string {
  const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

export type RequestFieldProblem = 'required' | 'too_short' | 'too_long';
export type RequestFormErrors = Partial<Record<'motivation' | 'goals', RequestFieldProblem>>;

/** The characters that count, as the server counts them: without spaces at either end. */
export const countedLength = (text: string) => text.trim().length;

/** What the character count under a text says: still too short, fine, or over the limit. */
export function counterState(text: string, max: number, min?: number): 'short' | 'ok' | 'over' {
  const count = countedLength(text);
  if (count > max) return 'over';
  return min !== undefined && count < min ? 'short' : 'ok';
}

/** The same limits as the contract's SendRequestSchema, checked before anything is sent. */
export function validateRequestForm({ motivation, goals }: { motivation: string; goals: string }): RequestFormErrors {
  const errors: RequestFormErrors = {};
  const length = countedLength(motivation);
  if (length === 0) errors.motivation = 'required';
  else if (length < REQUEST_LIMITS.motivationMin) errors.motivation = 'too_short';
  else if (length > REQUEST_LIMITS.motivationMax) errors.motivation = 'too_long';
  if (countedLength(goals) > REQUEST_LIMITS.goals) errors.goals = 'too_long';
  return errors;
}

/** What is sent: the texts trimmed, and no goals rather than empty ones. */
export function requestInput(mentorUsername: string, { motivation, goals }: { motivation: string; goals: string }): SendRequest {
  return { mentorUsername, motivation: motivation.trim(), goals: goals.trim() || null };
}
