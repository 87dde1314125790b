import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_LIMITS } from '../../../../../contract/inbox';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../i18n/error-message';
import { useSendMessage } from '../api/thread';
import { MessageField, countedLength, textProblem } from './message-field';

/** Under a conversation: a message to the other member (plain text, up to 5,000 characters). */
export function Composer({ conversationId, otherName, onSent }: { conversationId: string; otherName: string; onSent(): void }) {
  const { t, i18n } = useTranslation('inbox');
  const { t: tCommon } = useTranslation();
  const [text, setText] = useState('');
  const [isSubmitted, setSubmitted] = useState(false);
  const [sentKey, setSentKey] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  const send = useSendMessage(conversationId);
  const max = MESSAGE_LIMITS.body;
  const problem = isSubmitted ? textProblem(text, max) : countedLength(text) > max ? 'too_long' : null;
  const number = (n: number) => n.toLocaleString(i18n.language);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (textProblem(text, max)) {
      field.current?.focus();
      return;
    }
    send.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setSubmitted(false);
        setSentKey(Date.now());
        field.current?.focus();
        onSent();
      },
    });
  };

  return (
    <form className="composer card" onSubmit={submit} noValidate>
      <MessageField
        id="composer-text"
        ref={field}
        label={t('composer.labelTo', { name: otherName })}
        hint={t('composer.hint')}
        error={problem ? t(`composer.errors.${problem}`, { max: number(max), over: number(countedLength(text) - max) }) : undefined}
        value={text}
        max={max}
        rows={4}
        onChange={(value) => {
          setText(value);
          send.reset();
          setSentKey(0);
        }}
      />
      {send.error ? (
        <p className="field-error" role="alert">
          {errorMessage(tCommon, send.error)}
        </p>
      ) : null}
      <div className="composer-actions">
        <Button type="submit" variant="primary" disabled={send.isPending}>
          {send.isPending ? t('composer.sending') : t('composer.send')}
        </Button>
        <p className="visually-hidden" aria-live="polite">
          {sentKey ? t('composer.sent') : ''}
        </p>
      </div>
    </form>
  );
}
