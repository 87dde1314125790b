import { useMutation } from '@tanstack/react-query';
import { type ChangePassword, ChangePasswordSchema } from '../../../../../contract/profile';
import { apiSend } from '../../../lib/api-client';
import { api } from '../../../lib/paths';

export { ChangePasswordSchema, type ChangePassword };

/** Changes the password, confirmed by the current one; the member's other sessions end. */
export const changePassword = (input: ChangePassword) =>
  apiSend(api.changePassword, { method: 'POST', body: ChangePasswordSchema.parse(input) });

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
