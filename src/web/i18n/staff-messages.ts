import { i18n } from './index';
import { enStaff } from './staff-en';
import { idStaff } from './staff-id';

// The staff pages' messages, in both languages, travel with the staff app's chunk: imported by
// staff-app.tsx, so they are registered before any staff page renders.
i18n.addResourceBundle('id', 'translation', idStaff, true, true);
i18n.addResourceBundle('en', 'translation', enStaff, true, true);
