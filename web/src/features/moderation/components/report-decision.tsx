import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODERATION_LIMITS, type ModerationReport, type ResolveReport } from '../../../../../contract/moderation';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextAreaField } from '../../../components/ui/form';
import { errorMessage } from '../../../i18n/error-message';
import { useResolveReport } from '../api/reports';

type Action = ResolveReport['action'];

interface ReportDecisionProps {
  report: ModerationReport;
  /** The subject's name as the card shows it (or "Deleted member"). */
  subjectName: string;
  /** Told what was decided, once the server has it (the page says so and takes focus). */
  onResolved(text: string): void;
}

/**
 * Remove message, Suspend sender and Dismiss under an open report, each behind a confirm dialog
 * with an optional note (and, to suspend, whether to remove the message too). The buttons shown
 * are the ones the server's `can.*` flags allow.
 */
export function ReportDecision({ report, subjectName, onResolved }: ReportDecisionProps) {
  const { t } = useTranslation('moderation');
  const [open, setOpen] = useState<Action | null>(null);
  const buttons = useRef<Partial<Record<Action, HTMLButtonElement | null>>>({});
  const actions: Action[] = [...(report.can.remove ? (['remove'] as const) : []), ...(report.can.suspend ? (['suspend'] as const) : []), 'dismiss'];
  return (
    <>
      {actions.map((action) => (
        <Button
          key={action}
          ref={(element) => {
            buttons.current[action] = element;
          }}
          variant={action === 'dismiss' ? 'secondary' : 'danger'}
          aria-haspopup="dialog"
          onClick={() => setOpen(action)}
        >
          {t(`actions.${action}`)}
        </Button>
      ))}
      {open ? (
        <DecisionDialog
          action={open}
          report={report}
          subjectName={subjectName}
          onDone={(text) => {
            setOpen(null);
            onResolved(text);
          }}
          onClose={() => {
            const button = buttons.current[open];
            setOpen(null);
            button?.focus();
          }}
        />
      ) : null}
    </>
  );
}

interface DecisionDialogProps {
  action: Action;
  report: ModerationReport;
  subjectName: string;
  onDone(text: string): void;
  onClose(): void;
}

function DecisionDialog({ action, report, subjectName, onDone, onClose }: DecisionDialogProps) {
  const { t } = useTranslation('moderation');
  const { t: tCommon } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [alsoRemove, setAlsoRemove] = useState(report.can.remove);
  const resolve = useResolveReport();
  const isTooLong = note.length > MODERATION_LIMITS.note;

  const confirm = () => {
    if (isTooLong) {
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    const removeMessage = action === 'suspend' && report.about === 'message' && report.can.remove ? alsoRemove : undefined;
    resolve.mutate(
      { id: report.id, action, note: note.trim() || undefined, ...(removeMessage === undefined ? {} : { removeMessage }) },
      { onSuccess: ({ report: decided }) => onDone(t(`actions.done.${decided.status === 'open' ? 'dismissed' : decided.status}`, { name: subjectName })) },
    );
  };

  return (
    <ConfirmDialog
      title={t(`actions.${action}Title`, { name: subjectName })}
      explanation={t(`actions.${action}Text`, { name: subjectName })}
      confirm={t(`actions.${action}`)}
      cancel={t('actions.cancel')}
      error={resolve.error ? errorMessage(tCommon, resolve.error) : isTooLong ? tCommon('errors.validation_failed') : null}
      isBusy={resolve.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {action === 'suspend' && report.about === 'message' && report.can.remove ? (
        <label className="checkbox-option">
          <input type="checkbox" checked={alsoRemove} onChange={(event) => setAlsoRemove(event.target.checked)} />
          <span>{t('actions.alsoRemove')}</span>
        </label>
      ) : null}
      <TextAreaField
        id={`${id}-note`}
        label={t('actions.note')}
        hint={t('actions.noteHint')}
        value={note}
        rows={3}
        maxLength={MODERATION_LIMITS.note}
        onChange={(event) => {
          setNote(event.target.value);
          resolve.reset();
        }}
      />
    </ConfirmDialog>
  );
}
