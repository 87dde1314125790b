import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { showOwnProfile } from './set-mentor-tab';

export const pauseMentoring = () => callEndpoint(endpoints.pauseMentoring);

/** "Pause mentoring": no new requests until the mentor resumes. */
export function usePauseMentoring() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: pauseMentoring, onSuccess: (profile) => showOwnProfile(queryClient, profile) });
}
