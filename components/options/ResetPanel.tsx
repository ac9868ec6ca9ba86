import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { SettingsState } from '@/utils/user-rules/transfer';
import { exportToFile } from './ImportPanel';

/** Back to the defaults, after a confirmation that offers an export first. */
export function ResetPanel({ state, onReset }: { state: SettingsState; onReset: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return <button type="button" id="reset" class="danger" onClick={() => setConfirming(true)}>{t('resetButton')}</button>;
  }
  return (
    <div class="card" role="alertdialog" aria-labelledby="reset-question" id="reset-confirm">
      <p id="reset-question">{t('resetQuestion')}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportToFile(state)}>{t('exportFirst')}</button>
        <button type="button" class="danger" id="reset-confirm-button" onClick={() => {
          setConfirming(false);
          void onReset();
        }}>{t('resetConfirm')}</button>
        <button type="button" onClick={() => setConfirming(false)}>{t('cancel')}</button>
      </div>
    </div>
  );
}
