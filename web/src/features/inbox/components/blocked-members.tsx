import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/ui/avatar';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { formatDate } from '../../../lib/format';
import { memberPath } from '../../../lib/paths';
import { useBlocks } from '../api/blocks';
import { BlockButton } from './block-button';

/** Settings → Blocked members: who I blocked, since when, and Unblock beside each. */
export function BlockedMembers() {
  const { t, i18n } = useTranslation('inbox');
  const { t: tCommon } = useTranslation();
  const blocks = useBlocks();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="card blocked-members" aria-labelledby="settings-blocked-title">
      <h2 id="settings-blocked-title" ref={heading} tabIndex={-1}>
        {t('blocked.title')}
      </h2>
      <p>{t('blocked.text')}</p>
      <p className="success-text" aria-live="polite">
        {announcement}
      </p>
      {blocks.isPending ? <Spinner label={t('blocked.loading')} /> : null}
      {blocks.error ? <p className="field-error">{errorMessage(tCommon, blocks.error)}</p> : null}
      {blocks.data && blocks.data.items.length === 0 ? <p className="empty-text">{t('blocked.empty')}</p> : null}
      {blocks.data && blocks.data.items.length > 0 ? (
        <ul className="blocked-list">
          {blocks.data.items.map((member) => (
            <li key={member.username} className="blocked-item">
              <Avatar person={member} />
              <div className="blocked-item-text">
                <Link to={memberPath(member.username)}>{member.name}</Link>
                <p className="blocked-item-since">{t('blocked.since', { date: formatDate(member.blockedAt, i18n.language) })}</p>
              </div>
              <BlockButton
                username={member.username}
                name={member.name}
                onChanged={() => {
                  // The member leaves the list with their button: focus goes to the section, which says what happened.
                  setAnnouncement(t('block.unblocked', { name: member.name }));
                  heading.current?.focus();
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
