import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../../../contract/me';
import { Avatar } from '../../../components/ui/avatar';
import { useErrorMessage } from '../../../i18n/validation-message';
import { paths } from '../../../lib/paths';
import { useSignOut } from '../api/sign-out';

/** Who is signed in, at the top of every page, leading to My account. */
export function MemberBadge({ me }: { me: Me }) {
  const { t } = useTranslation('accounts');
  if (me.needsOnboarding) return null;
  return (
    <Link to={paths.accountSecurity} className="member-badge">
      <Avatar person={me} />
      <span className="member-badge-text">
        <span className="member-badge-name">{me.name}</span>
        <span className="member-badge-account">{t('header.account')}</span>
      </span>
    </Link>
  );
}

/** Signs out, back to the home page. */
export function SignOutButton({ className }: { className?: string }) {
  const { t } = useTranslation('accounts');
  const failure = useErrorMessage();
  const signOut = useSignOut();
  return (
    <>
      <button type="button" className={className} disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('header.signOut')}
      </button>
      {signOut.isError ? (
        <span className="sign-out-error" role="alert">
          {failure(signOut.error)}
        </span>
      ) : null}
    </>
  );
}
