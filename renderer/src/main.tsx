// Start-up: show a loading state in the system's language and theme, connect to core, read what the
// console needs to draw its first frame, then hand over to <App>. Any failure gets a readable screen.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Outcome } from '../../shared/outcome';
import { connectApi } from './api/connect';
import { App } from './App';
import { BootFailure, BootLoading } from './boot/BootScreens';
import { createI18n, resolveLanguage } from '../../shared/i18n';
import { bindDocumentLanguage } from './i18n/document-language';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/views.css';
import './styles/inbox.css';
import './styles/alerts.css';
import './styles/conversation.css';
import './styles/supervisor.css';
import './styles/settings.css';
import { applyTheme, resolveTheme, systemPrefersDark } from './theme/theme';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');
const root = createRoot(container);

const i18n = createI18n(resolveLanguage('system', navigator.languages));
bindDocumentLanguage(i18n);
applyTheme(resolveTheme('system', systemPrefersDark()));

function render(node: ReactNode): void {
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>{node}</I18nextProvider>
    </StrictMode>,
  );
}

function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

async function start(): Promise<void> {
  render(<BootLoading />);
  try {
    const api = await connectApi();
    const [settings, appInfo, status, notices] = await Promise.all([
      api.call('settings.get', {}),
      api.call('app.info', {}),
      api.call('status.get', {}),
      api.call('app.notices', {}),
    ]);
    const initialSettings = valueOf(settings);
    // Apply the saved preferences before the console's first frame, so it does not flash.
    applyTheme(resolveTheme(initialSettings.theme, systemPrefersDark()));
    await i18n.changeLanguage(resolveLanguage(initialSettings.language, navigator.languages));
    render(
      <App
        api={api}
        appInfo={valueOf(appInfo)}
        initialSettings={initialSettings}
        initialStatus={valueOf(status)}
        notices={valueOf(notices)}
      />,
    );
  } catch (error) {
    render(<BootFailure detail={error instanceof Error ? error.message : String(error)} />);
  }
}

void start();
