import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiSend } from '../../../lib/api-client';
import { api } from '../../../lib/paths';

export const RequestPasswordResetSchema = z.object({ email: z.email().max(254) });

export type RequestPasswordResetInput = z.infer<typeof RequestPasswordResetSchema>;

/** Asks for a reset link; the answer is the same whether or not an account uses the address. */
export const requestPasswordReset = (input: RequestPasswordResetInput) =>
  apiSend(api.requestPasswordReset, { method: 'POST', body: RequestPasswordResetSchema.parse(input) });

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
