/**
 * `CSS.escape` (CSSOM spec), which jsdom lacks: an identifier made safe to
 * put in a selector.
 */
export function cssEscape(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const code = value.charCodeAt(i);
    if (code === 0) out += '\uFFFD';
    else if ((code >= 1 && code <= 0x1f) || code === 0x7f || (i === 0 && code >= 0x30 && code <= 0x39) || (i === 1 && code >= 0x30 && code <= 0x39 && value[0] === '-')) {
      out += `\\${code.toString(16)} `;
    } else if (i === 0 && value.length === 1 && ch === '-') out += '\\-';
    else if (code >= 0x80 || ch === '-' || ch === '_' || /[0-9A-Za-z]/.test(ch)) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

/** A string as a quoted CSS attribute value. */
export function cssString(value: string): string {
  // Nearly every value (a rule's id) needs no escape: no regular expression to run (or compile, in a new renderer).
  if (!value.includes('"') && !value.includes('\\') && !value.includes('\n')) return `"${value}"`;
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}
