import { sql } from 'drizzle-orm';
import { mentoringRequests, mentorships } from '../db/schema';
import type { DemoContext } from './demo-context';
import type { UserRow } from './member-rows';

/**
 * The demo community's requests and mentorships, written by hand so a newcomer sees a living
 * network: open requests both ways for the demo sign-ins, active and past mentorships (one mentor
 * full), and one of each other outcome.
 */
type Outcome =
  | { status: 'pending'; reminded?: true }
  | { status: 'accepted'; response: string; endedDaysAgo?: number; endedBy?: 'mentor' | 'mentee'; endReason?: 'goals_reached' | 'no_time' }
  | { status: 'declined'; response: string; reason: 'no_capacity' | 'expertise_mismatch' }
  | { status: 'withdrawn' }
  | { status: 'expired' };

interface DemoRequest {
  mentee: string;
  mentor: string;
  daysAgo: number;
  motivation: string;
  goals?: string;
  outcome: Outcome;
}

const DEMO_REQUESTS: DemoRequest[] = [
  { mentee: 'daan.jansen', mentor: 'thomas.bakker', daysAgo: 40, motivation: 'You went from writing code to leading teams. I am in my third year of Computer Science and wonder whether management is for me.', goals: 'Decide on a master and a first job', outcome: { status: 'accepted', response: 'Happy to! Let us start with a call next week.' } },
  { mentee: 'lotte.vandijk', mentor: 'emma.visser', daysAgo: 60, motivation: 'I would love to hear how you combined clinical work with research after your Psychology degree.', outcome: { status: 'accepted', response: 'Of course — I remember asking the same questions.' } },
  { mentee: 'yara.elidrissi', mentor: 'sanne.devries', daysAgo: 25, motivation: 'I want to become an employment lawyer and would like advice on traineeships at firms in The Hague.', outcome: { status: 'accepted', response: 'Gladly. Send me your CV before we meet.' } },
  { mentee: 'mei.zhang', mentor: 'ruben.smit', daysAgo: 18, motivation: 'Your move from economics into policy advice is exactly what I am considering for after my bachelor.', outcome: { status: 'accepted', response: 'Sounds good, let us talk.' } },
  { mentee: 'ahmed.benali', mentor: 'noor.haddad', daysAgo: 50, motivation: 'As a medical student I would like to learn how you chose your specialisation and combined it with a family.', outcome: { status: 'accepted', response: 'Welcome! I have one place and it is yours.' } },
  { mentee: 'finn.deboer', mentor: 'sanne.devries', daysAgo: 200, motivation: 'I study History but am thinking of a law master; you made a similar switch and I would like to hear how.', outcome: { status: 'accepted', response: 'Yes, let us do this.', endedDaysAgo: 90, endedBy: 'mentee', endReason: 'goals_reached' } },
  { mentee: 'julia.kowalska', mentor: 'sophie.dubois', daysAgo: 120, motivation: 'I hope to work for an international organisation and your path through Geneva inspires me.', outcome: { status: 'accepted', response: 'With pleasure.', endedDaysAgo: 30, endedBy: 'mentor', endReason: 'no_time' } },
  { mentee: 'julia.kowalska', mentor: 'sanne.devries', daysAgo: 3, motivation: 'I am curious about international employment law and how a Dutch firm handles cases across borders.', outcome: { status: 'pending' } },
  { mentee: 'anouk.hendriks', mentor: 'sanne.devries', daysAgo: 5, motivation: 'I am a Law student unsure between the judiciary and a law firm; your experience with both would help me a lot.', outcome: { status: 'pending' } },
  { mentee: 'daan.jansen', mentor: 'koen.vermeulen', daysAgo: 9, motivation: 'I would like to understand how data work in finance differs from software work at a start-up.', outcome: { status: 'pending', reminded: true } },
  { mentee: 'bram.kok', mentor: 'ruben.smit', daysAgo: 2, motivation: 'I study Economics and want to know what working at a ministry is really like day to day.', outcome: { status: 'pending' } },
  { mentee: 'isabella.rossi', mentor: 'emma.visser', daysAgo: 1, motivation: 'I am an international Psychology student and would like advice on staying in the Netherlands after graduating.', outcome: { status: 'pending' } },
  { mentee: 'sanne.devries', mentor: 'maria.gonzalez', daysAgo: 4, motivation: 'I am considering a move into health law and your view from the medical side would be very valuable.', outcome: { status: 'pending' } },
  { mentee: 'sem.mulder', mentor: 'thomas.bakker', daysAgo: 20, motivation: 'I study Biology but am interested in bioinformatics and want to learn to program professionally.', outcome: { status: 'declined', response: 'My field is quite far from bioinformatics — Jasper Bos may be a better match.', reason: 'expertise_mismatch' } },
  { mentee: 'daan.jansen', mentor: 'sophie.dubois', daysAgo: 70, motivation: 'I would like to hear about working abroad for an international organisation in a technical role.', outcome: { status: 'declined', response: 'I am full for now, sorry! Try again in a few months.', reason: 'no_capacity' } },
  { mentee: 'arjun.patel', mentor: 'koen.vermeulen', daysAgo: 15, motivation: 'I would like advice on machine learning jobs in banking and how to prepare for them.', outcome: { status: 'withdrawn' } },
  { mentee: 'mei.zhang', mentor: 'maria.gonzalez', daysAgo: 45, motivation: 'I am interested in health economics and would like to learn how hospitals make decisions about costs.', outcome: { status: 'expired' } },
];

const DAY = 24 * 60 * 60 * 1000;

/** Writes the demo requests and mentorships, then the mentors' counts and answer statistics. */
export async function seedDemoRequests(context: DemoContext, members: Map<string, UserRow>): Promise<number> {
  const { tx, now } = context;
  const idOf = (username: string) => {
    const member = members.get(username);
    if (!member) throw new Error(`demo request member ${username} is not a demo member`);
    return member.id as string;
  };
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * DAY + hours * 60 * 60 * 1000);
  for (const demo of DEMO_REQUESTS) {
    const { outcome } = demo;
    const createdAt = at(demo.daysAgo);
    const answeredAt = outcome.status === 'accepted' || outcome.status === 'declined' ? at(demo.daysAgo, 20) : null;
    const [request] = await tx
      .insert(mentoringRequests)
      .values({
        menteeId: idOf(demo.mentee),
        mentorId: idOf(demo.mentor),
        status: outcome.status,
        motivation: demo.motivation,
        goals: demo.goals ?? null,
        response: 'response' in outcome ? outcome.response : null,
        declineReason: outcome.status === 'declined' ? outcome.reason : null,
        createdAt,
        answeredAt,
        withdrawnAt: outcome.status === 'withdrawn' ? at(demo.daysAgo - 2) : null,
        expiredAt: outcome.status === 'expired' ? at(demo.daysAgo - 30) : null,
        remindedAt: (outcome.status === 'pending' && outcome.reminded) || outcome.status === 'expired' ? at(demo.daysAgo - 7) : null,
      })
      .returning({ id: mentoringRequests.id });
    if (outcome.status === 'accepted') {
      const ended = outcome.endedDaysAgo === undefined ? null : at(outcome.endedDaysAgo);
      await tx.insert(mentorships).values({
        requestId: request!.id,
        mentorId: idOf(demo.mentor),
        menteeId: idOf(demo.mentee),
        startedAt: answeredAt!,
        endedAt: ended,
        endedBy: ended ? idOf(outcome.endedBy === 'mentor' ? demo.mentor : demo.mentee) : null,
        endReason: ended ? (outcome.endReason ?? null) : null,
      });
    }
  }
  // The counters the mentoring code keeps, computed once from the rows above.
  await tx.execute(sql`
    update mentor_profiles p set
      active_mentees = (select count(*)::int from mentorships m where m.mentor_id = p.user_id and m.ended_at is null),
      answered_requests = s.answered,
      median_answer_hours = s.median_hours
    from (
      select u.id as user_id, count(r.answered_at)::int as answered,
             percentile_cont(0.5) within group (order by extract(epoch from r.answered_at - r.created_at) / 3600) as median_hours
      from users u left join mentoring_requests r on r.mentor_id = u.id and r.answered_at is not null
      group by u.id
    ) s
    where s.user_id = p.user_id`);
  return DEMO_REQUESTS.length;
}
