import type { ReactNode } from 'react';

interface DashboardSectionProps {
  /** Makes the heading's id, which names the region. */
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}

/** One block of the dashboard: a region named by its heading, in a card. */
export function DashboardSection({ id, title, className, children }: DashboardSectionProps) {
  return (
    <section className={['dashboard-section', 'card', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
