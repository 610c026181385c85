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

// Sites the content scripts run on. Host permissions are exactly these, nothing broader.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preactInContentScripts()] }),
  manifest: {
    name: 'Async Nudge',
    description: 'Nudges for clear async messages and fewer unnecessary meetings, right where you type.',
    // alarms: the background prunes old daily counts on a schedule (stats retention).
    permissions: ['storage', 'alarms'],
  },
});
