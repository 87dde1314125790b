import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalProfile } from '../../../../../contract/profile';
import { useSite } from '../../../lib/site';
import { Button } from '../../../components/ui/button';
import { ApiError } from '../../../lib/api-client';
import { useProviderSignIn } from '../../accounts';
import { ErrorSummary, TextField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { useForm } from '../../../lib/use-form';
import { fieldErrors, fieldErrorsFromApi } from '../../../lib/validation';
import { StartEmailChangeSchema, useStartEmailChange } from '../api/start-email-change';

const ID = 'email-change';
const empty = { newEmail: '', currentPassword: '' };

/**
 * The account's one email address and its "Change" button. A new address takes effect only after
 * the member follows the link sent to it; until then the old one stays in use.
 */
export function EmailAddress({ profile }: { profile: PersonalProfile }) {
  const { t } = useTranslation('accounts');
  const [isChanging, setChanging] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <div className="email-address">
      <p className="field-label">{t('profile.email.address')}</p>
      <div className="email-address-row">
        <span className="email-address-value">{profile.email}</span>
        {isChanging ? null : (
          <Button
            onClick={() => {
              setSentTo(null);
              setChanging(true);
            }}
          >
            {t('profile.email.change')}
            <span className="visually-hidden"> {t('profile.email.changeHidden')}</span>
          </Button>
        )}
      </div>
      <p className="field-hint">{t('profile.email.oneAddress')}</p>
      <div aria-live="polite">
        {sentTo ? (
          <Notice tone="success">
            <p>{t('profile.email.sent', { email: sentTo, current: profile.email })}</p>
          </Notice>
        ) : null}
      </div>
      {isChanging ? (
        <EmailChangeForm
          needsPassword={profile.hasPassword}
          onCancel={() => setChanging(false)}
          onSent={(email) => {
            setChanging(false);
            setSentTo(email);
          }}
        />
      ) : null}
    </div>
  );
}

interface EmailChangeFormProps {
  needsPassword: boolean;
  onCancel(): void;
  onSent(email: string): void;
}

function EmailChangeForm({ needsPassword, onCancel, onSent }: EmailChangeFormProps) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const toInput = (values: typeof empty) => ({
    newEmail: values.newEmail.trim() || undefined,
    currentPassword: needsPassword ? values.currentPassword : undefined,
  });
  const validate = (values: typeof empty) => {
    const result = StartEmailChangeSchema.safeParse(toInput(values));
    const errors = result.success ? {} : fieldErrors(result.error.issues);
    if (needsPassword && !values.currentPassword) errors.currentPassword = 'required';
    return errors;
  };
  const form = useForm(empty, validate);
  const start = useStartEmailChange();

  const onValid = (values: typeof empty) => {
    const input = StartEmailChangeSchema.parse(toInput(values));
    start.mutate(input, {
      onSuccess: () => onSent(input.newEmail),
      onError: (error) => form.showServerErrors(fieldErrorsFromApi(error) ?? {}),
    });
  };

  return (
    <form className="form email-change-form" noValidate onSubmit={form.submit(onValid)} aria-labelledby="email-change-title">
      <h3 id="email-change-title">{t('profile.email.changeTitle')}</h3>
      <ErrorSummary
        title={t('form.errorSummary')}
        errors={summaryErrors(form.errors, ['newEmail', 'currentPassword'], {
          idOf: (field) => `${ID}-${field}`,
          labelOf: (field) => t(field === 'newEmail' ? 'profile.email.newEmail' : 'profile.email.currentPassword'),
          message,
        })}
        focusKey={form.attempts}
      />
      {start.isError && !fieldErrorsFromApi(start.error) ? (
        <Notice tone="error">
          <p>{failure(start.error)}</p>
          <SignInAgain error={start.error} />
        </Notice>
      ) : null}
      <TextField
        id={`${ID}-newEmail`}
        label={t('profile.email.newEmail')}
        type="email"
        autoComplete="email"
        autoFocus
        value={form.values.newEmail}
        error={message(form.errors.newEmail)}
        onChange={(event) => form.set('newEmail', event.target.value)}
      />
      {needsPassword ? (
        <TextField
          id={`${ID}-currentPassword`}
          label={t('profile.email.currentPassword')}
          hint={t('profile.email.currentPasswordHint')}
          type="password"
          autoComplete="current-password"
          value={form.values.currentPassword}
          error={message(form.errors.currentPassword)}
          onChange={(event) => form.set('currentPassword', event.target.value)}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={start.isPending}>
          {t('profile.email.send')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('profile.email.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * For a member without a password, the server asks for a fresh sign-in with their provider
 * before the address can change; this offers one, coming back to this page.
 */
function SignInAgain({ error }: { error: unknown }) {
  const { t } = useTranslation('accounts');
  const { identityProviders } = useSite();
  const signIn = useProviderSignIn();
  if (!(error instanceof ApiError) || error.code !== 'reauthentication_required') return null;
  const ids = (error.details as { providers?: string[] } | undefined)?.providers ?? [];
  const providers = identityProviders.filter((provider) => ids.includes(provider.id));
  return (
    <div className="form-actions">
      {providers.map((provider) => (
        <Button
          key={provider.id}
          disabled={signIn.isPending}
          onClick={() => signIn.mutate({ provider: provider.id, register: false, callbackURL: window.location.pathname })}
        >
          {t('profile.email.signInAgain', { provider: provider.name })}
        </Button>
      ))}
    </div>
  );
}
