// The unit and DOM tests read the real English messages (locales/en.yml) through the test browser.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from '../utils/i18n/node';

installI18n(fakeBrowser);
