import { z } from 'zod';
import { CountryCodeSchema, LanguageCodeSchema, UnmatchedPlacesSchema, countryField, countryOutput, languagesField, languagesOutput } from './places';
import { lineText, optionalText } from './text';

/**
 * Mentor profiles, mentor search and suggestions: the shapes the server and the web app share.
 * docs/product.md, rules 9–12 and 23 (suggested mentors).
 */

export const MAX_MENTEES = { min: 1, max: 5, default: 2 } as const;
/** Search pages: results per page, and how deep paging goes (offsets past this are not useful). */
export const SEARCH_PAGE_SIZE = { default: 20, max: 50 } as const;
export const SEARCH_MAX_PAGE = 500;
/**
 * Browsing with several filters counts at most this many results ("1,000+"): counting 50,000
 * matches costs more than showing a page. `GET /api/mentors/facets` always counts them all.
 */
export const SEARCH_COUNT_CAP = 1000;
/** A responsiveness signal is shown only once a mentor has answered this many requests. */
export const MIN_ANSWERS_FOR_RESPONSIVENESS = 3;
export const MENTOR_LIMITS = { approach: 1000, expertiseTags: 10, tag: 40, interests: 10, query: 200 } as const;

/**
 * Industries are a fixed list of keys so that search facets stay clean; the web app shows them
 * translated under `industries.<key>`.
 */
export const INDUSTRIES = [
  'technology',
  'finance',
  'consulting',
  'legal',
  'healthcare',
  'pharma_biotech',
  'education',
  'research_academia',
  'government',
  'international_organisations',
  'non_profit',
  'media_communications',
  'culture_arts',
  'energy_sustainability',
  'engineering_manufacturing',
  'retail_consumer',
  'transport_logistics',
  'real_estate',
  'hospitality_tourism',
  'other',
] as const;
export const IndustrySchema = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof IndustrySchema>;

/**
 * What a mentee needs to choose a mentor (docs/product.md: "a mentor is listed only once their
 * profile says enough"): a headline or what mentees can approach them about, at least one
 * expertise area, and the languages they mentor in. Until all are filled in the profile is not
 * listed; the Mentor tab names what is missing, translated under `mentors.tab.missing.<key>`.
 */
export const LISTING_NEEDS = ['headline_or_approach', 'expertise', 'languages'] as const;
export const ListingNeedSchema = z.enum(LISTING_NEEDS);
export type ListingNeed = z.infer<typeof ListingNeedSchema>;

/**
 * Where a mentor stands for new requests. `unlisted`: the profile exists but is hidden, because
 * it does not yet say enough for a mentee (`missing` on the own profile says what), or because
 * its owner is no longer an alumnus or is suspended (only its owner sees this value).
 */
export const AVAILABILITY = ['available', 'paused', 'full', 'unlisted'] as const;
export const AvailabilitySchema = z.enum(AVAILABILITY);
export type Availability = z.infer<typeof AvailabilitySchema>;

export const TagSchema = lineText().min(2).max(MENTOR_LIMITS.tag);
const tagList = (max: number) => z.array(TagSchema).max(max);

/**
 * `PUT /api/me/mentor-profile`. Every field is optional: a field left out keeps its value, null
 * clears it. Headline, job title, employer, city, country and languages are the personal
 * profile's fields (one source for both pages); programme and graduation year are read-only here.
 */
export const UpdateMentorProfileSchema = z
  .object({
    headline: optionalText(120),
    approach: optionalText(MENTOR_LIMITS.approach, { multiLine: true }).meta({ description: 'What mentees can approach me about' }),
    expertise: tagList(MENTOR_LIMITS.expertiseTags).optional(),
    industry: IndustrySchema.nullable().optional(),
    jobTitle: optionalText(120),
    employer: optionalText(120),
    city: optionalText(80),
    country: countryField(),
    languages: languagesField(),
    maxMentees: z.number().int().min(MAX_MENTEES.min).max(MAX_MENTEES.max).optional(),
  })
  .meta({ id: 'UpdateMentorProfile' });

/** "Usually answers within N days", from real answer times; null until there are enough answers. */
export const ResponsivenessSchema = z
  .object({ typicalAnswerDays: z.number().int().min(1), basedOnAnswers: z.number().int() })
  .nullable()
  .meta({ id: 'Responsiveness' });

/** The mentor's own profile, as the Mentor tab edits it. */
export const OwnMentorProfileSchema = z
  .object({
    headline: z.string().nullable(),
    approach: z.string().nullable(),
    expertise: z.array(z.string()),
    industry: IndustrySchema.nullable(),
    jobTitle: z.string().nullable(),
    employer: z.string().nullable(),
    city: z.string().nullable(),
    country: countryOutput(),
    languages: languagesOutput(),
    studyProgramme: z.string().nullable(),
    graduationYear: z.number().int().nullable(),
    /** The Mentor History section: the setting, and how many mentorships are active now. */
    maxMentees: z.number().int(),
    activeMentees: z.number().int(),
    availability: AvailabilitySchema,
    /** What the profile still needs before mentees can find it (in this order); empty once it says enough. */
    missing: z.array(ListingNeedSchema),
    pausedAt: z.iso.datetime().nullable(),
    activatedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** Old free text for country or languages that named none (shown only here, until saved over). */
    unmatchedPlaces: UnmatchedPlacesSchema,
  })
  .meta({ id: 'OwnMentorProfile' });

/**
 * `GET /api/me/mentor-profile`: what the Mentor tab shows. `canMentor` false with a reason for
 * students and staff; `profile` null until an alumnus presses "Activate Mentor Profile".
 */
export const MentorTabSchema = z
  .object({
    canMentor: z.boolean(),
    reason: z.enum(['not_an_alumnus']).nullable(),
    profile: OwnMentorProfileSchema.nullable(),
  })
  .meta({ id: 'MentorTab' });

/** One search result or suggestion: what a mentee scans in a list. */
export const MentorCardSchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    name: z.string(),
    /** Photo URL (`/api/photos/:userId?v=…`) or null. */
    image: z.string().nullable(),
    headline: z.string().nullable(),
    studyProgramme: z.string().nullable(),
    graduationYear: z.number().int().nullable(),
    jobTitle: z.string().nullable(),
    employer: z.string().nullable(),
    industry: IndustrySchema.nullable(),
    city: z.string().nullable(),
    country: countryOutput(),
    languages: languagesOutput(),
    expertise: z.array(z.string()),
    availability: AvailabilitySchema,
    responsiveness: ResponsivenessSchema,
  })
  .meta({ id: 'MentorCard' });

/** `GET /api/members/:username/mentor-profile`: what a mentee needs to decide. */
export const PublicMentorProfileSchema = MentorCardSchema.extend({
  approach: z.string().nullable(),
  bio: z.string().nullable(),
  maxMentees: z.number().int(),
  activeMentees: z.number().int(),
  activatedAt: z.iso.datetime(),
  isSelf: z.boolean(),
}).meta({ id: 'PublicMentorProfile' });

/** A query-string value that may repeat (`?expertise=a&expertise=b`): always a list. */
const repeated = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .union([item, z.array(item).max(max)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional();
const year = z.coerce.number().int().min(1900).max(2100);
const filterText = lineText().min(1).max(120);

/**
 * `GET /api/mentors`: the Search tab's query string, so a search is a shareable URL. Repeated
 * `expertise` and `language` values must all match. `available` is on unless `available=false`.
 */
export const MentorSearchQuerySchema = z
  .object({
    q: lineText().max(MENTOR_LIMITS.query).optional(),
    expertise: repeated(lineText().min(1).max(MENTOR_LIMITS.tag), 5),
    industry: IndustrySchema.optional(),
    programme: filterText.optional(),
    gradFrom: year.optional(),
    gradTo: year.optional(),
    country: CountryCodeSchema.optional(),
    city: filterText.optional(),
    language: repeated(LanguageCodeSchema, 3),
    available: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    page: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
    pageSize: z.coerce.number().int().min(1).max(SEARCH_PAGE_SIZE.max).default(SEARCH_PAGE_SIZE.default),
  })
  .refine((query) => query.gradFrom === undefined || query.gradTo === undefined || query.gradFrom <= query.gradTo, {
    path: ['gradTo'],
    message: 'gradTo must not be before gradFrom',
  });
// No .meta({ id }) here: OpenAPI cannot turn a query string into a named component.

export const FacetValueSchema = z.object({ value: z.string(), count: z.number().int() });
export const FACETS = ['expertise', 'industry', 'programme', 'country', 'city', 'language', 'graduationYear'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Counts per filter value among the current results (with every filter applied): most frequent
 * first and at most 30 per facet; graduation years all of them, in year order (for a histogram).
 */
const facetValues = z.array(FacetValueSchema);
export const MentorFacetsSchema = z
  .object({
    expertise: facetValues,
    industry: facetValues,
    programme: facetValues,
    country: facetValues,
    city: facetValues,
    language: facetValues,
    graduationYear: facetValues,
  } satisfies Record<Facet, typeof facetValues>)
  .meta({ id: 'MentorFacets' });

/** `GET /api/mentors`: one page of results, best first, and how many there are in all. */
export const MentorSearchResultSchema = z
  .object({
    items: z.array(MentorCardSchema),
    /** All results, or (when `totalIsExact` is false) the SEARCH_COUNT_CAP they reach or pass. */
    total: z.number().int(),
    totalIsExact: z.boolean(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
  })
  .meta({ id: 'MentorSearchResult' });

/**
 * `GET /api/mentors/facets` (the same query string; page and pageSize are ignored): the counts
 * per filter value. A separate call, so the result list never waits for the counts.
 */
export const MentorFacetsResultSchema = z
  .object({ total: z.number().int(), facets: MentorFacetsSchema })
  .meta({ id: 'MentorFacetsResult' });

export const SuggestionReasonSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('same_programme'), programme: z.string() }),
    z.object({ kind: z.literal('matching_expertise'), tags: z.array(z.string()) }),
    z.object({ kind: z.literal('shared_language'), languages: languagesOutput() }),
  ])
  .meta({ id: 'SuggestionReason' });

export const SuggestedMentorsSchema = z
  .object({ items: z.array(z.object({ mentor: MentorCardSchema, reasons: z.array(SuggestionReasonSchema).min(1) })) })
  .meta({ id: 'SuggestedMentors' });

export const SuggestedMentorsQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(12).default(6) });

/** A member's interests (mentee side): what they would like help with; drives suggestions. */
export const InterestsSchema = z.object({ interests: tagList(MENTOR_LIMITS.interests) }).meta({ id: 'Interests' });

export const ExpertiseTagsSchema = z.object({ tags: z.array(z.string()) }).meta({ id: 'ExpertiseTags' });
export const CreateExpertiseTagSchema = z.object({ name: TagSchema }).meta({ id: 'CreateExpertiseTag' });

export type UpdateMentorProfile = z.infer<typeof UpdateMentorProfileSchema>;
export type OwnMentorProfile = z.infer<typeof OwnMentorProfileSchema>;
export type MentorTab = z.infer<typeof MentorTabSchema>;
export type MentorCard = z.infer<typeof MentorCardSchema>;
export type PublicMentorProfile = z.infer<typeof PublicMentorProfileSchema>;
export type MentorSearchQuery = z.infer<typeof MentorSearchQuerySchema>;
export type MentorSearchInput = z.input<typeof MentorSearchQuerySchema>;
export type MentorFacets = z.infer<typeof MentorFacetsSchema>;
export type MentorSearchResult = z.infer<typeof MentorSearchResultSchema>;
export type MentorFacetsResult = z.infer<typeof MentorFacetsResultSchema>;
export type SuggestionReason = z.infer<typeof SuggestionReasonSchema>;
export type SuggestedMentors = z.infer<typeof SuggestedMentorsSchema>;
export type Interests = z.infer<typeof InterestsSchema>;

/**
 * The query string for a search, leaving out defaults, so the web app's `/search?…` URL and the
 * API call carry the same parameters.
 */
export function mentorSearchParams(query: Partial<MentorSearchQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const add = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.append(key, String(value));
  };
  add('q', query.q);
  for (const tag of query.expertise ?? []) add('expertise', tag);
  add('industry', query.industry);
  add('programme', query.programme);
  add('gradFrom', query.gradFrom);
  add('gradTo', query.gradTo);
  add('country', query.country);
  add('city', query.city);
  for (const language of query.language ?? []) add('language', language);
  if (query.available === false) add('available', 'false');
  if (query.page !== undefined && query.page > 1) add('page', query.page);
  if (query.pageSize !== undefined && query.pageSize !== SEARCH_PAGE_SIZE.default) add('pageSize', query.pageSize);
  return params;
}
