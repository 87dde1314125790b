import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facet, MentorFacets, MentorSearchQuery } from '../../../../../contract/mentors';
import type { CountryCode, LanguageCode } from '../../../../../contract/places';
import { Button } from '../../../components/ui/button';
import { usePlaceNames } from '../../../lib/places';
import { toggleValue } from './search-query';
import { YearRange } from './year-range';

interface SearchFiltersProps {
  query: MentorSearchQuery;
  /** Counts among the current results; undefined while they load. */
  facets: MentorFacets | undefined;
  onChange: (changes: Partial<MentorSearchQuery>) => void;
  onClear: () => void;
}

type FacetValue = MentorFacets[Facet][number];

/** The facet's values with their counts; a chosen value stays listed even when the counts lack it. */
function valuesWithChosen(values: FacetValue[] | undefined, chosen: string[]): FacetValue[] {
  const list = values ?? [];
  const missing = chosen.filter((value) => !list.some((item) => item.value === value)).map((value) => ({ value, count: 0 }));
  return [...missing, ...list];
}

/** The filter panel. Every control changes the URL at once, so a search can be shared as a link. */
export function SearchFilters({ query, facets, onChange, onClear }: SearchFiltersProps) {
  const { t } = useTranslation('mentors');
  const places = usePlaceNames();
  const industryLabel = (value: string) => t(`industries.${value}` as 'industries.other', { defaultValue: value });

  return (
    <div className="search-filters">
      <div className="filter-group filter-available">
        <input
          id="filter-available"
          type="checkbox"
          checked={query.available}
          onChange={(event) => onChange({ available: event.target.checked })}
        />
        <label htmlFor="filter-available">{t('filters.availableOnly')}</label>
      </div>

      <CheckboxFacet
        legend={t('filters.expertise')}
        values={valuesWithChosen(facets?.expertise, query.expertise ?? [])}
        chosen={query.expertise ?? []}
        onToggle={(value) => onChange({ expertise: toggleValue(query.expertise, value) })}
        maxChosen={5}
      />
      <SelectFacet
        label={t('filters.industry')}
        anyLabel={t('filters.anyIndustry')}
        values={valuesWithChosen(facets?.industry, query.industry ? [query.industry] : [])}
        chosen={query.industry}
        labelOf={industryLabel}
        onSelect={(value) => onChange({ industry: value as MentorSearchQuery['industry'] })}
      />
      <SelectFacet
        label={t('filters.programme')}
        anyLabel={t('filters.anyProgramme')}
        values={valuesWithChosen(facets?.programme, query.programme ? [query.programme] : [])}
        chosen={query.programme}
        onSelect={(programme) => onChange({ programme })}
      />
      <YearRange
        from={query.gradFrom}
        to={query.gradTo}
        years={facets?.graduationYear}
        onChange={(gradFrom, gradTo) => onChange({ gradFrom, gradTo })}
      />
      <SelectFacet
        label={t('filters.country')}
        anyLabel={t('filters.anyCountry')}
        values={valuesWithChosen(facets?.country, query.country ? [query.country] : [])}
        chosen={query.country}
        labelOf={places.countryName}
        // Facet values are codes the API sent.
        onSelect={(country) => onChange({ country: country as CountryCode | undefined, city: undefined })}
      />
      <SelectFacet
        label={t('filters.city')}
        anyLabel={t('filters.anyCity')}
        values={valuesWithChosen(facets?.city, query.city ? [query.city] : [])}
        chosen={query.city}
        onSelect={(city) => onChange({ city })}
      />
      <CheckboxFacet
        legend={t('filters.language')}
        values={valuesWithChosen(facets?.language, query.language ?? [])}
        chosen={query.language ?? []}
        labelOf={places.languageName}
        onToggle={(value) => onChange({ language: toggleValue(query.language, value) as LanguageCode[] })}
        maxChosen={3}
      />
      <Button variant="quiet" onClick={onClear}>
        {t('filters.clear')}
      </Button>
    </div>
  );
}

interface SelectFacetProps {
  label: string;
  anyLabel: string;
  values: FacetValue[];
  chosen: string | undefined;
  labelOf?: (value: string) => string;
  onSelect: (value: string | undefined) => void;
}

/** A filter with one value at a time: "any", then each value with how many results have it. */
function SelectFacet({ label, anyLabel, values, chosen, labelOf = (value) => value, onSelect }: SelectFacetProps) {
  const { t } = useTranslation('mentors');
  const id = useId();
  return (
    <div className="filter-group">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={chosen ?? ''} onChange={(event) => onSelect(event.target.value || undefined)}>
        <option value="">{anyLabel}</option>
        {values.map(({ value, count }) => (
          <option key={value} value={value}>
            {value === chosen ? labelOf(value) : t('filters.valueWithCount', { value: labelOf(value), count })}
          </option>
        ))}
      </select>
    </div>
  );
}

const SHOWN_AT_FIRST = 6;

interface CheckboxFacetProps {
  legend: string;
  values: FacetValue[];
  chosen: string[];
  onToggle: (value: string) => void;
  /** How many values the API accepts at once. */
  maxChosen: number;
  labelOf?: (value: string) => string;
}

/** A filter where several values can be chosen (all must match), each with its count. */
function CheckboxFacet({ legend, values, chosen, onToggle, maxChosen, labelOf = (value) => value }: CheckboxFacetProps) {
  const { t } = useTranslation('mentors');
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? values : values.slice(0, Math.max(SHOWN_AT_FIRST, chosen.length));
  const isFull = chosen.length >= maxChosen;

  return (
    <fieldset className="filter-group filter-checkboxes">
      <legend>{legend}</legend>
      {values.length === 0 ? <p className="field-hint">{t('filters.noValues')}</p> : null}
      <ul>
        {shown.map(({ value, count }, index) => {
          const isChosen = chosen.includes(value);
          return (
            <li key={value}>
              <input
                id={`${id}-${index}`}
                type="checkbox"
                checked={isChosen}
                disabled={!isChosen && isFull}
                onChange={() => onToggle(value)}
              />
              <label htmlFor={`${id}-${index}`}>
                {labelOf(value)}
                {isChosen ? null : <span className="facet-count"> ({count})</span>}
              </label>
            </li>
          );
        })}
      </ul>
      {values.length > SHOWN_AT_FIRST ? (
        <Button variant="quiet" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
          {showAll ? t('filters.showFewer') : t('filters.showAll', { count: values.length })}
        </Button>
      ) : null}
    </fieldset>
  );
}
