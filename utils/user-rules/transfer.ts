import { getDomain } from 'tldts';
import { CATEGORIES, type Rule } from '../rules/types';
import { selectorError, validateRule } from '../rules/validate';
import { compactSite, type GlobalSettings, type SiteSettings } from '../settings';
import { ALL_SITES } from './entry';

/**
 * Import and export of everything the user set: global switches, per-site
 * overrides and the user's own rules, as a versioned JSON file; and import of
 * uBlock-style cosmetic filters (`example.com##.selector`) for the subset Sift
 * can express. Pure: parsing reports problems item by item, and nothing is
 * written until the caller applies a plan.
 */

export const EXPORT_FORMAT = 'sift-settings';
export const EXPORT_VERSION = 1;

/** Everything the user set, as the options page holds it. */
export interface SettingsState {
  global: GlobalSettings;
  sites: Record<string, SiteSettings>;
  rules: Record<string, Rule[]>;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exported: string;
  global: GlobalSettings;
  sites: Record<string, { settings?: SiteSettings; rules?: Rule[] }>;
}

export type ImportItem =
  | { kind: 'global'; settings: GlobalSettings }
  | { kind: 'site'; site: string; settings: SiteSettings }
  | { kind: 'rule'; site: string; rule: Rule };

export interface ImportProblem {
  /** Where: `line 4`, `sites["example.com"].rules[2]`, `file`. */
  where: string;
  message: string;
}

export interface ParsedImport {
  source: 'sift' | 'ublock';
  items: ImportItem[];
  problems: ImportProblem[];
}

export function exportState(state: SettingsState, now = new Date()): ExportFile {
  const sites: ExportFile['sites'] = {};
  for (const site of [...new Set([...Object.keys(state.sites), ...Object.keys(state.rules)])].sort()) {
    const settings = compactSite(state.sites[site] ?? {});
    const rules = state.rules[site] ?? [];
    if (Object.keys(settings).length === 0 && rules.length === 0) continue;
    sites[site] = { ...(Object.keys(settings).length ? { settings } : {}), ...(rules.length ? { rules } : {}) };
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), global: state.global, sites };
}

/** Reads an export file or uBlock-style lines; `doc` is any Document (to parse selectors). */
export function parseImport(text: string, doc: Document): ParsedImport {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { source: 'sift', items: [], problems: [{ where: 'file', message: 'The file is empty.' }] };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseSiftFile(trimmed, doc);
  return parseCosmeticFilters(trimmed, doc);
}

function parseSiftFile(text: string, doc: Document): ParsedImport {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const result = { source: 'sift' as const, items, problems };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ where: 'file', message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return result;
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    problems.push({ where: 'file', message: `Not a Sift settings file (expected "format": "${EXPORT_FORMAT}").` });
    return result;
  }
  if (typeof data.version !== 'number' || data.version < 1) {
    problems.push({ where: 'version', message: 'Missing or invalid "version".' });
    return result;
  }
  if (data.version > EXPORT_VERSION) {
    problems.push({ where: 'version', message: `Made by a newer Sift (version ${data.version}); only the fields this version knows are read.` });
  }
  if (data.global !== undefined) {
    const global = readSwitches(data.global, 'global', problems, ['enabled', 'disabledRules', 'disabledCategories']);
    if (global) items.push({ kind: 'global', settings: global });
  }
  if (data.sites !== undefined && !isObject(data.sites)) problems.push({ where: 'sites', message: '"sites" must be an object.' });
  for (const [site, value] of Object.entries(isObject(data.sites) ? data.sites : {})) {
    const where = `sites[${JSON.stringify(site)}]`;
    if (!isSiteKey(site)) {
      problems.push({ where, message: `"${site}" is not a site (a hostname such as example.com, or "*" for every site).` });
      continue;
    }
    if (!isObject(value)) {
      problems.push({ where, message: 'must be an object with "settings" and/or "rules".' });
      continue;
    }
    if (value.settings !== undefined) {
      const settings = readSwitches(value.settings, `${where}.settings`, problems, [
        'enabled', 'alwaysReader', 'disabledRules', 'enabledRules', 'disabledCategories', 'enabledCategories',
      ]);
      if (settings) items.push({ kind: 'site', site, settings: compactSite(settings) });
    }
    if (value.rules !== undefined && !Array.isArray(value.rules)) problems.push({ where: `${where}.rules`, message: 'must be a list.' });
    const seen = new Set<string>();
    (Array.isArray(value.rules) ? value.rules : []).forEach((raw, i) => {
      const at = `${where}.rules[${i}]`;
      if (!isObject(raw)) return problems.push({ where: at, message: 'must be an object.' });
      const rule = { ...raw, sites: Array.isArray(raw.sites) && raw.sites.length ? raw.sites : site === ALL_SITES ? [] : [site] } as unknown as Rule;
      const errors = validateRule(rule, doc);
      if (typeof rule.id === 'string' && seen.has(rule.id)) errors.push(`Rule "${rule.id}": the id is used twice for this site.`);
      if (errors.length) return problems.push({ where: at, message: errors.join(' ') });
      seen.add(rule.id);
      items.push({ kind: 'rule', site, rule: pickRuleFields(rule) });
    });
  }
  return result;
}

/** Global or site switches: known fields with the right types; anything else is a problem. */
function readSwitches<T extends object>(raw: unknown, where: string, problems: ImportProblem[], fields: string[]): T | null {
  if (!isObject(raw)) {
    problems.push({ where, message: 'must be an object.' });
    return null;
  }
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const [key, value] of Object.entries(raw)) {
    if (!fields.includes(key)) continue; // a newer Sift's field: ignored
    const list = key.endsWith('Rules') || key.endsWith('Categories');
    if (list ? !(Array.isArray(value) && value.every((v) => typeof v === 'string')) : typeof value !== 'boolean') {
      problems.push({ where: `${where}.${key}`, message: list ? 'must be a list of names.' : 'must be true or false.' });
      ok = false;
      continue;
    }
    if (key.endsWith('Categories')) {
      const unknown = (value as string[]).filter((c) => !(CATEGORIES as readonly string[]).includes(c));
      if (unknown.length) {
        problems.push({ where: `${where}.${key}`, message: `unknown categories: ${unknown.join(', ')}.` });
        ok = false;
        continue;
      }
    }
    out[key] = value;
  }
  return ok ? (out as T) : null;
}

const PROCEDURAL = /:(?:has-text|xpath|upward|remove|remove-attr|remove-class|style|matches-css(?:-before|-after)?|matches-attr|matches-media|matches-path|matches-prop|min-text-length|watch-attr|others|-abp-[a-z-]+|contains|if|if-not)\(/;

/** uBlock Origin / Adblock Plus cosmetic filters, one per line; every other kind of line is reported. */
function parseCosmeticFilters(text: string, doc: Document): ParsedImport {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const where = `line ${i + 1}`;
    if (!line || line.startsWith('!') || /^\[adblock/i.test(line)) return; // blank, comment, header
    const m = /^([^#]*)(#[@?$%]?#|#@[?$%]#)(.*)$/.exec(line);
    if (!m) return problems.push({ where, message: 'Network filters are not supported: Sift hides page elements, it does not block requests.' });
    const [, domainList, separator, selector] = m;
    if (separator !== '##') {
      const what = separator.includes('@') ? 'Exception filters (#@#)' : separator.includes('$') || separator.includes('%') ? 'Scriptlet and style filters' : 'Extended (#?#) filters';
      return problems.push({ where, message: `${what} are not supported.` });
    }
    if (selector.startsWith('+js(') || selector.startsWith('^')) return problems.push({ where, message: 'Scriptlet and HTML filters are not supported.' });
    if (PROCEDURAL.test(selector)) return problems.push({ where, message: 'Procedural operators such as :has-text() are not supported; plain CSS selectors are.' });
    const problem = selectorError(selector, doc);
    if (problem) return problems.push({ where, message: `Invalid selector "${selector}": ${problem}` });
    const domains = domainList.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
    if (domains.some((d) => d.startsWith('~'))) return problems.push({ where, message: 'Domain exceptions (~example.com) are not supported.' });
    const bad = domains.find((d) => !isHostname(d));
    if (bad) return problems.push({ where, message: `"${bad}" is not a hostname (entity domains such as example.* are not supported).` });
    for (const domain of domains.length ? domains : [null]) {
      const site = domain ? (getDomain(domain) ?? domain) : ALL_SITES;
      const id = `user-ub-${hash(`${domain ?? '*'}##${selector}`)}`;
      if (seen.has(`${site} ${id}`)) continue;
      seen.add(`${site} ${id}`);
      items.push({
        kind: 'rule',
        site,
        rule: { id, description: `Imported filter: ${selector.length > 80 ? `${selector.slice(0, 79)}…` : selector}`, category: 'custom', sites: domain ? [domain] : [], match: { kind: 'selector', selector }, action: 'hide' },
      });
    }
  });
  if (items.length === 0 && problems.length === 0) problems.push({ where: 'file', message: 'No filters found.' });
  return { source: 'ublock', items, problems };
}

export interface ImportSummary {
  rulesAdded: number;
  rulesReplaced: number;
  rulesUnchanged: number;
  rulesRemoved: number;
  sitesChanged: number;
  globalChanged: boolean;
}

export interface ImportPlan {
  next: SettingsState;
  summary: ImportSummary;
}

/**
 * What the settings become. `merge` keeps everything there and adds or
 * replaces (by rule id, per site) what the import holds; `replace` makes the
 * settings exactly the import's valid items.
 */
export function planImport(current: SettingsState, items: readonly ImportItem[], mode: 'merge' | 'replace'): ImportPlan {
  const next: SettingsState =
    mode === 'replace' ? { global: {}, sites: {}, rules: {} } : { global: { ...current.global }, sites: { ...current.sites }, rules: { ...current.rules } };
  const summary: ImportSummary = { rulesAdded: 0, rulesReplaced: 0, rulesUnchanged: 0, rulesRemoved: 0, sitesChanged: 0, globalChanged: false };
  for (const item of items) {
    if (item.kind === 'global') next.global = mode === 'merge' ? { ...next.global, ...item.settings } : { ...item.settings };
    if (item.kind === 'site') next.sites[item.site] = compactSite(mode === 'merge' ? { ...next.sites[item.site], ...item.settings } : item.settings);
    if (item.kind === 'rule') {
      const list = [...(next.rules[item.site] ?? [])];
      const at = list.findIndex((r) => r.id === item.rule.id);
      if (at >= 0) list[at] = item.rule;
      else list.push(item.rule);
      next.rules[item.site] = list;
    }
  }
  for (const site of new Set([...Object.keys(current.rules), ...Object.keys(next.rules)])) {
    const before = new Map((current.rules[site] ?? []).map((r) => [r.id, JSON.stringify(r)]));
    const after = next.rules[site] ?? [];
    for (const r of after) {
      const old = before.get(r.id);
      if (old === undefined) summary.rulesAdded++;
      else if (old === JSON.stringify(r)) summary.rulesUnchanged++;
      else summary.rulesReplaced++;
    }
    const ids = new Set(after.map((r) => r.id));
    summary.rulesRemoved += [...before.keys()].filter((id) => !ids.has(id)).length;
  }
  for (const site of new Set([...Object.keys(current.sites), ...Object.keys(next.sites)])) {
    if (JSON.stringify(compactSite(current.sites[site] ?? {})) !== JSON.stringify(compactSite(next.sites[site] ?? {}))) summary.sitesChanged++;
  }
  summary.globalChanged = JSON.stringify(current.global) !== JSON.stringify(next.global);
  return { next, summary };
}

function pickRuleFields(rule: Rule): Rule {
  const { id, description, category, sites, match, action } = rule;
  return { id, description, category, sites: [...sites], match, action };
}

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

function isHostname(value: string): boolean {
  return HOST.test(value);
}

export function isSiteKey(value: string): boolean {
  return value === ALL_SITES || isHostname(value.toLowerCase());
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short stable id part for an imported line (FNV-1a). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
