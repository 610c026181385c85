import type { ReactNode } from 'react';
import type { Finding } from '../utils/analyzer/types';

/** One finding as both panels show it: severity in words and icon, the message, why, and what to do. */
export function FindingItem({ finding: f, children }: { finding: Finding; children: ReactNode }) {
  return (
    <li className={`finding ${f.severity}`}>
      <p className="message">
        <span className="sev" aria-label={f.severity === 'warn' ? 'Warning' : 'Note'}>
          {f.severity === 'warn' ? '⚠' : 'ℹ'}
        </span>{' '}
        {f.message}
      </p>
      <p className="why">{f.why}</p>
      <p className="suggestion">{f.suggestion.text}</p>
      <div className="actions">{children}</div>
    </li>
  );
}
