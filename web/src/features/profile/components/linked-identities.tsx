import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useSite } from '../../../lib/site';
import { useIdentities } from '../api/get-identities';
import { useLinkIdentity } from '../api/link-identity';
import { useUnlinkIdentity } from '../api/unlink-identity';

/**
 * The sign-in providers the installation accepts, each linked (with an Unlink button while the
 * account has a password) or not (with a button to link it).
 */
export function LinkedIdentities() {
  const { t, i18n } = useTranslation('accounts');
  const failure = useErrorMessage();
  const { identityProviders } = useSite();
  const identities = useIdentities();
  const link = useLinkIdentity();
  const unlink = useUnlinkIdentity();
  const [unlinked, setUnlinked] = useState<string | null>(null);

  if (identities.isPending) return <Spinner label={t('profile.identities.loading')} />;
  if (identities.isError) return <Notice tone="error">{failure(identities.error)}</Notice>;
  const { canUnlink } = identities.data;
  const error = link.error ?? unlink.error;

  return (
    <div className="identities">
      <p className="field-hint">{t('profile.identities.lead')}</p>
      {error ? <Notice tone="error">{failure(error)}</Notice> : null}
      <div aria-live="polite">{unlinked ? <p className="success-text">{t('profile.identities.unlinked', { provider: unlinked })}</p> : null}</div>
      <ul className="identity-list">
        {identityProviders.map((provider) => {
          const identity = identities.data.identities.find((item) => item.providerId === provider.id);
          return (
            <li key={provider.id} className="identity">
              <div>
                <p className="identity-name">{provider.name}</p>
                <p className="field-hint">
                  {identity
                    ? t('profile.identities.linkedOn', { date: formatDate(identity.linkedAt, i18n.language) })
                    : t('profile.identities.notLinked')}
                </p>
              </div>
              {identity ? (
                canUnlink ? (
                  <Button
                    disabled={unlink.isPending}
                    onClick={() => unlink.mutate({ id: identity.id }, { onSuccess: () => setUnlinked(provider.name) })}
                  >
                    {t('profile.identities.unlink', { provider: provider.name })}
                  </Button>
                ) : null
              ) : (
                <Button
                  disabled={link.isPending || link.isSuccess}
                  onClick={() => {
                    setUnlinked(null);
                    link.mutate({ provider: provider.id });
                  }}
                >
                  {t('profile.identities.link', { provider: provider.name })}
                </Button>
              )}
              {identity && !canUnlink ? (
                <p className="identity-note">
                  {t('profile.identities.needsPassword', { provider: provider.name })}{' '}
                  <Link to={paths.forgotPassword}>{t('profile.identities.setPassword')}</Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
