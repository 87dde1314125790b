import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LANGUAGES, type Language } from '../../../../../contract/i18n';
import {
  INVITATION_STATES,
  type Invitation,
  type InvitationLine,
  type InvitationPreview,
  type InvitationState,
} from '../../../../../contract/invitations';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Field } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Pagination } from '../../../components/ui/pagination';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { adminMemberPath, paths } from '../../../lib/paths';
import { useInvitationAction, useInvitations, usePreviewInvitations, useSendInvitations } from '../api/invitations';
import { AdminTabs } from './admin-tabs';

type T = ReturnType<typeof useTranslation<'admin'>>['t'];

/**
 * Admin → Invitations: upload the office's list of alumni (CSV), see every line's problems before
 * anything is sent, send the whole list; below, the invitations sent with their state, to send
 * again or withdraw.
 */
export function InvitationsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('invitations.title'));
  return (
    <>
      <PageHeader title={t('title')} lead={t('invitations.lead')} />
      <AdminTabs />
      <InviteForm />
      <SentInvitations />
    </>
  );
}

/** The upload, its check and the send: nothing goes out before the check shows a list without problems. */
function InviteForm() {
  const { t, i18n } = useTranslation('admin');
  const failure = useErrorMessage();
  const preview = usePreviewInvitations();
  const send = useSendInvitations();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [defaultLanguage, setDefaultLanguage] = useState<Language>(i18n.language === 'nl' ? 'nl' : 'en');
  const [missingFile, setMissingFile] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // The answer to a send refused for problems that appeared since the check (someone registered meanwhile).
  const refused = send.error instanceof ApiError && send.error.code === 'invitation_list_invalid' ? (send.error.details as InvitationPreview) : null;
  const result = refused ?? preview.data ?? null;

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setMissingFile(true);
    setMissingFile(false);
    setSent(null);
    send.reset();
    preview.mutate({ csv: file.text, defaultLanguage });
  };
  const sendAll = () => {
    if (!file) return;
    send.mutate(
      { csv: file.text, defaultLanguage },
      {
        onSuccess: (answer) => {
          setSent(answer.sent);
          setFile(null);
          preview.reset();
          if (fileInput.current) fileInput.current.value = '';
        },
      },
    );
  };
  const choose = async (chosen: File | undefined) => {
    setSent(null);
    preview.reset();
    send.reset();
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };

  return (
    <section className="card invite-upload" aria-labelledby="invite-title">
      <h2 id="invite-title" className="admin-section-title">
        {t('invitations.upload.title')}
      </h2>
      <p>{t('invitations.upload.explanation')}</p>
      <p className="field-hint" id="invite-format">
        {t('invitations.upload.format')}
      </p>
      <figure className="invite-example">
        <figcaption>{t('invitations.upload.exampleLabel')}</figcaption>
        <pre>{t('invitations.upload.example')}</pre>
      </figure>
      <form className="invite-form" noValidate onSubmit={check}>
        <Field id="invite-file" label={t('invitations.upload.file')} error={missingFile ? t('invitations.upload.fileMissing') : undefined}>
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              className="input"
              type="file"
              accept=".csv,text/csv,text/plain"
              aria-describedby={[control['aria-describedby'], 'invite-format'].filter(Boolean).join(' ')}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
          )}
        </Field>
        <Field id="invite-language" label={t('invitations.upload.defaultLanguage')} hint={t('invitations.upload.defaultLanguageHint')}>
          {(control) => (
            <select {...control} className="input" value={defaultLanguage} onChange={(event) => setDefaultLanguage(event.target.value as Language)}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`invitations.languages.${language}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={preview.isPending}>
            {preview.isPending ? t('invitations.upload.checking') : t('invitations.upload.check')}
          </Button>
        </div>
      </form>

      <div aria-live="polite">
        {sent !== null ? (
          <Notice tone="success">
            <p>{t('invitations.upload.sent', { count: sent })}</p>
          </Notice>
        ) : null}
        {preview.isError ? <Notice tone="error">{failure(preview.error)}</Notice> : null}
        {send.isError && !refused ? <Notice tone="error">{failure(send.error)}</Notice> : null}
        {result && file ? <PreviewResult preview={result} fileName={file.name} isSending={send.isPending} onSend={sendAll} wasRefused={refused !== null} /> : null}
      </div>
    </section>
  );
}

function PreviewResult({
  preview,
  fileName,
  isSending,
  onSend,
  wasRefused,
}: {
  preview: InvitationPreview;
  fileName: string;
  isSending: boolean;
  onSend(): void;
  wasRefused: boolean;
}) {
  const { t } = useTranslation('admin');
  if (preview.fileProblems.length > 0) {
    return (
      <Notice tone="error">
        <p>
          <strong>{t('invitations.preview.fileRefused', { file: fileName })}</strong>
        </p>
        <ul>
          {preview.fileProblems.map((problem) => (
            <li key={problem.code}>{t(`invitations.fileProblems.${problem.code}`, { max: problem.max })}</li>
          ))}
        </ul>
      </Notice>
    );
  }
  if (!preview.isValid) {
    const bad = preview.lines.filter((line) => line.problems.length > 0);
    return (
      <div className="invite-result">
        <Notice tone="error">
          <p>
            <strong>{t(wasRefused ? 'invitations.preview.changed' : 'invitations.preview.invalid', { count: bad.length, total: preview.lines.length })}</strong>
          </p>
          <p>{t('invitations.preview.nothingSent')}</p>
        </Notice>
        <LineTable lines={bad} caption={t('invitations.preview.problemCaption', { count: bad.length })} showProblems />
      </div>
    );
  }
  return (
    <div className="invite-result">
      <Notice tone="success">
        <p>
          <strong>{t('invitations.preview.valid', { count: preview.lines.length, file: fileName })}</strong>
        </p>
      </Notice>
      <LineTable lines={preview.lines} caption={t('invitations.preview.validCaption', { count: preview.lines.length })} />
      <div className="form-actions">
        <Button variant="positive" onClick={onSend} disabled={isSending}>
          {isSending ? t('invitations.preview.sending') : t('invitations.preview.send', { count: preview.lines.length })}
        </Button>
      </div>
    </div>
  );
}

function LineTable({ lines, caption, showProblems = false }: { lines: InvitationLine[]; caption: string; showProblems?: boolean }) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="admin-table invite-lines">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invitations.columns.line')}</th>
            <th scope="col">{t('invitations.columns.invitee')}</th>
            {showProblems ? <th scope="col">{t('invitations.columns.problems')}</th> : <th scope="col">{t('invitations.columns.language')}</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.line}>
              <th scope="row">{line.line}</th>
              <td>
                {`${line.firstName} ${line.familyName}`.trim() || '–'}
                <div className="invite-meta admin-email">{line.email || '–'}</div>
              </td>
              {showProblems ? (
                <td>
                  <ul className="invite-problems">
                    {line.problems.map((problem) => (
                      <li key={problem.code}>{t(`invitations.problems.${problem.code}`, { line: problem.firstLine })}</li>
                    ))}
                  </ul>
                </td>
              ) : (
                <td>{t(`invitations.languages.${line.language}`)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const pickState = (value: string | null): InvitationState | undefined => INVITATION_STATES.find((state) => state === value);

/** The invitations sent, newest first, with their state; the filter lives in the address. */
function SentInvitations() {
  const { t } = useTranslation('admin');
  const failure = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const query = { q: params.get('q') || undefined, state: pickState(params.get('state')), page: Math.max(1, Number(params.get('page')) || 1) };
  const [draft, setDraft] = useState({ q: query.q ?? '', state: query.state ?? '' });
  const list = useInvitations(query);
  const [outcome, setOutcome] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(Object.entries(draft).filter(([, value]) => value)));
  };
  const hrefFor = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    return `${paths.adminInvitations}?${next}`;
  };

  return (
    <section className="admin-results invite-sent" aria-labelledby="sent-title">
      <h2 id="sent-title" className="admin-section-title">
        {t('invitations.sent.title')}
      </h2>
      <form className="card admin-filters" role="search" aria-label={t('invitations.sent.filterLabel')} onSubmit={submit}>
        <div className="field admin-filter-wide">
          <label className="field-label" htmlFor="invitation-q">
            {t('invitations.sent.search')}
          </label>
          <input id="invitation-q" className="input" type="search" value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="invitation-state">
            {t('invitations.sent.state')}
          </label>
          <select id="invitation-state" className="input" value={draft.state} onChange={(event) => setDraft({ ...draft, state: event.target.value })}>
            <option value="">{t('invitations.sent.anyState')}</option>
            {INVITATION_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`invitations.states.${state}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary">
            {t('invitations.sent.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome ? (
          <Notice tone="success">
            <p>{outcome}</p>
          </Notice>
        ) : null}
      </div>
      {list.isPending ? (
        <Spinner label={t('invitations.sent.loading')} />
      ) : list.isError ? (
        <Notice tone="error">{failure(list.error)}</Notice>
      ) : (
        <>
          <p className="admin-count" aria-live="polite">
            {t('invitations.sent.count', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? <p>{t('invitations.sent.none')}</p> : <SentTable invitations={list.data.items} onDone={setOutcome} />}
          <Pagination
            page={list.data.page}
            pageCount={Math.ceil(list.data.total / list.data.pageSize)}
            hrefFor={hrefFor}
            texts={{
              label: t('invitations.sent.pagination'),
              previous: t('members.pagination.previous'),
              next: t('members.pagination.next'),
              page: (page) => t('members.pagination.page', { page }),
            }}
          />
        </>
      )}
    </section>
  );
}

function SentTable({ invitations, onDone }: { invitations: Invitation[]; onDone(message: string): void }) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('invitations.sent.tableLabel')}>
      <table className="admin-table invite-table">
        <thead>
          <tr>
            <th scope="col">{t('invitations.columns.invitee')}</th>
            <th scope="col">{t('invitations.columns.state')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <SentRow key={invitation.id} invitation={invitation} onDone={onDone} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SentRow({ invitation, onDone }: { invitation: Invitation; onDone(message: string): void }) {
  const { t, i18n } = useTranslation('admin');
  const failure = useErrorMessage();
  const action = useInvitationAction();
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const name = `${invitation.firstName} ${invitation.familyName}`;
  const rowId = `invitation-${invitation.id}`;

  const resend = () =>
    action.mutate({ id: invitation.id, action: 'resend' }, { onSuccess: () => onDone(t('invitations.sent.resent', { name, email: invitation.email })) });
  const revoke = () =>
    action.mutate(
      { id: invitation.id, action: 'revoke' },
      {
        onSuccess: () => {
          setConfirming(false);
          onDone(t('invitations.sent.revoked', { name }));
        },
      },
    );

  return (
    <tr>
      <th scope="row">
        <span id={rowId}>{invitation.member ? <Link to={adminMemberPath(invitation.member.id)}>{name}</Link> : name}</span>
        <div className="invite-meta admin-email">{invitation.email}</div>
        <div className="invite-meta">
          {t('invitations.sent.sentOn', { date: formatDate(invitation.sentAt, i18n.language), language: t(`invitations.languages.${invitation.language}`) })}
        </div>
      </th>
      <td>
        <span className={`admin-pill invite-state is-${invitation.state}`}>{t(`invitations.states.${invitation.state}`)}</span>
        <div className="invite-meta">{stateDetail(t, invitation, i18n.language)}</div>
        <div className="invite-actions">
          {invitation.can.resend ? (
            <Button disabled={action.isPending} onClick={resend} aria-describedby={rowId}>
              {t('invitations.sent.resend')}
            </Button>
          ) : null}
          {invitation.can.revoke ? (
            <Button ref={revokeButton} variant="danger" disabled={action.isPending} onClick={() => setConfirming(true)} aria-describedby={rowId}>
              {t('invitations.sent.revoke')}
            </Button>
          ) : null}
        </div>
        {action.isError && !confirming ? (
          <p className="field-error" role="alert">
            {failure(action.error)}
          </p>
        ) : null}
        {confirming ? (
          <ConfirmDialog
            title={t('invitations.revokeDialog.title', { name })}
            explanation={t('invitations.revokeDialog.explanation', { email: invitation.email })}
            confirm={t('invitations.revokeDialog.confirm')}
            cancel={t('invitations.revokeDialog.cancel')}
            error={action.isError ? failure(action.error) : null}
            isBusy={action.isPending}
            onConfirm={revoke}
            onClose={() => {
              setConfirming(false);
              revokeButton.current?.focus();
            }}
          />
        ) : null}
      </td>
    </tr>
  );
}

function stateDetail(t: T, invitation: Invitation, language: string): string {
  const date = formatDate(invitation.expiresAt, language);
  if (invitation.state === 'pending') return t('invitations.sent.expires', { date });
  if (invitation.state === 'expired') return t('invitations.sent.expired', { date });
  if (invitation.state === 'registered' && invitation.member?.username) return `@${invitation.member.username}`;
  return '';
}
