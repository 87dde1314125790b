import { type MentorSearchQuery, MentorSearchQuerySchema, mentorSearchParams } from '../../../../../contract/mentors';
import { placeCodeFromText } from '../../../lib/places';

/** The parameters the Search tab reads from its URL, in the order a person would write them. */
const KEYS = ['q', 'expertise', 'industry', 'programme', 'gradFrom', 'gradTo', 'country', 'city', 'language', 'available', 'page', 'pageSize'] as const;
const REPEATED = new Set<string>(['expertise', 'language']);

/**
 * The search a `/search?…` URL describes. The URL is shared and edited by hand, so a value the API
 * would refuse is dropped (and the rest of the search kept) rather than failing the page.
 */
export function parseSearchParams(params: URLSearchParams): MentorSearchQuery {
  const raw: Record<string, string | string[]> = {};
  for (const key of KEYS) {
    const values = params.getAll(key).filter((value) => value.trim() !== '');
    if (values.length === 0) continue;
    raw[key] = REPEATED.has(key) ? values : values[0]!;
  }
  // Links shared before countries and languages became codes name them ("Netherlands", "Nederlands").
  if (typeof raw.country === 'string') raw.country = placeCodeFromText('country', raw.country) ?? raw.country;
  if (Array.isArray(raw.language)) raw.language = raw.language.map((text) => placeCodeFromText('language', text) ?? text);
  for (let attempt = 0; attempt < KEYS.length; attempt++) {
    const parsed = MentorSearchQuerySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
  }
  return MentorSearchQuerySchema.parse({});
}

/** One chosen filter value, and the change to the search that takes it away again. */
export interface ActiveFilter {
  kind: 'expertise' | 'industry' | 'programme' | 'graduationYear' | 'country' | 'city' | 'language';
  value: string;
  remove: Partial<MentorSearchQuery>;
}

/** The filters that narrow the results now (not the text, availability or page), one per value. */
export function activeFilters(query: MentorSearchQuery): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  for (const tag of query.expertise ?? []) {
    filters.push({ kind: 'expertise', value: tag, remove: { expertise: query.expertise?.filter((item) => item !== tag) } });
  }
  if (query.industry) filters.push({ kind: 'industry', value: query.industry, remove: { industry: undefined } });
  if (query.programme) filters.push({ kind: 'programme', value: query.programme, remove: { programme: undefined } });
  if (query.gradFrom !== undefined || query.gradTo !== undefined) {
    const value = `${query.gradFrom ?? '…'}–${query.gradTo ?? '…'}`;
    filters.push({ kind: 'graduationYear', value, remove: { gradFrom: undefined, gradTo: undefined } });
  }
  if (query.country) filters.push({ kind: 'country', value: query.country, remove: { country: undefined } });
  if (query.city) filters.push({ kind: 'city', value: query.city, remove: { city: undefined } });
  for (const language of query.language ?? []) {
    filters.push({ kind: 'language', value: language, remove: { language: query.language?.filter((item) => item !== language) } });
  }
  return filters;
}

/** Whether the member is searching (text or filters) rather than just looking around. */
export const isFiltered = (query: MentorSearchQuery): boolean => Boolean(query.q) || activeFilters(query).length > 0;

/** The URL query string of a search; any change of what is searched starts again at page 1. */
export function searchParamsFor(query: MentorSearchQuery, changes: Partial<MentorSearchQuery>): URLSearchParams {
  const next = { ...query, page: 1, ...changes };
  return mentorSearchParams(next);
}

/** Adds a value to a repeated filter, or takes it away when it is there already. */
export function toggleValue(values: string[] | undefined, value: string): string[] {
  const list = values ?? [];
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
