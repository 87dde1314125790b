import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_LIMITS } from '../../../../../contract/mentoring';
import type { PublicMentorProfile } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../i18n/error-message';
import { useSendRequest } from '../api/send-request';
import { CountedTextArea } from './counted-text-area';
import { type RequestFormErrors, requestInput, validateRequestForm } from './request-rules';

interface SendRequestDialogProps {
  mentor: PublicMentorProfile;
  onClose(): void;
  onSent(): void;
}

/**
 * The mentoring request form, in the browser's own modal dialog (focus stays inside, Escape
 * closes it): the motivation — why this mentor — and, optionally, the goals.
 */
export function SendRequestDialog({ mentor, onClose, onSent }: SendRequestDialogProps) {
  const { t, i18n } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState({ motivation: '', goals: '' });
  const [isSubmitted, setSubmitted] = useState(false);
  const send = useSendRequest();
  const errors: RequestFormErrors = isSubmitted ? validateRequestForm(values) : {};
  const names = { name: mentor.name, min: REQUEST_LIMITS.motivationMin, max: REQUEST_LIMITS.motivationMax.toLocaleString(i18n.language) };

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const set = (field: keyof typeof values, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    send.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const problems = validateRequestForm(values);
    const first = (['motivation', 'goals'] as const).find((field) => problems[field]);
    if (first) {
      document.getElementById(`request-${first}`)?.focus();
      return;
    }
    // Not mutate's own onSuccess: the refresh that follows a send replaces this dialog's button, and
    // TanStack Query drops the callbacks of an unmounted component. The promise still settles.
    send.mutateAsync(requestInput(mentor.username, values)).then(onSent, () => undefined);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog request-dialog"
      aria-labelledby="request-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id="request-dialog-title">{t('form.title', { name: mentor.name })}</h2>
        <p className="section-lead">{t('form.intro', { name: mentor.name })}</p>
        <CountedTextArea
          id="request-motivation"
          label={t('form.motivation', { name: mentor.name })}
          hint={t('form.motivationHint', names)}
          error={errors.motivation ? t(`form.errors.motivation.${errors.motivation}`, names) : undefined}
          value={values.motivation}
          min={REQUEST_LIMITS.motivationMin}
          max={REQUEST_LIMITS.motivationMax}
          rows={7}
          required
          autoFocus
          onChange={(value) => set('motivation', value)}
        />
        <CountedTextArea
          id="request-goals"
          label={t('form.goals')}
          hint={t('form.goalsHint')}
          error={errors.goals ? t('form.errors.goals', { max: REQUEST_LIMITS.goals.toLocaleString(i18n.language) }) : undefined}
          value={values.goals}
          max={REQUEST_LIMITS.goals}
          rows={3}
          onChange={(value) => set('goals', value)}
        />
        {send.error ? (
          <p className="field-error" role="alert">
            {errorMessage(tCommon, send.error)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <Button type="submit" variant="primary" disabled={send.isPending}>
            {send.isPending ? t('form.sending') : t('form.send')}
          </Button>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
        </div>
      </form>
    </dialog>
  );
}
