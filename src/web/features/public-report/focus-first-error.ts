/**
 * Brings the first field with an error into view and puts the cursor in it, in the order the
 * fields appear on the page (inputs carry `data-path`, from Mantine's getInputProps or set by hand).
 */
export function focusFirstError(errorPaths: readonly string[]): void {
  if (errorPaths.length === 0) return;
  const wanted = new Set(errorPaths);
  const first = [...document.querySelectorAll<HTMLElement>('[data-path]')].find((element) =>
    wanted.has(element.dataset.path ?? ''),
  );
  if (!first) return;
  const target = focusableIn(first);
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus({ preventScroll: true });
}

const FOCUSABLE = 'input:not([hidden]):not([type=hidden]), select, textarea, button';

function focusableIn(element: HTMLElement): HTMLElement {
  if (element.matches(FOCUSABLE)) return element;
  return (
    element.querySelector<HTMLElement>('input:checked') ??
    element.querySelector<HTMLElement>(FOCUSABLE) ??
    element
  );
}
