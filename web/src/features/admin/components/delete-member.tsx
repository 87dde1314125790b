import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AdminMemberDetail } from '../../../../../contract/admin';
import { DELETION_LIMITS } from '../../../../../contract/lifecycle';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/form';
import { useErrorMessage } from '../../../i18n/validation-message';
import { useMe } from '../../../lib/auth';
import { paths } from '../../../lib/paths';
import { useDeleteMember } from '../api/members';

/** What the members list says after a deletion (router state). */
export interface DeletedMemberState {
  deletedMember: string;
}

/**
 * Admin → a member → Delete account, with a required reason (the audit log keeps it and the
 * member's last mail quotes it). Not on the admin's own page: they delete their account under Settings.
 */
export function DeleteMember({ detail }: { detail: AdminMemberDetail }) {
  const { t } = useTranslation('admin');
  const me = useMe();
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (me?.id === detail.member.id) return null;
  return (
    <section className="card" aria-labelledby="admin-delete-title">
      <h2 id="admin-delete-title">{t('member.delete.title')}</h2>
      <p>{t('member.delete.text')}</p>
      <Button ref={button} variant="danger" onClick={() => setConfirming(true)}>
        {t('member.delete.button')}
      </Button>
      {confirming ? (
        <DeleteDialog
          detail={detail}
          onClose={() => {
            setConfirming(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}

function DeleteDialog({ detail, onClose }: { detail: AdminMemberDetail; onClose(): void }) {
  const { t } = useTranslation('admin');
  const { t: tAccounts } = useTranslation('accounts');
  const failure = useErrorMessage();
  const navigate = useNavigate();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const remove = useDeleteMember(detail.member.id);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const name = detail.member.name;
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        if (remove.isPending) event.preventDefault();
      }}
      onClose={onClose}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) return setMissing(true);
          setMissing(false);
          remove.mutate(reason.trim(), {
            onSuccess: () => navigate(paths.admin, { state: { deletedMember: name } satisfies DeletedMemberState }),
          });
        }}
      >
        <h2 id={`${id}-title`}>{t('member.delete.dialogTitle', { name })}</h2>
        <p id={`${id}-text`}>{t('member.delete.dialogText')}</p>
        <TextAreaField
          id={`${id}-reason`}
          label={t('member.delete.reason')}
          hint={t('member.delete.reasonHint')}
          error={missing ? tAccounts('validation.required') : remove.isError ? failure(remove.error) : undefined}
          value={reason}
          rows={3}
          maxLength={DELETION_LIMITS.reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="dialog-actions">
          <Button type="submit" variant="danger" disabled={remove.isPending}>
            {t('member.delete.confirm')}
          </Button>
          <Button onClick={() => dialog.current?.close()} disabled={remove.isPending}>
            {t('member.delete.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
