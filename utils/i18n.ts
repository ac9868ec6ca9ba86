import { extensionApi } from './extension-api';

/** A UI string in the browser's language (English fallback); `subs` fill its $PLACEHOLDERS$. */
export function t(key: string, ...subs: (string | number)[]): string {
  const i18n = extensionApi().i18n as { getMessage(name: string, substitutions?: string[]): string };
  return i18n.getMessage(key.replace(/-/g, '_'), subs.map(String)) || key;
}
