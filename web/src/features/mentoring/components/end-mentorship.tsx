import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_REASONS, type EndMentorship, type Mentorship, REQUEST_LIMITS } from '../../../../../contract/mentoring';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/form';
import { errorMessage } from '../../../i18n/error-message';
import { isApiError } from '../../../lib/api-client';
import { useEndMentorship } from '../api/end-mentorship';
import { otherSide } from './mentorship-facts';

interface EndMentorshipActionProps {
  mentorship: Mentorship;
  /**
   * Called with what to tell the member once the mentorship is over (ended now, or found ended
   * already). The row holding this button disappears then, so the list says it instead.
   */
  onDone(message: string): void;
}

/**
 * "End mentorship" and its confirm step: a modal dialog with an optional reason and feedback, a
 * red confirm and Cancel. Escape cancels; focus goes back to the button when the dialog closes.
 */
export function EndMentorshipAction({ mentorship, onDone }: EndMentorshipActionProps) {
  const { t } = useTranslation('mentoring');
  const [isOpen, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const { name } = otherSide(mentorship);

  return (
    <>
      {/* A plain button with the Button classes: this one needs a ref, to take focus back. */}
      <button ref={trigger} type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('end.open')}
        <span className="visually-hidden"> {t('end.with', { name })}</span>
      </button>
      {isOpen ? (
        <EndDialog
          mentorship={mentorship}
          onClose={() => {
            setOpen(false);
            trigger.current?.focus();
          }}
          onDone={(message) => {
            setOpen(false);
            onDone(message);
          }}
        />
      ) : null}
    </>
  );
}

interface EndDialogProps {
  mentorship: Mentorship;
  onClose(): void;
  onDone(message: string): void;
}

function EndDialog({ mentorship, onClose, onDone }: EndDialogProps) {
  const { t } = useTranslation('mentoring');
  const { t: tCommon } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState<EndMentorship['reason']>(null);
  const [feedback, setFeedback] = useState('');
  const end = useEndMentorship();
  const { name } = otherSide(mentorship);

  // A modal dialog keeps focus inside and makes the rest of the page inert until it closes.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // The promise, not mutate's callbacks: the list is fetched again before the mutation settles,
  // and this row (dialog included) is gone by then, which would silence callbacks tied to it.
  const submit = () =>
    end.mutateAsync({ id: mentorship.id, reason, feedback }).then(
      () => onDone(t('end.ended', { name })),
      (error: unknown) => {
        if (isApiError(error, 'mentorship_not_active')) onDone(errorMessage(tCommon, error));
      },
    );

  return (
    <dialog
      ref={dialog}
      className="end-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explanation`}
      onClose={onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-title`}>{t('end.title', { name })}</h2>
        <p id={`${id}-explanation`}>{t('end.explanation', { name })}</p>
        <Field id={`${id}-reason`} label={t('end.reason')}>
          {(control) => (
            <select
              className="input"
              {...control}
              value={reason ?? ''}
              onChange={(event) => setReason((event.target.value || null) as EndMentorship['reason'])}
            >
              <option value="">{t('end.noReason')}</option>
              {END_REASONS.map((key) => (
                <option key={key} value={key}>
                  {t(`endReasons.${key}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-feedback`} label={t('end.feedback')} hint={t('end.feedbackHint', { name })}>
          {(control) => (
            <>
              <textarea
                className="input textarea"
                rows={4}
                maxLength={REQUEST_LIMITS.feedback}
                value={feedback}
                onChange={(event) => setFeedback(event.target.value)}
                {...control}
                aria-describedby={[control['aria-describedby'], `${id}-count`].filter(Boolean).join(' ')}
              />
              <p id={`${id}-count`} className="field-hint char-count">
                {t('end.count', { count: feedback.length, max: REQUEST_LIMITS.feedback })}
              </p>
            </>
          )}
        </Field>
        {end.error && !isApiError(end.error, 'mentorship_not_active') ? (
          <p className="field-error" role="alert">
            {errorMessage(tCommon, end.error)}
          </p>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="danger" disabled={end.isPending}>
            {t('end.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => dialog.current?.close()} disabled={end.isPending}>
            {t('end.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
