import { useTranslation } from 'react-i18next';
import type { SuggestionReason } from '../../../../../contract/mentors';
import { Notice } from '../../../components/ui/notice';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useSuggestedMentors } from '../api/get-suggested-mentors';
import { InterestsEditor } from './interests-editor';
import { MentorCard } from './mentor-card';

interface SuggestedMentorsProps {
  limit?: number;
  headingLevel?: 2 | 3;
  /** Fewer words, for beside the search results. */
  compact?: boolean;
}

/**
 * Mentors suggested for the signed-in member, each with why (same programme, expertise matching
 * their interests, a shared language), and the interests that drive it, editable in place.
 */
export function SuggestedMentors({ limit = 6, headingLevel = 2, compact = false }: SuggestedMentorsProps) {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const suggestions = useSuggestedMentors(limit);
  const Heading = `h${headingLevel}` as const;
  const items = suggestions.data?.items ?? [];

  return (
    <section className={compact ? 'suggestions is-compact' : 'suggestions'} aria-labelledby="suggestions-heading">
      <Heading id="suggestions-heading">{t('suggestions.heading')}</Heading>
      {compact ? null : <p className="section-lead">{t('suggestions.lead')}</p>}
      {suggestions.isPending ? <Spinner label={t('suggestions.loading')} /> : null}
      {suggestions.error ? (
        <Notice tone="error">
          <p>{errorMessage(tCommon, suggestions.error)}</p>
        </Notice>
      ) : null}
      {suggestions.isSuccess && items.length === 0 ? <p className="empty-text">{t('suggestions.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="suggestion-list">
          {items.map(({ mentor, reasons }) => (
            <li key={mentor.userId}>
              <MentorCard mentor={mentor} headingLevel={headingLevel === 2 ? 3 : 2}>
                <Reasons reasons={reasons} />
              </MentorCard>
            </li>
          ))}
        </ul>
      ) : null}
      <InterestsEditor isOpen={suggestions.isSuccess && items.length === 0} />
    </section>
  );
}

function Reasons({ reasons }: { reasons: SuggestionReason[] }) {
  const { t, i18n } = useTranslation('mentors');
  const list = (values: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(values);
  const text = (reason: SuggestionReason) => {
    switch (reason.kind) {
      case 'same_programme':
        return t('suggestions.reasons.sameProgramme', { programme: reason.programme });
      case 'matching_expertise':
        return t('suggestions.reasons.matchingExpertise', { tags: list(reason.tags) });
      case 'shared_language':
        return t('suggestions.reasons.sharedLanguage', { languages: list(reason.languages) });
    }
  };
  return (
    <div className="reasons">
      <p className="reasons-label">{t('suggestions.why')}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason.kind}>{text(reason)}</li>
        ))}
      </ul>
    </div>
  );
}
