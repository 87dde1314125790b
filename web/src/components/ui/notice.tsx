import type { ReactNode } from 'react';

interface NoticeProps {
  /** A success is not announced by itself: put it in a live region or move focus to it. */
  tone?: 'info' | 'success' | 'error';
  icon?: ReactNode;
  children: ReactNode;
}

/** A calm message in a box: an empty state, work in progress, or a problem. */
export function Notice({ tone = 'info', icon, children }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      {icon ? <span className="notice-icon">{icon}</span> : null}
      <div className="notice-body">{children}</div>
    </div>
  );
}
