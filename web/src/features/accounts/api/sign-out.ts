import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { api, paths } from '../../../lib/paths';

export const signOut = () => apiSend(api.signOut, { method: 'POST', body: {} });

/**
 * Signs out and loads the home page afresh: nothing of the member stays in memory, which matters
 * on a shared computer.
 */
export const useSignOut = () => useMutation({ mutationFn: signOut, onSuccess: () => window.location.assign(paths.home) });
