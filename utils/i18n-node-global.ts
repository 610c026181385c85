// Import first in Node entry points (the CLI, the benches): `utils/i18n` reads the browser's
// `i18n` when it is first loaded, so this must run before any module that imports it.
import { installI18n } from './i18n-node';

installI18n();
