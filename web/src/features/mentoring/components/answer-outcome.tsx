import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorCapacity } from '../../../../../contract/mentoring';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { errorMessage } from '../../../i18n/error-message';
import { usePauseMentoring } from '../../mentors';
import { refreshMentoring } from '../api/refresh';

export type Outcome =
  | { kind: 'accepted'; name: string; capacity: MentorCapacity }
  | { kind: 'declined'; name: string }
  | { kind: 'retracted'; name: string };

/**
 * What just happened to the open request, in a box that takes focus so it is read out first. After
 * an accept that filled the last place, it asks whether to pause mentoring.
 */
export function AnswerOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('requests');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [outcome]);
  const asksToPause = outcome.kind === 'accepted' && outcome.capacity.isFull && !outcome.capacity.isPaused;
  return (
    <div ref={box} className="answer-outcome" tabIndex={-1}>
      <Notice tone="success">
        <p>{t(`outcome.${outcome.kind}`, { name: outcome.name })}</p>
      </Notice>
      {asksToPause ? <PauseQuestion /> : null}
    </div>
  );
}

/** The last place just filled: pausing now stops new requests; the waiting ones can still be declined. */
function PauseQuestion() {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const pause = usePauseMentoring();
  // The buttons go away with the answer: focus moves to the sentence that replaces them.
  const [choice, setChoice] = useState<'paused' | 'kept' | null>(null);

  if (choice) return <FocusedNote text={t(`pause.${choice}`)} />;
  return (
    <section className="pause-question" aria-labelledby="pause-question-heading">
      <h2 id="pause-question-heading">{t('pause.question')}</h2>
      <p>{t('pause.text')}</p>
      <div className="button-row">
        <Button
          disabled={pause.isPending}
          onClick={() =>
            pause.mutate(undefined, {
              onSuccess: () => {
                setChoice('paused');
                void refreshMentoring(queryClient);
              },
            })
          }
        >
          {t('pause.pause')}
        </Button>
        <Button variant="quiet" onClick={() => setChoice('kept')}>
          {t('pause.keep')}
        </Button>
      </div>
      {pause.error ? (
        <p className="field-error" role="alert">
          {errorMessage(tCommon, pause.error)}
        </p>
      ) : null}
    </section>
  );
}

function FocusedNote({ text }: { text: string }) {
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => note.current?.focus(), []);
  return (
    <p ref={note} className="pause-done" tabIndex={-1}>
      {text}
    </p>
  );
}
