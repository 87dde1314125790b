import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { RichText } from '../../../components/ui/rich-text';
import { useSite } from '../../../lib/site';

/**
 * The questions of the help page, grouped as members look for them. Each answer is true of this
 * installation: `provider` is asked once per sign-in provider it has configured (LinkedIn, say), and
 * not at all without one.
 */
const FAQ = [
  {
    section: 'account',
    questions: ['changePassword', 'changeUsername', 'provider', 'changeEmail', 'hideEmail', 'stopEmails', 'oneEmail'],
  },
  { section: 'registration', questions: ['graduated', 'staffAndAlumnus', 'deleteAccount', 'mentorAndMentee'] },
  {
    section: 'mentoring',
    questions: ['findMentor', 'answerRequest', 'retractRequest', 'mustAccept', 'maxMentees', 'pauseMentoring'],
  },
  { section: 'messages', questions: ['sendMessage', 'reportMessage', 'blockMember'] },
] as const;

type Question = (typeof FAQ)[number]['questions'][number];
interface Entry {
  id: string;
  question: Question;
  values: { name: string; email: string; provider?: string };
}

export function HelpPage() {
  const { t } = useTranslation('help');
  const site = useSite();
  const { name, supportEmail } = site.institution;
  const values = { name, email: supportEmail };
  const entries = (question: Question): Entry[] =>
    question === 'provider'
      ? site.identityProviders.map((provider) => ({ id: `faq-provider-${provider.id}`, question, values: { ...values, provider: provider.name } }))
      : [{ id: `faq-${question}`, question, values }];

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
          {(questions as readonly Question[]).flatMap(entries).map(({ id, question, values: answerValues }) => (
            <details key={id} className="faq-item" id={id}>
              <summary>{t(`faq.${question}.question`, answerValues)}</summary>
              <RichText className="faq-answer prose" text={t(`faq.${question}.answer`, answerValues)} />
            </details>
          ))}
        </section>
      ))}
      <RichText className="card help-contact" text={t('contact', values)} />
    </div>
  );
}
