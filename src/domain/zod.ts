import { z } from 'zod';

// Default Indonesian messages for any rule a schema does not phrase itself.
z.config(z.locales.id());
// In the browser, no compiled parsers: the web app's CSP has no 'unsafe-eval', and zod's probe of
// `new Function` is reported as a violation even though zod catches the refusal. The server keeps them.
if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
