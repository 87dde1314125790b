import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_LIMITS, REPORT_REASONS, type ReportReason } from '../../../../../contract/inbox';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../i18n/error-message';
import { isApiError } from '../../../lib/api-client';
import { type ReportSubject, useReport } from '../api/reports';
import { MessageField, countedLength } from './message-field';

interface ReportButtonProps {
  subject: ReportSubject;
  /** Who wrote it (named in the dialog: they are not told who reported it). */
  authorName: string;
  /** The server says I reported it already. */
  reported: boolean;
  /** Called once the alumni office has the report (the page refreshes what says whether it was reported). */
  onReported?: () => void;
}

/**
 * The yellow Report button under a message I received or a request's motivation (the reference
 * installation's name and colour): a dialog asks why, then the alumni office has it. Afterwards
 * the button says "Reported", and a sentence says the report was sent.
 */
export function ReportButton({ subject, authorName, reported, onReported }: ReportButtonProps) {
  const { t } = useTranslation('inbox');
  const [isOpen, setOpen] = useState(false);
  const [justSent, setJustSent] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const thanks = useRef<HTMLParagraphElement>(null);
  const isReported = reported || justSent;

  useEffect(() => {
    // The dialog that had focus closed: the sentence saying it worked takes it, and is read out.
    if (justSent) thanks.current?.focus();
  }, [justSent]);

  return (
    <div className="report-slot">
      {isReported ? (
        <span className="report-done">{t('report.reported')}</span>
      ) : (
        <Button ref={button} variant="report" className="report-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {t('report.button')}
        </Button>
      )}
      {justSent ? (
        <p ref={thanks} className="success-text report-thanks" tabIndex={-1}>
          {t('report.thanks')}
        </p>
      ) : null}
      {isOpen ? (
        <ReportDialog
          subject={subject}
          authorName={authorName}
          onSent={() => {
            setOpen(false);
            setJustSent(true);
            onReported?.();
          }}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

interface ReportDialogProps {
  subject: ReportSubject;
  authorName: string;
  onSent(): void;
  onClose(): void;
}

function ReportDialog({ subject, authorName, onSent, onClose }: ReportDialogProps) {
  const { t, i18n } = useTranslation('inbox');
  const { t: tCommon } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstReason = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [details, setDetails] = useState('');
  const [isSubmitted, setSubmitted] = useState(false);
  const report = useReport(subject);
  const max = MESSAGE_LIMITS.reportDetails;
  const isTooLong = countedLength(details) > max;
  const number = (n: number) => n.toLocaleString(i18n.language);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!reason) {
      firstReason.current?.focus();
      return;
    }
    if (isTooLong) {
      document.getElementById(`${id}-details`)?.focus();
      return;
    }
    // Reported before (in another tab, say): the outcome the member wanted is there all the same.
    report.mutateAsync({ reason, details: details.trim() }).then(onSent, (error: unknown) => {
      if (isApiError(error, 'already_reported')) onSent();
    });
  };

  const reasonError = isSubmitted && !reason ? t('report.chooseReason') : undefined;
  return (
    <dialog
      ref={dialog}
      className="dialog report-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!report.isPending) onClose();
      }}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{subject.kind === 'message' ? t('report.titleMessage') : t('report.titleRequest')}</h2>
        <p className="section-lead">{t(subject.kind === 'message' ? 'report.intro' : 'report.introRequest', { name: authorName })}</p>
        <fieldset className="field report-reasons" aria-describedby={reasonError ? `${id}-reason-error` : undefined}>
          <legend className="field-label">{t('report.reason')}</legend>
          {reasonError ? (
            <p id={`${id}-reason-error`} className="field-error">
              {reasonError}
            </p>
          ) : null}
          <div className="report-reason-list">
          {REPORT_REASONS.map((key, index) => (
            <label key={key} className="radio-option">
              <input
                ref={index === 0 ? firstReason : undefined}
                type="radio"
                name={`${id}-reason`}
                value={key}
                checked={reason === key}
                autoFocus={index === 0}
                onChange={() => {
                  setReason(key);
                  report.reset();
                }}
              />
              <span>{t(`reportReasons.${key}`)}</span>
            </label>
          ))}
          </div>
        </fieldset>
        <MessageField
          id={`${id}-details`}
          label={t('report.details')}
          error={isTooLong ? t('report.tooLong', { max: number(max), over: number(countedLength(details) - max) }) : undefined}
          value={details}
          max={max}
          rows={3}
          onChange={(value) => {
            setDetails(value);
            report.reset();
          }}
        />
        {report.error && !isApiError(report.error, 'already_reported') ? (
          <p className="field-error" role="alert">
            {errorMessage(tCommon, report.error)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <Button type="submit" variant="primary" disabled={report.isPending}>
            {report.isPending ? t('report.sending') : t('report.send')}
          </Button>
          <Button onClick={onClose} disabled={report.isPending}>
            {t('report.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
