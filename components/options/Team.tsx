/**
 * What the team's policy (deployed by IT through managed storage) sets on this page: a summary
 * at the top with every team value and every ignored policy field with its reason, and a note
 * on each control whose value comes from the team. Locked controls are disabled by their
 * fieldset, so every control inside one is greyed out the same way.
 */
import type { ReactNode } from 'react';
import { formatList, t, weekdayName } from '@/utils/i18n';
import { isEmptyPolicy } from '@/utils/settings/policy';
import type { SettingsStore } from './store';

/** A value as the policy gives it, in the page's words. */
export function describeValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? t('settings.value.switchOn') : t('settings.value.switchOff');
  if (Array.isArray(value)) return value.length ? formatList(value.map(String), { type: 'unit', style: 'short' }) : t('settings.value.emptyList');
  if (value && typeof value === 'object') {
    const wh = value as { start?: unknown; end?: unknown; days?: unknown };
    if (typeof wh.start === 'string' && typeof wh.end === 'string' && Array.isArray(wh.days)) {
      const days = formatList(
        wh.days.map((d) => weekdayName(Number(d), 'short')),
        { type: 'unit', style: 'short' },
      );
      return t('options.team.hours', { start: wh.start, end: wh.end, days });
    }
    return JSON.stringify(value);
  }
  return String(value);
}

const teamLabel = (store: SettingsStore) => store.team.policy.teamName ?? t('options.team.yourTeam');

/** The team section's title, for the page's contents too; null when no policy is in force or ignored. */
export function teamPolicyTitle(store: SettingsStore | null): string | null {
  return store && !isEmptyPolicy(store.team.policy) ? t('options.team.title', { team: teamLabel(store) }) : null;
}

/** The note under a control whose value the team sets. */
function note(store: SettingsStore, locked: boolean): string {
  const team = teamLabel(store);
  if (!locked) return t('options.team.defaultNote', { team });
  const reason = store.team.policy.lockReason;
  return reason ? t('options.team.lockedNoteReason', { team, reason }) : t('options.team.lockedNote', { team });
}

/**
 * Wraps the controls of one setting (`path` as the settings name it: `hourlyRate`,
 * `rules.no-deadline.enabled`, `workingHours`). Nothing changes when the team does not set it.
 */
export function Managed({ store, path, children }: { store: SettingsStore; path: string | undefined; children: ReactNode }) {
  const source = path ? store.team.sources.get(path) : undefined;
  if (source !== 'locked' && source !== 'team') return children;
  const locked = source === 'locked';
  const noteId = `managed-${path?.replace(/[^\w-]/g, '-')}`;
  return (
    <fieldset className={`managed managed-${source}`} disabled={locked} data-source={source} data-path={path} aria-describedby={noteId}>
      {children}
      <p className="managed-note" id={noteId}>
        <span aria-hidden="true">{locked ? '🔒 ' : '👥 '}</span>
        {note(store, locked)}
      </p>
    </fieldset>
  );
}

/** At the top of the page, only when a policy is in force or was ignored. */
export function TeamPolicySection({ store }: { store: SettingsStore }) {
  const { policy, sources } = store.team;
  const title = teamPolicyTitle(store);
  if (title === null) return null;
  const rows = [...sources].filter(([, source]) => source === 'locked' || source === 'team');
  const shadowed = [...policy.defaults.keys()].filter((path) => sources.get(path) === 'person');
  return (
    <section id="team-policy" className="section team-policy" aria-labelledby="team-policy-title">
      <h2 id="team-policy-title">{title}</h2>
      <p className="help">{t('options.team.help')}</p>
      {rows.length > 0 && (
        <ul className="team-values">
          {rows.map(([path, source]) => (
            <li key={path} data-path={path} data-source={source}>
              <code>{path}</code>: {describeValue(source === 'locked' ? policy.locked.get(path) : policy.defaults.get(path))}{' '}
              <span className={`team-tag team-tag-${source}`}>{source === 'locked' ? t('options.team.locked') : t('options.team.default')}</span>
            </li>
          ))}
        </ul>
      )}
      {shadowed.length > 0 && <p className="help team-shadowed">{t('options.team.yourChoice', { settings: formatList(shadowed) })}</p>}
      {policy.lockReason && (
        <p className="team-reason">
          <strong>{t('options.team.reasonLabel')}</strong> {policy.lockReason}
        </p>
      )}
      {policy.problems.length > 0 && (
        <div className="team-problems" role="note">
          <p>
            <strong>{t('options.team.problemsTitle')}</strong> {t('options.team.problemsHelp')}
          </p>
          <ul>
            {policy.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
