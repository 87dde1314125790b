import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';

export const LinkIdentitySchema = z.object({ provider: z.string().min(1) });

export type LinkIdentityInput = z.infer<typeof LinkIdentitySchema>;

/** Starts linking a provider identity: the answer is the provider's page, which returns to the profile. */
export async function startLinkIdentity(input: LinkIdentityInput): Promise<string> {
  const { provider } = LinkIdentitySchema.parse(input);
  const linked = `${paths.profile}?${new URLSearchParams({ linked: provider })}`;
  const { url } = await callEndpoint(endpoints.linkSocial, { body: { provider, callbackURL: linked, errorCallbackURL: paths.profile } });
  return url;
}

export const useLinkIdentity = () =>
  useMutation({ mutationFn: startLinkIdentity, onSuccess: (url) => window.location.assign(url) });
