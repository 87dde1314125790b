import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OwnMentorProfileSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { showOwnProfile } from './set-mentor-tab';

export const resumeMentoring = () => apiRequest(api.mentorResume, OwnMentorProfileSchema, { method: 'POST' });

/** "Activate mentoring now": available for new requests again. */
export function useResumeMentoring() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resumeMentoring, onSuccess: (profile) => showOwnProfile(queryClient, profile) });
}
