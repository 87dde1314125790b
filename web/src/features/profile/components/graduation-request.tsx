import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EARLIEST_YEAR } from '../../../../../contract/accounts';
import { Button } from '../../../components/ui/button';
import { FormDialog } from '../../../components/ui/dialog';
import { TextField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { useErrorMessage } from '../../../i18n/validation-message';
import { formatDate } from '../../../lib/format';
import { useMyGraduationRequest, useRequestGraduation } from '../api/graduation-request';

/**
 * "I have graduated" on a student's profile (docs/product.md, rule 7): a dialog asks the year and
 * sends the request to the alumni office; while it waits, the profile says so instead.
 */
export function GraduationRequest() {
  const { t, i18n } = useTranslation('admin');
  const { t: tAccounts } = useTranslation('accounts');
  const failure = useErrorMessage();
  const mine = useMyGraduationRequest();
  const send = useRequestGraduation();
  const thisYear = new Date().getFullYear();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(String(thisYear));
  const [invalid, setInvalid] = useState<'year_invalid' | 'year_too_early' | 'year_in_future' | null>(null);
  const [sent, setSent] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!mine.data) return null;
  const { request, canRequest } = mine.data;

  const submit = () => {
    const value = Number(year);
    const problem = !/^\d{4}$/.test(year.trim()) ? 'year_invalid' : value < EARLIEST_YEAR ? 'year_too_early' : value > thisYear ? 'year_in_future' : null;
    setInvalid(problem);
    if (problem) return;
    send.mutate(
      { graduationYear: value },
      {
        onSuccess: () => {
          setOpen(false);
          setSent(true);
        },
      },
    );
  };

  return (
    <div className="graduation-request" aria-labelledby="graduation-title" role="group">
      <h3 id="graduation-title">{t('profileGraduation.title')}</h3>
      <div aria-live="polite">
        {sent ? (
          <Notice tone="success">
            <p>{t('profileGraduation.sent')}</p>
          </Notice>
        ) : null}
      </div>
      {request?.status === 'pending' ? (
        <p className="graduation-pending">
          {t('profileGraduation.pending', { year: request.graduationYear, date: formatDate(request.createdAt, i18n.language) })}
        </p>
      ) : null}
      {request?.status === 'rejected' && canRequest ? <p>{t('profileGraduation.rejected', { reason: request.reason ?? '' })}</p> : null}
      {canRequest ? (
        <>
          <p className="field-hint">{t('profileGraduation.lead')}</p>
          <Button ref={button} variant="primary" onClick={() => setOpen(true)}>
            {t('profileGraduation.button')}
          </Button>
        </>
      ) : null}
      {open ? (
        <FormDialog
          title={t('profileGraduation.dialogTitle')}
          explanation={t('profileGraduation.dialogExplanation')}
          confirm={t('profileGraduation.send')}
          cancel={t('profileGraduation.cancel')}
          error={send.isError ? failure(send.error) : null}
          isBusy={send.isPending}
          onConfirm={submit}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        >
          <TextField
            id="graduation-year"
            label={t('profileGraduation.year')}
            type="number"
            inputMode="numeric"
            min={EARLIEST_YEAR}
            max={thisYear}
            value={year}
            error={invalid ? tAccounts(`validation.${invalid}`) : undefined}
            onChange={(event) => setYear(event.target.value)}
          />
        </FormDialog>
      ) : null}
    </div>
  );
}
