import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { useErrorMessage } from '../../../i18n/validation-message';
import { isApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { useDeleteMyAccount, useDownloadMyData } from '../api/my-data';

/**
 * Settings → Your data: a copy of everything the network holds about the member (the right of
 * access), and deleting the account (the right to erasure), confirmed in a dialog.
 */
export function YourData({ hasPassword }: { hasPassword: boolean | undefined }) {
  const { t } = useTranslation('accounts');
  const failure = useErrorMessage();
  const download = useDownloadMyData();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <p>{t('settings.data.exportText')}</p>
      <p>
        <Button onClick={() => download.mutate()} disabled={download.isPending}>
          {download.isPending ? t('settings.data.exporting') : t('settings.data.export')}
        </Button>
      </p>
      {download.isError ? <Notice tone="error">{failure(download.error)}</Notice> : null}
      {download.isSuccess ? (
        <p role="status" className="hint">
          {t('settings.data.exported')}
        </p>
      ) : null}
      <h3>{t('settings.data.deleteTitle')}</h3>
      <p>{t('settings.data.deleteText')}</p>
      <p>
        <Button ref={deleteButton} variant="danger" onClick={() => setConfirming(true)} disabled={hasPassword === undefined}>
          {t('settings.data.delete')}
        </Button>
      </p>
      {confirming && hasPassword !== undefined ? (
        <DeleteAccountDialog
          hasPassword={hasPassword}
          onClose={() => {
            setConfirming(false);
            deleteButton.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function DeleteAccountDialog({ hasPassword, onClose }: { hasPassword: boolean; onClose(): void }) {
  const { t } = useTranslation('accounts');
  const failure = useErrorMessage();
  const me = useMe();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState('');
  const remove = useDeleteMyAccount();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const field = hasPassword ? 'currentPassword' : 'username';
  const error = remove.isError ? failure(remove.error) : null;
  const fieldError = remove.isError && (isApiError(remove.error, 'wrong_password') || isApiError(remove.error, 'password_required') || isApiError(remove.error, 'username_mismatch')) ? error : undefined;
  const username = me?.displayUsername ?? me?.username ?? '';
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        if (remove.isPending) event.preventDefault();
      }}
      onClose={onClose}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          remove.mutate(hasPassword ? { currentPassword: value } : { username: value });
        }}
      >
        <h2 id={`${id}-title`}>{t('settings.data.dialog.title')}</h2>
        <div id={`${id}-text`}>
          <p>{t('settings.data.dialog.intro')}</p>
          <ul>
            <li>{t('settings.data.dialog.mentoring')}</li>
            <li>{t('settings.data.dialog.personal')}</li>
            <li>{t('settings.data.dialog.messages')}</li>
            <li>{t('settings.data.dialog.signOut')}</li>
          </ul>
          <p>{t('settings.data.dialog.final')}</p>
        </div>
        <TextField
          id={`${id}-${field}`}
          label={hasPassword ? t('settings.data.dialog.password') : t('settings.data.dialog.username', { username })}
          type={hasPassword ? 'password' : 'text'}
          autoComplete={hasPassword ? 'current-password' : 'off'}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={fieldError ?? undefined}
          required
        />
        {error && !fieldError ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <Button type="submit" variant="danger" disabled={remove.isPending}>
            {remove.isPending ? t('settings.data.dialog.deleting') : t('settings.data.dialog.confirm')}
          </Button>
          <Button onClick={() => dialog.current?.close()} disabled={remove.isPending}>
            {t('settings.data.dialog.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
