import { defineConfig } from 'wxt';

// Sites the content scripts run on. Host permissions are exactly these, nothing broader.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Async Nudge',
    description: 'Nudges for clear async messages and fewer unnecessary meetings, right where you type.',
    permissions: ['storage'],
  },
});
