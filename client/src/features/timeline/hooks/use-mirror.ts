import { useCallback, useState } from 'react';

/**
 * A local copy of a value the owner keeps (in the URL), shown at once when the user changes it and
 * replaced whenever the owner's value changes. The owner's update may come a little later (a router's
 * navigation is a transition), and a controlled input must not flick back meanwhile.
 */
export function useMirror<T>(value: T, key: (value: T) => string = String): [T, (next: T) => void] {
  const [state, setState] = useState({ source: key(value), local: value });
  const source = key(value);
  if (state.source !== source) setState({ source, local: value });
  const set = useCallback((next: T) => setState((current) => ({ ...current, local: next })), []);
  return [state.source === source ? state.local : value, set];
}
