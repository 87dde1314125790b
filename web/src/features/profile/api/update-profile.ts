import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/profile';
import { type UpdateProfile, UpdateProfileSchema } from '../../../../../contract/profile';
import { callEndpoint } from '../../../lib/api-client';
import { storeProfile } from './get-profile';

export { UpdateProfileSchema, type UpdateProfile };

export const updateProfile = (input: UpdateProfile) => callEndpoint(endpoints.updatePersonalProfile, { body: input });

/** Saves the personal details; the user name is not among them (only the alumni office changes it). */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateProfile, onSuccess: (profile) => storeProfile(queryClient, profile) });
}
