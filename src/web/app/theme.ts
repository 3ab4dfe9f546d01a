import { type CSSVariablesResolver, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on blue above 4.5:1 (shade 6, the default, is about 3.5:1).
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: {
    sizes: {
      // Long office names and greetings wrap less on a 360-400 px phone.
      h1: { fontSize: 'clamp(1.625rem, 1.25rem + 1.5vw, 2.125rem)', lineHeight: '1.25' },
    },
  },
});

/** Darker greys and reds than Mantine's defaults, so small dimmed and error text passes WCAG AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // gray-7: Mantine draws some placeholders as text (FileInput), which axe measures like any text.
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Light blue surfaces one step paler, so blue-9 text on them (hovered subtle buttons too) stays above 4.5:1.
    '--mantine-color-blue-light': 'var(--mantine-color-blue-0)',
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
  },
  dark: {},
});
