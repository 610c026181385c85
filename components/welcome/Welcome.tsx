/**
 * The welcome page: what Async Nudge does and never does, then the two choices worth making on
 * day one (sites and working hours). Unlike the options page nothing saves on change: the person
 * reads, picks, and saves once; the whole object is checked by the same strict schema first.
 */
import { type FormEvent, Fragment, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { shortcutKeys } from '@/components/HintUi';
import { describedBy, FieldError, sentence } from '@/components/options/Fields';
import type { Issue } from '@/components/options/store';
import { SITE_KEYS } from '@/utils/catalog/sites';
import { formatList, siteName, t, weekdayName } from '@/utils/i18n';
import { formatPath, runtimeTimeZone, settingsSchema, type Settings } from '@/utils/settings/schema';
import { loadSettings, SettingsValidationError, updateSettings } from '@/utils/settings/storage';

const SITES = SITE_KEYS;

// Monday first, as most work weeks are written (and as the options page lists them); stored as 0 = Sunday … 6 = Saturday.
const WEEK: readonly number[] = [1, 2, 3, 4, 5, 6, 0];

interface Draft {
  sites: Settings['sites'];
  workingHours: Settings['workingHours'];
  timeZone: string;
}

type Saved = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'refused' } | { kind: 'failed'; message: string };

const draftOf = (s: Settings): Draft => ({ sites: { ...s.sites }, workingHours: { ...s.workingHours, days: [...s.workingHours.days] }, timeZone: s.timeZone });
const apply =
  (d: Draft) =>
  (s: Settings): Settings => ({ ...s, sites: d.sites, workingHours: d.workingHours, timeZone: d.timeZone });

/** This page's words for a problem with one of its own fields; null for anything else. */
function problem(path: string, code: string): string | null {
  if (path === 'workingHours.end' && code === 'custom') return t('welcome.hours.endBeforeStart');
  if (path === 'workingHours.start' || path === 'workingHours.end') return t('welcome.hours.timeInvalid');
  if (path === 'workingHours.days' && code === 'too_small') return t('welcome.hours.noDays');
  return null;
}

/**
 * The schema's complaints about this draft, path by path ("workingHours.end"), as sentences to
 * show. The fields on this page get their own messages; anything else keeps the schema's words.
 */
function check(base: Settings, draft: Draft): Issue[] {
  const parsed = settingsSchema.safeParse(apply(draft)(base));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return { path, message: problem(path, issue.code) ?? sentence(issue.message) };
  });
}

/** A refused save's problems ("workingHours.end: must be after the start time"), as sentences. */
function reasonsOf(error: SettingsValidationError): string {
  return error.issues
    .map((line) => {
      const at = line.indexOf(': ');
      return sentence(at < 0 ? line : line.slice(at + 2));
    })
    .join(' ');
}

/** Messages arrive as finished sentences (in any language): shown as they are. */
const asIs = (message: string) => message;

function timeZoneOptions(current: string): Array<{ value: string; label: string }> {
  const here = runtimeTimeZone();
  const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  for (const zone of ['UTC', here, current]) zones.add(zone);
  return [...zones].sort().map((zone) => {
    const name = zone.replace(/_/g, ' ');
    return { value: zone, label: zone === here ? t('welcome.hours.zoneHere', { zone: name }) : name };
  });
}

/** Where a part with markup goes in a message: passed as the named placeholder's value. */
const slot = (name: string) => `\u0001${name}\u0002`;

/**
 * A message with markup in it (bold words, keys): the translator sees one sentence with
 * `{name}` placeholders and may move them; here each becomes its element.
 */
function rich(text: string, parts: Record<string, ReactNode>): ReactNode {
  return text.split(/\u0001(\w+)\u0002/).map((piece, i) => (i % 2 ? <Fragment key={i}>{parts[piece]}</Fragment> : piece));
}

/** One point of the intro: a sentence whose first words (`{lead}`) are bold. */
function Point({ lead, text }: { lead: string; text: (lead: string) => string }) {
  return <li>{rich(text(slot('lead')), { lead: <strong>{lead}</strong> })}</li>;
}

/** The shortcut that opens the hints, key by key. */
function Shortcut() {
  return (
    <>
      {shortcutKeys().map((key, i) => (
        <Fragment key={i}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </>
  );
}

function Intro() {
  return (
    <div className="intro">
      <section className="card" aria-labelledby="does-title">
        <h2 id="does-title">{t('welcome.does.title')}</h2>
        <ul className="points does">
          <Point lead={t('welcome.does.hints.lead')} text={(lead) => t('welcome.does.hints.text', { lead })} />
          <Point lead={t('welcome.does.meetings.lead')} text={(lead) => t('welcome.does.meetings.text', { lead })} />
          <Point lead={t('welcome.does.trends.lead')} text={(lead) => t('welcome.does.trends.text', { lead })} />
        </ul>
      </section>
      <section className="card" aria-labelledby="never-title">
        <h2 id="never-title">{t('welcome.never.title')}</h2>
        <ul className="points never">
          <Point lead={t('welcome.never.local.lead')} text={(lead) => t('welcome.never.local.text', { lead })} />
          <Point lead={t('welcome.never.counts.lead')} text={(lead) => t('welcome.never.counts.text', { lead })} />
          <Point lead={t('welcome.never.offline.lead')} text={(lead) => t('welcome.never.offline.text', { lead })} />
          <Point lead={t('welcome.never.blocking.lead')} text={(lead) => t('welcome.never.blocking.text', { lead })} />
        </ul>
      </section>
    </div>
  );
}

function Confirmation({ saved, draft }: { saved: Saved; draft: Draft | null }) {
  if (saved.kind === 'saved' && draft) {
    const on = SITES.filter((key) => draft.sites[key]).map((key) => siteName(key));
    return (
      <div className="confirmation">
        <p className="confirmation-title">
          <span aria-hidden="true">✓ </span>
          {on.length ? t('welcome.status.savedOn', { sites: formatList(on) }) : t('welcome.status.savedOff')}
        </p>
        <p>{rich(t('welcome.status.next', { shortcut: slot('shortcut') }), { shortcut: <Shortcut /> })}</p>
      </div>
    );
  }
  if (saved.kind === 'refused') return <p className="not-saved">{t('welcome.status.refused')}</p>;
  if (saved.kind === 'failed') return <p className="not-saved">{t('welcome.status.failed', { reason: saved.message })}</p>;
  return null;
}

export function Welcome({ openOptions }: { openOptions: () => void }) {
  const [base, setBase] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved>({ kind: 'idle' });
  const start = useRef<HTMLInputElement | null>(null);
  const end = useRef<HTMLInputElement | null>(null);
  const firstDay = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    let live = true;
    loadSettings().then(
      ({ settings }) => {
        if (!live) return;
        setBase(settings);
        setDraft(draftOf(settings));
      },
      (error: unknown) => live && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, []);

  const issues = useMemo(() => (base && draft ? check(base, draft) : []), [base, draft]);
  const zones = useMemo(() => timeZoneOptions(draft?.timeZone ?? runtimeTimeZone()), [draft?.timeZone]);

  const change = (next: Draft) => {
    setDraft(next);
    if (saved.kind !== 'saving') setSaved({ kind: 'idle' });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!base || !draft || saved.kind === 'saving') return;
    if (issues.length) {
      setSaved({ kind: 'refused' });
      const first = issues[0]?.path ?? '';
      (first.endsWith('.start') ? start : first.startsWith('workingHours.days') ? firstDay : end).current?.focus();
      return;
    }
    setSaved({ kind: 'saving' });
    try {
      const next = await updateSettings(apply(draft));
      setBase(next);
      setSaved({ kind: 'saved' });
    } catch (error) {
      // Another page may have changed a setting in between so the result no longer passes: say why.
      if (error instanceof SettingsValidationError) {
        setSaved({ kind: 'failed', message: reasonsOf(error) });
      } else setSaved({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const at = (path: string) => issues.filter((i) => i.path === path);
  const startIssues = at('workingHours.start');
  const endIssues = at('workingHours.end');
  const dayIssues = issues.filter((i) => i.path.startsWith('workingHours.days'));
  const otherIssues = issues.filter((i) => !startIssues.includes(i) && !endIssues.includes(i) && !dayIssues.includes(i));
  const here = runtimeTimeZone();

  return (
    <div className="page">
      <header className="header">
        <h1>{t('welcome.title')}</h1>
        <p className="tagline">{t('welcome.tagline')}</p>
      </header>
      <main className="columns">
        <Intro />
        <section className="card setup" aria-labelledby="setup-title">
          <h2 id="setup-title">{t('welcome.setup.title')}</h2>
          {loadError && <p className="not-saved">{t('welcome.setup.loadError', { error: loadError })}</p>}
          {!draft && !loadError && <p className="help">{t('welcome.setup.loading')}</p>}
          {draft && (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <fieldset>
                <legend>{t('welcome.setup.sites')}</legend>
                <div className="site-list">
                  {SITES.map((key) => (
                    <div className="check" key={key}>
                      <input
                        id={`site-${key}`}
                        type="checkbox"
                        checked={draft.sites[key]}
                        onChange={(e) => change({ ...draft, sites: { ...draft.sites, [key]: e.currentTarget.checked } })}
                      />
                      <label htmlFor={`site-${key}`}>{siteName(key)}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <fieldset>
                <legend>{t('welcome.hours.legend')}</legend>
                <p className="help" id="hours-help">
                  {t('welcome.hours.help')}
                </p>
                <div className="hours">
                  <div className="field">
                    <label htmlFor="working-start">{t('welcome.hours.start')}</label>
                    <input
                      ref={start}
                      id="working-start"
                      type="time"
                      value={draft.workingHours.start}
                      aria-invalid={startIssues.length > 0 || undefined}
                      aria-describedby={describedBy(startIssues.length > 0 && 'working-start-error')}
                      onChange={(e) => change({ ...draft, workingHours: { ...draft.workingHours, start: e.currentTarget.value } })}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor="working-end">{t('welcome.hours.end')}</label>
                    <input
                      ref={end}
                      id="working-end"
                      type="time"
                      value={draft.workingHours.end}
                      aria-invalid={endIssues.length > 0 || undefined}
                      aria-describedby={describedBy(endIssues.length > 0 && 'working-end-error')}
                      onChange={(e) => change({ ...draft, workingHours: { ...draft.workingHours, end: e.currentTarget.value } })}
                    />
                  </div>
                  <div className="field zone">
                    <label htmlFor="time-zone">{t('welcome.hours.timeZone')}</label>
                    <select
                      id="time-zone"
                      value={draft.timeZone}
                      aria-describedby="time-zone-help"
                      onChange={(e) => change({ ...draft, timeZone: e.currentTarget.value })}
                    >
                      {zones.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <FieldError id="working-start-error" issues={startIssues} format={asIs} />
                <FieldError id="working-end-error" issues={endIssues} format={asIs} />
                <p className="help" id="time-zone-help">
                  {draft.timeZone === here ? t('welcome.hours.zoneSame') : t('welcome.hours.zoneOther', { zone: here.replace(/_/g, ' ') })}
                </p>
              </fieldset>
              <fieldset aria-describedby={describedBy(dayIssues.length > 0 && 'working-days-error')}>
                <legend>{t('welcome.hours.days')}</legend>
                <div className="day-list">
                  {WEEK.map((day, i) => (
                    <label key={day} className="day">
                      <input
                        ref={i === 0 ? firstDay : undefined}
                        type="checkbox"
                        aria-label={weekdayName(day, 'long')}
                        checked={draft.workingHours.days.includes(day)}
                        onChange={(e) => {
                          const days = draft.workingHours.days.filter((d) => d !== day);
                          if (e.currentTarget.checked) days.push(day);
                          change({ ...draft, workingHours: { ...draft.workingHours, days: days.sort((a, b) => a - b) } });
                        }}
                      />
                      <span aria-hidden="true">{weekdayName(day, 'short')}</span>
                    </label>
                  ))}
                </div>
                <FieldError id="working-days-error" issues={dayIssues} format={asIs} />
              </fieldset>
              <FieldError id="welcome-error" issues={otherIssues} format={asIs} />
              <div className="actions">
                <button type="submit" className="primary" disabled={saved.kind === 'saving'}>
                  {t('welcome.setup.save')}
                </button>
                <button type="button" className="link" onClick={openOptions}>
                  {t('welcome.setup.allSettings')}
                </button>
              </div>
            </form>
          )}
          <div role="status" id="welcome-status" className="status">
            <Confirmation saved={saved} draft={draft} />
          </div>
        </section>
      </main>
    </div>
  );
}
