import { type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes, useEffect, useRef } from 'react';

/** What a form control needs to be tied to its label, hint and error message. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A label, an optional hint and error, and the control they describe. The error sits between the
 * label and the control, where the eye (and a screen reader, through aria-describedby) finds it.
 */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'has-error' : '', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  after?: ReactNode;
};

/** A labelled text input (also email, password, date). */
export function TextField({ id, label, hint, error, after, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <>
          <input className="input" {...input} {...control} />
          {after}
        </>
      )}
    </Field>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea className="input textarea" {...textarea} {...control} />}
    </Field>
  );
}

interface SwitchProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** An on/off setting that applies at once: a checkbox announced as a switch. */
export function Switch({ id, label, description, checked, disabled, onChange }: SwitchProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className="switch-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch-input"
        checked={checked}
        disabled={disabled}
        aria-describedby={descriptionId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label className="switch-label" htmlFor={id}>
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="field-hint">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export interface SummaryError {
  /** The id of the control to go to. */
  id: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  errors: SummaryError[];
  /** Changes on every submit: the summary takes focus then, not while the user types. */
  focusKey: number;
}

/** The problems of a form at the top, each a link to its field; focused after a failed submit. */
export function ErrorSummary({ title, errors, focusKey }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) box.current?.focus();
  }, [focusKey]);
  if (!errors.length) return null;

  const goTo = (id: string) => {
    const control = document.getElementById(id);
    control?.focus();
    control?.scrollIntoView({ block: 'center' });
  };

  return (
    <div ref={box} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.id}>
            <a
              href={`#${error.id}`}
              onClick={(event) => {
                event.preventDefault();
                goTo(error.id);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A heading that takes focus when it appears, so a screen reader reads the result that replaced a form. */
export function ResultHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 ref={heading} tabIndex={-1} className="form-title">
      {children}
    </h2>
  );
}
