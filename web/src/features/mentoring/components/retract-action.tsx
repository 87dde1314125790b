import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringRequest } from '../../../../../contract/mentoring';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../i18n/error-message';
import { useRetractRequest } from '../api/answer-request';
import type { Outcome } from './answer-outcome';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';

/** The mentee's way back while no answer has come: after a confirm step it is withdrawn at once, and the mentor is told. */
export function RetractAction({ request, onRetracted }: { request: MentoringRequest; onRetracted(outcome: Outcome): void }) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const retract = useRetractRequest();
  const [isConfirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="request-retract">
      <p>{t('retract.text')}</p>
      <Button
        ref={button}
        variant="pending"
        aria-haspopup="dialog"
        disabled={retract.isPending}
        onClick={() => {
          retract.reset();
          setConfirming(true);
        }}
      >
        {t('retract.button')}
      </Button>
      {isConfirming ? (
        <RetractDialog
          mentorName={request.mentor.name}
          isBusy={retract.isPending}
          error={retract.error ? errorMessage(tCommon, retract.error) : null}
          // The refresh after a retract replaces this part of the page, so the promise (not mutate's callback) reports it.
          onConfirm={() => retract.mutateAsync(request.id).then(() => onRetracted({ kind: 'retracted', name: request.mentor.name }), () => undefined)}
          onClose={() => {
            setConfirming(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

interface RetractDialogProps {
  mentorName: string;
  isBusy: boolean;
  error: string | null;
  onConfirm(): void;
  onClose(): void;
}

/** "Retract your mentoring request?": the confirm step of both retract buttons (Requests and the mentor's profile). */
export function RetractDialog({ mentorName, isBusy, error, onConfirm, onClose }: RetractDialogProps) {
  const { t } = useTranslation('requests');
  return (
    <ConfirmDialog
      title={t('retractDialog.title', { name: mentorName })}
      explanation={t('retractDialog.explanation', { name: mentorName })}
      confirm={t('retractDialog.confirm')}
      cancel={t('retractDialog.cancel')}
      error={error}
      isBusy={isBusy}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
