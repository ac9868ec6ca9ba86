import { t } from '@/utils/i18n';
import type { UnsyncedSite } from '@/utils/user-rules/store';

/** Which rules are kept on this device only (sync storage full, or sync refused), and a retry. */
export function SyncStatus({ unsynced, onRetry }: { unsynced: UnsyncedSite[]; onRetry: () => void }) {
  if (unsynced.length === 0) return null;
  return (
    <section class="card warn" id="unsynced" aria-label={t('unsyncedHeading')}>
      <h3>{t('unsyncedHeading')}</h3>
      <p>{t('unsyncedText')}</p>
      <ul>
        {unsynced.map((u) => (
          <li key={u.site} data-site={u.site}>
            {u.site}: {t('ruleCount', u.rules)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onRetry}>{t('retrySync')}</button>
    </section>
  );
}
