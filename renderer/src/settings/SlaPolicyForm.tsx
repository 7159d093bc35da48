// One response-time policy: a preset or custom targets, when to warn, when to escalate, and whether
// the clock counts business hours only. For a narrower rule, also its channel and priority.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelKind, type SlaPolicyInput, type SlaPolicyView } from '../../../shared/contract';
import type { CallError } from '../../../shared/outcome';
import { minute, slaPresets, type SlaPresetId } from '../../../shared/sla/clock';
import { SaveResult, type SaveOutcome } from './SaveResult';

interface Props {
  /** The stored policy, or a new rule's starting point (no id). */
  policy: SlaPolicyInput;
  brandName: string;
  /** The brand-wide policy cannot be narrowed: it has no channel or priority fields. */
  brandWide: boolean;
  onSave: (input: SlaPolicyInput) => Promise<CallError | null>;
  onDelete?: () => Promise<CallError | null>;
}

interface Draft {
  channelKind: string;
  priority: string;
  preset: SlaPresetId | 'custom';
  first: string;
  next: string;
  warningMode: 'share' | 'lead';
  warningValue: string;
  escalation: string;
  businessHours: boolean;
}

function draftOf(policy: SlaPolicyInput): Draft {
  return {
    channelKind: policy.channelKind ?? '',
    priority: policy.priority === null ? '' : String(policy.priority),
    preset: policy.preset ?? 'custom',
    first: policy.firstResponseMinutes === null ? '' : String(policy.firstResponseMinutes),
    next: policy.nextResponseMinutes === null ? '' : String(policy.nextResponseMinutes),
    warningMode: 'share' in policy.warning ? 'share' : 'lead',
    warningValue: 'share' in policy.warning ? String(Math.round(policy.warning.share * 100)) : String(policy.warning.leadMinutes),
    escalation: String(policy.escalationDelayMinutes),
    businessHours: policy.businessHours,
  };
}

function inputOf(draft: Draft, policy: SlaPolicyInput): SlaPolicyInput {
  const minutes = (text: string) => (text.trim() === '' ? null : Number(text));
  const warningValue = Number(draft.warningValue);
  return {
    ...(policy.id === undefined ? {} : { id: policy.id }),
    brandId: policy.brandId,
    channelKind: draft.channelKind === '' ? null : (draft.channelKind as SlaPolicyInput['channelKind']),
    priority: draft.priority === '' ? null : Number(draft.priority),
    preset: draft.preset === 'custom' ? null : draft.preset,
    firstResponseMinutes: minutes(draft.first),
    nextResponseMinutes: minutes(draft.next),
    warning: draft.warningMode === 'share' ? { share: warningValue / 100 } : { leadMinutes: warningValue },
    escalationDelayMinutes: Number(draft.escalation),
    businessHours: draft.businessHours,
  };
}

export function SlaPolicyForm({ policy, brandName, brandWide, onSave, onDelete }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(policy));
  const [result, setResult] = useState<SaveOutcome>(null);
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<Draft>) => {
    setResult(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const editTarget = (patch: Partial<Draft>) => edit({ ...patch, preset: 'custom' });
  const choosePreset = (preset: Draft['preset']) => {
    if (preset === 'custom') return edit({ preset });
    const targets = slaPresets[preset];
    edit({
      preset,
      first: String(targets.firstResponseMs / minute),
      next: String(targets.nextResponseMs / minute),
      warningMode: 'share',
      warningValue: String(Math.round(targets.warningShare * 100)),
      businessHours: targets.businessHours,
    });
  };

  const scope = brandWide
    ? t('settings.sla.brandWide')
    : [
        draft.channelKind === '' ? t('settings.sla.anyChannel') : t(`inbox.channel.${draft.channelKind as (typeof ChannelKind.options)[number]}`),
        draft.priority === '' ? t('settings.sla.anyPriority') : t('settings.sla.priorityValue', { value: Number(draft.priority) }),
      ].join(' · ');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const error = await onSave(inputOf(draft, policy));
    setBusy(false);
    setResult(error ? { ok: false, message: error.message } : { ok: true });
  };

  return (
    <form className="policy-form" aria-label={t('settings.sla.formName', { brand: brandName, scope })} onSubmit={(event) => void submit(event)}>
      {!brandWide && (
        <div className="inline-fields">
          <label className="inline-field">
            {t('settings.sla.channelLabel')}
            <select className="select" value={draft.channelKind} onChange={(event) => edit({ channelKind: event.target.value })}>
              <option value="">{t('settings.sla.anyChannel')}</option>
              {ChannelKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`inbox.channel.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            {t('settings.sla.priorityLabel')}
            <select className="select" value={draft.priority} onChange={(event) => edit({ priority: event.target.value })}>
              <option value="">{t('settings.sla.anyPriority')}</option>
              {[0, 1, 2, 3].map((value) => (
                <option key={value} value={value}>
                  {t('settings.sla.priorityValue', { value })}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="inline-fields">
        <label className="inline-field">
          {t('settings.sla.preset.label')}
          <select className="select" value={draft.preset} onChange={(event) => choosePreset(event.target.value as Draft['preset'])}>
            {(['very_responsive', 'one_hour', 'same_business_day', 'custom'] as const).map((preset) => (
              <option key={preset} value={preset}>
                {t(`settings.sla.preset.${preset}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('settings.sla.firstResponse')}
          <input className="text-field text-field--number" type="number" min={1} max={43200} value={draft.first} onChange={(event) => editTarget({ first: event.target.value })} />
        </label>
        <label className="inline-field">
          {t('settings.sla.nextResponse')}
          <input className="text-field text-field--number" type="number" min={1} max={43200} value={draft.next} onChange={(event) => editTarget({ next: event.target.value })} />
        </label>
      </div>
      <fieldset className="inline-fields">
        <legend className="inline-field__legend">{t('settings.sla.warning.legend')}</legend>
        <label className="check">
          <input type="radio" name={`${id}-warning`} checked={draft.warningMode === 'share'} onChange={() => edit({ warningMode: 'share', warningValue: '75' })} />
          {t('settings.sla.warning.share')}
        </label>
        <label className="check">
          <input type="radio" name={`${id}-warning`} checked={draft.warningMode === 'lead'} onChange={() => edit({ warningMode: 'lead', warningValue: '10' })} />
          {t('settings.sla.warning.lead')}
        </label>
        <input
          className="text-field text-field--number"
          type="number"
          required
          min={draft.warningMode === 'share' ? 5 : 1}
          max={draft.warningMode === 'share' ? 95 : 43200}
          value={draft.warningValue}
          aria-label={draft.warningMode === 'share' ? t('settings.sla.warning.share') : t('settings.sla.warning.lead')}
          onChange={(event) => edit({ warningValue: event.target.value })}
        />
      </fieldset>
      <div className="inline-fields">
        <label className="inline-field">
          {t('settings.sla.escalation')}
          <input className="text-field text-field--number" type="number" required min={0} max={1440} value={draft.escalation} onChange={(event) => edit({ escalation: event.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.businessHours} onChange={(event) => editTarget({ businessHours: event.target.checked })} />
          {t('settings.sla.businessHours')}
        </label>
      </div>
      <div className="policy-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('settings.sla.save')}
        </button>
        {onDelete && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void onDelete().then((error) => error && setResult({ ok: false, message: error.message }))}
          >
            {t('settings.sla.deleteRule')}
          </button>
        )}
        <SaveResult outcome={result} />
      </div>
    </form>
  );
}

export function isBrandWide(policy: SlaPolicyView): boolean {
  return policy.channelKind === null && policy.priority === null;
}
