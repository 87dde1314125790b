import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MentoringRequest, RequestList } from '../../../../../contract/mentoring';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { usePageTitle } from '../../../lib/page-title';
import { useRequests } from '../api/get-requests';
import { RequestListPane } from './request-list';
import { RequestPane } from './request-pane';
import { chooseTab, type Direction, requestTabs, tabPath } from './request-rules';

/** Every request the list shows at most; the API's largest page. */
const LIST_LIMIT = 100;

/**
 * Requests: on the left the list of one tab (Incoming or Outgoing), on the right the open request
 * (`/requests/<id>`, the address mails link to). On a phone the list and the request take turns.
 */
export function RequestsPage({ openId }: { openId: string | null }) {
  const { t } = useTranslation('requests');
  const { t: tCommon } = useTranslation();
  const [params] = useSearchParams();
  // Both directions at once: the capacity decides the default tab, and both tabs show their count.
  const list = useRequests({ limit: LIST_LIMIT });
  const open = openId ? list.data?.items.find((request) => request.id === openId) : undefined;
  const tabs = list.data ? requestTabs(list.data) : [];
  const tab = chooseTab(params.get('tab'), { tabs, hasMentorProfile: Boolean(list.data?.capacity), openDirection: open?.direction });
  usePageTitle(open ? t(`detail.title.${open.direction}`, { name: otherSide(open).name }) : t('title'));

  return (
    <div className={openId ? 'requests-page has-open-request' : 'requests-page'}>
      <PageHeader title={t('title')} lead={tabs.includes('incoming') || !list.data ? t('page.lead') : t('page.leadMentee')} />
      {list.isPending ? <Spinner label={t('page.loading')} /> : null}
      {list.error ? (
        <Notice tone="error">
          <p>{errorMessage(tCommon, list.error)}</p>
        </Notice>
      ) : null}
      {list.data ? (
        <>
          {tabs.length > 1 ? <RequestTabs tabs={tabs} current={tab} list={list.data} /> : null}
          <div className="requests-layout">
            <RequestListPane tab={tab} list={list.data} openId={openId} />
            <div className="request-pane">
              {openId ? (
                <RequestPane key={openId} id={openId} tab={tab} capacity={list.data.capacity} />
              ) : (
                <p className="request-pane-empty empty-text">{t('page.choose')}</p>
              )}
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}

/** The other person in a request, seen from the signed-in member. */
export const otherSide = (request: MentoringRequest) => (request.direction === 'incoming' ? request.mentee : request.mentor);

function RequestTabs({ tabs, current, list }: { tabs: Direction[]; current: Direction; list: RequestList }) {
  const { t } = useTranslation('requests');
  return (
    <nav className="request-tabs" aria-label={t('page.tabsLabel')}>
      {tabs.map((tab) => {
        const waiting = list.items.filter((request) => request.direction === tab && request.status === 'pending').length;
        return (
          <Link key={tab} to={tabPath(tab)} aria-current={tab === current ? 'page' : undefined}>
            {t(`page.tabs.${tab}`)}
            {waiting ? (
              <span className="tab-count">
                {waiting}
                <span className="visually-hidden"> {t('page.waiting', { count: waiting })}</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
