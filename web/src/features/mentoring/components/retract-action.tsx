import { useTranslation } from 'react-i18next';
import type { MentoringRequest } from '../../../../../contract/mentoring';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../i18n/error-message';
import { useRetractRequest } from '../api/answer-request';
import type { Outcome } from './answer-outcome';

/** The mentee's way back while no answer has come: withdrawn at once, and the mentor is told. */
export function RetractAction({ request, onRetracted }: { request: MentoringRequest; onRetracted(outcome: Outcome): void }) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const retract = useRetractRequest();
  return (
    <div className="request-retract">
      <p>{t('retract.text')}</p>
      <Button
        variant="pending"
        disabled={retract.isPending}
        onClick={() => retract.mutateAsync(request.id).then(() => onRetracted({ kind: 'retracted', name: request.mentor.name }), () => undefined)}
      >
        {t('retract.button')}
      </Button>
      {retract.error ? (
        <p className="field-error" role="alert">
          {errorMessage(tCommon, retract.error)}
        </p>
      ) : null}
    </div>
  );
}
