import { useMediaQuery } from '@mantine/hooks';

/** True from Mantine's `sm` breakpoint (48em) up: tables and a fixed menu; below it, cards and a burger. */
export function useIsWide(): boolean {
  return useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
}
