import { useMutation } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';

export const signOut = async (): Promise<void> => {
  await callEndpoint(endpoints.signOut, { body: {} });
};

/**
 * Signs out and loads the home page afresh: nothing of the member stays in memory, which matters
 * on a shared computer.
 */
export const useSignOut = () => useMutation({ mutationFn: signOut, onSuccess: () => window.location.assign(paths.home) });
