import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Link, type LinkProps } from 'react-router';

/**
 * `positive` is the green of "go ahead" actions (Activate Mentor Profile, Accept), `danger` the red
 * of Decline and ending things, `pending` the orange of "Mentoring request pending (retract)",
 * `report` the yellow of the Report button under a received message.
 */
type Variant = 'primary' | 'secondary' | 'quiet' | 'positive' | 'danger' | 'pending' | 'report';

const className = (variant: Variant, extra?: string) => ['button', `button-${variant}`, extra].filter(Boolean).join(' ');

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** To move focus to the button (React 19 passes it on as a prop). */
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

export function Button({ variant = 'secondary', className: extra, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={className(variant, extra)} {...props} />;
}

interface ButtonLinkProps extends LinkProps {
  variant?: Variant;
}

/** A link that looks like a button: it goes somewhere rather than doing something. */
export function ButtonLink({ variant = 'secondary', className: extra, ...props }: ButtonLinkProps) {
  return <Link className={className(variant, extra as string | undefined)} {...props} />;
}
