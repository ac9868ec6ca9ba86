import { extensionApi } from './extension-api';

/** A UI string in the browser's language (English fallback); `subs` fill its $PLACEHOLDERS$. */
export function t(key: string, ...subs: (string | number)[]): string {
  const getMessage = extensionApi().i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key.replace(/-/g, '_'), subs.map(String)) || key;
}
