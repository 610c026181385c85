/** The team's response-time norms, sharing them as a file, and how hints behave while writing. */
import { useEffect, useRef, useState } from 'react';
import { formatNumber, t, uiLocale } from '@/utils/i18n';
import { DEFAULT_SETTINGS, HINT_DELAY_MAX_MS, HINT_DELAY_MIN_MS, issueLine } from '@/utils/settings/schema';
import { exportNorms, importNorms } from '@/utils/settings/norms';
import { SettingsValidationError } from '@/utils/settings/storage';
import { localDay } from '@/utils/stats/db';
import { downloadText, slug } from './download';
import { numberFrom, TextField, Toggle } from './Fields';
import { Section } from './Section';
import type { SettingsStore } from './store';

const NORMS = [
  { key: 'urgent', label: () => t('options.teamNorms.urgent'), help: () => t('options.teamNorms.urgentHelp') },
  { key: 'important', label: () => t('options.teamNorms.important'), help: () => t('options.teamNorms.importantHelp') },
  { key: 'normal', label: () => t('options.teamNorms.normal'), help: () => t('options.teamNorms.normalHelp') },
] as const;

const HOUR = 3_600_000;

type ImportOutcome = { ok: true; file: string; teamName?: string } | { ok: false; file: string; errors: string[] };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An import problem line (`settings.issue`: "settings.hourlyRate: must be 0 or more") split
 * around the field's path, wherever the language's wording puts it.
 */
function splitIssue(line: string): { head: string; path: string; tail: string } | null {
  const frame = issueLine('\u0000', '\u0001');
  const pathFirst = frame.indexOf('\u0000') < frame.indexOf('\u0001');
  const [before = '', between = '', after = ''] = frame.split(/[\u0000\u0001]/);
  const PATH = '([\\w.[\\]-]+)';
  const PROBLEM = '(.+)';
  const pattern = `^${escapeRegExp(before)}${pathFirst ? PATH : PROBLEM}${escapeRegExp(between)}${pathFirst ? PROBLEM : PATH}${escapeRegExp(after)}$`;
  const m = new RegExp(pattern, 's').exec(line);
  if (!m) return null;
  const [path = '', problem = ''] = pathFirst ? [m[1], m[2]] : [m[2], m[1]];
  return pathFirst ? { head: before, path, tail: `${between}${problem}${after}` } : { head: `${before}${problem}${between}`, path, tail: after };
}

/** The field in code, and the reason. */
function ImportError({ line }: { line: string }) {
  const parts = splitIssue(line);
  if (!parts) return <li>{line}</li>;
  return (
    <li>
      {parts.head}
      <code>{parts.path}</code>
      {parts.tail}
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
        {t('options.teamNorms.snooze.label')}
      </p>
      <p id="snooze-state" aria-live="polite">
        {snoozed && until !== null
          ? t('options.teamNorms.snooze.paused', {
              until: new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(until),
            })
          : t('options.teamNorms.snooze.active')}
      </p>
      <div className="button-row" role="group" aria-labelledby="snooze-label">
        {snoozed ? (
          <button type="button" onClick={() => void store.save((s) => ({ ...s, snoozeUntil: null }))}>
            {t('options.teamNorms.snooze.clear')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => pause(HOUR)}>
              {t('options.teamNorms.snooze.hour')}
            </button>
            <button type="button" onClick={() => pause(24 * HOUR)}>
              {t('options.teamNorms.snooze.day')}
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
      <label htmlFor="norms-team-name">{t('options.teamNorms.teamName')}</label>
      <div className="control-row">
        <input
          id="norms-team-name"
          type="text"
          maxLength={80}
          value={teamName}
          placeholder={t('options.teamNorms.teamNamePlaceholder')}
          aria-describedby="norms-export-help"
          onChange={(e) => setTeamName(e.currentTarget.value)}
        />
        <button type="button" onClick={download}>
          {t('options.teamNorms.download')}
        </button>
      </div>
      <p className="help" id="norms-export-help">
        {t('options.teamNorms.exportHelp')}
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
      <label htmlFor="norms-import">{t('options.teamNorms.import')}</label>
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
        {t('options.teamNorms.importHelp')}
      </p>
      {outcome?.ok === false && (
        <div className="import-result import-failed" role="alert" id="norms-import-errors">
          <p>{t('options.teamNorms.importFailed', outcome.errors.length, { file: outcome.file, count: formatNumber(outcome.errors.length) })}</p>
          <ul>
            {outcome.errors.map((line) => (
              <ImportError key={line} line={line} />
            ))}
          </ul>
        </div>
      )}
      {outcome?.ok && (
        <p className="import-result import-done" aria-live="polite">
          {outcome.teamName
            ? t('options.teamNorms.importedTeam', { team: outcome.teamName, file: outcome.file })
            : t('options.teamNorms.imported', { file: outcome.file })}
        </p>
      )}
    </div>
  );
}

export function TeamNormsSection({ store }: { store: SettingsStore }) {
  const norms = store.settings.responseNorms;
  return (
    <Section id="team-norms" title={t('options.teamNorms.title')} help={t('options.teamNorms.help')}>
      <h3>{t('options.teamNorms.responseTimes')}</h3>
      <div className="field-row field-row-3">
        {NORMS.map(({ key, label, help }) => (
          <TextField
            key={key}
            store={store}
            id={`norm-${key}`}
            path={`responseNorms.${key}`}
            label={label()}
            help={help()}
            value={norms[key]}
            change={(text) => (s) => ({ ...s, responseNorms: { ...s.responseNorms, [key]: text } })}
          />
        ))}
      </div>
      <h3>{t('options.teamNorms.share')}</h3>
      <ExportNorms store={store} />
      <ImportNorms store={store} />
      <h3>{t('options.teamNorms.whileYouWrite')}</h3>
      <TextField
        store={store}
        id="hint-delay"
        label={t('options.teamNorms.hintDelay')}
        value={String(store.settings.hintDelayMs)}
        type="number"
        inputProps={{ min: HINT_DELAY_MIN_MS, max: HINT_DELAY_MAX_MS, step: 100, inputMode: 'numeric' }}
        suffix={<span className="unit">{t('options.teamNorms.hintDelayUnit')}</span>}
        change={(text) => (s) => ({ ...s, hintDelayMs: numberFrom(text) })}
        help={t('options.teamNorms.hintDelayHelp', { value: formatNumber(DEFAULT_SETTINGS.hintDelayMs), max: formatNumber(HINT_DELAY_MAX_MS) })}
      />
      <Toggle
        store={store}
        id="review-before-send"
        path="reviewBeforeSend"
        label={t('options.teamNorms.reviewBeforeSend')}
        help={t('options.teamNorms.reviewBeforeSendHelp')}
        checked={store.settings.reviewBeforeSend}
        change={(on) => (s) => ({ ...s, reviewBeforeSend: on })}
      />
      <Snooze store={store} />
    </Section>
  );
}
