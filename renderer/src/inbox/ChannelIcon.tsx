// Small glyphs for where a conversation comes from. Decorative: the channel's name is always
// written next to them.
import type { QueueItem } from '../../../shared/contract';

export function ChannelIcon({ channel }: { channel: QueueItem['channelKind'] }) {
  return (
    <svg className="channel-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {channel === 'facebook_page' && (
        <>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M9.5 5.25H8.75a1.5 1.5 0 0 0-1.5 1.5V14.5M5.75 8.75h4" />
        </>
      )}
      {channel === 'instagram' && (
        <>
          <rect x="2" y="2" width="12" height="12" rx="3.5" />
          <circle cx="8" cy="8" r="2.75" />
          <path d="M11.5 4.5v.01" />
        </>
      )}
      {channel === 'x' && <path d="M3 3l10 10M13 3 3 13" />}
      {channel === 'helpdesk' && (
        <>
          <path d="M3 9V8a5 5 0 0 1 10 0v1" />
          <rect x="2.5" y="9" width="2.5" height="4" rx="1" />
          <rect x="11" y="9" width="2.5" height="4" rx="1" />
        </>
      )}
      {channel === 'email' && (
        <>
          <rect x="2" y="3.5" width="12" height="9" rx="1.5" />
          <path d="m2.5 4.5 5.5 4 5.5-4" />
        </>
      )}
    </svg>
  );
}

/** Direct messages: a speech bubble; public comments: people, since everyone can read them. */
export function KindIcon({ kind }: { kind: QueueItem['kind'] }) {
  return (
    <svg className="channel-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {kind === 'dm' ? (
        <path d="M3 3.5h10a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H7l-3 2.5v-2.5H3a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1Z" />
      ) : (
        <>
          <circle cx="5.5" cy="6" r="2" />
          <circle cx="11" cy="6" r="2" />
          <path d="M2 13a3.5 3.5 0 0 1 7 0M8.5 13a3 3 0 0 1 5.5-1.5" />
        </>
      )}
    </svg>
  );
}
