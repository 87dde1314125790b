import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';

export { ResetPasswordSchema } from '../../../../../contract/endpoints/accounts';

export type ResetPasswordInput = z.infer<typeof endpoints.ResetPasswordSchema>;

/** Sets a new password with the token from the emailed link (which then stops working). */
export const resetPassword = async (input: ResetPasswordInput): Promise<void> => {
  await callEndpoint(endpoints.resetPassword, { body: input });
};

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
