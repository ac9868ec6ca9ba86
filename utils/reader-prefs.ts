import { storage } from '#imports';

/** Reader typography, remembered on this device. */
export interface ReaderPrefs {
  fontSize: number; // px
  width: number; // characters per line (ch)
  lineHeight: number;
  family: 'serif' | 'sans';
  theme: 'system' | 'light' | 'sepia' | 'dark';
}

export const DEFAULT_PREFS: ReaderPrefs = { fontSize: 20, width: 66, lineHeight: 1.6, family: 'serif', theme: 'system' };

export const readerPrefs = storage.defineItem<ReaderPrefs>('local:readerPrefs', { fallback: DEFAULT_PREFS, version: 1 });

export function clampPrefs(p: Partial<ReaderPrefs>): ReaderPrefs {
  const n = (v: unknown, lo: number, hi: number, d: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : d);
  return {
    fontSize: n(p.fontSize, 12, 40, DEFAULT_PREFS.fontSize),
    width: n(p.width, 40, 110, DEFAULT_PREFS.width),
    lineHeight: n(p.lineHeight, 1.2, 2.2, DEFAULT_PREFS.lineHeight),
    family: p.family === 'sans' ? 'sans' : 'serif',
    theme: (['system', 'light', 'sepia', 'dark'] as const).includes(p.theme as never) ? (p.theme as ReaderPrefs['theme']) : 'system',
  };
}
