// A message's attachments as placeholders: what it is, its name and size, and the host it would
// come from. Nothing remote is loaded until the agent asks: "Load image" has core fetch the picture
// (checked, size-capped) and hand it over as a data: URL; other files open in the user's browser
// through an https link the shell validates again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../../shared/contract';
import { isSafeExternalUrl } from '../../../shared/safe-link';

interface Props {
  attachments: readonly AttachmentView[];
  /** Resolves to the image as a data: URL, or null when it could not be loaded (reported by the caller). */
  onLoadImage: (index: number) => Promise<string | null>;
}

/** Decimal units, as "kB" and "MB" say. */
function formatSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function MessageAttachments({ attachments, onLoadImage }: Props) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="attachments" aria-label={t('attachments.list')}>
      {attachments.map((attachment) => (
        <Attachment key={attachment.index} attachment={attachment} onLoadImage={onLoadImage} />
      ))}
    </ul>
  );
}

function Attachment({ attachment, onLoadImage }: { attachment: AttachmentView; onLoadImage: Props['onLoadImage'] }) {
  const { t, i18n } = useTranslation();
  const [image, setImage] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const name = attachment.name ?? t('attachments.unnamed');
  // Defence in depth: core sends only https links, and the renderer checks again before linking.
  const href = attachment.href !== null && isSafeExternalUrl(attachment.href) ? attachment.href : null;

  const load = async () => {
    setLoading(true);
    try {
      setImage(await onLoadImage(attachment.index));
    } finally {
      setLoading(false);
    }
  };

  return (
    <li className={`attachment attachment--${attachment.kind}`}>
      <p className="attachment__description">
        <span className="attachment__kind">{t(`attachments.kind.${attachment.kind}`)}</span>
        <span className="attachment__name" dir="auto">
          {name}
        </span>
        {attachment.size !== null && <span className="attachment__size">{t('attachments.size', { size: formatSize(attachment.size, i18n.language) })}</span>}
        {attachment.host !== null && <span className="attachment__host">{t('attachments.from', { host: attachment.host })}</span>}
      </p>
      {image !== null && <img className="attachment__image" src={image} alt={t('attachments.imageAlt', { name })} />}
      <div className="attachment__actions">
        {attachment.loadable && image === null && (
          <button type="button" className="button button--small" disabled={loading} aria-busy={loading} onClick={() => void load()}>
            {loading ? t('attachments.loading') : t('attachments.loadImage', { name })}
          </button>
        )}
        {href !== null && (
          <a className="button button--small button--quiet" href={href} target="_blank" rel="noopener noreferrer">
            {t('attachments.open', { name })}
          </a>
        )}
        {!attachment.loadable && href === null && <span className="attachment__note">{attachment.host === null ? t('attachments.noLink') : t('attachments.notWebLink')}</span>}
      </div>
    </li>
  );
}
