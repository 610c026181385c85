/**
 * The start-up both runners share: watch the page, and once it shows an editor load settings,
 * keep one session per editor the adapter finds (rescanning as the page changes), follow
 * settings changes live, and clean up with the content script. Resolves once set up (at once
 * when the page has no editor yet); never rejects — a failure is logged, never the page's.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnalyzeContext } from '../analyzer/types';
import type { SiteId } from '../catalog/sites';
import { isSiteEnabled, isSnoozed, toAnalyzeContext } from '../settings/context';
import type { TeamPolicy } from '../settings/policy';
import type { Settings } from '../settings/schema';
import { loadSettingsView, type SettingsView, watchSettingsView } from '../settings/storage';
import { watchPage } from './page-watch';
import { guard, report } from './safe';
import { type Session, Sessions } from './sessions';
import type { Skipped } from './types';

/** What every session of a page reads: the current settings and the analyzer's context for them. */
export interface SitePage {
  settings: Settings;
  context: AnalyzeContext;
  /** The team's policy: meeting norms and the roster (settings already include its values). */
  policy: TeamPolicy;
}

export interface SiteSession extends Session {
  /** Check again now (settings changed). */
  refresh(): void;
}

export interface SiteSpec<P, S extends SiteSession, Pg extends SitePage> {
  site: SiteId;
  /** How the console names what a skipped editor does without ("hints", "meeting check"). */
  what: string;
  /** The element that identifies an editor across rescans. */
  keyOf: (parts: P) => HTMLElement;
  find: (scope: ParentNode) => { found: readonly P[]; skipped: readonly Skipped[] };
  /** Page-wide state of this kind of site beside the settings, made once. */
  extra: () => Omit<Pg, keyof SitePage>;
  create: (page: Pg, parts: P) => S;
  /** What, besides an editable, can bring what `find` finds (a selector); see page-watch.ts. */
  watchFor?: string;
  /** Page-wide listeners (send keys, save clicks), given the sessions to look targets up in. */
  listen?: (sessions: Sessions<P, S>, page: Pg) => void;
}

/** A started page: rescan now, and whether an editor a session serves has left the document. */
interface Live {
  rescan: () => void;
  lost: () => boolean;
}

export function runSite<P, S extends SiteSession, Pg extends SitePage>(ctx: ContentScriptContext, spec: SiteSpec<P, S, Pg>): Promise<void> {
  try {
    let live: Live | null = null;
    let starting: Promise<void> | null = null;
    // Until the page shows an editor, a rescan only looks. Settings (whose zone and currency
    // checks wake the browser's Intl data), sessions and listeners wait for the first editor,
    // so a page only read, never written on, pays for a few selector queries.
    const look = guard('scan', () => {
      if (live) return live.rescan();
      if (starting) return;
      const { found, skipped } = spec.find(document);
      if (!found.length && !skipped.length) return;
      starting = setUp(ctx, spec)
        .then((l) => {
          live = l;
          l.rescan();
        })
        .catch((e: unknown) => report('could not start on this page', e));
    });
    watchPage(ctx, look, () => live?.lost() ?? false, spec.watchFor);
    look();
    return starting ?? Promise.resolve();
  } catch (e) {
    report('could not start on this page', e);
    return Promise.resolve();
  }
}

/** The page's settings for all its runners: read once, watched once, the latest kept for runners that start later. */
interface PageSettings {
  latest: SettingsView;
  listen(onChange: (view: SettingsView) => void): () => void;
}

let pageSettings: Promise<PageSettings> | null = null;

/**
 * A page runs several runners (hints, the reader's local time, invitations) that start at the same
 * first editor: one settings read, one policy read and one storage watcher serve them all.
 */
function sharedSettings(ctx: ContentScriptContext): Promise<PageSettings> {
  pageSettings ??= loadSettingsView().then((first) => {
    const listeners = new Set<(view: SettingsView) => void>();
    const shared: PageSettings = {
      latest: first,
      listen: (onChange) => {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
    };
    const unwatch = watchSettingsView((view) => {
      shared.latest = view;
      for (const l of listeners) l(view);
    });
    ctx.onInvalidated(() => {
      unwatch();
      pageSettings = null;
    });
    return shared;
  });
  return pageSettings;
}

async function setUp<P, S extends SiteSession, Pg extends SitePage>(ctx: ContentScriptContext, spec: SiteSpec<P, S, Pg>): Promise<Live> {
  const shared = await sharedSettings(ctx);
  const { settings, policy } = shared.latest;
  // One object for the page's life: settings changes update it in place, so every session sees them.
  const page = { ...spec.extra(), settings, policy, context: toAnalyzeContext(settings) } as Pg;
  const sessions = new Sessions<P, S>(spec.keyOf, (p) => spec.create(page, p), spec.what);
  const active = () => isSiteEnabled(page.settings, spec.site) && !isSnoozed(page.settings, Date.now());
  const rescan = guard('scan', () => {
    const { found, skipped } = active() ? spec.find(document) : { found: [], skipped: [] };
    sessions.sync(found, skipped);
  });
  ctx.onInvalidated(() => sessions.clear());
  spec.listen?.(sessions, page);
  const unlisten = shared.listen(
    guard('settings', ({ settings: next, policy: nextPolicy }: SettingsView) => {
      page.settings = next;
      page.policy = nextPolicy;
      page.context = toAnalyzeContext(next);
      rescan();
      for (const s of sessions.all()) s.refresh();
    }),
  );
  ctx.onInvalidated(unlisten);
  return { rescan, lost: () => sessions.detached() };
}
