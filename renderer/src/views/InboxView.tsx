import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { ReportError } from '../errors/useCallErrors';
import { ConversationPane } from '../inbox/ConversationPane';
import { QueueList } from '../inbox/QueueList';
import { QueueFilters } from '../inbox/QueueFilters';
import { SavedViews } from '../inbox/SavedViews';
import type { SavedViewsState } from '../inbox/useSavedViews';
import { plainKey, useKeyboardShortcut } from '../shell/useKeyboardShortcut';
import { SearchResults } from '../inbox/SearchResults';
import { useSearch } from '../inbox/useSearch';
import { useQueue, type QueueFilter } from '../inbox/useQueue';
import { EmptyState } from './EmptyState';
import { EmptyInboxIllustration } from './illustrations';

interface Props {
  api: SportelloApi;
  /** Null while the accounts are being read. */
  hasAccounts: boolean | null;
  reportError: ReportError;
  onConnectAccount: () => void;
  /** Show this conversation (from an alert); a new sequence asks again. */
  openRequest: { id: number; sequence: number } | null;
  /** Signs saved replies ({{agent}}). */
  agentName: string;
  /** The queue's filters: kept by the console, so they outlast a visit to another view and can be set from it. */
  filter: QueueFilter;
  onFilterChange: (filter: QueueFilter) => void;
  /** Read once by the console, which also offers them in the command palette. */
  savedViews: SavedViewsState;
}

/** A window event that puts the cursor in the search field (from the command palette). */
export const focusSearchEvent = 'sportello:focus-search';

/** The queue on the left, the open conversation on the right. */
export function InboxView({ api, hasAccounts, reportError, onConnectAccount, openRequest, agentName, filter, onFilterChange, savedViews }: Props) {
  const { t } = useTranslation();
  const { items, total, loadMore, markRead } = useQueue(api, reportError, filter);
  const [query, setQuery] = useState('');
  const hits = useSearch(api, query, { brandIds: filter.brandIds, channelKinds: filter.channelKinds, kind: filter.kind, status: filter.status }, reportError);
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);
  const [openId, setOpenId] = useState<number | null>(openRequest?.id ?? null);
  // A new request opens its conversation (state adjusted while rendering, not in an effect).
  const [handledRequest, setHandledRequest] = useState(openRequest);
  if (openRequest !== handledRequest) {
    setHandledRequest(openRequest);
    if (openRequest) setOpenId(openRequest.id);
  }
  useViewingReport(api, openId);
  // Drafts by conversation: switching away and back, or a failed send, loses nothing.
  const [drafts, setDrafts] = useState<ReadonlyMap<number, string>>(new Map());

  // Kept in core too, once the composer says typing settled: drafts survive a restart and offline days.
  const onDraftChange = useCallback(
    (id: number, text: string) => {
      setDrafts((current) => new Map(current).set(id, text));
      void api.call('drafts.save', { conversationId: id, text }).then((outcome) => !outcome.ok && reportError(outcome.error));
    },
    [api, reportError],
  );

  const noAccounts = hasAccounts === false && (items === null || items.length === 0);

  return (
    <div className="inbox">
      <h1 className="view__title inbox__title" tabIndex={-1}>
        {t('inbox.title')}
      </h1>
      {noAccounts ? (
        <div className="inbox__empty">
          <EmptyState illustration={<EmptyInboxIllustration />} title={t('inbox.emptyTitle')} body={t('inbox.emptyBody')}>
            <button type="button" className="button button--primary" onClick={onConnectAccount}>
              {t('inbox.connectAccount')}
            </button>
          </EmptyState>
        </div>
      ) : (
        <div className="inbox__panes">
          <div className="inbox__queue">
            <input
              ref={searchRef}
              type="search"
              className="text-field inbox__search"
              value={query}
              placeholder={t('inbox.search.placeholder')}
              aria-label={t('inbox.search.label')}
              aria-keyshortcuts="/"
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setQuery('');
                else if (event.key === 'ArrowDown') event.currentTarget.parentElement?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
              }}
            />
            {/* The filters stay while searching: brand, channel, kind and a chosen status narrow the search too. */}
            <QueueFilters api={api} value={filter} onChange={onFilterChange} />
            {hits === null && <SavedViews views={savedViews.views} current={filter} onApply={onFilterChange} onSave={savedViews.save} onDelete={savedViews.remove} />}
            {hits !== null ? (
              <SearchResults hits={hits} onOpen={setOpenId} />
            ) : items === null ? (
              <p className="inbox__note" role="status">
                {t('inbox.loading')}
              </p>
            ) : items.length === 0 ? (
              <div className="inbox__note">
                <p className="inbox__note-title">{t('inbox.queueEmptyTitle')}</p>
                <p>{t('inbox.queueEmptyBody')}</p>
              </div>
            ) : (
              // A new filter is a new list, from its top (keyed, so no scroll position carries over).
              <QueueList key={JSON.stringify(filter)} items={items} total={total ?? items.length} openId={openId} onOpen={setOpenId} onNearEnd={loadMore} />
            )}
          </div>
          {openId === null ? (
            <div className="conversation conversation--placeholder">
              <p className="inbox__note-title">{t('inbox.noSelectionTitle')}</p>
              <p>{t('inbox.noSelectionBody')}</p>
            </div>
          ) : (
            <ConversationPane
              api={api}
              id={openId}
              reportError={reportError}
              onOpened={markRead}
              draft={drafts.get(openId)}
              agentName={agentName}
              onOpenConversation={setOpenId}
              onDraftChange={onDraftChange}
            />
          )}
        </div>
      )}
    </div>
  );
}

/** Tells core which conversation is on screen, so its alerts stay silent; none while the window is hidden. */
function useViewingReport(api: SportelloApi, openId: number | null): void {
  useEffect(() => {
    const report = () => void api.call('alerts.viewing', { conversationId: document.visibilityState === 'visible' ? openId : null });
    report();
    document.addEventListener('visibilitychange', report);
    return () => {
      document.removeEventListener('visibilitychange', report);
      void api.call('alerts.viewing', { conversationId: null });
    };
  }, [api, openId]);
}


/** "/" puts the cursor in the search field from anywhere in the inbox but a text field; so does the command palette. */
function useSearchShortcut(searchRef: React.RefObject<HTMLInputElement | null>): void {
  useKeyboardShortcut(plainKey('/'), () => searchRef.current?.focus());
  useEffect(() => {
    const focusSearch = () => searchRef.current?.focus();
    window.addEventListener(focusSearchEvent, focusSearch);
    return () => window.removeEventListener(focusSearchEvent, focusSearch);
  }, [searchRef]);
}
