import { type SQL, sql } from 'drizzle-orm';
import type { EstimatePlan, Expected, MatchEstimate } from './mentor-search.types';

/**
 * How many mentors a text search will match, guessed by the planner before the search runs: the
 * guess picks the route (walk the browse index, or gather through the text index; ADR 0008 and
 * 0010). The EXPLAIN that asks for the guess, and how its answer is read; mentor-search.repo.ts
 * runs it.
 */

/**
 * What to estimate a text query by. A mentor must match every word, so the rarest word is an upper
 * bound; the planner's estimate of the whole query multiplies the words' frequencies as if they
 * were unrelated, a lower bound when they go together ("clinical psychologist": 153 expected, about
 * 2,000 for its rarest word, 675 real). Separate words take the geometric mean of the two bounds; the
 * parts of one hyphenated word always go together, so they take the rarest. Quotes, OR and a
 * leading minus change that logic, so such a query is estimated whole, as are more than four words.
 */
export function estimatePlan(q: string): EstimatePlan {
  const parts = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (/"|(^|\s)-|\bor\b/i.test(q) || parts.length < 2 || parts.length > 4) return { parts: [], blend: false };
  const words = q.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return { parts, blend: words.length > 1 };
}

/**
 * One EXPLAIN holding a probe per term and parse: the planner's row estimate for the matches of
 * each. A term is looked for in both parses (English and simple), which find nearly the same
 * mentors, so its estimate is the larger of the two; the planner's own estimate of the two together
 * adds them up ("lawyer": 3,626 expected, 1,854 real). A first probe, the filters without the
 * text, tells what share of the filtered mentors the words are expected in.
 */
export function matchEstimate(where: SQL, q: string, key: string): MatchEstimate {
  const plan = estimatePlan(q);
  const terms = plan.parts.length === 0 ? [q] : plan.blend ? [q, ...plan.parts] : plan.parts;
  const probe = (match: SQL) => sql`(select 1 from mentor_profiles mp where ${where}${match} limit 1)`;
  const probes = terms.flatMap((term) =>
    ['english', 'simple'].map((config) => probe(sql` and mp.search_vector @@ websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${term})`)),
  );
  return { explain: sql`explain (format json) select ${sql.join([probe(sql``), ...probes], sql`, `)}`, plan, key };
}

interface PlanNode {
  'Plan Rows': number;
  'Subplan Name'?: string;
  Plans?: PlanNode[];
}

/** The planner's guess at how many mentors match a text search, read from the answer to its EXPLAIN. */
export function readEstimate(row: { 'QUERY PLAN': unknown } | undefined, plan: EstimatePlan): Expected {
  const json = row?.['QUERY PLAN'];
  const [root] = (typeof json === 'string' ? JSON.parse(json) : json) as Array<{ Plan: PlanNode }>;
  // Each probe is an InitPlan: a Limit over the scan whose rows are the estimate.
  const [filtered = Number.POSITIVE_INFINITY, ...rows] = (root?.Plan.Plans ?? [])
    .filter((node) => node['Subplan Name']?.startsWith('InitPlan'))
    .map((node) => node.Plans?.[0]?.['Plan Rows'] ?? Number.POSITIVE_INFINITY);
  const terms: number[] = [];
  for (let i = 0; i + 1 < rows.length; i += 2) terms.push(Math.max(rows[i]!, rows[i + 1]!));
  const matches = combine(terms, plan);
  return { matches, share: filtered > 0 ? matches / filtered : 1 };
}

function combine(terms: number[], { parts, blend }: EstimatePlan): number {
  if (terms.length === 0) return Number.POSITIVE_INFINITY;
  if (parts.length === 0) return terms[0]!;
  if (!blend) return Math.min(...terms);
  const [whole, ...words] = terms;
  return Math.sqrt(whole! * Math.min(...words));
}
