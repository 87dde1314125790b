import { useTranslation } from 'react-i18next';
import type { Availability, MentorCard } from '../../../../../contract/mentors';

/** Whether a mentor takes new requests: green when they do, grey (with the reason) when not. */
export function AvailabilityBadge({ availability }: { availability: Availability }) {
  const { t } = useTranslation('mentors');
  return <span className={`availability availability-${availability}`}>{t(`availability.${availability}`)}</span>;
}

/** "Usually answers within N days", or nothing until the mentor has answered enough requests. */
export function Responsiveness({ value }: { value: MentorCard['responsiveness'] }) {
  const { t } = useTranslation('mentors');
  if (!value) return null;
  return (
    <span className="responsiveness" title={t('responsiveness.basis', { count: value.basedOnAnswers })}>
      {t('responsiveness.answers', { count: value.typicalAnswerDays })}
    </span>
  );
}
