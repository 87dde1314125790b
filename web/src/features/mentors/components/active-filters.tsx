import { useTranslation } from 'react-i18next';
import type { MentorSearchQuery } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';
import { usePlaceNames } from '../../../lib/places';
import { activeFilters } from './search-query';

interface ActiveFiltersProps {
  query: MentorSearchQuery;
  onChange: (changes: Partial<MentorSearchQuery>) => void;
  onClear: () => void;
}

/** The chosen filters as a row of removable chips, so they stay in view when the panel is folded away. */
export function ActiveFilters({ query, onChange, onClear }: ActiveFiltersProps) {
  const { t } = useTranslation('mentors');
  const places = usePlaceNames();
  const filters = activeFilters(query);
  if (filters.length === 0) return null;

  const labelOf = (kind: string, value: string) => {
    if (kind === 'industry') return t(`industries.${value}` as 'industries.other', { defaultValue: value });
    if (kind === 'country') return places.countryName(value);
    if (kind === 'language') return places.languageName(value);
    return value;
  };

  return (
    <div className="active-filters">
      <h2 className="visually-hidden">{t('filters.active')}</h2>
      <ul>
        {filters.map(({ kind, value, remove }) => (
          <li key={`${kind}:${value}`}>
            <button type="button" className="filter-chip" onClick={() => onChange(remove)}>
              <span className="filter-chip-kind">{t(`filters.kind.${kind}`)}:</span> {labelOf(kind, value)}
              <span aria-hidden="true" className="filter-chip-remove">
                ×
              </span>
              <span className="visually-hidden">{t('filters.remove')}</span>
            </button>
          </li>
        ))}
      </ul>
      <Button variant="quiet" onClick={onClear}>
        {t('filters.clear')}
      </Button>
    </div>
  );
}
