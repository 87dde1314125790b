import { placeIssues } from '../../../contract/places';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import { type NewUser, findCommonCitySpelling } from './accounts.repo';

/** The place fields of a profile update, as the personal profile and the Mentor tab send them. */
export interface PlaceInput {
  city?: string | null;
  country?: string | null;
  languages?: string[];
}

type PlaceChanges = Pick<Partial<NewUser>, 'city' | 'country' | 'languages' | 'unmatchedCountry' | 'unmatchedLanguages'>;

/**
 * The member's place fields as stored (ADR 0026): country and languages only as codes on the
 * lists (400 `validation_failed` naming the field otherwise, also for callers that bypass the
 * API's schemas); the old free text put aside for a field cleared once the member saves that
 * field; a city in the spelling other members already use when it differs only in case, accents
 * or spaces, so the search facets do not split one city in two. Fields left out stay as they are.
 */
export async function placeChanges(db: Db, memberId: string, input: PlaceInput): Promise<PlaceChanges> {
  const issues = placeIssues(input);
  if (issues.length) throw errors.validation_failed('Choose the country and languages from the lists.', issues);
  const changes: PlaceChanges = {};
  if (input.country !== undefined) Object.assign(changes, { country: input.country, unmatchedCountry: null });
  if (input.languages !== undefined) Object.assign(changes, { languages: [...new Set(input.languages)], unmatchedLanguages: [] });
  if (input.city !== undefined) {
    const city = input.city?.replace(/\s+/g, ' ').trim() || null;
    changes.city = city === null ? null : ((await findCommonCitySpelling(db, city, memberId)) ?? city);
  }
  return changes;
}
