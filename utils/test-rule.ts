import { browser } from 'wxt/browser';
import { sendToTab, type RuleTest } from './messaging';
import type { Rule } from './rules/types';

/**
 * "Test on the open tab": asks every tab's page how many elements the rule
 * hides there. Pages of other sites, and tabs without Sift's content script,
 * do not answer. Needs no `tabs` permission: only tab ids are used.
 */
export async function testOnOpenTabs(rule: Rule): Promise<RuleTest[]> {
  const tabs = await browser.tabs.query({});
  const answers = await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? null : sendToTab(tab.id, { type: 'testRule', rule }).catch(() => null))),
  );
  return answers.filter((a): a is RuleTest => a !== null && typeof a === 'object');
}
