import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { AccountSummary, ConsoleRole, LanguagePreference, Settings, SettingsPatch, ThemePreference } from '../../../shared/contract';
import { AccountsSection } from '../accounts/AccountsSection';
import type { ReportError } from '../errors/useCallErrors';
import { useSystemLanguage } from '../i18n/useLanguage';
import { AlertSettingsSection } from '../settings/AlertSettingsSection';
import { BrandsSection } from '../settings/BrandsSection';
import { ChoiceGroup, type Choice } from '../settings/ChoiceGroup';
import { DataSection } from '../settings/DataSection';
import { SavedRepliesSection } from '../settings/SavedRepliesSection';
import { SlaPoliciesSection } from '../settings/SlaPoliciesSection';
import { ViewLayout } from './ViewLayout';

interface Props {
  api: SportelloApi;
  /** The choices to show as selected (see useSettings). */
  selection: Settings;
  dataDir: string;
  onChange: (patch: SettingsPatch) => void;
  accounts: readonly AccountSummary[] | null;
  onAccountsChanged: () => void;
  reportError: ReportError;
}

function ThemePreview({ theme }: { theme: ThemePreference }) {
  return <span className={`theme-preview theme-preview--${theme}`} aria-hidden="true" />;
}

export function SettingsView({ api, selection, dataDir, onChange, accounts, onAccountsChanged, reportError }: Props) {
  const { t } = useTranslation();
  const systemLanguage = useSystemLanguage();
  const dataDirId = useId();

  // Language names are written in their own language, so anyone can find theirs.
  const languages: Choice<LanguagePreference>[] = (['system', 'en', 'it'] as const).map((language) => ({
    value: language,
    label: t(`settings.language.${language}`),
  }));
  const themes: Choice<ThemePreference>[] = (['system', 'light', 'dark'] as const).map((theme) => ({
    value: theme,
    label: t(`settings.theme.${theme}`),
    preview: <ThemePreview theme={theme} />,
  }));

  const roles: Choice<ConsoleRole>[] = (['agent', 'supervisor'] as const).map((role) => ({ value: role, label: t(`settings.role.${role}`) }));

  return (
    <ViewLayout title={t('settings.title')}>
      <div className="settings">
        <AccountsSection api={api} accounts={accounts} reportError={reportError} onChanged={onAccountsChanged} />
        <ChoiceGroup legend={t('settings.role.legend')} hint={t('settings.role.hint')} value={selection.role} choices={roles} onChange={(role) => onChange({ role })} />
        <AlertSettingsSection value={selection.alerts} onChange={(alerts) => onChange({ alerts })} />
        <SlaPoliciesSection api={api} reportError={reportError} />
        <BrandsSection api={api} reportError={reportError} />
        <SavedRepliesSection api={api} reportError={reportError} />
        <div className="setting">
          <label htmlFor={`${dataDirId}-agent`} className="setting__label">
            {t('settings.agentName.label')}
          </label>
          <p id={`${dataDirId}-agent-hint`} className="setting__hint">
            {t('settings.agentName.hint', { variable: '{{agent}}' })}
          </p>
          <input
            id={`${dataDirId}-agent`}
            className="text-field"
            maxLength={60}
            defaultValue={selection.agentName}
            aria-describedby={`${dataDirId}-agent-hint`}
            onBlur={(event) => event.target.value.trim() !== selection.agentName && onChange({ agentName: event.target.value.trim() })}
          />
        </div>
        <ChoiceGroup
          legend={t('settings.language.legend')}
          hint={t('settings.language.hint', { language: t(`settings.language.${systemLanguage}`) })}
          value={selection.language}
          choices={languages}
          onChange={(language) => onChange({ language })}
        />
        <ChoiceGroup
          legend={t('settings.theme.legend')}
          hint={t('settings.theme.hint')}
          value={selection.theme}
          choices={themes}
          onChange={(theme) => onChange({ theme })}
        />
        <DataSection api={api} dataDir={dataDir} />
      </div>
    </ViewLayout>
  );
}
