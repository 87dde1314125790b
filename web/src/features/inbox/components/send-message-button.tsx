import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MESSAGE_LIMITS } from '../../../../../contract/inbox';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../i18n/error-message';
import { conversationPath } from '../../../lib/paths';
import { useStartConversation } from '../api/thread';
import { MessageField, countedLength, textProblem } from './message-field';

interface SendMessageButtonProps {
  username: string;
  name: string;
  className?: string;
}

/**
 * "Send message" on a mentor's profile or a request: a dialog with the first message, then the
 * conversation itself. A refusal (`cannot_message_member`, or too many messages with when to try
 * again) shows in the dialog, translated.
 */
export function SendMessageButton({ username, name, className }: SendMessageButtonProps) {
  const { t } = useTranslation('inbox');
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('start.button')}
      </Button>
      {isOpen ? (
        <StartDialog
          username={username}
          name={name}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function StartDialog({ username, name, onClose }: { username: string; name: string; onClose(): void }) {
  const { t, i18n } = useTranslation('inbox');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [isSubmitted, setSubmitted] = useState(false);
  const start = useStartConversation();
  const max = MESSAGE_LIMITS.body;
  const problem = isSubmitted ? textProblem(text, max) : countedLength(text) > max ? 'too_long' : null;
  const number = (n: number) => n.toLocaleString(i18n.language);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (textProblem(text, max)) {
      document.getElementById('start-message')?.focus();
      return;
    }
    start.mutateAsync({ username, body: text.trim() }).then(
      ({ conversation }) => navigate(conversationPath(conversation.id)),
      () => undefined,
    );
  };

  return (
    <dialog
      ref={dialog}
      className="dialog message-dialog"
      aria-labelledby="start-message-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id="start-message-title">{t('start.title', { name })}</h2>
        <p className="section-lead">{t('start.intro', { name })}</p>
        <MessageField
          id="start-message"
          label={t('composer.label')}
          hint={t('composer.hint')}
          error={problem ? t(`composer.errors.${problem}`, { max: number(max), over: number(countedLength(text) - max) }) : undefined}
          value={text}
          max={max}
          rows={6}
          autoFocus
          onChange={(value) => {
            setText(value);
            start.reset();
          }}
        />
        {start.error ? (
          <p className="field-error" role="alert">
            {errorMessage(tCommon, start.error)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <Button type="submit" variant="primary" disabled={start.isPending}>
            {start.isPending ? t('composer.sending') : t('composer.send')}
          </Button>
          <Button onClick={onClose}>{t('start.cancel')}</Button>
        </div>
      </form>
    </dialog>
  );
}
