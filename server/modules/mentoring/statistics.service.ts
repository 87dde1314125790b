import type { Db } from '../../db/client';
import { type InstantRange, type RequestEvent, countMentorshipsIn, countRequestEventsByWeek, medianAnswerHoursIn } from './statistics.repo';

export type { InstantRange, RequestEvent } from './statistics.repo';

export interface RequestStatistics {
  /** Per week (the Monday, YYYY-MM-DD) and event; weeks without any are absent. */
  weekly: Array<{ event: RequestEvent; weekStart: string; count: number }>;
  medianAnswerHours: number | null;
  mentorships: { active: number; started: number; ended: number };
}

/**
 * The mentoring figures of the console's statistics (anonymous counts; the caller checks the
 * admin permission). Requests and mentorships of deleted members still count (ADR 0025).
 */
export async function requestStatistics(db: Db, range: InstantRange): Promise<RequestStatistics> {
  const [weekly, medianAnswerHours, mentorships] = await Promise.all([
    countRequestEventsByWeek(db, range),
    medianAnswerHoursIn(db, range),
    countMentorshipsIn(db, range),
  ]);
  return { weekly, medianAnswerHours, mentorships };
}
