// The shapes this module's routes speak, shared with the web client through contract/.
export {
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
} from '../../../contract/mentors';
