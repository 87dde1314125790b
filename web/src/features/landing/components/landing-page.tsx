import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Notice } from '../../../components/ui/notice';
import { ButtonLink } from '../../../components/ui/button';
import { paths } from '../../../lib/paths';
import { useSite } from '../../../lib/site';
import { NetworkIllustration } from './network-illustration';

const STEPS = ['join', 'find', 'ask'] as const;

/** What a visitor sees first: what the network is, and the way in. */
export function LandingPage() {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const { name } = site.institution;
  // After deleting an account (Settings), the page loads afresh here and says so.
  const [search] = useSearchParams();
  const accountDeleted = search.get('account') === 'deleted';
  // "with your email address or your LinkedIn account" only where LinkedIn (or another provider) is configured.
  const providers = new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(site.identityProviders.map((provider) => provider.name));
  const stepText = (step: (typeof STEPS)[number]) =>
    step === 'join' && providers ? t('home.steps.join.textWithProviders', { providers }) : t(`home.steps.${step}.text`);

  return (
    <div className="landing">
      {accountDeleted ? (
        // The page has just loaded afresh: the first thing on it, no live region needed.
        <div className="landing-notice">
          <Notice tone="success">{t('home.accountDeleted')}</Notice>
        </div>
      ) : null}
      <section className="hero" aria-labelledby="hero-heading">
        <div className="hero-text">
          <p className="eyebrow">{t('home.eyebrow', { name })}</p>
          <h1 id="hero-heading">{t('home.heading')}</h1>
          <p className="lead">{t('home.lead')}</p>
          <div className="hero-actions">
            <ButtonLink to={paths.register} variant="primary">
              {t('home.register')}
            </ButtonLink>
            <ButtonLink to={paths.signIn}>{t('home.signIn')}</ButtonLink>
          </div>
        </div>
        <NetworkIllustration />
      </section>

      <section className="how" aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home.howTitle')}</h2>
        <ol className="steps">
          {STEPS.map((step, index) => (
            <li key={step} className="card step">
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              <h3>{t(`home.steps.${step}.title`)}</h3>
              <p>{stepText(step)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="card mentor-callout" aria-labelledby="mentor-heading">
        <h2 id="mentor-heading">{t('home.mentorTitle')}</h2>
        <p>{t('home.mentorText')}</p>
      </section>

      <p className="help-teaser">
        {t('home.helpText')} <Link to={paths.help}>{t('home.helpLink')}</Link>
      </p>
    </div>
  );
}
