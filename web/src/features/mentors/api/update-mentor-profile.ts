import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OwnMentorProfileSchema, type UpdateMentorProfile, UpdateMentorProfileSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { showOwnProfile } from './set-mentor-tab';

export { UpdateMentorProfileSchema };
export type UpdateMentorProfileInput = UpdateMentorProfile;

export const updateMentorProfile = (input: UpdateMentorProfileInput) =>
  apiRequest(api.mentorTab, OwnMentorProfileSchema, { method: 'PUT', body: UpdateMentorProfileSchema.parse(input) });

/** Saves the mentor profile; fields left out keep their value (so the Mentor History can save the maximum alone). */
export function useUpdateMentorProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMentorProfile, onSuccess: (profile) => showOwnProfile(queryClient, profile) });
}
