/**
 * What the shipped manifests let the extension reach: permissions, host access, content-script
 * matches, web-accessible resources and CSP, for Chrome/Edge (MV3) and Firefox (MV2). Both are
 * built here from the current config and entrypoints (a few seconds, into a temporary folder), so
 * the check never reads a stale `.output`. Any widening fails; change an expected object only
 * together with the permission justification in the README's store listing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Logger } from 'wxt';

type Manifest = Record<string, unknown> & { content_scripts?: Record<string, unknown>[] };

const GCAL = 'https://calendar.google.com/*';
const GMAIL = 'https://mail.google.com/*';
const OUTLOOK = ['https://outlook.cloud.microsoft/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];
const SLACK = 'https://app.slack.com/*';
const CSP = "script-src 'self'; object-src 'none'";

/** Everything that widens what the extension can touch; the rest of the manifest is free to change. */
function reach(manifest: Manifest) {
  return {
    permissions: manifest.permissions,
    host_permissions: manifest.host_permissions,
    optional_permissions: manifest.optional_permissions,
    optional_host_permissions: manifest.optional_host_permissions,
    // Which script runs where is the entrypoints' business; where, in which frames and worlds, is ours.
    content_scripts: manifest.content_scripts?.map(({ js: _js, css: _css, run_at: _runAt, ...where }) => where),
    web_accessible_resources: manifest.web_accessible_resources,
    content_security_policy: manifest.content_security_policy,
    externally_connectable: manifest.externally_connectable,
    sandbox: manifest.sandbox,
  };
}

const quiet: Logger = { debug() {}, log() {}, info() {}, warn() {}, error: console.error, fatal: console.error, success() {}, level: 0 };
const outDir = mkdtempSync(join(tmpdir(), 'async-nudge-manifest-'));
const manifests: Record<'chrome' | 'firefox', Manifest> = { chrome: {}, firefox: {} };

beforeAll(async () => {
  await build({ browser: 'chrome', outDir, logger: quiet });
  await build({ browser: 'firefox', outDir, logger: quiet });
  manifests.chrome = JSON.parse(readFileSync(join(outDir, 'chrome-mv3/manifest.json'), 'utf8'));
  manifests.firefox = JSON.parse(readFileSync(join(outDir, 'firefox-mv2/manifest.json'), 'utf8'));
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('built manifests', () => {
  it('Chrome/Edge MV3: storage and alarms, host access only through the content scripts on the supported sites', () => {
    expect(manifests.chrome.manifest_version).toBe(3);
    expect(reach(manifests.chrome)).toEqual({
      permissions: ['storage', 'alarms'],
      host_permissions: undefined,
      optional_permissions: undefined,
      optional_host_permissions: undefined,
      content_scripts: [{ matches: [GCAL] }, { matches: [GMAIL] }, { matches: OUTLOOK }, { matches: [SLACK] }],
      // The hint CSS that createShadowRootUi loads, readable only by the site its script runs on.
      web_accessible_resources: [
        { resources: ['content-scripts/gcal.css'], use_dynamic_url: true, matches: [GCAL] },
        { resources: ['content-scripts/gmail.css'], use_dynamic_url: true, matches: [GMAIL] },
        { resources: ['content-scripts/outlook.css'], use_dynamic_url: true, matches: OUTLOOK },
        { resources: ['content-scripts/slack.css'], use_dynamic_url: true, matches: [SLACK] },
      ],
      content_security_policy: { extension_pages: CSP },
      externally_connectable: undefined,
      sandbox: undefined,
    });
    expect(manifests.chrome.browser_specific_settings).toBeUndefined();
  });

  it('Firefox MV2: the same reach, an event page, a fixed add-on id and no data collected', () => {
    expect(manifests.firefox.manifest_version).toBe(2);
    expect(reach(manifests.firefox)).toEqual({
      // MV2 would list host permissions here too: there are none.
      permissions: ['storage', 'alarms'],
      host_permissions: undefined,
      optional_permissions: undefined,
      optional_host_permissions: undefined,
      content_scripts: [{ matches: [GCAL] }, { matches: [GMAIL] }, { matches: OUTLOOK }, { matches: [SLACK] }],
      // MV2 cannot scope these by site; Firefox gives every install its own random moz-extension:// origin.
      web_accessible_resources: ['content-scripts/gcal.css', 'content-scripts/gmail.css', 'content-scripts/outlook.css', 'content-scripts/slack.css'],
      content_security_policy: CSP,
      externally_connectable: undefined,
      sandbox: undefined,
    });
    expect(manifests.firefox.background).toEqual({ persistent: false, scripts: ['background.js'] });
    expect(manifests.firefox.browser_specific_settings).toEqual({
      gecko: { id: '{b789be11-de13-469c-ad03-c69815befdf2}', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('Chrome/Edge: team policy through managed storage, with the generated schema in the package', () => {
    expect(manifests.chrome.storage).toEqual({ managed_schema: 'managed-schema.json' });
    const shipped = readFileSync(join(outDir, 'chrome-mv3/managed-schema.json'), 'utf8');
    expect(shipped).toBe(readFileSync('public/managed-schema.json', 'utf8'));
    // Firefox has no managed_schema: it reads policies.json's 3rdparty section as it is.
    expect(manifests.firefox.storage).toBeUndefined();
  });

  it.each(['chrome', 'firefox'] as const)('%s: an icon at every size the stores and toolbars ask for', (browser) => {
    expect(manifests[browser].icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' });
  });
});
