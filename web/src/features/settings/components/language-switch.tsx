import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type Language } from '../../../../../contract/i18n';
import { GlobeIcon } from '../../../components/ui/icons';
import { useMe } from '../../../lib/auth';
import { useSite } from '../../../lib/site';
import { storageKeys, writeStored } from '../../../lib/storage';
import { useUpdateSettings } from '../api/update-settings';

/** Offers the installation's other languages, each by its own name; the choice is remembered and saved. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { languages } = useSite();
  const me = useMe();
  const updateSettings = useUpdateSettings();

  const choose = (language: Language) => {
    writeStored(storageKeys.language, language);
    void i18n.changeLanguage(language);
    // Until onboarding is complete the account takes no settings; onboarding saves the language.
    if (me && !me.needsOnboarding) updateSettings.mutate({ language });
  };

  return (
    <div className="language-switch" role="group" aria-label={t('language.switchLabel')}>
      <GlobeIcon />
      {languages.filter((language) => language !== i18n.language).map((language) => (
        <button key={language} type="button" lang={language} className="language-option" onClick={() => choose(language)}>
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
