import type { ReactNode } from 'react';

/** One titled part of the page, with a line on what it is for. */
export function Section({ id, title, help, children }: { id: string; title: string; help: ReactNode; children: ReactNode }) {
  return (
    <section id={id} className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="section-help">{help}</p>
      {children}
    </section>
  );
}
