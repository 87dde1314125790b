import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MentorCapacity } from '../../../../../contract/mentoring';
import { Notice } from '../../../components/ui/notice';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { isApiError } from '../../../lib/api-client';
import { SendMessageButton } from '../../inbox';
import { useRequest } from '../api/get-request';
import { type Outcome, AnswerOutcome } from './answer-outcome';
import { RequestAnswerForm } from './request-answer-form';
import { RequestDetail } from './request-detail';
import { RetractAction } from './retract-action';
import { type Direction, tabPath } from './request-rules';

interface RequestPaneProps {
  id: string;
  tab: Direction;
  capacity: MentorCapacity | null;
}

/** The right-hand side of Requests: the open request, and what its mentor or mentee can do with it now. */
export function RequestPane({ id, tab, capacity }: RequestPaneProps) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const request = useRequest(id);
  // What the member just did: stays on screen after the request itself has changed.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const back = (
    <Link className="back-link request-back" to={tabPath(request.data?.direction ?? tab)}>
      ← {t('page.back')}
    </Link>
  );

  if (request.isPending) return <Spinner label={t('detail.loading')} />;
  if (request.error) {
    // An id that is not a request (or not one of yours) is a 404; a malformed one a 400.
    const isMissing = isApiError(request.error, 'not_found') || isApiError(request.error, 'validation_failed');
    return (
      <>
        {back}
        <Notice tone="error">
          <p>{isMissing ? t('detail.notFound') : errorMessage(tCommon, request.error)}</p>
        </Notice>
      </>
    );
  }

  const current = request.data;
  const other = current.direction === 'incoming' ? current.mentee : current.mentor;
  return (
    <>
      {back}
      {outcome ? <AnswerOutcome outcome={outcome} /> : null}
      <RequestDetail request={current}>
        {current.can.decline ? <RequestAnswerForm request={current} capacity={capacity} onAnswered={setOutcome} /> : null}
        {current.can.retract ? <RetractAction request={current} onRetracted={setOutcome} /> : null}
        {/* A request lets the two write to each other (before an answer too: a question about it). */}
        <div className="request-message">
          <SendMessageButton username={other.username} name={other.name} />
        </div>
      </RequestDetail>
    </>
  );
}
