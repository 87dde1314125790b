import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { api, paths } from '../../../lib/paths';

export const LinkIdentitySchema = z.object({ provider: z.string().min(1) });

export type LinkIdentityInput = z.infer<typeof LinkIdentitySchema>;

const RedirectSchema = z.object({ url: z.string().min(1) });

/** Starts linking a provider identity: the answer is the provider's page, which returns to the profile. */
export async function startLinkIdentity(input: LinkIdentityInput): Promise<string> {
  const { provider } = LinkIdentitySchema.parse(input);
  const linked = `${paths.profile}?${new URLSearchParams({ linked: provider })}`;
  const { url } = await apiRequest(api.linkSocial, RedirectSchema, {
    method: 'POST',
    body: { provider, callbackURL: linked, errorCallbackURL: paths.profile },
  });
  return url;
}

export const useLinkIdentity = () =>
  useMutation({ mutationFn: startLinkIdentity, onSuccess: (url) => window.location.assign(url) });
