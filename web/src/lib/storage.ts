/** What the app remembers in the browser (functional only; listed in the privacy statement). */
export const storageKeys = {
  language: 'mentor-network.language',
  cookieNoticeDismissed: 'mentor-network.cookie-notice-dismissed',
} as const;

type StorageKey = (typeof storageKeys)[keyof typeof storageKeys];

export function readStored(key: StorageKey): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage can be blocked (private mode, strict settings): then nothing is remembered.
    return null;
  }
}

export function writeStored(key: StorageKey, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // As above: the choice still applies to this visit, it just is not remembered.
  }
}
