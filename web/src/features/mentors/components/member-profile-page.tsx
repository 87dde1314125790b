import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { PublicMentorProfile } from '../../../../../contract/mentors';
import type { Member } from '../../../../../contract/profile';
import { Avatar } from '../../../components/ui/avatar';
import { Notice } from '../../../components/ui/notice';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { isApiError } from '../../../lib/api-client';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useMember } from '../api/get-member';
import { useMentorProfile } from '../api/get-mentor-profile';
import { AvailabilityBadge, Responsiveness } from './availability-badge';
import { usePlaceNames } from '../../../lib/places';
import { placeLine, programmeLine, workLine } from './mentor-facts';

/** What the page offers a mentee beside a mentor's profile: the mentoring feature's request button, handed in by the route. */
type RequestButton = (mentor: PublicMentorProfile) => ReactNode;
/** What else the page offers beside any member's profile (Send message, Block), handed in by the route. */
type MemberActions = (member: Member, mentor: PublicMentorProfile | null) => ReactNode;

interface MemberProfilePageProps {
  username: string;
  requestButton: RequestButton;
  memberActions?: MemberActions;
}

/** A member's page: for a mentor, everything a mentee needs to decide whether to ask them. */
export function MemberProfilePage({ username, requestButton, memberActions }: MemberProfilePageProps) {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const member = useMember(username);
  const mentor = useMentorProfile(username);
  usePageTitle(member.data?.name ?? t('profile.title'));

  if (member.isPending || mentor.isPending) return <Spinner label={t('profile.loading')} />;
  if (isApiError(member.error, 'not_found')) {
    return (
      <>
        <h1>{t('profile.notFoundTitle')}</h1>
        <p className="lead">{t('profile.notFoundText')}</p>
        <Link to={paths.search}>{t('profile.backToSearch')}</Link>
      </>
    );
  }
  if (member.error || mentor.error) {
    return (
      <>
        <h1>{t('profile.title')}</h1>
        <Notice tone="error">
          <p>{errorMessage(tCommon, member.error ?? mentor.error)}</p>
        </Notice>
      </>
    );
  }
  return (
    <>
      <BackToSearch />
      <MemberProfile member={member.data} mentor={mentor.data} requestButton={requestButton} memberActions={memberActions} />
    </>
  );
}

/** Back where the member came from (search results keep their filters), or else to the Search tab. */
function BackToSearch() {
  const { t } = useTranslation('mentors');
  const navigate = useNavigate();
  const location = useLocation();
  const cameFromHere = location.key !== 'default';
  return (
    <Link
      className="back-link"
      to={paths.search}
      onClick={(event) => {
        if (!cameFromHere) return;
        event.preventDefault();
        void navigate(-1);
      }}
    >
      ← {cameFromHere ? t('profile.back') : t('profile.backToSearch')}
    </Link>
  );
}

function MemberProfile({ member, mentor, requestButton, memberActions }: { member: Member; mentor: PublicMentorProfile | null } & Omit<MemberProfilePageProps, 'username'>) {
  const { t } = useTranslation('mentors');
  const places = usePlaceNames();
  const facts = { ...member, ...(mentor ?? {}) };
  const programme = programmeLine(t, facts);
  const work = workLine(t, facts);
  const place = placeLine(facts, places.countryName);
  const languages = places.languageList(facts.languages);

  return (
    <article className="member-profile">
      <div className="member-aside">
        <Avatar person={member} size="large" />
        {mentor ? requestButton(mentor) : null}
        {memberActions?.(member, mentor)}
      </div>

      <div className="member-main">
        <header className="member-header">
          <h1>{member.name}</h1>
          {facts.headline ? <p className="lead">{facts.headline}</p> : null}
          {mentor ? (
            <div className="member-status">
              <AvailabilityBadge availability={mentor.availability} />
              <Responsiveness value={mentor.responsiveness} />
            </div>
          ) : (
            <p className="member-role">{member.role ? t(`roles.${member.role}`) : null}</p>
          )}
        </header>

        {mentor?.isSelf ? (
          <Notice>
            <p>
              {t('profile.selfNote')} <Link to={paths.profileMentor}>{t('profile.selfEdit')}</Link>
            </p>
          </Notice>
        ) : null}

        <dl className="member-facts">
          {programme ? <Fact label={t('profile.programme')} value={programme} /> : null}
          {work ? <Fact label={t('profile.work')} value={work} /> : null}
          {mentor?.industry ? <Fact label={t('profile.industry')} value={t(`industries.${mentor.industry}`)} /> : null}
          {place ? <Fact label={t('profile.location')} value={place} /> : null}
          {languages ? <Fact label={t('profile.languages')} value={languages} /> : null}
          {mentor ? (
            <Fact label={t('profile.mentees')} value={t('profile.menteeCount', { count: mentor.maxMentees, active: mentor.activeMentees })} />
          ) : null}
          {member.email ? <Fact label={t('profile.email')} value={<a href={`mailto:${member.email}`}>{member.email}</a>} /> : null}
          {member.linkedinUrl ? (
            <Fact label={t('profile.linkedin')} value={<a href={member.linkedinUrl}>{t('profile.linkedinLink', { name: member.firstName ?? member.name })}</a>} />
          ) : null}
        </dl>

        {mentor?.approach ? (
          <section className="member-section" aria-labelledby="profile-approach">
            <h2 id="profile-approach">{t('profile.approach')}</h2>
            <p className="pre-line">{mentor.approach}</p>
          </section>
        ) : null}
        {mentor && mentor.expertise.length ? (
          <section className="member-section" aria-labelledby="profile-expertise">
            <h2 id="profile-expertise">{t('profile.expertise')}</h2>
            <ul className="chips">
              {mentor.expertise.map((tag) => (
                <li key={tag} className="chip">
                  {tag}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {member.bio ? (
          <section className="member-section" aria-labelledby="profile-bio">
            <h2 id="profile-bio">{t('profile.about')}</h2>
            <p className="pre-line">{member.bio}</p>
          </section>
        ) : null}
        {mentor ? null : <p className="empty-text">{t('profile.notAMentor', { name: member.firstName ?? member.name })}</p>}
      </div>
    </article>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
