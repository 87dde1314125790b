import { useMutation } from '@tanstack/react-query';
import { type StartEmailChange, StartEmailChangeSchema } from '../../../../../contract/profile';
import { apiSend } from '../../../lib/api-client';
import { api } from '../../../lib/paths';

export { StartEmailChangeSchema, type StartEmailChange };

/** Sends a confirmation link to the new address; the address changes only when it is followed. */
export const startEmailChange = (input: StartEmailChange) =>
  apiSend(api.meEmailChange, { method: 'POST', body: StartEmailChangeSchema.parse(input) });

export const useStartEmailChange = () => useMutation({ mutationFn: startEmailChange });
