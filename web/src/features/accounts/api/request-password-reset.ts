import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';

export { RequestPasswordResetSchema } from '../../../../../contract/endpoints/accounts';

export type RequestPasswordResetInput = z.infer<typeof endpoints.RequestPasswordResetSchema>;

/** Asks for a reset link; the answer is the same whether or not an account uses the address. */
export const requestPasswordReset = async (input: RequestPasswordResetInput): Promise<void> => {
  await callEndpoint(endpoints.requestPasswordReset, { body: input });
};

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
