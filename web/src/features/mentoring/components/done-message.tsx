import { useEffect, useRef, useState } from 'react';

/**
 * A line that says what just happened (a mentorship ended) and takes focus, for when the control
 * that did it has gone from the page along with its row.
 */
export function useDoneMessage() {
  const [message, setMessage] = useState<string | null>(null);
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) line.current?.focus();
  }, [message]);
  const element = (
    <p ref={line} tabIndex={-1} className="done-message" aria-live="polite" hidden={!message}>
      {message}
    </p>
  );
  return { element, show: setMessage };
}
