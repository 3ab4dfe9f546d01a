import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { type ApiError, toApiError } from '../../api/client';
import type { ApiQuery } from '../../api/use-api-query';
import { reorderServices, setServiceActive } from './api';

type ServicesQuery = ApiQuery<{ items: TServiceSummary[] }>;

function moved(items: TServiceSummary[], from: number, to: number): TServiceSummary[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/** Moving and (de)activating services: shown at once, saved in the background, said in a notice. */
export function useCatalogueActions(services: ServicesQuery) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Moves are sent one after another, so the server ends with the order last shown.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pendingMoves = useRef(0);

  const move = (from: number, to: number) => {
    const items = services.data?.items ?? [];
    const item = items[from];
    if (!item) return;
    const next = moved(items, from, to);
    services.setData(() => ({ items: next }));
    setError(null);
    setNotice(t('catalogueAdmin.moved', { name: item.name, position: to + 1 }));
    pendingMoves.current += 1;
    queue.current = queue.current.then(async () => {
      try {
        const saved = await reorderServices(next.map((service) => service.code));
        pendingMoves.current -= 1;
        if (pendingMoves.current === 0) services.setData(() => saved);
      } catch (caught) {
        pendingMoves.current -= 1;
        setError(toApiError(caught));
        setNotice(null);
        services.reload();
      }
    });
  };

  /** Throws on failure, for the confirmation dialog to show. */
  const toggle = async (service: TServiceSummary) => {
    const saved = await setServiceActive(service.code, !service.active);
    services.setData((current) => ({
      items: (current?.items ?? []).map((item) =>
        item.code === saved.code ? { ...item, active: saved.active, version: saved.version } : item,
      ),
    }));
    setNotice(
      saved.active
        ? t('catalogueAdmin.activated', { name: saved.name })
        : t('catalogueAdmin.deactivated', { name: saved.name }),
    );
  };

  return { notice, error, move, toggle, clearNotice: () => setNotice(null) };
}
