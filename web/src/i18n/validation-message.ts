import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';
import type { SummaryError } from '../components/ui/form';
import type { FieldErrors, ValidationKey } from '../lib/validation';

/** Translates a field's problem (`accounts:validation.<key>`); undefined when there is none. */
export function useValidationMessage(): (key: ValidationKey | undefined) => string | undefined {
  const { t } = useTranslation('accounts');
  return (key) => (key ? t(`validation.${key}`) : undefined);
}

/**
 * The problems of a form for its error summary, in the order the fields appear, each naming its
 * field ("First name: Please fill this in."); `idOf` gives the control each message links to.
 */
export function summaryErrors(
  errors: FieldErrors,
  fields: readonly string[],
  { idOf, labelOf, message }: { idOf(field: string): string; labelOf(field: string): string; message(key: ValidationKey | undefined): string | undefined },
): SummaryError[] {
  return fields.flatMap((field) => {
    const text = message(errors[field]);
    return text ? [{ id: idOf(field), message: `${labelOf(field)}: ${text}` }] : [];
  });
}

/** The translated message for a failed call (from common's `errors.<code>`), usable beside another namespace. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => errorMessage(t, error);
}
