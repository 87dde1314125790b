import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { showOwnProfile } from './set-mentor-tab';

export const activateMentorProfile = () => callEndpoint(endpoints.activateMentorProfile);

/** "Activate Mentor Profile" (alumni only). */
export function useActivateMentorProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: activateMentorProfile, onSuccess: (profile) => showOwnProfile(queryClient, profile) });
}
