import { endpoint } from '../endpoint';
import {
  CreateExpertiseTagSchema,
  ExpertiseTagsSchema,
  InterestsSchema,
  MentorFacetsResultSchema,
  MentorSearchQuerySchema,
  MentorSearchResultSchema,
  MentorTabSchema,
  OwnMentorProfileSchema,
  PublicMentorProfileSchema,
  SuggestedMentorsQuerySchema,
  SuggestedMentorsSchema,
  UpdateMentorProfileSchema,
} from '../mentors';
import { UsernameParams } from './params';

/** Mentor profiles (the Mentor tab), search (the Search tab), suggestions, interests and the expertise list. */

export const getMentorTab = endpoint({
  method: 'GET',
  path: '/api/me/mentor-profile',
  tags: ['mentor profile'],
  summary: 'The Mentor tab: whether I can mentor (alumni only), and my mentor profile once activated',
  responses: { 200: MentorTabSchema },
  errors: [],
});

export const activateMentorProfile = endpoint({
  method: 'POST',
  path: '/api/me/mentor-profile/activate',
  tags: ['mentor profile'],
  summary: '"Activate Mentor Profile" (alumni only); 201 when created, 200 when it already existed',
  responses: { 201: OwnMentorProfileSchema, 200: OwnMentorProfileSchema },
  errors: ['not_an_alumnus'],
});

export const updateMentorProfile = endpoint({
  method: 'PUT',
  path: '/api/me/mentor-profile',
  tags: ['mentor profile'],
  summary: 'Fill in my mentor profile, including the maximum number of mentees (1–5); fields left out keep their value',
  description: '`mentor_profile_missing` before activation; `not_an_alumnus` for students and staff.',
  body: UpdateMentorProfileSchema,
  responses: { 200: OwnMentorProfileSchema },
  errors: ['not_an_alumnus', 'mentor_profile_missing'],
});

export const pauseMentoring = endpoint({
  method: 'POST',
  path: '/api/me/mentor-profile/pause',
  tags: ['mentor profile'],
  summary: '"Pause mentoring": no new requests until resumed',
  responses: { 200: OwnMentorProfileSchema },
  errors: ['not_an_alumnus', 'mentor_profile_missing'],
});

export const resumeMentoring = endpoint({
  method: 'POST',
  path: '/api/me/mentor-profile/resume',
  tags: ['mentor profile'],
  summary: '"Activate mentoring now": available for new requests again',
  responses: { 200: OwnMentorProfileSchema },
  errors: ['not_an_alumnus', 'mentor_profile_missing'],
});

export const getPublicMentorProfile = endpoint({
  method: 'GET',
  path: '/api/members/:username/mentor-profile',
  tags: ['members'],
  summary: "A member's mentor profile: what a mentee needs to decide (`not_found` when they are not a mentor)",
  params: UsernameParams,
  responses: { 200: PublicMentorProfileSchema },
  errors: ['not_found'],
});

export const searchMentors = endpoint({
  method: 'GET',
  path: '/api/mentors',
  tags: ['search'],
  summary: 'Search mentors: free text and filters, ranked by relevance, a page at a time with the total',
  description:
    'Without `q` available mentors come first, newest first. `expertise` and `language` may repeat (all must match). ' +
    '`available` is true unless `available=false`. The counts per filter value come from `GET /api/mentors/facets`.',
  query: MentorSearchQuerySchema,
  responses: { 200: MentorSearchResultSchema },
  errors: [],
});

export const countMentorFacets = endpoint({
  method: 'GET',
  path: '/api/mentors/facets',
  tags: ['search'],
  summary: 'Counts per filter value among the results of a search (the same query string as /api/mentors)',
  query: MentorSearchQuerySchema,
  responses: { 200: MentorFacetsResultSchema },
  errors: [],
});

export const suggestMentors = endpoint({
  method: 'GET',
  path: '/api/mentors/suggested',
  tags: ['search'],
  summary: 'Mentors suggested for me, each with the reasons (same programme, matching expertise, shared language)',
  query: SuggestedMentorsQuerySchema,
  responses: { 200: SuggestedMentorsSchema },
  errors: [],
});

export const getInterests = endpoint({
  method: 'GET',
  path: '/api/me/interests',
  tags: ['me'],
  summary: 'What I would like help with (drives suggested mentors)',
  responses: { 200: InterestsSchema },
  errors: [],
});

export const updateInterests = endpoint({
  method: 'PUT',
  path: '/api/me/interests',
  tags: ['me'],
  summary: 'Replace my interests (up to 10 tags)',
  body: InterestsSchema,
  responses: { 200: InterestsSchema },
  errors: [],
});

export const getExpertiseTags = endpoint({
  method: 'GET',
  path: '/api/expertise-tags',
  tags: ['mentor profile'],
  summary: 'The curated expertise list (suggestions for tags)',
  responses: { 200: ExpertiseTagsSchema },
  errors: [],
});

export const addExpertiseTag = endpoint({
  method: 'POST',
  path: '/api/admin/expertise-tags',
  tags: ['admin'],
  summary: 'Add an expertise to the curated list (admins; `conflict` when it is there already)',
  body: CreateExpertiseTagSchema,
  responses: { 201: ExpertiseTagsSchema },
  errors: ['forbidden', 'conflict'],
});
