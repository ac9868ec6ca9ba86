import { CATEGORIES, type Rule } from './types';
import { compileHeadingPatterns, compileLinkPatterns } from './compile';
import { isMatchPattern } from './sites';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOSTNAME = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

/**
 * Problems with a rule, each a sentence naming the rule and the field, or an
 * empty list when it is valid. `doc` is any Document, used only to parse selectors.
 */
export function validateRule(rule: Rule, doc: Document): string[] {
  const errors: string[] = [];
  const name = typeof rule?.id === 'string' && rule.id ? `Rule "${rule.id}"` : 'A rule';
  if (typeof rule?.id !== 'string' || !ID.test(rule.id)) errors.push(`${name}: id must be kebab-case (a-z, 0-9, dashes).`);
  if (typeof rule?.description !== 'string' || rule.description.trim().length < 10) {
    errors.push(`${name}: description must be a sentence.`);
  }
  if (!CATEGORIES.includes(rule?.category)) errors.push(`${name}: unknown category "${String(rule?.category)}".`);
  if (rule?.action !== 'hide') errors.push(`${name}: action must be "hide".`);
  if (!Array.isArray(rule?.sites)) errors.push(`${name}: sites must be a list.`);
  else {
    for (const site of rule.sites) {
      if (typeof site !== 'string' || !(HOSTNAME.test(site) || isMatchPattern(site))) {
        errors.push(`${name}: "${String(site)}" is neither a hostname nor a match pattern.`);
      }
    }
  }
  const match = rule?.match;
  // A list of patterns: none given, or one that does not compile, in this rule's words.
  const patternList = (patterns: readonly string[] | undefined, compile: (p: readonly string[]) => RegExp, empty: string, invalid: string) => {
    if (!Array.isArray(patterns) || patterns.length === 0) errors.push(`${name}: ${empty}`);
    else {
      const problem = regexError(() => compile(patterns));
      if (problem) errors.push(`${name}: ${invalid}: ${problem}`);
    }
  };
  const textPatterns = (p: readonly string[]) => compileLinkPatterns(p, 'iu');
  switch (match?.kind) {
    case 'selector': {
      const problem = selectorError(match.selector, doc);
      if (problem) errors.push(`${name}: invalid selector "${match.selector}": ${problem}`);
      break;
    }
    case 'heading':
      patternList(match.patterns, compileHeadingPatterns, 'needs at least one pattern.', 'invalid pattern');
      if (match.up !== undefined && !(Number.isInteger(match.up) && match.up >= 0 && match.up <= 30)) {
        errors.push(`${name}: "up" must be a whole number from 0 to 30.`);
      }
      if (match.emptySlots !== undefined && typeof match.emptySlots !== 'boolean') errors.push(`${name}: "emptySlots" must be true or false.`);
      if (match.siteNamed !== undefined) patternList(match.siteNamed, compileHeadingPatterns, '"siteNamed", when given, needs at least one pattern.', 'invalid site-named pattern');
      break;
    case 'links':
      patternList(match.hrefPatterns, compileLinkPatterns, 'needs at least one link pattern.', 'invalid link pattern');
      if (match.textPatterns !== undefined) patternList(match.textPatterns, textPatterns, '"textPatterns", when given, needs at least one pattern.', 'invalid link text pattern');
      if (match.prompt !== undefined && typeof match.prompt !== 'boolean') errors.push(`${name}: "prompt" must be true or false.`);
      if (match.bar !== undefined && typeof match.bar !== 'boolean') errors.push(`${name}: "bar" must be true or false.`);
      if (match.besides !== undefined && !(Number.isInteger(match.besides) && match.besides >= 0 && match.besides <= 200)) {
        errors.push(`${name}: "besides" must be a whole number from 0 to 200.`);
      }
      break;
    case 'dialog':
      patternList(match.textPatterns, textPatterns, 'needs at least one text pattern.', 'invalid text pattern');
      break;
    case 'notice':
      patternList(match.buttons, compileHeadingPatterns, 'needs at least one button pattern.', 'invalid button pattern');
      patternList(match.textPatterns, textPatterns, 'needs at least one text pattern.', 'invalid text pattern');
      break;
    case 'teasers':
      if (!(Number.isInteger(match.min) && match.min >= 2 && match.min <= 100)) errors.push(`${name}: "min" must be a whole number from 2 to 100.`);
      break;
    case 'form': {
      const asks = selectorError(match.asks, doc);
      if (asks) errors.push(`${name}: invalid field selector "${String(match.asks)}": ${asks}`);
      const refuses = match.refuses === undefined ? null : selectorError(match.refuses, doc);
      if (refuses) errors.push(`${name}: invalid refused-field selector "${String(match.refuses)}": ${refuses}`);
      break;
    }
    default:
      errors.push(`${name}: match.kind must be "selector", "heading", "links", "dialog", "form", "notice" or "teasers".`);
  }
  return errors;
}

/** Why a CSS selector does not parse, or null when it does. */
export function selectorError(selector: unknown, doc: Document): string | null {
  if (typeof selector !== 'string' || selector.trim() === '') return 'the selector is empty';
  try {
    doc.createDocumentFragment().querySelector(selector);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

function regexError(compile: () => RegExp): string | null {
  try {
    compile();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
