import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorFacets } from '../../../../../contract/mentors';

interface YearRangeProps {
  from: number | undefined;
  to: number | undefined;
  /** Graduation years among the results, for the hint under the fields. */
  years: MentorFacets['graduationYear'] | undefined;
  onChange: (from: number | undefined, to: number | undefined) => void;
}

const asYear = (text: string): number | undefined => {
  const year = Number(text);
  return /^\d{4}$/.test(text.trim()) && year >= 1900 && year <= 2100 ? year : undefined;
};

/**
 * Graduation years from–to. A year is applied when the member leaves the field or presses Enter
 * (not on every keystroke, which would search for "2", "20", "201"…).
 */
export function YearRange({ from, to, years, onChange }: YearRangeProps) {
  const { t } = useTranslation('mentors');
  const [fromText, setFromText] = useState(from?.toString() ?? '');
  const [toText, setToText] = useState(to?.toString() ?? '');
  // When the URL changes the range (a link, Back, "clear filters"), the fields follow it.
  const [shown, setShown] = useState({ from, to });
  if (shown.from !== from || shown.to !== to) {
    setShown({ from, to });
    setFromText(from?.toString() ?? '');
    setToText(to?.toString() ?? '');
  }
  const first = years?.[0]?.value;
  const last = years?.at(-1)?.value;

  const apply = () => {
    let [nextFrom, nextTo] = [asYear(fromText), asYear(toText)];
    if (nextFrom !== undefined && nextTo !== undefined && nextFrom > nextTo) [nextFrom, nextTo] = [nextTo, nextFrom];
    if (nextFrom !== from || nextTo !== to) onChange(nextFrom, nextTo);
  };
  const applyOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') apply();
  };

  return (
    <fieldset className="filter-group year-range">
      <legend>{t('filters.graduationYear')}</legend>
      <div className="year-range-fields">
        <div>
          <label htmlFor="filter-grad-from">{t('filters.yearFrom')}</label>
          <input
            id="filter-grad-from"
            className="input"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            value={fromText}
            placeholder={first}
            onChange={(event) => setFromText(event.target.value)}
            onBlur={apply}
            onKeyDown={applyOnEnter}
          />
        </div>
        <div>
          <label htmlFor="filter-grad-to">{t('filters.yearTo')}</label>
          <input
            id="filter-grad-to"
            className="input"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            value={toText}
            placeholder={last}
            onChange={(event) => setToText(event.target.value)}
            onBlur={apply}
            onKeyDown={applyOnEnter}
          />
        </div>
      </div>
    </fieldset>
  );
}
