import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorCard as MentorCardData, SuggestionReason } from '../../../../../contract/mentors';
import { Avatar } from '../../../components/ui/avatar';
import { Notice } from '../../../components/ui/notice';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { usePlaceNames } from '../../../lib/places';
import { useSuggestedMentors } from '../api/get-suggested-mentors';
import { InterestsEditor } from './interests-editor';
import { MentorCard, MentorNameLine } from './mentor-card';
import { personOf } from './mentor-facts';

interface SuggestedMentorsProps {
  limit?: number;
  headingLevel?: 2 | 3;
  /** One or two lines per mentor, for above the search results. */
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
  const [isOpen, setOpen] = useState(false);
  const Heading = `h${headingLevel}` as const;
  const items = suggestions.data?.items ?? [];
  const itemHeadingLevel = headingLevel === 2 ? 3 : 2;

  const heading = <Heading id="suggestions-heading">{t('suggestions.heading')}</Heading>;
  const body = (
    <>
      {suggestions.isPending ? <Spinner label={t('suggestions.loading')} /> : null}
      {suggestions.error ? (
        <Notice tone="error">
          <p>{errorMessage(tCommon, suggestions.error)}</p>
        </Notice>
      ) : null}
      {suggestions.isSuccess && items.length === 0 ? <p className="empty-text">{t('suggestions.empty')}</p> : null}
      {items.length > 0 && compact ? (
        <ul className="suggestion-rows">
          {items.map(({ mentor, reasons }) => (
            <li key={mentor.userId}>
              <SuggestionRow mentor={mentor} reasons={reasons} headingLevel={itemHeadingLevel} />
            </li>
          ))}
        </ul>
      ) : null}
      {items.length > 0 && !compact ? (
        <ul className="suggestion-list">
          {items.map(({ mentor, reasons }) => (
            <li key={mentor.userId}>
              <MentorCard mentor={mentor} headingLevel={itemHeadingLevel}>
                <Reasons reasons={reasons} />
              </MentorCard>
            </li>
          ))}
        </ul>
      ) : null}
      <InterestsEditor isOpen={suggestions.isSuccess && items.length === 0} />
    </>
  );

  if (!compact) {
    return (
      <section className="suggestions" aria-labelledby="suggestions-heading">
        {heading}
        <p className="section-lead">{t('suggestions.lead')}</p>
        {body}
      </section>
    );
  }
  // Above the search results, folded behind a button (on a phone like the filters), so the
  // results start on the first screen on every screen size.
  return (
    <section className="suggestions is-compact" aria-labelledby="suggestions-heading">
      <button
        type="button"
        className="button button-secondary suggestions-toggle"
        aria-expanded={isOpen}
        aria-controls="suggestions-panel"
        onClick={() => setOpen((open) => !open)}
      >
        {items.length ? t('suggestions.toggleCount', { count: items.length }) : t('suggestions.toggle')}
      </button>
      <div id="suggestions-panel" className={isOpen ? 'suggestions-panel is-open' : 'suggestions-panel'}>
        {heading}
        {body}
      </div>
    </section>
  );
}

/**
 * A suggestion in one or two lines, beside the search results: photo, name, availability and the
 * reasons; the card with the headline and facts is on the dashboard, the rest on the profile.
 */
function SuggestionRow({ mentor, reasons, headingLevel }: { mentor: MentorCardData; reasons: SuggestionReason[]; headingLevel: 2 | 3 }) {
  const { t } = useTranslation('mentors');
  const reasonText = useReasonText();
  return (
    <article className="suggestion-row">
      <Avatar person={personOf(mentor)} />
      <div className="suggestion-row-body">
        <MentorNameLine mentor={mentor} headingLevel={headingLevel} />
        <p className="visually-hidden">{t('suggestions.why')}</p>
        <ul className="suggestion-row-reasons">
          {reasons.map((reason) => (
            <li key={reason.kind}>{reasonText(reason)}</li>
          ))}
        </ul>
      </div>
    </article>
  );
}

/** The sentence for one reason: "Also studied Law", "Speaks Dutch and English, like you". */
function useReasonText() {
  const { t, i18n } = useTranslation('mentors');
  const places = usePlaceNames();
  const list = (values: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(values);
  return (reason: SuggestionReason) => {
    switch (reason.kind) {
      case 'same_programme':
        return t('suggestions.reasons.sameProgramme', { programme: reason.programme });
      case 'matching_expertise':
        return t('suggestions.reasons.matchingExpertise', { tags: list(reason.tags) });
      case 'shared_language':
        return t('suggestions.reasons.sharedLanguage', { languages: places.languageList(reason.languages) });
    }
  };
}

function Reasons({ reasons }: { reasons: SuggestionReason[] }) {
  const { t } = useTranslation('mentors');
  const text = useReasonText();
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
