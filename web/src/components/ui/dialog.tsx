import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from './button';

export interface FormDialogProps {
  title: string;
  explanation: string;
  /** The button that does it, and its colour. */
  confirm: string;
  confirmVariant?: 'primary' | 'danger' | 'positive';
  cancel: string;
  /** The step's fields; focus starts on the first, and without any on Cancel (the safe choice). */
  children?: ReactNode;
  /** The dialog's own class besides `end-dialog`. */
  className?: string;
  /** The API's explanation when the step failed; the dialog stays open. */
  error?: string | null;
  isBusy: boolean;
  onConfirm(): void;
  /** Cancel, Escape or the browser closing the dialog: the caller puts focus back on its button. */
  onClose(): void;
}

/**
 * A modal step, with or without a few fields (a year, a reason): it keeps focus inside and makes
 * the page inert; Escape cancels, except while the step is on its way.
 */
export function FormDialog({
  title,
  explanation,
  confirm,
  confirmVariant = 'primary',
  cancel,
  children,
  className = 'form-dialog',
  error,
  isBusy,
  onConfirm,
  onClose,
}: FormDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // showModal focuses the first field; with none, Cancel rather than the button that does it.
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
      className={`end-dialog ${className}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explanation`}
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
          <Button type="submit" variant={confirmVariant} disabled={isBusy}>
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
