import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract';
import { BrandMark } from '../shell/icons';
import { ViewLayout } from './ViewLayout';

const knownPlatforms = ['darwin', 'linux', 'win32'] as const;
const knownRuntimes = ['chrome', 'electron', 'node', 'v8'] as const;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

interface Fact {
  term: string;
  detail: string;
  isPath?: boolean;
}

function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div key={fact.term} className="facts__row">
          <dt className="facts__term">{fact.term}</dt>
          <dd className={fact.isPath ? 'facts__detail facts__detail--path' : 'facts__detail'}>{fact.detail}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AboutView({ appInfo }: { appInfo: AppInfo }) {
  const { t } = useTranslation();
  // Unknown platforms and runtimes are shown by their raw name rather than hidden.
  const platform = isOneOf(knownPlatforms, appInfo.platform) ? t(`about.platforms.${appInfo.platform}`) : appInfo.platform;
  const runtimeName = (name: string) => (isOneOf(knownRuntimes, name) ? t(`about.runtimeNames.${name}`) : name);
  const facts: Fact[] = [
    { term: t('about.product'), detail: appInfo.name },
    { term: t('about.version'), detail: appInfo.version },
    { term: t('about.host'), detail: t(`about.hosts.${appInfo.host}`) },
    { term: t('about.platform'), detail: platform },
    { term: t('about.dataFolder'), detail: appInfo.dataDir, isPath: true },
  ];
  const runtimes: Fact[] = Object.entries(appInfo.runtimeVersions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, version]) => ({ term: runtimeName(name), detail: version }));

  return (
    <ViewLayout title={t('about.title')}>
      <div className="about-hero">
        <BrandMark />
        <div>
          <p className="about-hero__name">{appInfo.name}</p>
          <p className="about-hero__tagline">{t('about.tagline')}</p>
        </div>
      </div>
      <Facts facts={facts} />
      <h2 className="section-title">{t('about.runtimes')}</h2>
      <Facts facts={runtimes} />
    </ViewLayout>
  );
}
