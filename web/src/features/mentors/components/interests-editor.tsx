import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MENTOR_LIMITS } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';
import { TagInput } from '../../../components/ui/tag-input';
import { errorMessage } from '../../../i18n/error-message';
import { useExpertiseTags } from '../api/get-expertise-tags';
import { useInterests } from '../api/get-interests';
import { useUpdateInterests } from '../api/update-interests';

/**
 * "Your interests": what the member would like help with. Saving them refreshes the suggestions.
 * It opens by itself when there are no suggestions yet, and then stays open while it is used.
 */
export function InterestsEditor({ isOpen }: { isOpen: boolean }) {
  const { t } = useTranslation('mentors');
  const interests = useInterests();
  const [isExpanded, setExpanded] = useState(false);
  const [wasOpenedForMember, setOpenedForMember] = useState(false);
  if (isOpen && !wasOpenedForMember) {
    setOpenedForMember(true);
    setExpanded(true);
  }
  if (!interests.data) return null;
  const summary = interests.data.length ? interests.data.join(', ') : t('interests.none');
  return (
    <details className="interests" open={isExpanded} onToggle={(event) => setExpanded(event.currentTarget.open)}>
      <summary>
        <span className="interests-title">{t('interests.title')}</span> <span className="interests-summary">{summary}</span>
      </summary>
      <InterestsForm saved={interests.data} />
    </details>
  );
}

function InterestsForm({ saved }: { saved: string[] }) {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const [tags, setTags] = useState(saved);
  const suggestions = useExpertiseTags();
  const update = useUpdateInterests();
  const isChanged = tags.join('\n') !== saved.join('\n');

  return (
    <form
      className="interests-form form"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ interests: tags }, { onSuccess: (data) => setTags(data.interests) });
      }}
    >
      <TagInput
        label={t('interests.label')}
        hint={t('interests.hint')}
        tags={tags}
        onChange={(next) => {
          setTags(next);
          update.reset();
        }}
        suggestions={suggestions.data}
        max={MENTOR_LIMITS.interests}
        maxLength={MENTOR_LIMITS.tag}
        texts={{ add: t('tags.add'), remove: (tag) => t('tags.remove', { tag }), full: t('tags.full', { count: MENTOR_LIMITS.interests }) }}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={!isChanged || update.isPending}>
          {t('interests.save')}
        </Button>
        <p className="success-text" aria-live="polite">
          {update.isSuccess && !isChanged ? t('interests.saved') : ''}
        </p>
      </div>
      {update.error ? <p className="field-error">{errorMessage(tCommon, update.error)}</p> : null}
    </form>
  );
}
