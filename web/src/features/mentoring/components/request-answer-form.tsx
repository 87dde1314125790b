import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS, type DeclineRequest, type MentorCapacity, type MentoringRequest, REQUEST_LIMITS } from '../../../../../contract/mentoring';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/form';
import { errorMessage } from '../../../i18n/error-message';
import { isApiError } from '../../../lib/api-client';
import { useAcceptRequest, useDeclineRequest } from '../api/answer-request';
import type { Outcome } from './answer-outcome';
import { CapacityOffer } from './capacity-offer';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CountedTextArea } from './counted-text-area';
import { countedLength } from './request-rules';

type Reason = NonNullable<DeclineRequest['reason']>;

interface RequestAnswerFormProps {
  request: MentoringRequest;
  capacity: MentorCapacity | null;
  onAnswered(outcome: Outcome): void;
}

/**
 * The mentor's answer (docs/product.md, rule 14): a response text, then Decline (red) or Accept (green) at
 * the bottom. While every place is taken Accept cannot be used, and the form says how to make room.
 * Decline cannot be undone, so it asks first, with the response (encouraged) and an optional reason.
 */
export function RequestAnswerForm({ request, capacity, onAnswered }: RequestAnswerFormProps) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const { t: tMentoring } = useTranslation('mentoring');
  const [response, setResponse] = useState('');
  const [reason, setReason] = useState<Reason | ''>('');
  const [isConfirmingDecline, setConfirmingDecline] = useState(false);
  const declineButton = useRef<HTMLButtonElement>(null);
  const accept = useAcceptRequest();
  const decline = useDeclineRequest();
  const isBusy = accept.isPending || decline.isPending;
  const isTooLong = countedLength(response) > REQUEST_LIMITS.response;
  const isFull = !request.can.accept || isApiError(accept.error, 'mentor_full');
  const failure = [accept.error, decline.error].find((error) => error && !isApiError(error, 'mentor_full'));
  const name = request.mentee.name;

  const answer = (action: 'accept' | 'decline') => {
    if (isTooLong) {
      document.getElementById(isConfirmingDecline ? 'decline-response' : 'request-response')?.focus();
      return;
    }
    accept.reset();
    decline.reset();
    // Promises rather than mutate's callbacks: the refreshed request (no longer pending) unmounts this
    // form, and TanStack Query does not call an unmounted component's callbacks.
    if (action === 'accept') {
      accept
        .mutateAsync({ id: request.id, response })
        .then((result) => onAnswered({ kind: 'accepted', name, capacity: result.capacity }), () => undefined);
    } else {
      decline.mutateAsync({ id: request.id, response, reason: reason || null }).then(() => onAnswered({ kind: 'declined', name }), () => undefined);
    }
  };

  return (
    <>
      <form className="request-answer form" aria-labelledby="request-answer-heading" onSubmit={(event) => event.preventDefault()} noValidate>
        <h3 id="request-answer-heading">{t('answer.heading')}</h3>
        <CountedTextArea
          id="request-response"
          label={t('answer.response', { name })}
          hint={t('answer.responseHint')}
          error={isTooLong ? t('answer.tooLong', { max: REQUEST_LIMITS.response }) : undefined}
          value={response}
          max={REQUEST_LIMITS.response}
          rows={5}
          onChange={setResponse}
        />
        {isFull ? <CapacityOffer capacity={capacity} error={accept.error} /> : null}
        {failure && !isConfirmingDecline ? (
          <p className="field-error" role="alert">
            {errorMessage(tCommon, failure)}
          </p>
        ) : null}
        <div className="answer-actions">
          <Button
            ref={declineButton}
            variant="danger"
            aria-haspopup="dialog"
            disabled={isBusy}
            onClick={() => {
              accept.reset();
              decline.reset();
              setConfirmingDecline(true);
            }}
          >
            {t('answer.decline')}
          </Button>
          <Button variant="positive" disabled={isBusy || isFull} aria-describedby={isFull ? 'capacity-offer' : undefined} onClick={() => answer('accept')}>
            {t('answer.accept')}
          </Button>
        </div>
      </form>
      {isConfirmingDecline ? (
        <ConfirmDialog
          title={t('declineDialog.title', { name })}
          explanation={t('declineDialog.explanation', { name })}
          confirm={t('declineDialog.confirm')}
          cancel={t('declineDialog.cancel')}
          error={failure ? errorMessage(tCommon, failure) : null}
          isBusy={isBusy}
          onConfirm={() => answer('decline')}
          onClose={() => {
            setConfirmingDecline(false);
            declineButton.current?.focus();
          }}
        >
          <CountedTextArea
            id="decline-response"
            label={t('answer.response', { name })}
            hint={t('declineDialog.responseHint', { name })}
            error={isTooLong ? t('answer.tooLong', { max: REQUEST_LIMITS.response }) : undefined}
            value={response}
            max={REQUEST_LIMITS.response}
            rows={4}
            onChange={setResponse}
          />
          <Field id="request-decline-reason" label={t('answer.reason')}>
            {(control) => (
              <select className="input" {...control} value={reason} onChange={(event) => setReason(event.target.value as Reason | '')}>
                <option value="">{t('answer.noReason')}</option>
                {DECLINE_REASONS.map((key) => (
                  <option key={key} value={key}>
                    {tMentoring(`declineReasons.${key}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
