import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MentorCapacity } from '../../../../../contract/mentoring';
import { Notice } from '../../../components/ui/notice';
import { paths } from '../../../lib/paths';

export type Outcome =
  | { kind: 'accepted'; name: string; capacity: MentorCapacity }
  | { kind: 'declined'; name: string }
  | { kind: 'retracted'; name: string };

/**
 * What just happened to the open request, in a box that takes focus so it is read out first. After
 * an accept that filled the last place, it says that no new requests can come now.
 */
export function AnswerOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('requests');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [outcome]);
  const tookLastPlace = outcome.kind === 'accepted' && outcome.capacity.isFull && !outcome.capacity.isPaused;
  return (
    <div ref={box} className="answer-outcome" tabIndex={-1}>
      <Notice tone="success">
        <p>{t(`outcome.${outcome.kind}`, { name: outcome.name })}</p>
      </Notice>
      {tookLastPlace ? <LastPlaceNote /> : null}
    </div>
  );
}

/**
 * The last place just filled. Being full already stops new requests (docs/product.md, rule 13), so
 * there is nothing to pause: it says so, and where to make room. Waiting requests can still be declined.
 */
function LastPlaceNote() {
  const { t } = useTranslation('requests');
  return (
    <div className="last-place-note">
      <p>{t('lastPlace.text')}</p>
      <p>
        <Link to={paths.profileMentor}>{t('capacity.raise')}</Link>
      </p>
    </div>
  );
}
