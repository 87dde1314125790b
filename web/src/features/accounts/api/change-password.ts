import { useMutation } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { type ChangePassword, ChangePasswordSchema } from '../../../../../contract/profile';
import { callEndpoint } from '../../../lib/api-client';

export { ChangePasswordSchema, type ChangePassword };

/** Changes the password, confirmed by the current one; the member's other sessions end. */
export const changePassword = (input: ChangePassword) => callEndpoint(endpoints.changePassword, { body: input });

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
