import { useCallback, useState } from 'react';
import type { ClaimRow, FactdeskClient } from '../../../shared/api';
import type { Status, VerificationRecord } from '../../../shared/verification/types';
import { errorMessage } from '../ui/errors';
import { keyOfRow } from './rows';

/** The set of claims ticked for a bulk change, and applying one status to all of them. */
export function useBulk(client: FactdeskClient, applyRecord: (record: VerificationRecord) => void) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = useCallback((key: string) => {
    setChecked((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  const setAll = useCallback((keys: string[]) => setChecked(new Set(keys)), []);
  const clear = useCallback(() => setChecked(new Set()), []);

  const apply = useCallback(
    async (status: Status, rows: ClaimRow[]) => {
      const items = rows.filter((r) => checked.has(keyOfRow(r))).map((r) => ({ sourceId: r.sourceId, claimKey: r.claim.key }));
      if (items.length === 0) return;
      setBusy(true);
      setError(null);
      try {
        const records = await client.call('bulkSetStatus', { items, status });
        for (const r of records) applyRecord(r);
        setChecked(new Set());
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [client, applyRecord, checked],
  );

  return { checked, busy, error, toggle, setAll, clear, apply };
}
