import { useMemo, useState } from 'preact/hooks';
import { downloadText } from '@/utils/download';
import { t } from '@/utils/i18n';
import { exportState, parseImport, planImport, type ParsedImport, type SettingsState } from '@/utils/user-rules/transfer';

interface Props {
  state: SettingsState;
  onApply: (next: SettingsState, done: string) => Promise<void>;
}

export async function exportToFile(state: SettingsState): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  await downloadText(JSON.stringify(exportState(state), null, 2), `sift-settings-${date}.json`, 'application/json', true);
}

/**
 * Export everything as a versioned JSON file; import one (or uBlock-style
 * `example.com##.selector` lines) with a preview first: what would be added,
 * replaced or removed, and every line or item that cannot be imported, named.
 * Nothing invalid is imported and nothing is written before "Import".
 */
export function ImportPanel({ state, onApply }: Props) {
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedImport | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const plan = useMemo(() => (parsed ? planImport(state, parsed.items, mode) : null), [parsed, state, mode]);
  const check = (value: string) => {
    setText(value);
    setParsed(value.trim() ? parseImport(value, document) : null);
  };
  const s = plan?.summary;
  return (
    <section class="card" id="import-export">
      <div class="actions">
        <button type="button" id="export" onClick={() => void exportToFile(state)}>{t('exportButton')}</button>
        <label class="field">
          {t('importFile')}
          <input type="file" id="import-file" accept=".json,.txt,application/json,text/plain" onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) check(await file.text());
          }} />
        </label>
      </div>
      <label class="field" style="margin-top: 10px">
        {t('importPaste')}
        <textarea id="import-text" value={text} spellcheck={false} placeholder={'{ "format": "sift-settings", … }\nexample.com##.newsletter-box'} onInput={(e) => check(e.currentTarget.value)} />
      </label>
      {parsed && s && (
        <div id="import-preview" role="region" aria-label={t('importPreview')}>
          <fieldset>
            <legend>{t('importMode')}</legend>
            <label><input type="radio" name="mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('importMerge')}</label>{' '}
            <label><input type="radio" name="mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('importReplace')}</label>
          </fieldset>
          <p id="import-summary">{t('importSummary', s.rulesAdded, s.rulesReplaced, s.rulesRemoved, s.sitesChanged)}</p>
          {parsed.problems.length > 0 && (
            <>
              <p class="warn">{t('importProblems', parsed.problems.length)}</p>
              <ul class="problems" id="import-problems">
                {parsed.problems.map((p, i) => (
                  <li key={i}><code>{p.where}</code>: {p.message}</li>
                ))}
              </ul>
            </>
          )}
          <div class="actions">
            <button type="button" class="primary" id="import-apply" disabled={parsed.items.length === 0 && mode === 'merge'} onClick={() => {
              const done = t('importDone', parsed.items.length);
              setText('');
              setParsed(null);
              void onApply(plan.next, done);
            }}>{t('importButton')}</button>
            <button type="button" onClick={() => check('')}>{t('cancel')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
