import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { errorMessage } from '../../../i18n/error-message';
import { useIsBlocked, useSetBlocked } from '../api/blocks';

interface BlockButtonProps {
  username: string;
  name: string;
  className?: string;
  /**
   * Instead of saying it beside the button (and putting focus back on it): for a list the member
   * leaves once unblocked, which says it and moves focus itself.
   */
  onChanged?(blocked: boolean): void;
}

/**
 * Block or Unblock a member, after a dialog that says what it does: they can no longer write to
 * me or send me a request, they are not told, and a mentorship we have goes on. Nothing shows
 * until the list of blocked members is known.
 */
export function BlockButton({ username, name, className, onChanged }: BlockButtonProps) {
  const { t } = useTranslation('inbox');
  const { t: tCommon } = useTranslation();
  const isBlocked = useIsBlocked(username);
  const setBlocked = useSetBlocked();
  const [isConfirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  if (isBlocked === undefined) return null;

  const confirm = () =>
    setBlocked.mutateAsync({ username, blocked: !isBlocked }).then(
      () => {
        setConfirming(false);
        if (onChanged) return onChanged(!isBlocked);
        setAnnouncement(t(isBlocked ? 'block.unblocked' : 'block.blocked', { name }));
        button.current?.focus();
      },
      () => undefined,
    );

  return (
    <div className="block-slot">
      <Button
        ref={button}
        variant="secondary"
        className={className}
        aria-haspopup="dialog"
        onClick={() => {
          setBlocked.reset();
          setAnnouncement('');
          setConfirming(true);
        }}
      >
        {isBlocked ? t('block.unblock') : t('block.block')}
      </Button>
      {onChanged ? null : (
        <p className="block-announcement success-text" aria-live="polite">
          {announcement}
        </p>
      )}
      {isConfirming ? (
        <ConfirmDialog
          title={t(isBlocked ? 'block.unblockTitle' : 'block.blockTitle', { name })}
          explanation={t(isBlocked ? 'block.unblockText' : 'block.blockText', { name })}
          confirm={isBlocked ? t('block.unblock') : t('block.block')}
          cancel={t('block.cancel')}
          isBusy={setBlocked.isPending}
          error={setBlocked.error ? errorMessage(tCommon, setBlocked.error) : null}
          onConfirm={() => void confirm()}
          onClose={() => {
            setConfirming(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
