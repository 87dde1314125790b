import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from './button';

interface ConfirmDialogProps {
  title: string;
  explanation: string;
  /** The red button that does it. */
  confirm: string;
  cancel: string;
  /** Fields that go with the step (a response, a reason); without them focus starts on Cancel. */
  children?: ReactNode;
  /** The API's explanation when the step failed; the dialog stays open. */
  error?: string | null;
  isBusy: boolean;
  onConfirm(): void;
  /** Cancel, Escape or the browser closing the dialog: the caller puts focus back on its button. */
  onClose(): void;
}

/**
 * The confirm step of an action with consequences (declining or retracting a request, blocking a member), like the
 * one for ending a mentorship: a modal dialog that keeps focus inside and makes the page inert,
 * with the red confirm and Cancel. Escape cancels.
 */
export function ConfirmDialog({ title, explanation, confirm, cancel, children, error, isBusy, onConfirm, onClose }: ConfirmDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // showModal focuses the first field; with none, the safe choice (Cancel) rather than the red button.
  const focusesCancel = useRef(children === undefined || children === null || children === false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    if (focusesCancel.current) cancelButton.current?.focus();
    // No close() on unmount: its close event would call onClose (and StrictMode unmounts once on purpose).
  }, []);

  return (
    <dialog
      ref={dialog}
      className="end-dialog confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explanation`}
      // Escape closes it (not while the step is on its way); closing hands focus back to the page.
      onCancel={(event) => {
        if (isBusy) event.preventDefault();
      }}
      onClose={onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
        noValidate
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-explanation`}>{explanation}</p>
        {children}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="danger" disabled={isBusy}>
            {confirm}
          </Button>
          <Button ref={cancelButton} variant="secondary" onClick={() => dialog.current?.close()} disabled={isBusy}>
            {cancel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
