import type { ReactNode } from 'react';
import { call } from '../state/call';

/**
 * A page of this computer (the training simulator's virtual ÖKC) opened in the system
 * browser: the desktop shell opens loopback pages itself; in the web harness the
 * browser opens a tab.
 */
export function ExternalLink({ url, children, testId }: { url: string; children: ReactNode; testId?: string }) {
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="external-link"
      data-testid={testId}
      onClick={(event) => {
        event.preventDefault();
        void call('app.openExternal', { url }).then((result) => {
          if (result.ok && !result.value.opened) window.open(url, '_blank', 'noopener');
        });
      }}
    >
      {children}
    </a>
  );
}
