import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { useSite } from '../../lib/site';

/** The institution's logo (or its initial) and name, leading home. */
export function Brand() {
  const { t } = useTranslation();
  const { name, logoUrl } = useSite().institution;
  return (
    <Link to={paths.home} className="brand" aria-label={t('app.homeLink', { name })}>
      {logoUrl ? (
        <img className="brand-logo" src={logoUrl} alt="" />
      ) : (
        <span className="brand-mark" aria-hidden="true">
          {name.trim().charAt(0).toUpperCase()}
        </span>
      )}
      <span className="brand-name">{name}</span>
    </Link>
  );
}
