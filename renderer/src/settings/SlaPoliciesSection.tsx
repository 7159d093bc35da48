// Response-time targets per brand: the brand-wide policy, narrower rules, and business hours.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { SlaPolicyInput } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';
import { BusinessHoursForm } from './BusinessHoursForm';
import { isBrandWide, SlaPolicyForm } from './SlaPolicyForm';
import { useSlaPolicies } from './useSlaPolicies';

interface Props {
  api: SportelloApi;
  reportError: ReportError;
}

export function SlaPoliciesSection({ api, reportError }: Props) {
  const { t } = useTranslation();
  const { data, savePolicy, deletePolicy, saveHours } = useSlaPolicies(api, reportError);
  // New rules being written, per brand, until saved.
  const [newRules, setNewRules] = useState<ReadonlyMap<number, number>>(new Map());
  const dropDraft = (brandId: number) => setNewRules((current) => new Map(current).set(brandId, Math.max(0, (current.get(brandId) ?? 1) - 1)));

  return (
    <section className="setting" aria-labelledby="sla-policies-title">
      <h2 id="sla-policies-title" className="setting__label">
        {t('settings.sla.title')}
      </h2>
      <p className="setting__hint">{t('settings.sla.hint')}</p>
      {data !== null && data.brands.length === 0 && <p>{t('settings.sla.noBrands')}</p>}
      {data?.brands.map((brand) => {
        const policies = data.policies.filter((policy) => policy.brandId === brand.id);
        const hours = data.businessHours.find((entry) => entry.brandId === brand.id);
        const brandWide = policies.find(isBrandWide);
        const rules = policies.filter((policy) => !isBrandWide(policy));
        const drafts = newRules.get(brand.id) ?? 0;
        const template: SlaPolicyInput = brandWide
          ? { ...brandWide, id: undefined, channelKind: 'instagram', priority: null, preset: null }
          : { brandId: brand.id, channelKind: null, priority: null, preset: 'one_hour', firstResponseMinutes: 60, nextResponseMinutes: 60, warning: { share: 0.75 }, escalationDelayMinutes: 15, businessHours: false };
        return (
          <div key={brand.id} className="brand-policies">
            <h3 className="brand-policies__title">
              <span className="brand-dot" style={{ background: brand.color }} aria-hidden="true" />
              {brand.name}
            </h3>
            {/* Keyed by id: a form keeps what the operator typed, and its "Saved", across the re-read after saving. */}
            {brandWide && <SlaPolicyForm key={brandWide.id} policy={brandWide} brandName={brand.name} brandWide onSave={savePolicy} />}
            {rules.map((rule) => (
              <SlaPolicyForm key={rule.id} policy={rule} brandName={brand.name} brandWide={false} onSave={savePolicy} onDelete={() => deletePolicy(rule.id)} />
            ))}
            {Array.from({ length: drafts }, (_, index) => (
              <SlaPolicyForm
                key={`new-${index}`}
                policy={template}
                brandName={brand.name}
                brandWide={false}
                onSave={async (input) => {
                  const error = await savePolicy(input);
                  if (!error) dropDraft(brand.id);
                  return error;
                }}
                // Not saved yet: deleting it only discards the draft.
                onDelete={() => {
                  dropDraft(brand.id);
                  return Promise.resolve(null);
                }}
              />
            ))}
            <button type="button" className="button button--quiet" onClick={() => setNewRules((current) => new Map(current).set(brand.id, drafts + 1))}>
              {t('settings.sla.addRule')}
            </button>
            {hours && (
              <details className="brand-policies__hours">
                <summary>{t('settings.sla.hours.title')}</summary>
                <BusinessHoursForm hours={hours} brandName={brand.name} onSave={saveHours} />
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}
