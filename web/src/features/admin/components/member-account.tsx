import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { USERNAME_PATTERN } from '../../../../../contract/accounts';
import type { AdminMemberDetail } from '../../../../../contract/admin';
import { ROLES, type Role } from '../../../../../contract/me';
import { Button } from '../../../components/ui/button';
import { FormDialog } from '../../../components/ui/dialog';
import { TextAreaField, TextField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { useErrorMessage } from '../../../i18n/validation-message';
import { formatDate } from '../../../lib/format';
import { useUpdateMember } from '../api/members';

/**
 * The account changes the alumni office makes for a member: the user name, the role (with a reason
 * the member reads) and the admin right. Each is its own small form with its own outcome.
 */
export function MemberAccount({ detail }: { detail: AdminMemberDetail }) {
  const { t } = useTranslation('admin');
  return (
    <section className="card admin-account" aria-labelledby="member-account-title">
      <h2 id="member-account-title">{t('member.accountTitle')}</h2>
      <UsernameForm detail={detail} />
      <RoleForm detail={detail} />
      <AdminRight detail={detail} />
      <Suspension detail={detail} />
    </section>
  );
}

function UsernameForm({ detail }: { detail: AdminMemberDetail }) {
  const { t } = useTranslation('admin');
  const { t: tAccounts } = useTranslation('accounts');
  const failure = useErrorMessage();
  const update = useUpdateMember(detail.member.id);
  const [value, setValue] = useState(detail.member.displayUsername ?? detail.member.username ?? '');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const username = value.trim();
    if (!USERNAME_PATTERN.test(username)) return setInvalid(true);
    setInvalid(false);
    update.mutate({ username }, { onSuccess: (saved) => setDone(saved.member.displayUsername ?? username) });
  };
  const error = invalid ? tAccounts('validation.username_invalid') : update.isError ? failure(update.error) : undefined;
  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <TextField
        id="admin-username"
        label={t('member.username.label')}
        hint={t('member.username.hint')}
        error={error}
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {t('member.username.submit')}
        </Button>
      </div>
      {done ? (
        <div aria-live="polite">
          <Notice tone="success">
            <p>{t('member.username.done', { username: done })}</p>
          </Notice>
        </div>
      ) : null}
    </form>
  );
}

function RoleForm({ detail }: { detail: AdminMemberDetail }) {
  const { t } = useTranslation('admin');
  const { t: tAccounts } = useTranslation('accounts');
  const failure = useErrorMessage();
  const update = useUpdateMember(detail.member.id);
  const [role, setRole] = useState<Role | ''>(detail.member.role ?? '');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<Role | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!role || role === detail.member.role) return;
    if (reason.trim().length < 3) return setMissing(true);
    setMissing(false);
    update.mutate(
      { role, reason: reason.trim() },
      {
        onSuccess: () => {
          setDone(role);
          setReason('');
        },
      },
    );
  };
  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field-label" htmlFor="admin-role">
          {t('member.role.label')}
        </label>
        <p id="admin-role-hint" className="field-hint">
          {t('member.role.staffNote')}
        </p>
        <select id="admin-role" className="input" aria-describedby="admin-role-hint" value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {detail.member.role === null ? <option value="">{t('members.noRole')}</option> : null}
          {ROLES.map((item) => (
            <option key={item} value={item}>
              {t(`roles.${item}`)}
            </option>
          ))}
        </select>
      </div>
      {role && role !== detail.member.role ? (
        <TextAreaField
          id="admin-role-reason"
          label={t('member.role.reason')}
          hint={t('member.role.reasonHint')}
          error={missing ? tAccounts('validation.required') : update.isError ? failure(update.error) : undefined}
          value={reason}
          rows={3}
          maxLength={1000}
          onChange={(event) => setReason(event.target.value)}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={update.isPending || !role || role === detail.member.role}>
          {t('member.role.submit')}
        </Button>
      </div>
      {done ? (
        <div aria-live="polite">
          <Notice tone="success">
            <p>{t('member.role.done', { role: t(`roles.${done}`) })}</p>
          </Notice>
        </div>
      ) : null}
    </form>
  );
}

function AdminRight({ detail }: { detail: AdminMemberDetail }) {
  const { t } = useTranslation('admin');
  const failure = useErrorMessage();
  const update = useUpdateMember(detail.member.id);
  const [done, setDone] = useState<'granted' | 'revoked' | null>(null);
  const { isAdmin } = detail.member;
  const change = (grant: boolean) => {
    setDone(null);
    update.mutate({ isAdmin: grant }, { onSuccess: () => setDone(grant ? 'granted' : 'revoked') });
  };
  return (
    <div className="admin-form">
      <h3>{t('member.admin.title')}</h3>
      <p>{isAdmin ? t('member.admin.isAdmin') : t('member.admin.notAdmin')}</p>
      {detail.can.grantAdmin ? (
        <Button variant="secondary" disabled={update.isPending} onClick={() => change(true)}>
          {t('member.admin.grant')}
        </Button>
      ) : null}
      {detail.can.revokeAdmin ? (
        <Button variant="danger" disabled={update.isPending} onClick={() => change(false)}>
          {t('member.admin.revoke')}
        </Button>
      ) : null}
      {isAdmin && !detail.can.revokeAdmin ? <p className="field-hint">{t('member.admin.lastAdmin')}</p> : null}
      {update.isError ? (
        <p className="field-error" role="alert">
          {failure(update.error)}
        </p>
      ) : null}
      {done ? (
        <div aria-live="polite">
          <Notice tone="success">
            <p>{t(`member.admin.${done}`)}</p>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}

/** Suspend (with a reason for the audit log, confirmed in a dialog) or lift it. */
function Suspension({ detail }: { detail: AdminMemberDetail }) {
  const { t, i18n } = useTranslation('admin');
  const failure = useErrorMessage();
  const update = useUpdateMember(detail.member.id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<'suspended' | 'lifted' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { suspendedAt, name } = detail.member;
  const change = (suspended: boolean) => {
    setDone(null);
    update.mutate(
      { suspended, ...(suspended && reason.trim().length >= 3 ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          setAsking(false);
          setDone(suspended ? 'suspended' : 'lifted');
        },
      },
    );
  };
  return (
    <div className="admin-form">
      <h3>{t('member.suspension.title')}</h3>
      <p>{suspendedAt ? t('member.suspension.isSuspended', { date: formatDate(suspendedAt, i18n.language) }) : t('member.suspension.notSuspended')}</p>
      {suspendedAt ? (
        <Button variant="secondary" disabled={update.isPending} onClick={() => change(false)}>
          {t('member.suspension.lift')}
        </Button>
      ) : (
        <Button ref={button} variant="danger" disabled={update.isPending} onClick={() => setAsking(true)}>
          {t('member.suspension.suspend')}
        </Button>
      )}
      {update.isError && !asking ? (
        <p className="field-error" role="alert">
          {failure(update.error)}
        </p>
      ) : null}
      <div aria-live="polite">
        {done ? (
          <Notice tone="success">
            <p>{t(`member.suspension.${done}`)}</p>
          </Notice>
        ) : null}
      </div>
      {asking ? (
        <FormDialog
          title={t('member.suspension.dialogTitle', { name })}
          explanation={t('member.suspension.dialogExplanation', { name })}
          confirm={t('member.suspension.confirm')}
          confirmVariant="danger"
          cancel={t('member.suspension.cancel')}
          error={update.isError ? failure(update.error) : null}
          isBusy={update.isPending}
          onConfirm={() => change(true)}
          onClose={() => {
            setAsking(false);
            button.current?.focus();
          }}
        >
          <TextAreaField id="suspension-reason" label={t('member.suspension.reason')} value={reason} rows={3} maxLength={1000} onChange={(event) => setReason(event.target.value)} />
        </FormDialog>
      ) : null}
    </div>
  );
}
