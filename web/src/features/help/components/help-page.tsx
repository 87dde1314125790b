import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { RichText } from '../../../components/ui/rich-text';
import { useSite } from '../../../lib/site';

/** The questions of the help page, grouped as members look for them. */
const FAQ = [
  {
    section: 'account',
    questions: ['changePassword', 'changeUsername', 'linkedin', 'changeEmail', 'hideEmail', 'stopEmails', 'oneEmail'],
  },
  { section: 'registration', questions: ['graduated', 'staffAndAlumnus', 'deleteAccount', 'mentorAndMentee'] },
  {
    section: 'mentoring',
    questions: ['findMentor', 'answerRequest', 'retractRequest', 'mustAccept', 'maxMentees', 'pauseMentoring', 'reportMessage'],
  },
] as const;

export function HelpPage() {
  const { t } = useTranslation('help');
  const { name, supportEmail } = useSite().institution;
  const values = { name, email: supportEmail };

  return (
    <div className="help-page">
      <PageHeader title={t('heading')} lead={t('intro', values)} />
      <nav className="help-contents card" aria-labelledby="help-contents">
        <h2 id="help-contents">{t('contents')}</h2>
        <ul>
          {FAQ.map(({ section }) => (
            <li key={section}>
              <a href={`#help-${section}`}>{t(`sections.${section}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {FAQ.map(({ section, questions }) => (
        <section key={section} className="faq-section" aria-labelledby={`help-${section}`}>
          <h2 id={`help-${section}`} tabIndex={-1}>
            {t(`sections.${section}`)}
          </h2>
          {questions.map((question) => (
            <details key={question} className="faq-item" id={`faq-${question}`}>
              <summary>{t(`faq.${question}.question`, values)}</summary>
              <RichText className="faq-answer prose" text={t(`faq.${question}.answer`, values)} />
            </details>
          ))}
        </section>
      ))}
      <RichText className="card help-contact" text={t('contact', values)} />
    </div>
  );
}
