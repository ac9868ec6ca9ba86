/**
 * Whether a class name, id or attribute value will likely survive a reload
 * and a small redesign. Generated names change with every build of a site:
 * CSS-in-JS (`css-1q2w3e`, `sc-bdVaJa`, `jsx-2345`), CSS modules
 * (`Card_title__2Ef7g`), framework scopes (`svelte-xyz12`), and ids or
 * values with a content number (`post-123456`).
 */
const GENERATED_PREFIX = /^(?:css|sc|jsx|emotion|styled|svelte|astro|tw|ember|ng|_ngcontent|glamor|makeStyles|jss)[-_]/i;
const MODULE_HASH = /__[A-Za-z0-9_-]{4,}$|_[A-Za-z0-9]{5,}$/;

export function isStableToken(value: string, { maxLength = 40 } = {}): boolean {
  if (!value || value.length > maxLength) return false;
  if (GENERATED_PREFIX.test(value)) return false;
  if (/\d{4,}/.test(value)) return false; // content ids, timestamps
  if (/^[\d_-]/.test(value)) return false;
  if (/\s/.test(value)) return false;
  // CSS-modules suffixes mixing letters and digits: `title__2Ef7g`, `root_a1b2c`.
  const suffix = MODULE_HASH.exec(value)?.[0];
  if (suffix && /\d/.test(suffix) && /[A-Za-z]/.test(suffix)) return false;
  for (const part of value.split(/[-_]+/)) {
    if (part.length < 5) continue;
    // A run mixing letters and digits (`1q2w3e`, `a8f3k2`).
    if (/\d/.test(part) && /[a-z]/i.test(part) && !/^[a-z]+\d{1,2}$/i.test(part)) return false;
    // Random case (`bdVaJa`, `htDAso`): two or more capitals inside a short word.
    if (part.length <= 8 && (part.slice(1).match(/[A-Z]/g)?.length ?? 0) >= 2) return false;
  }
  return true;
}

/** State classes that come and go as the user interacts: never part of a rule. */
const TRANSIENT = /^(?:is|has|js)-|^(?:active|open|opened|closed|hover|focus|focused|visible|hidden|show|shown|selected|current|expanded|collapsed|loaded|loading|sticky|fixed|animated|in|fade)$/i;

export function isStableClass(name: string): boolean {
  return isStableToken(name) && !TRANSIENT.test(name);
}

/** `data-*` attributes whose name says nothing about the element (framework bookkeeping). */
const NOISY_DATA = /^data-(?:v-|reactid|reactroot|react-|rh|n-head|styled|emotion|ved|hveid|sift-|lazy|src|srcset|original|ga|gtm|track|analytics|event|index|idx|id$|key$|pos|timestamp|time|ts$|uuid|guid|hash|nonce)/i;

export function isStableDataAttribute(name: string, value: string): boolean {
  if (!name.startsWith('data-') || NOISY_DATA.test(name)) return false;
  if (value === '') return true;
  return (value.length <= 50 && !/["\n{}[\]<>]/.test(value) && isStableToken(value, { maxLength: 50 })) || /^[a-z][a-z -]{0,40}$/i.test(value);
}
