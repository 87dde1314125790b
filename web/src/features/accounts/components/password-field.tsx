import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordStrength } from '../../../../../contract/passwords';
import { TextField } from '../../../components/ui/form';

interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  autoComplete: 'current-password' | 'new-password';
  onChange(value: string): void;
}

/**
 * A password input with a "Show password" switch. A new password also gets the rules as a hint
 * and a strength meter that uses the same scoring as the server's rules.
 */
export function PasswordField({ id, label, value, error, autoComplete, onChange }: PasswordFieldProps) {
  const { t } = useTranslation('accounts');
  const [isShown, setShown] = useState(false);
  const isNew = autoComplete === 'new-password';
  return (
    <TextField
      id={id}
      label={label}
      type={isShown ? 'text' : 'password'}
      autoComplete={autoComplete}
      value={value}
      error={error}
      hint={isNew ? t('password.hint') : undefined}
      onChange={(event) => onChange(event.target.value)}
      spellCheck={false}
      autoCapitalize="off"
      after={
        <>
          {isNew ? <PasswordStrength password={value} /> : null}
          <label className="show-password">
            <input type="checkbox" checked={isShown} onChange={(event) => setShown(event.target.checked)} />
            {t('password.show')}
          </label>
        </>
      }
    />
  );
}

const SEGMENTS = [1, 2, 3, 4] as const;

/** How strong the password is, 0–4, as a bar and in words (the words are what screen readers hear). */
export function PasswordStrength({ password }: { password: string }) {
  const { t } = useTranslation('accounts');
  const score = passwordStrength(password);
  return (
    <div className={`strength strength-${password ? score : 'empty'}`}>
      <div className="strength-bar" aria-hidden="true">
        {SEGMENTS.map((segment) => (
          <span key={segment} className={password && segment <= Math.max(score, 1) ? 'is-on' : undefined} />
        ))}
      </div>
      <p className="strength-text" aria-live="polite">
        {password ? t('password.strength', { level: t(`password.levels.${score}`) }) : t('password.strengthEmpty')}
      </p>
    </div>
  );
}
