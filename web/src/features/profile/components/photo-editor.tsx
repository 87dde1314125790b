import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalProfile } from '../../../../../contract/profile';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { type ValidationKey, issueKey } from '../../../lib/validation';
import { useRemovePhoto } from '../api/remove-photo';
import { PhotoSchema, useUploadPhoto } from '../api/upload-photo';

/** The profile photo: upload a new one (checked here for type and size first) or remove it. */
export function PhotoEditor({ profile }: { profile: PersonalProfile }) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadPhoto();
  const remove = useRemovePhoto();
  const [problem, setProblem] = useState<ValidationKey | null>(null);
  const [result, setResult] = useState<'uploaded' | 'removed' | null>(null);
  const isBusy = upload.isPending || remove.isPending;
  const error = upload.error ?? remove.error;

  const choose = (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    upload.reset();
    remove.reset();
    const checked = PhotoSchema.safeParse(file);
    if (!checked.success) {
      setProblem(issueKey(checked.error.issues[0]!));
      return;
    }
    setProblem(null);
    upload.mutate(file, { onSuccess: () => setResult('uploaded') });
  };

  return (
    <div className="photo-editor">
      <Avatar person={profile} size="large" />
      <div className="photo-actions">
        <p className="field-hint" id="photo-hint">
          {t('profile.photo.hint')}
        </p>
        <div className="button-row">
          <Button onClick={() => input.current?.click()} disabled={isBusy} aria-describedby="photo-hint">
            {profile.image ? t('profile.photo.replace') : t('profile.photo.upload')}
          </Button>
          {profile.image ? (
            <Button
              variant="quiet"
              disabled={isBusy}
              onClick={() => {
                setProblem(null);
                setResult(null);
                remove.mutate(undefined, { onSuccess: () => setResult('removed') });
              }}
            >
              {t('profile.photo.remove')}
            </Button>
          ) : null}
        </div>
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          hidden
          data-testid="photo-input"
          onChange={(event) => {
            choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <div aria-live="polite">
          {result ? <p className="success-text">{t(`profile.photo.${result}`)}</p> : null}
        </div>
        {problem ? <Notice tone="error">{message(problem)}</Notice> : null}
        {error ? <Notice tone="error">{failure(error)}</Notice> : null}
      </div>
    </div>
  );
}
