import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Content scripts render the same React components through preact/compat: the hint UI
 * needs hooks and a root, not React's scheduler, and this keeps each site script small
 * (a budget in CI). The popup and options page use React itself.
 */
function preactInContentScripts(): Plugin {
  return {
    name: 'async-nudge:preact-in-content-scripts',
    config(config) {
      const lib = config.build?.lib;
      const entry = lib && typeof lib === 'object' ? JSON.stringify(lib.entry) : '';
      if (!/\.content[\\/]/.test(entry)) return;
      return {
        resolve: {
          alias: [
            { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
            { find: /^react-dom$/, replacement: 'preact/compat' },
            { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
            { find: /^react$/, replacement: 'preact/compat' },
          ],
        },
      };
    },
  };
}

/**
 * Firefox's add-on id: AMO ties every listing, update and user's stored data to it, so it
 * never changes. A UUID because it needs no domain of ours.
 */
const GECKO_ID = '{b789be11-de13-469c-ad03-c69815befdf2}';

// Host access comes only from the content scripts' `matches` (the supported sites); there are
// no host_permissions, optional permissions or remote hosts. test/unit/manifest.test.ts pins it.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preactInContentScripts()] }),
  manifest: ({ browser }) => ({
    // Every string the person reads lives in locales/<lang>.yml; a translation is one more file there.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: settings. alarms: the background prunes old daily counts on a schedule (stats retention).
    permissions: ['storage', 'alarms'],
    // Stricter than the browsers' defaults (no WebAssembly, no plugins): the extension's own scripts only.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    // Team norms by enterprise policy (chrome.storage.managed); the file is generated from the policy's
    // zod schema (npm run managed-schema). Firefox reads policies.json's 3rdparty section without a schema.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140 (an ESR) is the first to read data_collection_permissions and to have the CSS Custom Highlight API.
          strict_min_version: '140.0',
          // Nothing leaves the browser: no text, no counts, no telemetry.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // Firefox MV2: an event page rather than a persistent page, so the background lives as it does
    // in Chrome's service worker (woken by messages and the alarm) and one code path serves both.
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.background && 'scripts' in manifest.background && wxt.config.manifestVersion === 2) manifest.background.persistent = false;
    },
  },
  zip: {
    // AMO's reviewers rebuild from the sources zip: source, config, lockfile and README, no tests.
    excludeSources: ['test/**', 'test-results/**', 'stats.html'],
  },
});
