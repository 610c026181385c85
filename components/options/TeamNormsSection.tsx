/** The team's response-time norms, sharing them as a file, and how hints behave while writing. */
import { useEffect, useRef, useState } from 'react';
import { exportNorms, importNorms } from '@/utils/settings/norms';
import { SettingsValidationError } from '@/utils/settings/storage';
import { localDay } from '@/utils/stats/db';
import { downloadText, slug } from './download';
import { TextField, Toggle } from './Fields';
import { Section } from './Section';
import type { SettingsStore } from './store';

const NORMS = [
  { key: 'urgent', label: 'Urgent', help: 'Quoted when a message says “ASAP” or “urgent”.' },
  { key: 'important', label: 'Important', help: 'Quoted when a request has no deadline.' },
  { key: 'normal', label: 'Normal', help: 'Everything else.' },
] as const;

const HOUR = 3_600_000;

type ImportOutcome = { ok: true; file: string; teamName?: string } | { ok: false; file: string; errors: string[] };

/** "settings.hourlyRate: must be 0 or more" → the field in code, then the reason. */
function ImportError({ line }: { line: string }) {
  const m = /^([\w.[\]-]+): (.+)$/.exec(line);
  if (!m) return <li>{line}</li>;
  return (
    <li>
      <code>{m[1]}</code>: {m[2]}
    </li>
  );
}

/** Re-renders when a snooze ends, so "paused until" never outlives the pause. */
function useSnoozed(until: number | null): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const left = until - Date.now();
    // Long pauses re-check hourly rather than hold one huge timer.
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, Math.min(left, HOUR)) + 50);
    return () => clearTimeout(timer);
  }, [until, now]);
  return until !== null && now < until;
}

function Snooze({ store }: { store: SettingsStore }) {
  const until = store.settings.snoozeUntil;
  const snoozed = useSnoozed(until);
  const pause = (ms: number) => void store.save((s) => ({ ...s, snoozeUntil: Date.now() + ms }));
  return (
    <div className="field snooze">
      <p className="label-like" id="snooze-label">
        Snooze
      </p>
      <p id="snooze-state" aria-live="polite">
        {snoozed && until !== null
          ? `All hints are paused until ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(until)}.`
          : 'Hints are on.'}
      </p>
      <div className="button-row" role="group" aria-labelledby="snooze-label">
        {snoozed ? (
          <button type="button" onClick={() => void store.save((s) => ({ ...s, snoozeUntil: null }))}>
            Clear snooze
          </button>
        ) : (
          <>
            <button type="button" onClick={() => pause(HOUR)}>
              Pause for 1 hour
            </button>
            <button type="button" onClick={() => pause(24 * HOUR)}>
              Pause for 24 hours
            </button>
          </>
        )}
      </div>
    </div>
  );
}

function ExportNorms({ store }: { store: SettingsStore }) {
  const [teamName, setTeamName] = useState('');
  const download = () => {
    const file = exportNorms(store.settings, teamName);
    const name = slug(teamName);
    downloadText(`async-nudge-team-norms${name ? `-${name}` : ''}-${localDay(new Date())}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  };
  return (
    <div className="field">
      <label htmlFor="norms-team-name">Team name (optional)</label>
      <div className="control-row">
        <input
          id="norms-team-name"
          type="text"
          maxLength={80}
          value={teamName}
          placeholder="e.g. Platform team"
          aria-describedby="norms-export-help"
          onChange={(e) => setTeamName(e.currentTarget.value)}
        />
        <button type="button" onClick={download}>
          Download norms file
        </button>
      </div>
      <p className="help" id="norms-export-help">
        The file holds the rules and their phrases, the allow-list, working hours, meeting rate and limits, the response-time norms and review before sending.
        Not your sites, time zone, snooze or stats.
      </p>
    </div>
  );
}

function ImportNorms({ store }: { store: SettingsStore }) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const load = async (file: File) => {
    setBusy(true);
    try {
      const text = await file.text();
      let teamName: string | undefined;
      await store.replace((current) => {
        const result = importNorms(text, current);
        if (!result.ok) throw new SettingsValidationError(result.errors);
        teamName = result.teamName;
        return result.settings;
      });
      setOutcome({ ok: true, file: file.name, ...(teamName ? { teamName } : {}) });
    } catch (error) {
      const errors = error instanceof SettingsValidationError ? error.issues : [error instanceof Error ? error.message : String(error)];
      setOutcome({ ok: false, file: file.name, errors });
    } finally {
      setBusy(false);
      // Choosing the same file again (after fixing it) fires a change again.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="field">
      <label htmlFor="norms-import">Import a norms file</label>
      <input
        ref={input}
        id="norms-import"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        aria-describedby={outcome && !outcome.ok ? 'norms-import-help norms-import-errors' : 'norms-import-help'}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void load(file);
        }}
      />
      <p className="help" id="norms-import-help">
        Replaces the fields the file sets; everything else stays. A file with any problem changes nothing.
      </p>
      {outcome?.ok === false && (
        <div className="import-result import-failed" role="alert" id="norms-import-errors">
          <p>
            “{outcome.file}” was not imported, and nothing changed. {outcome.errors.length === 1 ? 'The problem:' : `${outcome.errors.length} problems:`}
          </p>
          <ul>
            {outcome.errors.map((line) => (
              <ImportError key={line} line={line} />
            ))}
          </ul>
        </div>
      )}
      {outcome?.ok && (
        <p className="import-result import-done" aria-live="polite">
          Imported {outcome.teamName ? `the norms of “${outcome.teamName}”` : 'the team norms'} from “{outcome.file}”.
        </p>
      )}
    </div>
  );
}

export function TeamNormsSection({ store }: { store: SettingsStore }) {
  const norms = store.settings.responseNorms;
  return (
    <Section
      id="team-norms"
      title="Team norms"
      help="Agree how fast replies are expected, so nobody has to ask “did you see my message?”. Suggestions quote these; share them as a file."
    >
      <h3>Response times</h3>
      <div className="field-row field-row-3">
        {NORMS.map(({ key, label, help }) => (
          <TextField
            key={key}
            store={store}
            id={`norm-${key}`}
            label={label}
            help={help}
            value={norms[key]}
            change={(text) => (s) => ({ ...s, responseNorms: { ...s.responseNorms, [key]: text } })}
          />
        ))}
      </div>
      <h3>Share</h3>
      <ExportNorms store={store} />
      <ImportNorms store={store} />
      <h3>While you write</h3>
      <Toggle
        store={store}
        id="review-before-send"
        label="Ask for one review before sending"
        help="When warnings remain, the first send is held once so you can look; sending again goes through. Off by default: sending is never blocked."
        checked={store.settings.reviewBeforeSend}
        change={(on) => (s) => ({ ...s, reviewBeforeSend: on })}
      />
      <Snooze store={store} />
    </Section>
  );
}
