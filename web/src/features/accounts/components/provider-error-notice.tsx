import { useTranslation } from 'react-i18next';
import { SIGN_IN_ERROR_CODES, type SignInErrorCode } from '../../../../../contract/identities';
import { Notice } from '../../../components/ui/notice';
import { useSite } from '../../../lib/site';

const isKnown = (code: string): code is SignInErrorCode => (SIGN_IN_ERROR_CODES as readonly string[]).includes(code);

/**
 * Why a sign-in, registration or link through LinkedIn (or another provider) did not work, from
 * the `?error=` code the app was sent back with.
 */
export function ProviderErrorNotice({ code }: { code: string | null }) {
  const { t } = useTranslation('accounts');
  const { identityProviders } = useSite();
  if (!code) return null;
  const provider = identityProviders.length === 1 ? identityProviders[0]!.name : t('providers.generic');
  return (
    <Notice tone="error">
      <p>{isKnown(code) ? t(`providerErrors.${code}`, { provider }) : t('providerErrors.other', { provider })}</p>
    </Notice>
  );
}
