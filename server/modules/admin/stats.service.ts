import { type AdminStats, STATS_DEFAULT_WEEKS, type StatsQuery, type WeeklyRequests } from '../../../contract/admin-stats';
import type { UserRow } from '../accounts/accounts.service';
import { countMembersByRole } from '../accounts/accounts.service';
import { requestStatistics } from '../mentoring/statistics.service';
import { countMentorsByAvailability } from '../mentors/mentors.service';
import { assertMayUseConsole } from './admin.policy';
import type { AdminDeps } from './admin.service';
import { csvField } from './audit-log.service';

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (date: Date): string => date.toISOString().slice(0, 10);
const atMidnight = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
/** The Monday of the (UTC) week of a day. */
const mondayOf = (date: Date): Date => new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS);

/** The ISO week of a Monday, e.g. `2026-W49` (the week belongs to the year of its Thursday). */
export function isoWeek(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The asked days, or the last 12 ISO weeks up to today (the current one included). */
export function rangeOf(query: StatsQuery, now: Date): { from: string; to: string } {
  const to = query.to ?? (query.from && query.from > day(now) ? query.from : day(now));
  const from = query.from ?? day(new Date(mondayOf(atMidnight(to)).getTime() - (STATS_DEFAULT_WEEKS - 1) * 7 * DAY_MS));
  return { from, to };
}

/** The console's Statistics page: anonymous counts over the network and the range's requests per ISO week. */
export async function getAdminStats(deps: AdminDeps, actor: UserRow, query: StatsQuery, now = new Date()): Promise<AdminStats> {
  assertMayUseConsole(actor);
  const { from, to } = rangeOf(query, now);
  const range = { from: atMidnight(from), before: new Date(atMidnight(to).getTime() + DAY_MS) };
  const [roles, mentors, mentoring] = await Promise.all([
    countMembersByRole(deps.db),
    countMentorsByAvailability(deps.db),
    requestStatistics(deps.db, range),
  ]);

  const members = { student: 0, alumnus: 0, staff: 0, none: 0, total: 0 };
  for (const { role, count } of roles) {
    members[role ?? 'none'] += count;
    members.total += count;
  }

  const weeks: WeeklyRequests[] = [];
  const byStart = new Map<string, WeeklyRequests>();
  for (let monday = mondayOf(range.from); monday < range.before; monday = new Date(monday.getTime() + 7 * DAY_MS)) {
    const row = { week: isoWeek(monday), weekStart: day(monday), sent: 0, accepted: 0, declined: 0, withdrawn: 0, expired: 0 };
    weeks.push(row);
    byStart.set(row.weekStart, row);
  }
  const requests = { sent: 0, accepted: 0, declined: 0, withdrawn: 0, expired: 0 };
  for (const { event, weekStart, count } of mentoring.weekly) {
    const row = byStart.get(weekStart);
    if (row) row[event] += count;
    requests[event] += count;
  }
  const answered = requests.accepted + requests.declined;

  return {
    from,
    to,
    members,
    mentors,
    weeks,
    requests,
    acceptanceRate: answered === 0 ? null : requests.accepted / answered,
    medianAnswerHours: mentoring.medianAnswerHours,
    mentorships: { active: mentoring.mentorships.active, startedInRange: mentoring.mentorships.started, endedInRange: mentoring.mentorships.ended },
  };
}

const CSV_COLUMNS = ['week', 'week_start', 'sent', 'accepted', 'declined', 'withdrawn', 'expired'] as const;

/** The range's weekly requests as CSV (UTF-8, CRLF lines, a header row). */
export async function exportAdminStatsCsv(deps: AdminDeps, actor: UserRow, query: StatsQuery, now = new Date()): Promise<{ csv: string; from: string; to: string }> {
  const stats = await getAdminStats(deps, actor, query, now);
  const lines = stats.weeks.map((row) => CSV_COLUMNS.map((column) => csvField(String(row[column === 'week_start' ? 'weekStart' : column]))).join(','));
  return { csv: [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n', from: stats.from, to: stats.to };
}
