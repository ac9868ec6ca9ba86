import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { applySettings, loadAllSettings, ruleStore } from '@/utils/storage';
import type { UnsyncedSite } from '@/utils/user-rules/store';
import type { SettingsState } from '@/utils/user-rules/transfer';
import type { RuleDraft } from '@/utils/user-rules/draft';
import { GlobalSection } from './GlobalSection';
import { ImportPanel } from './ImportPanel';
import { ResetPanel } from './ResetPanel';
import { RuleEditor } from './RuleEditor';
import { SiteCard } from './SiteCard';
import { SyncStatus } from './SyncStatus';

/** The options page: global switches, sites with their overrides and rules, the rule editor, import/export, reset. */
export function Options() {
  const [state, setState] = useState<SettingsState | null>(null);
  const [unsynced, setUnsynced] = useState<UnsyncedSite[]>([]);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<RuleDraft | null>(null);

  const reload = useCallback(async () => {
    const [next, pending] = await Promise.all([loadAllSettings(), ruleStore().unsynced()]);
    setState(next);
    setUnsynced(pending);
  }, []);

  useEffect(() => {
    void reload();
    // Another tab, the popup, the picker or another device changed something.
    const listener = () => void reload();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [reload]);

  if (!state) return <main class="options" aria-busy="true" />;

  /** Every change goes through here: what differs is written, and the user hears where it went. */
  const apply = async (next: SettingsState, done?: string) => {
    try {
      const report = await applySettings(state, next);
      setNotice(report.localOnly.length ? t('savedLocalOnly', report.localOnly.join(', ')) : (done ?? t('savedSettings')));
    } catch (error) {
      setNotice(t('saveFailed', error instanceof Error ? error.message : String(error)));
    }
    await reload();
  };

  const sites = [...new Set([...Object.keys(state.sites), ...Object.keys(state.rules)])].sort();

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      {notice && <p role="status" id="notice" class="note">{notice}</p>}
      <SyncStatus unsynced={unsynced} onRetry={async () => {
        const report = await ruleStore().resync();
        setNotice(report.localOnly.length ? t('savedLocalOnly', report.localOnly.join(', ')) : t('allSynced'));
        await reload();
      }} />
      <GlobalSection global={state.global} onChange={(global) => void apply({ ...state, global })} />

      <h2>{t('sitesHeading')}</h2>
      {sites.length === 0 && <p class="note">{t('noSites')}</p>}
      <ul id="sites">
        {sites.map((site) => (
          <SiteCard
            key={site}
            site={site}
            settings={state.sites[site] ?? {}}
            global={state.global}
            rules={state.rules[site] ?? []}
            onSettings={(settings) => void apply({ ...state, sites: { ...state.sites, [site]: settings } })}
            onRules={(rules, done) => void apply({ ...state, rules: { ...state.rules, [site]: rules } }, done)}
            onEdit={setEditing}
          />
        ))}
      </ul>

      <h2 id="editor-heading">{editing?.id ? t('editRule') : t('addRule')}</h2>
      <RuleEditor
        key={editing?.id ?? 'new'}
        initial={editing}
        onCancel={() => setEditing(null)}
        onSave={(site, rule) => {
          const list = (state.rules[site] ?? []).filter((r) => r.id !== rule.id);
          // Editing may move a rule to another site.
          const rules = { ...state.rules, [site]: [...list, rule] };
          if (editing?.id && editing.site !== site) rules[editing.site] = (state.rules[editing.site] ?? []).filter((r) => r.id !== rule.id);
          setEditing(null);
          void apply({ ...state, rules }, t('ruleSaved'));
        }}
      />

      <h2>{t('importExportHeading')}</h2>
      <ImportPanel state={state} onApply={(next, done) => apply(next, done)} />

      <h2>{t('resetHeading')}</h2>
      <ResetPanel state={state} onReset={() => apply({ global: {}, sites: {}, rules: {} }, t('resetDone'))} />
    </main>
  );
}
