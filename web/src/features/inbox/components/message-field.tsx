import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/form';

/** The characters that count, as the server counts them: without spaces at either end. */
export const countedLength = (text: string) => text.trim().length;

export type TextProblem = 'required' | 'too_long';

/** What is wrong with a message body before it is sent, or null. */
export function textProblem(text: string, max: number, { required = true } = {}): TextProblem | null {
  const count = countedLength(text);
  if (required && count === 0) return 'required';
  return count > max ? 'too_long' : null;
}

interface MessageFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  max: number;
  rows: number;
  autoFocus?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
  onChange(value: string): void;
}

/**
 * A text area for a message or a report, with the characters used under it ("1,204 of 5,000
 * characters"), in the error colour once over the limit. The count is part of the field's
 * description rather than a live region, so a screen reader is not interrupted at every key.
 */
export function MessageField({ id, label, hint, error, value, max, rows, autoFocus, ref, onChange }: MessageFieldProps) {
  const { t, i18n } = useTranslation('inbox');
  const count = countedLength(value);
  const number = (n: number) => n.toLocaleString(i18n.language);
  const isOver = count > max;
  const counter = t(isOver ? 'composer.counterOver' : 'composer.counter', { shown: number(count), max: number(max), over: number(count - max) });
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <textarea
            ref={ref}
            className="input textarea"
            {...control}
            aria-describedby={[control['aria-describedby'], `${id}-count`].filter(Boolean).join(' ')}
            value={value}
            rows={rows}
            autoFocus={autoFocus}
            onChange={(event) => onChange(event.target.value)}
          />
          <p id={`${id}-count`} className={`char-count ${isOver ? 'char-count-over' : 'char-count-ok'}`}>
            {counter}
          </p>
        </>
      )}
    </Field>
  );
}
