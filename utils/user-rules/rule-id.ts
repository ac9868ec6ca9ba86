/** A new id for a user's own rule: kebab-case, unique enough across devices (time plus a random tail). */
export function newRuleId(): string {
  return `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
