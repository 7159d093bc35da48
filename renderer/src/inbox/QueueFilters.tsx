// How the queue is sliced: status (open by default), brand (a freelancer's per-brand view),
// channel, kind, response-target state and tag. Every change re-reads the queue from core.
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import { ChannelKind, type ConversationStatus } from '../../../shared/contract';
import type { QueueFilter } from './useQueue';

interface Props {
  api: SportelloApi;
  value: QueueFilter;
  onChange: (filter: QueueFilter) => void;
}

const statuses: readonly ConversationStatus[] = ['open', 'pending', 'snoozed', 'closed'];
const slaStates = ['at_risk', 'breached', 'ok'] as const;

// Memoized: the inbox re-renders on every keystroke in the composer, and the filters never change then.
export const QueueFilters = memo(function QueueFilters({ api, value, onChange }: Props) {
  const { t } = useTranslation();
  const [brands, setBrands] = useState<Array<{ id: number; name: string }>>([]);
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    let active = true;
    const load = () =>
      void Promise.all([api.call('brands.list', {}), api.call('tags.list', {})]).then(([brandList, tagList]) => {
        if (!active) return;
        if (brandList.ok) setBrands(brandList.value);
        if (tagList.ok) setTags(tagList.value);
      });
    load();
    // New brands arrive with accounts, new tags with conversations.
    const unsubscribe = api.on('conversations.changed', load);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [api]);
  const set = (patch: Partial<QueueFilter>) => {
    const next: Record<string, unknown> = { ...value, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    onChange(next as QueueFilter);
  };
  const status = value.status ?? 'open';
  return (
    <div className="queue-filters">
      <fieldset className="status-filter">
        <legend className="visually-hidden">{t('inbox.statusFilter')}</legend>
        {statuses.map((option) => (
          <label key={option} className={`status-filter__option${option === status ? ' status-filter__option--on' : ''}`}>
            <input type="radio" className="visually-hidden" name="queue-status" value={option} checked={option === status} onChange={() => set({ status: option })} />
            {t(`inbox.statusTab.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="queue-filters__selects">
        <select className="select" aria-label={t('inbox.filter.brand')} value={value.brandIds?.[0] ?? ''} onChange={(event) => set({ brandIds: event.target.value ? [Number(event.target.value)] : undefined })}>
          <option value="">{t('inbox.filter.allBrands')}</option>
          {brands.map((brand) => (
            <option key={brand.id} value={brand.id}>
              {brand.name}
            </option>
          ))}
        </select>
        <select
          className="select"
          aria-label={t('inbox.filter.channel')}
          value={value.channelKinds?.[0] ?? ''}
          onChange={(event) => set({ channelKinds: event.target.value ? [event.target.value as (typeof ChannelKind.options)[number]] : undefined })}
        >
          <option value="">{t('inbox.filter.allChannels')}</option>
          {ChannelKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`inbox.channel.${kind}`)}
            </option>
          ))}
        </select>
        <select className="select" aria-label={t('inbox.filter.kind')} value={value.kind ?? ''} onChange={(event) => set({ kind: (event.target.value || undefined) as QueueFilter['kind'] })}>
          <option value="">{t('inbox.filter.allKinds')}</option>
          <option value="dm">{t('inbox.kind.dm')}</option>
          <option value="comments">{t('inbox.kind.comments')}</option>
        </select>
        <select
          className="select"
          aria-label={t('inbox.filter.sla')}
          value={value.slaState ?? ''}
          onChange={(event) => set({ slaState: (event.target.value || undefined) as QueueFilter['slaState'] })}
        >
          <option value="">{t('inbox.filter.anySla')}</option>
          {slaStates.map((state) => (
            <option key={state} value={state}>
              {t(`inbox.filter.slaState.${state}`)}
            </option>
          ))}
        </select>
        {tags.length > 0 && (
          <select className="select" aria-label={t('inbox.filter.tag')} value={value.tag ?? ''} onChange={(event) => set({ tag: event.target.value || undefined })}>
            <option value="">{t('inbox.filter.anyTag')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        )}
      </div>
    </div>
  );
});
