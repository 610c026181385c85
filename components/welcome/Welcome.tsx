/**
 * The welcome page: what Async Nudge does and never does, then the two choices worth making on
 * day one (sites and working hours). Unlike the options page nothing saves on change: the person
 * reads, picks, and saves once; the whole object is checked by the same strict schema first.
 */
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { describedBy, FieldError, sentence } from '@/components/options/Fields';
import { type Issue, issuesOf } from '@/components/options/store';
import { DAYS } from '@/components/options/WorkingHoursSection';
import { runtimeTimeZone, settingsSchema, type Settings, type SiteKey } from '@/utils/settings/schema';
import { loadSettings, SettingsValidationError, updateSettings } from '@/utils/settings/storage';

const SITES: ReadonlyArray<{ key: SiteKey; name: string }> = [
  { key: 'gmail', name: 'Gmail' },
  { key: 'slack', name: 'Slack' },
  { key: 'outlook', name: 'Outlook mail' },
  { key: 'gcal', name: 'Google Calendar' },
  { key: 'outlookCalendar', name: 'Outlook calendar' },
];

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

/** The schema's complaints about this draft, path by path ("workingHours.end"). */
function check(base: Settings, draft: Draft): Issue[] {
  const parsed = settingsSchema.safeParse(apply(draft)(base));
  return parsed.success ? [] : issuesOf(parsed.error);
}

/** "workingHours.end: must be after the start time" → an issue (a refused save names them so). */
function issuesFromError(error: SettingsValidationError): Issue[] {
  return error.issues.map((line) => {
    const at = line.indexOf(': ');
    return at < 0 ? { path: '', message: line } : { path: line.slice(0, at), message: line.slice(at + 2) };
  });
}

/** "must be after the start time" → "End must be after the start time." */
const about = (name: string) => (message: string) => (message.startsWith('must') ? `${name} ${message}.` : sentence(message));

function timeZoneOptions(current: string): Array<{ value: string; label: string }> {
  const here = runtimeTimeZone();
  const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  for (const zone of ['UTC', here, current]) zones.add(zone);
  return [...zones].sort().map((zone) => ({ value: zone, label: `${zone.replace(/_/g, ' ')}${zone === here ? ' — this browser' : ''}` }));
}

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function Intro() {
  return (
    <div className="intro">
      <section className="card" aria-labelledby="does-title">
        <h2 id="does-title">What it does</h2>
        <ul className="points does">
          <li>
            <strong>Hints while you write</strong> in Gmail, Slack and Outlook: a missing deadline, a vague ask, a message sent after hours.
          </li>
          <li>
            <strong>Meeting checks</strong> in Google Calendar and the Outlook calendar: no agenda, too many guests, outside working hours.
          </li>
          <li>
            <strong>Your own trends</strong> in the toolbar popup: how often each hint came up and what you did about it.
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="never-title">
        <h2 id="never-title">What it never does</h2>
        <ul className="points never">
          <li>
            <strong>No text leaves your browser.</strong> Everything is checked on this device.
          </li>
          <li>
            <strong>Nothing stored but counts.</strong> No message text, subjects, names or titles — only how many hints a day.
          </li>
          <li>
            <strong>No network requests.</strong> No account, no server, no tracking.
          </li>
          <li>
            <strong>Sending is never blocked</strong> unless you ask for a review before sending.
          </li>
        </ul>
      </section>
    </div>
  );
}

function Confirmation({ saved, draft }: { saved: Saved; draft: Draft | null }) {
  if (saved.kind === 'saved' && draft) {
    const on = SITES.filter((s) => draft.sites[s.key]).map((s) => s.name);
    return (
      <div className="confirmation">
        <p className="confirmation-title">
          <span aria-hidden="true">✓ </span>Saved. {on.length ? `Async Nudge is on in ${listOf(on)}.` : 'Async Nudge is off on every site for now.'}
        </p>
        <p>
          Your trends are in the toolbar popup: pin Async Nudge from the extensions menu. While writing, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> opens the
          hints for the message you are in.
        </p>
      </div>
    );
  }
  if (saved.kind === 'refused') return <p className="not-saved">Not saved yet: fix what is marked above.</p>;
  if (saved.kind === 'failed') return <p className="not-saved">Not saved: {saved.message}</p>;
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
        setSaved({ kind: 'failed', message: listOf(issuesFromError(error).map((i) => sentence(i.message))) });
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
        <h1>Welcome to Async Nudge</h1>
        <p className="tagline">Small, quiet hints for clearer async messages and fewer unnecessary meetings, right where you write.</p>
      </header>
      <main className="columns">
        <Intro />
        <section className="card setup" aria-labelledby="setup-title">
          <h2 id="setup-title">Make it yours</h2>
          {loadError && <p className="not-saved">Settings could not be read: {loadError}</p>}
          {!draft && !loadError && <p className="help">Loading your settings…</p>}
          {draft && (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <fieldset>
                <legend>Sites</legend>
                <div className="site-list">
                  {SITES.map(({ key, name }) => (
                    <div className="check" key={key}>
                      <input
                        id={`site-${key}`}
                        type="checkbox"
                        checked={draft.sites[key]}
                        onChange={(e) => change({ ...draft, sites: { ...draft.sites, [key]: e.currentTarget.checked } })}
                      />
                      <label htmlFor={`site-${key}`}>{name}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <fieldset>
                <legend>Working hours</legend>
                <p className="help" id="hours-help">
                  Messages and meetings outside these hours get a gentle note.
                </p>
                <div className="hours">
                  <div className="field">
                    <label htmlFor="working-start">Start</label>
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
                    <label htmlFor="working-end">End</label>
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
                    <label htmlFor="time-zone">Time zone</label>
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
                <FieldError id="working-start-error" issues={startIssues} format={about('Start')} />
                <FieldError id="working-end-error" issues={endIssues} format={about('End')} />
                <p className="help" id="time-zone-help">
                  {draft.timeZone === here ? 'The same time zone as this browser.' : `This browser is set to ${here.replace(/_/g, ' ')}.`}
                </p>
              </fieldset>
              <fieldset aria-describedby={describedBy(dayIssues.length > 0 && 'working-days-error')}>
                <legend>Working days</legend>
                <div className="day-list">
                  {DAYS.map(({ day, short, name }, i) => (
                    <label key={day} className="day">
                      <input
                        ref={i === 0 ? firstDay : undefined}
                        type="checkbox"
                        aria-label={name}
                        checked={draft.workingHours.days.includes(day)}
                        onChange={(e) => {
                          const days = draft.workingHours.days.filter((d) => d !== day);
                          if (e.currentTarget.checked) days.push(day);
                          change({ ...draft, workingHours: { ...draft.workingHours, days: days.sort((a, b) => a - b) } });
                        }}
                      />
                      <span aria-hidden="true">{short}</span>
                    </label>
                  ))}
                </div>
                <FieldError id="working-days-error" issues={dayIssues} />
              </fieldset>
              <FieldError id="welcome-error" issues={otherIssues} />
              <div className="actions">
                <button type="submit" className="primary" disabled={saved.kind === 'saving'}>
                  Save and start
                </button>
                <button type="button" className="link" onClick={openOptions}>
                  All settings
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
