/**
 * zod's own English messages (type and format errors the project does not word itself), for the
 * pages that show them: the background's replies, the options page, the CLI. Content scripts
 * word every message they show and leave these out.
 */
import { en } from 'zod/locales';
import { z } from './zod';

z.config(en());
