import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OwnMentorProfileSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { showOwnProfile } from './set-mentor-tab';

export const activateMentorProfile = () => apiRequest(api.mentorActivate, OwnMentorProfileSchema, { method: 'POST' });

/** "Activate Mentor Profile" (alumni only). */
export function useActivateMentorProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: activateMentorProfile, onSuccess: (profile) => showOwnProfile(queryClient, profile) });
}
