import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES } from '../../../../../contract/i18n';
import { useSite } from '../../../lib/site';
import { storageKeys, writeStored } from '../../../lib/storage';
import { useUpdateSettings } from '../api/update-settings';

/** The language of the network and of the member's email, saved to the account. */
export function LanguageSetting() {
  const { t, i18n } = useTranslation('accounts');
  const { languages } = useSite();
  const update = useUpdateSettings();

  const choose = (language: string) => {
    if (!isLanguage(language)) return;
    writeStored(storageKeys.language, language);
    void i18n.changeLanguage(language);
    update.mutate({ language });
  };

  return (
    <fieldset className="field language-setting">
      <legend className="field-label">{t('settings.language.label')}</legend>
      <p className="field-hint">{t('settings.language.text')}</p>
      <div className="radio-list">
        {languages.map((language) => (
          <label key={language} className="radio-option" lang={language}>
            <input type="radio" name="language" value={language} checked={i18n.language === language} onChange={() => choose(language)} />
            {LANGUAGE_NAMES[language]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
