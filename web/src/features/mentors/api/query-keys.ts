import type { MentorSearchQuery } from '../../../../../contract/mentors';

/** The cache keys of the mentors feature, so a change can refresh everything it affects. */
export const mentorKeys = {
  all: ['mentors'] as const,
  tab: () => [...mentorKeys.all, 'tab'] as const,
  search: (query: MentorSearchQuery) => [...mentorKeys.all, 'search', query] as const,
  facets: (query: MentorSearchQuery) => [...mentorKeys.all, 'facets', query] as const,
  suggested: (limit: number) => [...mentorKeys.all, 'suggested', limit] as const,
  profile: (username: string) => [...mentorKeys.all, 'profile', username] as const,
  member: (username: string) => [...mentorKeys.all, 'member', username] as const,
  interests: () => [...mentorKeys.all, 'interests'] as const,
  expertiseTags: () => [...mentorKeys.all, 'expertise-tags'] as const,
};
