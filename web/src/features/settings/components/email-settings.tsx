import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateSettings } from '../../../../../contract/profile';
import { Button } from '../../../components/ui/button';
import { Switch } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { RichText } from '../../../components/ui/rich-text';
import { useErrorMessage } from '../../../i18n/validation-message';
import { useMe } from '../../../lib/auth';
import { useUpdateSettings } from '../api/update-settings';

/**
 * "Show my email address to other users" (off by default) and "Receive email notifications" (on by
 * default). Switching notifications off asks first, saying plainly that no notification email will come (security mail still does).
 */
export function EmailSettings({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation('accounts');
  const failure = useErrorMessage();
  const me = useMe();
  const update = useUpdateSettings();
  const [isConfirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<keyof UpdateSettings | null>(null);
  if (!me) return null;

  const save = (input: UpdateSettings) => {
    setSaved(null);
    update.mutate(input, { onSuccess: () => setSaved(Object.keys(input)[0] as keyof UpdateSettings) });
  };

  return (
    <div className="email-settings">
      <Switch
        id={`${idPrefix}-show-email`}
        label={t('emailSettings.showEmail')}
        description={t('emailSettings.showEmailHint')}
        checked={me.showEmail}
        onChange={(showEmail) => save({ showEmail })}
      />
      <Switch
        id={`${idPrefix}-notifications`}
        label={t('emailSettings.notifications')}
        description={me.emailNotifications ? t('emailSettings.notificationsOn') : t('emailSettings.notificationsOff')}
        checked={me.emailNotifications}
        onChange={(on) => (on ? save({ emailNotifications: true }) : setConfirming(true))}
      />
      <div aria-live="polite" className="settings-status">
        {saved ? <p className="success-text">{t('emailSettings.saved')}</p> : null}
      </div>
      {update.isError ? <Notice tone="error">{failure(update.error)}</Notice> : null}
      {isConfirming ? (
        <NotificationsOffDialog
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            save({ emailNotifications: false });
          }}
        />
      ) : null}
    </div>
  );
}

/** A modal warning (the browser's own dialog, which keeps focus inside and closes on Escape). */
function NotificationsOffDialog({ onCancel, onConfirm }: { onCancel(): void; onConfirm(): void }) {
  const { t } = useTranslation('accounts');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="notifications-off-title" aria-describedby="notifications-off-text" onCancel={onCancel}>
      <h2 id="notifications-off-title">{t('emailSettings.warning.title')}</h2>
      <div id="notifications-off-text">
        <RichText text={t('emailSettings.warning.text')} />
      </div>
      <div className="dialog-actions">
        <Button variant="primary" onClick={onCancel} autoFocus>
          {t('emailSettings.warning.cancel')}
        </Button>
        <Button onClick={onConfirm}>{t('emailSettings.warning.confirm')}</Button>
      </div>
    </dialog>
  );
}
