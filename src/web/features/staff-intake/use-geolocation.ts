import { useCallback, useRef, useState } from 'react';

export type LocateProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'insecure';

export type LocateState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'located' }
  | { status: 'failed'; problem: LocateProblem };

/** GeolocationPositionError's codes: 1 permission denied, 2 position unavailable, 3 timeout. */
export function locateProblemOf(code: number): LocateProblem {
  if (code === 1) return 'denied';
  if (code === 3) return 'timeout';
  return 'unavailable';
}

/** Why no fix can be asked for at all: no API, or plain http (browsers give GPS only to https and localhost). */
export function locateBlocker(env: {
  hasGeolocation: boolean;
  secureContext: boolean;
}): LocateProblem | null {
  if (!env.secureContext) return 'insecure';
  if (!env.hasGeolocation) return 'unsupported';
  return null;
}

// A fix up to a minute old is still this visit; a weak GPS in a village may need half a minute.
const OPTIONS: PositionOptions = { enableHighAccuracy: true, timeout: 30_000, maximumAge: 60_000 };

/** One GPS fix on request ("Ambil lokasi"), handed to `onFix`; the state says what happened. */
export function useGeolocation(onFix: (coords: GeolocationCoordinates) => void) {
  const [state, setState] = useState<LocateState>({ status: 'idle' });
  const onFixRef = useRef(onFix);
  onFixRef.current = onFix;

  const locate = useCallback(() => {
    const blocker = locateBlocker({
      hasGeolocation: 'geolocation' in navigator,
      secureContext: window.isSecureContext,
    });
    if (blocker) {
      setState({ status: 'failed', problem: blocker });
      return;
    }
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        onFixRef.current(position.coords);
        setState({ status: 'located' });
      },
      (error) => setState({ status: 'failed', problem: locateProblemOf(error.code) }),
      OPTIONS,
    );
  }, []);
  return { state, locate };
}
