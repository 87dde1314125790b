import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OwnMentorProfileSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { showOwnProfile } from './set-mentor-tab';

export const pauseMentoring = () => apiRequest(api.mentorPause, OwnMentorProfileSchema, { method: 'POST' });

/** "Pause mentoring": no new requests until the mentor resumes. */
export function usePauseMentoring() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: pauseMentoring, onSuccess: (profile) => showOwnProfile(queryClient, profile) });
}
