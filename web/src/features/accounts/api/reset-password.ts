import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { PasswordSchema } from '../../../../../contract/accounts';
import { apiSend } from '../../../lib/api-client';
import { api } from '../../../lib/paths';

export const ResetPasswordSchema = z.object({ token: z.string().min(1), newPassword: PasswordSchema });

export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

/** Sets a new password with the token from the emailed link (which then stops working). */
export const resetPassword = (input: ResetPasswordInput) =>
  apiSend(api.resetPassword, { method: 'POST', body: ResetPasswordSchema.parse(input) });

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
