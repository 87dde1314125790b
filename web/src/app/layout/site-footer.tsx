import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RichText } from '../../components/ui/rich-text';
import { paths } from '../../lib/paths';
import { useSite } from '../../lib/site';

export function SiteFooter() {
  const { t } = useTranslation();
  const site = useSite();
  const { name, supportEmail } = site.institution;
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <div className="footer-about">
          <p className="footer-name">{name}</p>
          <RichText text={t('footer.contact', { email: supportEmail })} />
        </div>
        <nav aria-label={t('footer.label')}>
          <ul className="footer-links">
            <li>
              <Link to={paths.help}>{t('footer.help')}</Link>
            </li>
            <li>
              <Link to={paths.privacy}>{t('footer.privacy')}</Link>
            </li>
            {site.devMailbox ? (
              <li>
                <Link to={paths.devMailbox}>{t('footer.mailbox')}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <p className="footer-powered">{t('app.poweredBy')}</p>
      </div>
    </footer>
  );
}
