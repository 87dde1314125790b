import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import type { PublicMentorProfile } from '../../../../../contract/mentors';
import { callEndpoint, isApiError } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

/** A member's mentor profile, or null when they are not a mentor (the API answers 404). */
export async function getMentorProfile(username: string, signal?: AbortSignal): Promise<PublicMentorProfile | null> {
  try {
    return await callEndpoint(endpoints.getPublicMentorProfile, { params: { username }, signal });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export function useMentorProfile(username: string) {
  return useQuery({ queryKey: mentorKeys.profile(username), queryFn: ({ signal }) => getMentorProfile(username, signal) });
}
