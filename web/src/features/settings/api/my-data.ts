import { useMutation } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/lifecycle';
import type { DeleteAccount } from '../../../../../contract/lifecycle';
import { callEndpoint } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';

/** Where the home page says that the account is gone (after deleting it). */
export const ACCOUNT_DELETED_QUERY = 'account=deleted';

/** Fetches all the member's data and saves it as a JSON file. */
export async function downloadMyData(): Promise<void> {
  const data = await callEndpoint(endpoints.exportMyData);
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `mentor-network-data-${data.exportedAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useDownloadMyData = () => useMutation({ mutationFn: downloadMyData });

export const deleteMyAccount = async (input: DeleteAccount): Promise<void> => {
  await callEndpoint(endpoints.deleteMyAccount, { body: input });
};

/**
 * Deletes the account, then loads the home page afresh (as signing out does: nothing of the
 * member stays in memory), where it says the account is gone.
 */
export const useDeleteMyAccount = () =>
  useMutation({ mutationFn: deleteMyAccount, onSuccess: () => window.location.assign(`${paths.home}?${ACCOUNT_DELETED_QUERY}`) });
