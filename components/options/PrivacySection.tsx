/** What is kept and what never is, how long counts are kept, and the person's copy of them. */
import { useRef, useState } from 'react';
import { formatNumber, t } from '@/utils/i18n';
import { localDay } from '@/utils/stats/db';
import { readStatsFile } from '@/utils/stats/transfer';
import { downloadText } from './download';
import { numberFrom, TextField } from './Fields';
import { Section } from './Section';
import type { StatsData } from './stats-data';
import type { SettingsStore } from './store';

type Outcome = { ok: boolean; text: string } | null;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function StatsActions({ stats }: { stats: StatsData }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  const run = async (task: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setOutcome(await task());
    } catch (error) {
      setOutcome({ ok: false, text: t('options.privacy.stats.failed', { reason: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (kind: 'json' | 'csv') =>
    run(async () => {
      const text = kind === 'json' ? await stats.exportJson() : await stats.exportCsv();
      const name = `async-nudge-stats-${localDay(new Date())}.${kind}`;
      downloadText(name, text, kind === 'json' ? 'application/json' : 'text/csv');
      return { ok: true, text: t('options.privacy.stats.downloaded', { file: name }) };
    });

  const importFile = (file: File) =>
    run(async () => {
      const read = await readStatsFile(file);
      const result = read.ok ? await stats.importText(read.text) : read;
      if (fileInput.current) fileInput.current.value = '';
      return result.ok
        ? { ok: true, text: t('options.privacy.stats.imported', result.rows, { count: formatNumber(result.rows), file: file.name }) }
        : { ok: false, text: result.error };
    });

  const askToReset = () => {
    setConfirming(true);
    setOutcome(null);
    // The safe choice gets focus; the next render has the button.
    requestAnimationFrame(() => cancelButton.current?.focus());
  };

  const endConfirm = () => {
    setConfirming(false);
    requestAnimationFrame(() => resetButton.current?.focus());
  };

  const reset = () =>
    run(async () => {
      await stats.reset();
      endConfirm();
      return { ok: true, text: t('options.privacy.stats.deleted') };
    });

  return (
    <>
      <h3>{t('options.privacy.stats.title')}</h3>
      <div className="field">
        <div className="button-row">
          <button type="button" disabled={busy} onClick={() => void exportAs('json')}>
            {t('options.privacy.stats.exportJson')}
          </button>
          <button type="button" disabled={busy} onClick={() => void exportAs('csv')}>
            {t('options.privacy.stats.exportCsv')}
          </button>
        </div>
        <p className="help">{t('options.privacy.stats.exportHelp')}</p>
      </div>
      <div className="field">
        <label htmlFor="stats-import">{t('options.privacy.stats.import')}</label>
        <input
          ref={fileInput}
          id="stats-import"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      <div className="field">
        {confirming ? (
          <div className="confirm" role="group" aria-labelledby="stats-reset-question">
            <p id="stats-reset-question">{t('options.privacy.stats.resetQuestion')}</p>
            <div className="button-row">
              <button type="button" ref={cancelButton} onClick={endConfirm} disabled={busy}>
                {t('options.privacy.stats.keep')}
              </button>
              <button type="button" className="danger" onClick={() => void reset()} disabled={busy}>
                {t('options.privacy.stats.delete')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" ref={resetButton} className="danger-outline" onClick={askToReset} disabled={busy}>
            {t('options.privacy.stats.reset')}
          </button>
        )}
      </div>
      <p className="outcome" aria-live="polite">
        {outcome?.ok ? outcome.text : ''}
      </p>
      {outcome?.ok === false && (
        <p className="outcome outcome-failed" role="alert">
          {outcome.text}
        </p>
      )}
    </>
  );
}

export function PrivacySection({ store, stats }: { store: SettingsStore; stats: StatsData }) {
  return (
    <Section id="privacy" title={t('options.privacy.title')} help={t('options.privacy.help')}>
      <div className="two-lists">
        <div>
          <h3>{t('options.privacy.kept')}</h3>
          <ul>
            <li>{t('options.privacy.keptRuleCounts')}</li>
            <li>{t('options.privacy.keptSiteCounts')}</li>
            <li>{t('options.privacy.keptSettings')}</li>
          </ul>
        </div>
        <div>
          <h3>{t('options.privacy.never')}</h3>
          <ul>
            <li>{t('options.privacy.neverText')}</li>
            <li>{t('options.privacy.neverNetwork')}</li>
          </ul>
        </div>
      </div>
      <TextField
        store={store}
        id="stats-retention"
        label={t('options.privacy.retention')}
        type="number"
        value={String(store.settings.statsRetentionDays)}
        inputProps={{ min: 7, max: 3650, step: 1, inputMode: 'numeric' }}
        suffix={<span className="unit">{t('options.privacy.daysUnit', store.settings.statsRetentionDays)}</span>}
        change={(text) => (s) => ({ ...s, statsRetentionDays: numberFrom(text) })}
        help={t('options.privacy.retentionHelp')}
      />
      <StatsActions stats={stats} />
    </Section>
  );
}
