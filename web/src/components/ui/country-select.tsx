import type { ReactNode } from 'react';
import { usePlaceNames } from '../../lib/places';
import { Field } from './form';

interface CountrySelectProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** A country code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** The first choice, for no country. */
  noneLabel: string;
}

/**
 * A country from the full list, named and sorted in the page's language. A native select: every
 * browser and screen reader knows it, it jumps to a country as its name is typed, and phones open
 * their own picker.
 */
export function CountrySelect({ id, label, hint, error, value, onChange, noneLabel }: CountrySelectProps) {
  const places = usePlaceNames();
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select className="input" autoComplete="country" {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{noneLabel}</option>
          {places.countryOptions().map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
