import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { showOwnProfile } from './set-mentor-tab';

export const resumeMentoring = () => callEndpoint(endpoints.resumeMentoring);

/** "Activate mentoring now": available for new requests again. */
export function useResumeMentoring() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resumeMentoring, onSuccess: (profile) => showOwnProfile(queryClient, profile) });
}
