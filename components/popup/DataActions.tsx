import { useState } from 'react';
import type { StatsDb } from '@/utils/stats/db';

/** Export and reset code (and its zod schema) loads on first use, not with the popup. */
const transfer = () => import('@/utils/stats/transfer');

/** Saves text as a file through a temporary link: no "downloads" permission needed. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Export, and reset behind a confirmation. Import lives in the options page: a file picker
 * opened from the popup closes the popup (and the page) in Chrome before the file is read.
 */
export function DataActions({ db, today, onOptions }: { db: StatsDb; today: string; onOptions: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const act = (task: () => Promise<string | null>) => {
    setNote(null);
    task().then(setNote, (e: unknown) => setNote(`Failed: ${e instanceof Error ? e.message : String(e)}`));
  };
  const save = (ext: 'json' | 'csv', type: string) =>
    act(async () => {
      const { exportStatsCsv, exportStatsJson } = await transfer();
      download(`async-nudge-stats-${today}.${ext}`, type, await (ext === 'json' ? exportStatsJson : exportStatsCsv)(db));
      return null;
    });

  // Cancel takes the focus: Enter or Space right after "Reset…" must not delete anything.
  if (confirming) {
    return (
      <footer className="actions confirm" role="group" aria-label="Confirm reset">
        <span>Delete every count? This cannot be undone.</span>
        <button
          type="button"
          className="danger"
          onClick={() => {
            setConfirming(false);
            act(async () => {
              await (await transfer()).resetStats(db);
              return 'All counts deleted.';
            });
          }}
        >
          Delete all
        </button>
        <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </footer>
    );
  }
  return (
    <footer className="actions">
      <span className="label">Export</span>
      <button type="button" onClick={() => save('json', 'application/json')}>
        JSON
      </button>
      <button type="button" onClick={() => save('csv', 'text/csv')}>
        CSV
      </button>
      <button type="button" onClick={() => setConfirming(true)}>
        Reset…
      </button>
      <button type="button" className="link" onClick={onOptions}>
        Import, retention ›
      </button>
      {note && (
        <span className="note" role="status">
          {note}
        </span>
      )}
    </footer>
  );
}
