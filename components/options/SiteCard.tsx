import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { RuleTest } from '@/utils/messaging';
import { findRule } from '@/utils/rules/registry';
import type { Rule } from '@/utils/rules/types';
import { withRuleSwitched, type GlobalSettings, type SiteSettings } from '@/utils/settings';
import { testOnOpenTabs } from '@/utils/test-rule';
import { draftOf, type RuleDraft } from '@/utils/user-rules/draft';
import { ALL_SITES } from '@/utils/user-rules/entry';
import { Switch } from '../Switch';

interface Props {
  site: string;
  settings: SiteSettings;
  global: GlobalSettings;
  rules: Rule[];
  onSettings: (settings: SiteSettings) => void;
  onRules: (rules: Rule[], done?: string) => void;
  onEdit: (draft: RuleDraft) => void;
}

/** One site: its switch, its overrides of built-in rules, and the user's rules for it. */
export function SiteCard({ site, settings, global, rules, onSettings, onRules, onEdit }: Props) {
  const [tests, setTests] = useState<Record<string, RuleTest[] | 'running'>>({});
  const disabled = new Set(settings.disabledRules ?? []);
  const builtinOff = [...disabled].filter((id) => !rules.some((r) => r.id === id));
  const label = site === ALL_SITES ? t('allSites') : site;
  const runTest = async (rule: Rule) => {
    setTests((s) => ({ ...s, [rule.id]: 'running' }));
    const results = await testOnOpenTabs(rule);
    setTests((s) => ({ ...s, [rule.id]: results }));
  };
  return (
    <li class="card site" data-site={site}>
      <header>
        <h3>{label}</h3>
        {site !== ALL_SITES && (
          <Switch id={`site-${site}`} label={t('cleanUpSite')} checked={settings.enabled !== false} onChange={(on) => onSettings({ ...settings, enabled: on ? undefined : false })} />
        )}
      </header>
      {settings.alwaysReader && (
        <p class="note">
          {t('opensInReader')} <button type="button" onClick={() => onSettings({ ...settings, alwaysReader: undefined })}>{t('stop')}</button>
        </p>
      )}
      {builtinOff.length > 0 && (
        <ul aria-label={t('builtinOff')}>
          {builtinOff.map((id) => (
            <li key={id} class="rule-row">
              <span>{t('ruleOffHere', findRule(id)?.description ?? id)}</span>
              <button type="button" onClick={() => onSettings(withRuleSwitched(settings, global, id, true))}>{t('switchOn')}</button>
            </li>
          ))}
        </ul>
      )}
      {rules.length > 0 && (
        <ul aria-label={t('yourRules')} class="user-rules">
          {rules.map((rule) => {
            const test = tests[rule.id];
            return (
              <li key={rule.id} class="rule-row user-rule" data-rule={rule.id}>
                <div>
                  <Switch id={`rule-${rule.id}`} label={rule.description} checked={!disabled.has(rule.id)} onChange={(on) => onSettings(withRuleSwitched(settings, global, rule.id, on))} />
                  <div>
                    <code>{matchText(rule)}</code>
                  </div>
                </div>
                <div class="actions">
                  <button type="button" data-action="test" onClick={() => void runTest(rule)}>{t('testOnTab')}</button>
                  <button type="button" data-action="edit" onClick={() => {
                    onEdit(draftOf(site, rule));
                    document.getElementById('editor-heading')?.scrollIntoView();
                  }}>{t('edit')}</button>
                  <button type="button" data-action="delete" class="danger" onClick={() => onRules(rules.filter((r) => r.id !== rule.id), t('ruleDeleted'))}>
                    {t('deleteRule')}
                  </button>
                </div>
                {test && (
                  <p class="test-result" role="status">
                    {test === 'running'
                      ? t('testing')
                      : test.length === 0
                        ? t('noTabForSite')
                        : test.map((r) => t('testResult', r.count, r.title || r.url)).join(' · ')}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

function matchText(rule: Rule): string {
  const m = rule.match;
  if (m.kind === 'selector') return m.selector;
  if (m.kind === 'heading') return `${t('headingMatch')}: ${m.patterns.join(' | ')}${m.up !== undefined ? ` (+${m.up})` : ''}`;
  if (m.kind === 'dialog') return `${t('dialogMatch')}: ${m.textPatterns.join(' | ')}`;
  if (m.kind === 'form') return `${t('formMatch')}: ${m.asks}${m.refuses ? ` (${t('formRefuses')}: ${m.refuses})` : ''}`;
  if (m.kind === 'teasers') return `${t('teasersMatch')}: ${m.min}`;
  if (m.kind === 'notice') return `${t('noticeMatch')}: ${m.buttons.join(' | ')} (${t('noticeSaying')}: ${m.textPatterns.join(' | ')})`;
  return m.hrefPatterns.join(' | ');
}
