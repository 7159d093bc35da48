// Names the inbox shows for things core sends as codes or may leave blank.
import type { TFunction } from 'i18next';
import type { QueueItem } from '../../../shared/contract';

export function customerName(t: TFunction, item: QueueItem): string {
  return item.contactName ?? t('inbox.unknownCustomer');
}

export function channelName(t: TFunction, item: QueueItem): string {
  return t(`inbox.channel.${item.channelKind}`);
}

export function kindName(t: TFunction, item: QueueItem): string {
  return t(`inbox.kind.${item.kind}`);
}
