import { browser } from 'wxt/browser';

/** A UI string in the browser's language (English fallback); `subs` fill its $PLACEHOLDERS$. */
export function t(key: string, ...subs: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key.replace(/-/g, '_'), subs.map(String)) || key;
}
