import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { useErrorMessage } from '../../../i18n/validation-message';
import { useSite } from '../../../lib/site';
import { useProviderSignIn } from '../api/sign-in-with-provider';

interface ProviderButtonsProps {
  mode: 'signIn' | 'register';
  /** Where a successful sign-in lands (the dashboard unless the member was on their way elsewhere). */
  callbackURL?: string;
}

/** "Sign in with LinkedIn" / "Register with LinkedIn": one button per provider the installation accepts. */
export function ProviderButtons({ mode, callbackURL }: ProviderButtonsProps) {
  const { t } = useTranslation('accounts');
  const { identityProviders } = useSite();
  const failure = useErrorMessage();
  const start = useProviderSignIn();
  if (identityProviders.length === 0) return null;

  return (
    <div className="provider-sign-in">
      {start.isError ? <Notice tone="error">{failure(start.error)}</Notice> : null}
      <ul className="provider-buttons">
        {identityProviders.map(({ id, name }) => {
          const isStarting = start.isPending && start.variables.provider === id;
          return (
            <li key={id}>
              <Button
                className={`provider-button provider-${id}`}
                disabled={start.isPending || start.isSuccess}
                onClick={() => start.mutate({ provider: id, register: mode === 'register', callbackURL })}
              >
                <span className="provider-mark" aria-hidden="true">
                  {id === 'linkedin' ? 'in' : name.charAt(0)}
                </span>
                {isStarting ? t('providers.redirecting', { provider: name }) : t(`providers.${mode}`, { provider: name })}
              </Button>
            </li>
          );
        })}
      </ul>
      <p className="divider">
        <span>{t('providers.or')}</span>
      </p>
    </div>
  );
}
