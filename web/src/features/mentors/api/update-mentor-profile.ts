import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { type UpdateMentorProfile, UpdateMentorProfileSchema } from '../../../../../contract/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { showOwnProfile } from './set-mentor-tab';

export { UpdateMentorProfileSchema };
export type UpdateMentorProfileInput = UpdateMentorProfile;

export const updateMentorProfile = (input: UpdateMentorProfileInput) => callEndpoint(endpoints.updateMentorProfile, { body: input });

/** Saves the mentor profile; fields left out keep their value (so the Mentor History can save the maximum alone). */
export function useUpdateMentorProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMentorProfile, onSuccess: (profile) => showOwnProfile(queryClient, profile) });
}
