import { useId, useState } from 'react';
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
/** Lower case without accents, so "reele" finds "reële" and "E-mail" finds "e-mail". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

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

  const [query, setQuery] = useState('');
  const searchId = useId();
  const words = fold(query).split(/\s+/).filter(Boolean);
  /** An entry matches when every word of the search is in its question or answer (markup aside). */
  const matches = ({ question, values: answerValues }: Entry) => {
    const text = fold(`${t(`faq.${question}.question`, answerValues)} ${t(`faq.${question}.answer`, answerValues).replace(/<[^>]+>/g, ' ')}`);
    return words.every((word) => text.includes(word));
  };
  const sections = FAQ.map(({ section, questions }) => ({
    section,
    entries: (questions as readonly Question[]).flatMap(entries).filter(matches),
  })).filter(({ entries: found }) => found.length > 0);
  const found = sections.reduce((sum, { entries: inSection }) => sum + inSection.length, 0);

  return (
    <div className="help-page">
      <PageHeader title={t('heading')} lead={t('intro', values)} />
      <search className="help-search card">
        <label htmlFor={searchId}>{t('search.label')}</label>
        <input id={searchId} className="input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        <p className="help-search-count" aria-live="polite">
          {words.length ? (found ? t('search.found', { count: found }) : t('search.none')) : ''}
        </p>
      </search>
      {words.length ? null : (
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
      )}
      {sections.map(({ section, entries: inSection }) => (
        <section key={section} className="faq-section" aria-labelledby={`help-${section}`}>
          <h2 id={`help-${section}`} tabIndex={-1}>
            {t(`sections.${section}`)}
          </h2>
          {inSection.map(({ id, question, values: answerValues }) => (
            // A search opens what it found.
            <details key={id} className="faq-item" id={id} open={words.length ? true : undefined}>
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
