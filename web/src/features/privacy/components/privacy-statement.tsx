import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { RichText } from '../../../components/ui/rich-text';
import { useSite } from '../../../lib/site';

const SECTIONS = ['responsible', 'data', 'purpose', 'visibility', 'cookies', 'retention', 'rights'] as const;

export function PrivacyStatement() {
  const { t } = useTranslation('privacy');
  const { name, supportEmail } = useSite().institution;
  const values = { name, email: supportEmail };

  return (
    <article className="prose-page">
      <PageHeader title={t('title')} lead={t('intro', values)} />
      {SECTIONS.map((section) => (
        <section key={section} className="card prose" aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{t(`sections.${section}.title`)}</h2>
          <RichText text={t(`sections.${section}.body`, values)} />
        </section>
      ))}
    </article>
  );
}
