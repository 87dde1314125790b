import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/form';
import { countedLength, counterState } from './request-rules';

interface CountedTextAreaProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  /** The fewest characters (when the text is required). */
  min?: number;
  max: number;
  rows: number;
  required?: boolean;
  autoFocus?: boolean;
  onChange(value: string): void;
}

/**
 * A text area with a character count under it that follows the typing. The count is part of the
 * field's description rather than a live region, so a screen reader is not interrupted at every key.
 */
export function CountedTextArea({ id, label, hint, error, value, min, max, rows, required, autoFocus, onChange }: CountedTextAreaProps) {
  const { t, i18n } = useTranslation('requests');
  const count = countedLength(value);
  const number = (n: number) => n.toLocaleString(i18n.language);
  const state = counterState(value, max, min);
  const counter = t(`counter.${state}`, { count, shown: number(count), min: number(min ?? 0), max: number(max), over: number(count - max) });
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <textarea
            className="input textarea"
            {...control}
            aria-describedby={[control['aria-describedby'], `${id}-count`].filter(Boolean).join(' ')}
            value={value}
            rows={rows}
            required={required}
            autoFocus={autoFocus}
            onChange={(event) => onChange(event.target.value)}
          />
          <p id={`${id}-count`} className={`char-count char-count-${state}`}>
            {counter}
          </p>
        </>
      )}
    </Field>
  );
}
