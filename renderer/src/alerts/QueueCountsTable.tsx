// Every brand's and channel's open queue, counted: open, at risk, breached, and the totals. Each
// count is a button that shows those conversations in the inbox, filtered.
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/contract';
import type { QueueFilter } from '../inbox/useQueue';
import type { QueueCounts } from './useAlertFeed';

interface Props {
  counts: QueueCounts;
  onShow: (filter: QueueFilter) => void;
}

type CountedState = 'open' | 'atRisk' | 'breached';
const countedStates: readonly CountedState[] = ['open', 'atRisk', 'breached'];
const slaStates = { open: undefined, atRisk: 'at_risk', breached: 'breached' } as const;
const emphasis = { open: undefined, atRisk: 'counts-table__warn', breached: 'counts-table__bad' } as const;

/** The inbox filter behind a count; no brand or channel: every queue. */
function filterFor(state: CountedState, brandId?: number, channelKind?: QueueItem['channelKind']): QueueFilter {
  const slaState = slaStates[state];
  return {
    ...(brandId === undefined ? {} : { brandIds: [brandId] }),
    ...(channelKind === undefined ? {} : { channelKinds: [channelKind] }),
    ...(slaState === undefined ? {} : { slaState }),
  };
}

export function QueueCountsTable({ counts, onShow }: Props) {
  const { t } = useTranslation();
  const total = (state: CountedState) => counts.reduce((sum, row) => sum + row[state], 0);
  return (
    <table className="counts-table">
      <thead>
        <tr>
          <th scope="col">{t('alerts.counts.brand')}</th>
          <th scope="col">{t('alerts.counts.channel')}</th>
          <th scope="col">{t('alerts.counts.open')}</th>
          <th scope="col">{t('alerts.counts.atRisk')}</th>
          <th scope="col">{t('alerts.counts.breached')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((row) => {
          const channel = t(`inbox.channel.${row.channelKind}`);
          return (
            <tr key={`${row.brandId}-${row.channelKind}`}>
              <th scope="row">
                <span className="brand-dot" style={{ background: row.brandColor }} aria-hidden="true" /> {row.brandName}
              </th>
              <td>{channel}</td>
              {countedStates.map((state) => (
                <CountCell
                  key={state}
                  state={state}
                  count={row[state]}
                  label={t(`supervisor.counts.show.${state}`, { count: row[state], brand: row.brandName, channel })}
                  onShow={() => onShow(filterFor(state, row.brandId, row.channelKind))}
                />
              ))}
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('supervisor.counts.total')}
          </th>
          {countedStates.map((state) => (
            <CountCell key={state} state={state} count={total(state)} label={t(`supervisor.counts.showAll.${state}`, { count: total(state) })} onShow={() => onShow(filterFor(state))} />
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

/** A count as a button; zero stays plain text, as there is nothing to show. */
function CountCell({ state, count, label, onShow }: { state: CountedState; count: number; label: string; onShow: () => void }) {
  const { t } = useTranslation();
  const number = t('supervisor.counts.number', { count });
  return (
    <td className={count > 0 ? emphasis[state] : undefined}>
      {count > 0 ? (
        <button type="button" className="counts-table__count" aria-label={label} onClick={onShow}>
          {number}
        </button>
      ) : (
        number
      )}
    </td>
  );
}
