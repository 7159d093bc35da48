// The operator's preferences (language, theme), kept in settings.json in the data folder.
// Writes are atomic (see durable-file.ts) so a crash never leaves half a file; a file that
// cannot be read is moved aside, not overwritten, so nothing the user wrote is destroyed.
import fs from 'node:fs';
import path from 'node:path';
import { Settings, type SettingsPatch } from '../../shared/contract';
import { writeFileDurably } from './durable-file';
import type { Logger } from './logger';

export const defaultSettings: Settings = {
  language: 'system',
  theme: 'system',
  role: 'agent',
  alerts: { notifications: true, sound: true, quietHours: { enabled: false, from: '22:00', to: '08:00' } },
  agentName: '',
};

export class SettingsStore {
  private readonly file: string;
  private current: Settings;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.file = path.join(dataDir, 'settings.json');
    this.current = this.load();
  }

  get(): Settings {
    return this.current;
  }

  update(patch: SettingsPatch): Settings {
    const next = Settings.parse({ ...this.current, ...patch });
    writeFileDurably(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
    return next;
  }

  private load(): Settings {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultSettings;
      throw error;
    }
    try {
      // Unknown keys from a newer version are dropped; missing keys take their defaults.
      return Settings.parse({ ...defaultSettings, ...JSON.parse(text) });
    } catch (error) {
      const aside = `${this.file}.unreadable-${Date.now()}`;
      fs.renameSync(this.file, aside);
      this.logger.warn('settings.json could not be read; defaults restored, the old file kept', {
        keptAs: aside,
        error: String(error),
      });
      return defaultSettings;
    }
  }

}
