import { FormDialog, type FormDialogProps } from './dialog';

/**
 * The confirm step of an action with consequences (declining or retracting a request, blocking a
 * member, ending a mentorship): the modal step with the red confirm button and Cancel.
 */
export function ConfirmDialog(props: Omit<FormDialogProps, 'confirmVariant' | 'className'>) {
  return <FormDialog {...props} confirmVariant="danger" className="confirm-dialog" />;
}
