import { z } from 'zod';

// Default Indonesian messages for any rule a schema does not phrase itself.
z.config(z.locales.id());

export { z };
