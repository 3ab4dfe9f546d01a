import { i18n } from '../../i18n';
import { skmEn, skmId } from './skm-messages';

// The questionnaire's texts come with the questionnaire, not with every public page's first load:
// the staff app registers them with its messages, the tracking page's survey chunk through here.
i18n.addResourceBundle('id', 'translation', { skm: skmId }, true, true);
i18n.addResourceBundle('en', 'translation', { skm: skmEn }, true, true);
