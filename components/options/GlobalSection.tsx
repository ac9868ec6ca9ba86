import { t } from '@/utils/i18n';
import { CATEGORIES } from '@/utils/rules/types';
import type { GlobalSettings } from '@/utils/settings';
import { Switch } from '../Switch';

/** Sift on or off everywhere, and each category of clutter on or off everywhere. */
export function GlobalSection({ global, onChange }: { global: GlobalSettings; onChange: (g: GlobalSettings) => void }) {
  const off = new Set(global.disabledCategories ?? []);
  const setCategory = (category: string, on: boolean) => {
    const next = new Set(off);
    if (on) next.delete(category);
    else next.add(category);
    onChange({ ...global, disabledCategories: next.size ? [...next].sort() : undefined });
  };
  return (
    <section aria-labelledby="global-heading">
      <h2 id="global-heading">{t('globalHeading')}</h2>
      <Switch id="global-enabled" label={t('globalSwitch')} checked={global.enabled !== false} onChange={(on) => onChange({ ...global, enabled: on ? undefined : false })} />
      <h3 class="muted" style="margin-top: 12px">{t('categoriesHeading')}</h3>
      <div class="categories">
        {CATEGORIES.map((c) => (
          <Switch key={c} id={`category-${c}`} label={t(`category_${c.replace(/-/g, '_')}`)} checked={!off.has(c)} onChange={(on) => setCategory(c, on)} />
        ))}
      </div>
    </section>
  );
}
