// The workspace's brands, for choosing among them by name (the command palette's "Show … only").
// Brands come with connected accounts, so they are read again whenever the account list changes.
import { useEffect, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { AccountSummary, BrandSummary } from '../../../shared/contract';

export function useBrands(api: SportelloApi, accounts: readonly AccountSummary[] | null): readonly BrandSummary[] {
  const [brands, setBrands] = useState<readonly BrandSummary[]>([]);
  useEffect(() => {
    let current = true;
    void api.call('brands.list', {}).then((outcome) => {
      // A failure leaves the commands without brands; the inbox's own filter reports it.
      if (current && outcome.ok) setBrands(outcome.value);
    });
    return () => {
      current = false;
    };
  }, [api, accounts]);
  return brands;
}
