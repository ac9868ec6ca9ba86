import type { EngineSettings } from './engine/types';
import type { Rule } from './rules/types';

/** Per-site overrides; only what differs from the global settings is stored. */
export interface SiteSettings {
  /** False: Sift leaves this site alone. */
  enabled?: boolean;
  /** True: pages of this site open in Sift's reader view. */
  alwaysReader?: boolean;
  /** Rules switched off / on for this site (on: overriding a global switch-off). */
  disabledRules?: string[];
  enabledRules?: string[];
  disabledCategories?: string[];
  enabledCategories?: string[];
}

export interface GlobalSettings {
  enabled?: boolean;
  disabledRules?: string[];
  disabledCategories?: string[];
}

export interface Settings {
  global: GlobalSettings;
  site: SiteSettings;
  userRules: Rule[];
}

/** Whether Sift cleans pages of this site. */
export function isSiteEnabled(s: Pick<Settings, 'global' | 'site'>): boolean {
  return s.global.enabled !== false && s.site.enabled !== false;
}

/** The engine's view of the settings for one site. */
export function engineSettings(s: Settings): EngineSettings {
  const merge = (global: string[] = [], off: string[] = [], on: string[] = []) =>
    [...new Set([...global, ...off])].filter((id) => !on.includes(id));
  return {
    disabledRules: merge(s.global.disabledRules, s.site.disabledRules, s.site.enabledRules),
    disabledCategories: merge(s.global.disabledCategories, s.site.disabledCategories, s.site.enabledCategories),
    userRules: s.userRules,
  };
}

/** Switches one rule for one site; returns the new overrides (defaults dropped). */
export function withRuleSwitched(site: SiteSettings, global: GlobalSettings, ruleId: string, on: boolean): SiteSettings {
  const globallyOff = (global.disabledRules ?? []).includes(ruleId);
  const off = new Set(site.disabledRules ?? []);
  const onSet = new Set(site.enabledRules ?? []);
  off.delete(ruleId);
  onSet.delete(ruleId);
  if (on && globallyOff) onSet.add(ruleId);
  if (!on && !globallyOff) off.add(ruleId);
  return compactSite({ ...site, disabledRules: [...off], enabledRules: [...onSet] });
}

/** Drops empty lists and default values, so storage holds only differences. */
export function compactSite(site: SiteSettings): SiteSettings {
  const out: SiteSettings = {};
  if (site.enabled === false) out.enabled = false;
  if (site.alwaysReader === true) out.alwaysReader = true;
  for (const key of ['disabledRules', 'enabledRules', 'disabledCategories', 'enabledCategories'] as const) {
    if (site[key]?.length) out[key] = [...new Set(site[key])].sort();
  }
  return out;
}

export function isEmptySite(site: SiteSettings): boolean {
  return Object.keys(compactSite(site)).length === 0;
}
