import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { idPublic } from './id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'satu-atap.language';

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    // Storage can be blocked (private mode, strict settings): Indonesian is the right default then.
    return 'id';
  }
}

function rememberLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits when storage is blocked; the switch still works for this visit.
  }
}

// Only Indonesian ships with the first load; English comes when chosen (a visitor who chose it
// before waits for it once, before the first paint: see `i18nReady`).
const storedLanguage = readStoredLanguage();
void i18n.use(initReactI18next).init({
  resources: { id: { translation: idPublic } },
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: LANGUAGES,
  initAsync: false,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', rememberLanguage);

let english: Promise<void> | null = null;

/** Adds the English messages (public ones; the staff app adds its own) the first time they are needed. */
function loadEnglish(): Promise<void> {
  english ??= import('./en').then(({ enPublic }) => {
    i18n.addResourceBundle('en', 'translation', enPublic, true, true);
  });
  return english;
}

/** Switches the language, loading it first when it has not come yet. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language === 'en') await loadEnglish();
  await i18n.changeLanguage(language);
}

/** Resolves once the remembered language can be shown. */
export const i18nReady: Promise<void> = storedLanguage === 'en' ? switchLanguage('en') : Promise.resolve();

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** BCP 47 locale for dates and numbers in the chosen language. */
export function currentLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'id-ID';
}

export { i18n };
