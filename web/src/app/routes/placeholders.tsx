import { useTranslation } from 'react-i18next';
import { ToolsIcon } from '../../components/ui/icons';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page-header';
import { usePageTitle } from '../../lib/page-title';

type MemberArea = 'search' | 'requests' | 'inbox' | 'profile' | 'settings';

/** A member area whose page does not exist yet, saying so plainly. */
export function BeingBuiltRoute({ area }: { area: MemberArea }) {
  const { t } = useTranslation();
  const title = t(`nav.${area}`);
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} />
      <BeingBuilt />
    </>
  );
}

function BeingBuilt() {
  const { t } = useTranslation();
  return (
    <Notice icon={<ToolsIcon />}>
      <p>{t('building.text')}</p>
    </Notice>
  );
}

/** Sign-in and registration pages, which another part of the project provides. */
export function ComingSoonRoute({ page }: { page: 'signIn' | 'register' }) {
  const { t } = useTranslation();
  const title = t(`nav.${page}`);
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} />
      <Notice>
        <p>{t('comingSoon.text')}</p>
      </Notice>
    </>
  );
}
