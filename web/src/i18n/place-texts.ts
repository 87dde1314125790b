import { useTranslation } from 'react-i18next';
import type { LanguagePickerTexts } from '../components/ui/language-picker';
import { MAX_LANGUAGES, type UnmatchedPlaces } from '../../../contract/places';

/** The language picker's texts in the page's language (common's `places.languagePicker`). */
export function useLanguagePickerTexts(): LanguagePickerTexts {
  const { t } = useTranslation();
  return {
    remove: (name) => t('places.languagePicker.remove', { name }),
    added: (name) => t('places.languagePicker.added', { name }),
    removed: (name) => t('places.languagePicker.removed', { name }),
    noMatch: (typed) => t('places.languagePicker.noMatch', { typed }),
    instructions: t('places.languagePicker.instructions'),
    options: t('places.languagePicker.options'),
    full: t('places.languagePicker.full', { count: MAX_LANGUAGES }),
  };
}

/**
 * What the member had written as country or languages before these became codes, where it named
 * none (migration 0018): the note their profile forms show until they save. Null when there is none.
 */
export function useUnmatchedPlacesNote(unmatched: UnmatchedPlaces): { title: string; lines: string[] } | null {
  const { t, i18n } = useTranslation();
  const lines: string[] = [];
  if (unmatched.country) lines.push(t('places.unmatched.country', { text: unmatched.country }));
  if (unmatched.languages.length) {
    const quoted = unmatched.languages.map((text) => `“${text}”`);
    lines.push(t('places.unmatched.languages', { text: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(quoted) }));
  }
  if (!lines.length) return null;
  return { title: t('places.unmatched.title'), lines: [...lines, t('places.unmatched.after')] };
}
