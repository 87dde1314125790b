import { type FormEvent, useState } from 'react';
import type { FieldErrors } from './validation';

type Values = Record<string, string>;

/**
 * The state of a form whose fields are strings. Fields are checked when the member submits and,
 * from then on, as they type, so a message goes away as soon as its problem is fixed. Problems the
 * server finds (a user name already taken) stay on their field until that field changes.
 */
export function useForm<V extends Values>(initial: V, validate: (values: V) => FieldErrors) {
  const [values, setValues] = useState(initial);
  const [attempts, setAttempts] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const clientErrors = attempts > 0 ? validate(values) : {};
  const errors: FieldErrors = { ...serverErrors, ...clientErrors };

  const set = (name: keyof V & string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setServerErrors(({ [name]: _changed, ...rest }) => rest);
  };

  /** The submit handler: runs `onValid` only when the browser finds nothing wrong. */
  const submit = (onValid: (values: V) => void) => (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    setServerErrors({});
    if (Object.keys(validate(values)).length === 0) onValid(values);
  };

  /** Puts the server's field errors on their fields, and brings the summary into focus again. */
  const showServerErrors = (fieldErrors: FieldErrors) => {
    setServerErrors(fieldErrors);
    setAttempts((count) => count + 1);
  };

  const reset = (next: V = initial) => {
    setValues(next);
    setAttempts(0);
    setServerErrors({});
  };

  return { values, set, errors, attempts, submit, showServerErrors, reset };
}
