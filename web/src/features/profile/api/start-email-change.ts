import { useMutation } from '@tanstack/react-query';
import { type StartEmailChange, StartEmailChangeSchema } from '../../../../../contract/profile';
import * as endpoints from '../../../../../contract/endpoints/profile';
import { callEndpoint } from '../../../lib/api-client';

export { StartEmailChangeSchema, type StartEmailChange };

/** Sends a confirmation link to the new address; the address changes only when it is followed. */
export const startEmailChange = (input: StartEmailChange) => callEndpoint(endpoints.startEmailChange, { body: input });

export const useStartEmailChange = () => useMutation({ mutationFn: startEmailChange });
