import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_PENDING_REQUESTS, type MentoringRelation } from '../../../../../contract/mentoring';
import type { PublicMentorProfile } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useRetractRequest } from '../api/answer-request';
import { useMentoringRelation } from '../api/get-mentoring-relation';
import { tabPath } from './request-rules';
import { RetractDialog } from './retract-action';
import { SendRequestDialog } from './send-request-dialog';

type Announcement = { kind: 'sent' | 'retracted'; key: number } | null;

/**
 * Under a mentor's photo, where members expect it (docs/product.md, rule 15): "Send mentoring
 * request", the orange "Mentoring request pending (retract)" while a request waits, the active
 * mentorship, or why no request can be sent now (docs/product.md, rule 13). Nothing on one's own profile.
 */
export function MentorRequestButton({ mentor }: { mentor: PublicMentorProfile }) {
  const { t } = useTranslation('requests');
  const relation = useMentoringRelation(mentor.username, !mentor.isSelf);
  const [announcement, setAnnouncement] = useState<Announcement>(null);

  if (mentor.isSelf) return null;
  return (
    <div className="mentor-request-slot" data-slot="mentor-request">
      {relation.isPending ? <Spinner label={t('button.loading')} /> : null}
      {relation.data ? (
        <RelationAction mentor={mentor} relation={relation.data} announcement={announcement} onAnnounce={setAnnouncement} />
      ) : null}
      {relation.error ? <RelationError error={relation.error} /> : null}
      <Announcer mentorName={mentor.name} announcement={announcement} />
    </div>
  );
}

interface ActionProps {
  mentor: PublicMentorProfile;
  relation: MentoringRelation;
  announcement: Announcement;
  onAnnounce(announcement: Announcement): void;
}

function RelationAction({ mentor, relation, announcement, onAnnounce }: ActionProps) {
  const { t, i18n } = useTranslation('requests');
  if (relation.activeMentorship) {
    return (
      <p className="request-note request-note-active">
        {t('button.mentoredSince', { name: mentor.name, date: formatDate(relation.activeMentorship.startedAt, i18n.language) })}
      </p>
    );
  }
  if (relation.pendingRequest) {
    return (
      <PendingButton
        mentorName={mentor.name}
        requestId={relation.pendingRequest.id}
        sentAt={relation.pendingRequest.createdAt}
        onRetracted={onAnnounce}
      />
    );
  }
  if (relation.canRequest) {
    return (
      <SendButton
        mentor={mentor}
        focusOnMount={announcement?.kind === 'retracted'}
        onSent={() => onAnnounce({ kind: 'sent', key: Date.now() })}
      />
    );
  }
  return <Unavailable reason={relation.reason} />;
}

interface PendingButtonProps {
  mentorName: string;
  requestId: string;
  sentAt: string;
  onRetracted(announcement: Announcement): void;
}

/**
 * The orange button (docs/product.md, rule 15): it asks to confirm, then withdraws the request at
 * once. Cancel or Escape puts focus back on it.
 */
function PendingButton({ mentorName, requestId, sentAt, onRetracted }: PendingButtonProps) {
  const { t, i18n } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const retract = useRetractRequest();
  const [isConfirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={button}
        variant="pending"
        className="request-button"
        aria-haspopup="dialog"
        aria-describedby="request-pending-since"
        disabled={retract.isPending}
        onClick={() => {
          retract.reset();
          setConfirming(true);
        }}
      >
        {t('button.pending')}
      </Button>
      <p id="request-pending-since" className="request-note">
        {t('button.pendingSince', { date: formatDate(sentAt, i18n.language) })}{' '}
        <Link to={tabPath('outgoing')}>{t('button.seeRequests')}</Link>
      </p>
      {isConfirming ? (
        <RetractDialog
          mentorName={mentorName}
          isBusy={retract.isPending}
          error={retract.error ? errorMessage(tCommon, retract.error) : null}
          // The refresh after a retract replaces this button, so the promise (not mutate's callback) announces it.
          onConfirm={() => retract.mutateAsync(requestId).then(() => onRetracted({ kind: 'retracted', key: Date.now() }), () => undefined)}
          onClose={() => {
            setConfirming(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function SendButton({ mentor, focusOnMount, onSent }: { mentor: PublicMentorProfile; focusOnMount: boolean; onSent(): void }) {
  const { t } = useTranslation('requests');
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // After a retract the orange button is gone: focus lands on the button that replaced it.
    if (focusOnMount) button.current?.focus();
  }, [focusOnMount]);
  return (
    <>
      <Button ref={button} variant="primary" className="request-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('button.send')}
      </Button>
      {isOpen ? (
        <SendRequestDialog
          mentor={mentor}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
          onSent={() => {
            setOpen(false);
            onSent();
          }}
        />
      ) : null}
    </>
  );
}

function Unavailable({ reason }: { reason: string | null }) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const known = reason && (REASONS as readonly string[]).includes(reason) ? (reason as Reason) : null;
  return (
    <div className="unavailable-note">
      {/* A code this list does not know yet still reads as the API's own translated error message. */}
      <p>{known ? t(`reasons.${known}`, { count: MAX_PENDING_REQUESTS }) : errorMessage(tCommon, new ApiError(409, reason ?? 'conflict', ''))}</p>
      {reason === 'too_many_pending_requests' ? (
        <p>
          <Link to={tabPath('outgoing')}>{t('reasons.openRequests')}</Link>
        </p>
      ) : null}
    </div>
  );
}

const REASONS = ['mentor_full', 'mentor_paused', 'mentor_inactive', 'already_mentoring', 'already_requested', 'too_many_pending_requests', 'cannot_request_self'] as const;
type Reason = (typeof REASONS)[number];

function RelationError({ error }: { error: Error }) {
  const { t: tCommon } = useTranslation();
  return <p className="field-error">{errorMessage(tCommon, error)}</p>;
}

/**
 * A polite live region that is always on the page, so the sentence put into it is read out:
 * "sent" also takes focus (the dialog that had it closed), "retracted" leaves focus on the button.
 */
function Announcer({ mentorName, announcement }: { mentorName: string; announcement: Announcement }) {
  const { t } = useTranslation('requests');
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (announcement?.kind === 'sent') text.current?.focus();
  }, [announcement]);
  return (
    <p ref={text} className="request-announcement success-text" aria-live="polite" tabIndex={-1}>
      {announcement ? t(`button.${announcement.kind}`, { name: mentorName }) : ''}
    </p>
  );
}
