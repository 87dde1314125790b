import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '../../../../../contract/profile';
import * as endpoints from '../../../../../contract/endpoints/profile';
import { callEndpoint } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

/** A JPEG, PNG or WebP image of at most 5 MB; the messages are keys of accounts:validation. */
export const PhotoSchema = z
  .instanceof(File)
  .refine((file) => (PHOTO_TYPES as readonly string[]).includes(file.type), { message: 'photo_type' })
  .refine((file) => file.size <= MAX_PHOTO_BYTES, { message: 'photo_too_large' });

export const uploadPhoto = (photo: File) => callEndpoint(endpoints.uploadPhoto, { file: PhotoSchema.parse(photo) });

/** Uploads a new profile photo; the server stores a resized copy and answers with its URL. */
export function useUploadPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadPhoto,
    // The account and the profile both show the photo.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
