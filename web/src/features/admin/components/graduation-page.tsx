import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { GraduationRequest } from '../../../../../contract/admin';
import { Button } from '../../../components/ui/button';
import { FormDialog } from '../../../components/ui/dialog';
import { TextAreaField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Pagination } from '../../../components/ui/pagination';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { adminMemberPath, paths } from '../../../lib/paths';
import { useDecideGraduation, useGraduationRequests } from '../api/graduation-requests';
import { AdminTabs } from './admin-tabs';

/** Admin → Graduation requests: the students waiting to become alumni, oldest first; approve, or reject with a reason. */
export function GraduationPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('graduation.title'));
  const failure = useErrorMessage();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useGraduationRequests(page);
  const [outcome, setOutcome] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('title')} lead={t('graduation.lead')} />
      <AdminTabs />
      <h2 className="admin-section-title">{t('graduation.title')}</h2>
      <div aria-live="polite">
        {outcome ? (
          <Notice tone="success">
            <p>{outcome}</p>
          </Notice>
        ) : null}
      </div>
      {list.isPending ? (
        <Spinner label={t('graduation.loading')} />
      ) : list.isError ? (
        <Notice tone="error">{failure(list.error)}</Notice>
      ) : list.data.items.length === 0 ? (
        <p>{t('graduation.none')}</p>
      ) : (
        <ul className="admin-cards">
          {list.data.items.map((request) => (
            <GraduationCard key={request.id} request={request} onDone={setOutcome} />
          ))}
        </ul>
      )}
      {list.data ? (
        <Pagination
          page={list.data.page}
          pageCount={Math.ceil(list.data.total / list.data.pageSize)}
          hrefFor={(number) => `${paths.adminGraduation}?page=${number}`}
          texts={{
            label: t('members.pagination.label'),
            previous: t('members.pagination.previous'),
            next: t('members.pagination.next'),
            page: (number) => t('members.pagination.page', { page: number }),
          }}
        />
      ) : null}
    </>
  );
}

function GraduationCard({ request, onDone }: { request: GraduationRequest; onDone(message: string): void }) {
  const { t, i18n } = useTranslation('admin');
  const { t: tAccounts } = useTranslation('accounts');
  const failure = useErrorMessage();
  const decide = useDecideGraduation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const name = request.member.name;
  const titleId = `graduation-${request.id}`;

  const approve = () => decide.mutate({ id: request.id, approve: true }, { onSuccess: () => onDone(t('graduation.approved', { name })) });
  const reject = () => {
    if (reason.trim().length < 3) return setMissing(true);
    setMissing(false);
    decide.mutate(
      { id: request.id, approve: false, reason: reason.trim() },
      {
        onSuccess: () => {
          setRejecting(false);
          onDone(t('graduation.rejected', { name }));
        },
      },
    );
  };

  return (
    <li className="card admin-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <Link to={adminMemberPath(request.member.id)}>{name}</Link>
      </h3>
      <p className="admin-card-facts">
        <strong>{t('graduation.year', { year: request.graduationYear })}</strong>
        {request.member.studyProgramme ? (
          <span>{t('graduation.studies', { programme: request.member.studyProgramme, year: request.member.startYear ?? '–' })}</span>
        ) : null}
        <span>{t('graduation.asked', { date: formatDate(request.createdAt, i18n.language) })}</span>
      </p>
      {decide.isError && !rejecting ? (
        <p className="field-error" role="alert">
          {failure(decide.error)}
        </p>
      ) : null}
      <div className="form-actions">
        <Button variant="positive" disabled={decide.isPending} onClick={approve} aria-describedby={titleId}>
          {t('graduation.approve')}
        </Button>
        <Button ref={rejectButton} variant="danger" disabled={decide.isPending} onClick={() => setRejecting(true)} aria-describedby={titleId}>
          {t('graduation.reject')}
        </Button>
      </div>
      {rejecting ? (
        <FormDialog
          title={t('graduation.rejectDialog.title', { name })}
          explanation={t('graduation.rejectDialog.explanation', { name })}
          confirm={t('graduation.rejectDialog.confirm')}
          confirmVariant="danger"
          cancel={t('graduation.rejectDialog.cancel')}
          error={decide.isError ? failure(decide.error) : null}
          isBusy={decide.isPending}
          onConfirm={reject}
          onClose={() => {
            setRejecting(false);
            rejectButton.current?.focus();
          }}
        >
          <TextAreaField
            id={`reject-reason-${request.id}`}
            label={t('graduation.rejectDialog.reason')}
            error={missing ? tAccounts('validation.required') : undefined}
            value={reason}
            rows={4}
            maxLength={1000}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormDialog>
      ) : null}
    </li>
  );
}
