import type { ReactNode } from 'react';
import './components.css';

/** One line saying what a long operation is doing or how it ended; "working" carries a spinner. */
export function StatusLine({ tone, children, testId }: { tone: 'working' | 'ok' | 'bad' | 'warn'; children: ReactNode; testId?: string }) {
  return (
    <div className={`status-line ${tone === 'working' ? '' : tone}`} role="status" aria-live="polite" aria-busy={tone === 'working'} data-testid={testId}>
      {tone === 'working' && <span className="spinner" aria-hidden="true" />}
      <span>{children}</span>
    </div>
  );
}
