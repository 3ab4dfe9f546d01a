import type { TOfficeSettings, TOfficeSettingsUpdate } from '../../../domain/offices/settings';

/** The part of the settings an admin sends back: each section changes its own fields of it. */
export function settingsUpdateOf(settings: TOfficeSettings): TOfficeSettingsUpdate {
  const { code: _code, slug: _slug, regionName: _regionName, hasLogo: _hasLogo, ...update } = settings;
  return update;
}

/** An empty optional text means "none", which the API spells null. */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** "8.00", "0800" and "8:00" as "08:00": offices write times with a dot, phones type digits. */
export function normalizeClock(text: string): string {
  const match = /^(\d{1,2})[.:]?(\d{2})$/.exec(text.trim());
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2]}` : text.trim();
}

/** Focuses the first input a failed check marked, so a long form shows where to look. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const input = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
  });
}

/** Focuses an input once React has drawn it (a row just added). */
export function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
