/**
 * `storage.sync` quotas (the same in Chrome and Firefox). Sizes are measured
 * the way the browsers do: the key's length plus the JSON of the value, in bytes.
 */
export const SYNC_QUOTA = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  items: 512,
  writesPerMinute: 120,
} as const;

const encoder = new TextEncoder();

export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}
