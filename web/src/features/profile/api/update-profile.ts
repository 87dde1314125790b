import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PersonalProfileSchema, type UpdateProfile, UpdateProfileSchema } from '../../../../../contract/profile';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { storeProfile } from './get-profile';

export { UpdateProfileSchema, type UpdateProfile };

export const updateProfile = (input: UpdateProfile) =>
  apiRequest(api.me, PersonalProfileSchema, { method: 'PATCH', body: UpdateProfileSchema.parse(input) });

/** Saves the personal details; the user name is not among them (only the alumni office changes it). */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateProfile, onSuccess: (profile) => storeProfile(queryClient, profile) });
}
