import { useState } from 'react';
import { t } from '@/utils/i18n';
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
    task().then(setNote, (e: unknown) => setNote(t('popup.data.failed', { error: e instanceof Error ? e.message : String(e) })));
  };
  // The file name is a fixed, language-neutral pattern: tools and people find every export by it.
  const save = (ext: 'json' | 'csv', type: string) =>
    act(async () => {
      const { exportStatsCsv, exportStatsJson } = await transfer();
      download(`async-nudge-stats-${today}.${ext}`, type, await (ext === 'json' ? exportStatsJson : exportStatsCsv)(db));
      return null;
    });

  // Cancel takes the focus: Enter or Space right after "Reset…" must not delete anything.
  if (confirming) {
    return (
      <footer className="actions confirm" role="group" aria-label={t('popup.data.confirm_group')}>
        <span>{t('popup.data.confirm_question')}</span>
        <button
          type="button"
          className="danger"
          onClick={() => {
            setConfirming(false);
            act(async () => {
              await (await transfer()).resetStats(db);
              return t('popup.data.deleted');
            });
          }}
        >
          {t('popup.data.delete_all')}
        </button>
        <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirming(false)}>
          {t('popup.data.cancel')}
        </button>
      </footer>
    );
  }
  return (
    <footer className="actions">
      <span className="label">{t('popup.data.export_label')}</span>
      <button type="button" onClick={() => save('json', 'application/json')}>
        {t('popup.data.json')}
      </button>
      <button type="button" onClick={() => save('csv', 'text/csv')}>
        {t('popup.data.csv')}
      </button>
      <button type="button" onClick={() => setConfirming(true)}>
        {t('popup.data.reset')}
      </button>
      <button type="button" className="link" onClick={onOptions}>
        {t('popup.data.more')}
      </button>
      {note && (
        <span className="note" role="status">
          {note}
        </span>
      )}
    </footer>
  );
}
