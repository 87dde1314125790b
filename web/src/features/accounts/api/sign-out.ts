import { useMutation } from '@tanstack/react-query';
import { callEndpoint } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';

// The header uses this on every page: its descriptor (and zod) load after the first render (ADR 0029).
export const signOut = async (): Promise<void> => {
  const endpoints = await import('../../../../../contract/endpoints/accounts');
  await callEndpoint(endpoints.signOut, { body: {} });
};

/**
 * Signs out and loads the home page afresh: nothing of the member stays in memory, which matters
 * on a shared computer.
 */
export const useSignOut = () => useMutation({ mutationFn: signOut, onSuccess: () => window.location.assign(paths.home) });
