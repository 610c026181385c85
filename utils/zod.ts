/**
 * zod, configured once for extension pages: no `new Function` probe or compiled validators,
 * which the extension CSP (script-src 'self') forbids and Firefox reports as a blocked eval.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
