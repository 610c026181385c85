/**
 * The welcome page: what Async Nudge does and never does, then the two choices worth making on
 * day one (sites and working hours). Unlike the options page nothing saves on change: the person
 * reads, picks, and saves once; the whole object is checked by the same strict schema first.
 */
import { type FormEvent, Fragment, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { shortcutKeys } from '@/components/HintUi';
import { FieldError, sentence } from '@/components/options/Fields';
import { hoursIssues, TimeField, TimeZonePicker, WorkingDays } from '@/components/options/HoursFields';
import { SiteList } from '@/components/options/SiteList';
import type { Issue } from '@/components/options/store';
import { SITE_KEYS } from '@/utils/catalog/sites';
import { formatList, siteName, t } from '@/utils/i18n';
import { formatPath, runtimeTimeZone, settingsSchema, type Settings } from '@/utils/settings/schema';
import { loadSettings, SettingsValidationError, updateSettings } from '@/utils/settings/storage';

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

/** A zone by its id, with underscores as spaces; this browser's own says so. */
function zoneLabel(zone: string, here: boolean): string {
  const name = zone.replace(/_/g, ' ');
  return here ? t('welcome.hours.zoneHere', { zone: name }) : name;
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
    const on = SITE_KEYS.filter((key) => draft.sites[key]).map((key) => siteName(key));
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

  const at = hoursIssues(issues);
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
                  <SiteList sites={draft.sites} onChange={(key, on) => change({ ...draft, sites: { ...draft.sites, [key]: on } })} />
                </div>
              </fieldset>
              <fieldset>
                <legend>{t('welcome.hours.legend')}</legend>
                <p className="help" id="hours-help">
                  {t('welcome.hours.help')}
                </p>
                <div className="hours">
                  <TimeField
                    inputRef={start}
                    id="working-start"
                    label={t('welcome.hours.start')}
                    value={draft.workingHours.start}
                    issues={at.start}
                    onChange={(value) => change({ ...draft, workingHours: { ...draft.workingHours, start: value } })}
                  />
                  <TimeField
                    inputRef={end}
                    id="working-end"
                    label={t('welcome.hours.end')}
                    value={draft.workingHours.end}
                    issues={at.end}
                    onChange={(value) => change({ ...draft, workingHours: { ...draft.workingHours, end: value } })}
                  />
                  <TimeZonePicker
                    className="field zone"
                    label={t('welcome.hours.timeZone')}
                    value={draft.timeZone}
                    optionLabel={zoneLabel}
                    onChange={(zone) => change({ ...draft, timeZone: zone })}
                  />
                </div>
                <FieldError id="working-start-error" issues={at.start} format={asIs} />
                <FieldError id="working-end-error" issues={at.end} format={asIs} />
                <p className="help" id="time-zone-help">
                  {draft.timeZone === here ? t('welcome.hours.zoneSame') : t('welcome.hours.zoneOther', { zone: here.replace(/_/g, ' ') })}
                </p>
              </fieldset>
              <WorkingDays
                legend={t('welcome.hours.days')}
                days={draft.workingHours.days}
                issues={at.days}
                format={asIs}
                firstDayRef={firstDay}
                onChange={(days) => change({ ...draft, workingHours: { ...draft.workingHours, days } })}
              />
              <FieldError id="welcome-error" issues={at.other} format={asIs} />
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
