/** What is kept and what never is, how long counts are kept, and the person's copy of them. */
import { useRef, useState } from 'react';
import { localDay } from '@/utils/stats/db';
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
      setOutcome({ ok: false, text: `Something went wrong: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (kind: 'json' | 'csv') =>
    run(async () => {
      const text = kind === 'json' ? await stats.exportJson() : await stats.exportCsv();
      const name = `async-nudge-stats-${localDay(new Date())}.${kind}`;
      downloadText(name, text, kind === 'json' ? 'application/json' : 'text/csv');
      return { ok: true, text: `Downloaded ${name}.` };
    });

  const importFile = (file: File) =>
    run(async () => {
      const result = await stats.importText(await file.text());
      if (fileInput.current) fileInput.current.value = '';
      return result.ok
        ? { ok: true, text: `Imported ${result.rows} ${result.rows === 1 ? 'row' : 'rows'} from “${file.name}”. Days in the file replace the same days here.` }
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
      return { ok: true, text: 'All stats were deleted.' };
    });

  return (
    <>
      <h3>Your stats</h3>
      <div className="field">
        <div className="button-row">
          <button type="button" disabled={busy} onClick={() => void exportAs('json')}>
            Export JSON
          </button>
          <button type="button" disabled={busy} onClick={() => void exportAs('csv')}>
            Export CSV
          </button>
        </div>
        <p className="help">JSON restores here or on another computer; CSV opens in a spreadsheet. Both hold counts only.</p>
      </div>
      <div className="field">
        <label htmlFor="stats-import">Import a stats file (JSON)</label>
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
            <p id="stats-reset-question">Delete every count on this device? This cannot be undone; export first to keep a copy.</p>
            <div className="button-row">
              <button type="button" ref={cancelButton} onClick={endConfirm} disabled={busy}>
                Keep my stats
              </button>
              <button type="button" className="danger" onClick={() => void reset()} disabled={busy}>
                Delete all stats
              </button>
            </div>
          </div>
        ) : (
          <button type="button" ref={resetButton} className="danger-outline" onClick={askToReset} disabled={busy}>
            Reset stats…
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
    <Section id="privacy" title="Privacy & data" help="Everything runs in this browser. Nothing you write is sent anywhere or kept.">
      <div className="two-lists">
        <div>
          <h3>Kept on this device</h3>
          <ul>
            <li>Daily counts per site and rule: nudges shown, fixed before sending, sent anyway, dismissed.</li>
            <li>Daily counts per site: messages sent and sent clean, meetings checked and flagged, flagged meeting hours and cost.</li>
            <li>These settings, in your browser’s sync storage (they follow you if browser sync is on).</li>
          </ul>
        </div>
        <div>
          <h3>Never kept or sent</h3>
          <ul>
            <li>Message text, subjects, names, email addresses, event titles.</li>
            <li>Anything over the network: no servers, no analytics, no remote code.</li>
          </ul>
        </div>
      </div>
      <TextField
        store={store}
        id="stats-retention"
        label="Keep daily counts for"
        type="number"
        value={String(store.settings.statsRetentionDays)}
        inputProps={{ min: 7, max: 3650, step: 1, inputMode: 'numeric' }}
        suffix={<span className="unit">days</span>}
        change={(text) => (s) => ({ ...s, statsRetentionDays: numberFrom(text) })}
        help="Counts older than this are deleted once a day. Between 7 days and 10 years; the default is 365."
      />
      <StatsActions stats={stats} />
    </Section>
  );
}
