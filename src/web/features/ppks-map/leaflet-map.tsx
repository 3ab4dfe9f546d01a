import 'leaflet/dist/leaflet.css';
import './map.css';
import * as L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TMapPoint, TMapView } from '../../../domain/ppks-register/schemas';
import { categoryLabel } from '../ppks-register/labels';

/** Open cases blue, closed teal, refused grey: the same tones as the case badges. */
export function pointColour(status: TMapPoint['status']): string {
  if (status === 'closed') return '#087f5b';
  if (status === 'rejected' || status === 'out_of_scope') return '#495057';
  return '#1864ab';
}

const DISTRICT_COLOUR = '#1c4f9c';
/** Indonesia as a whole, until there is a point to fit the map to. */
const FALLBACK_CENTRE: L.LatLngExpression = [-2.5, 118];

/** A text node in an element: names go in as text, never as HTML. */
function textElement(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

interface LeafletMapProps {
  view: TMapView;
  label: string;
}

/**
 * The PPKS map: a point per located case, and a numbered circle per district at the middle of its
 * points sized by its total. Tiles only when the office configured a tile server; without them the
 * points and totals still draw on a plain background.
 */
export function LeafletMap({ view, label }: LeafletMapProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const container = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<L.LayerGroup | null>(null);
  const tileUrl = view.tiles?.url ?? null;
  const attribution = view.tiles?.attribution ?? '';

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, { attributionControl: Boolean(tileUrl), zoomSnap: 0.5 });
    created.setView(FALLBACK_CENTRE, 4);
    if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(created);
    layers.current = L.layerGroup().addTo(created);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      layers.current = null;
    };
  }, [tileUrl, attribution]);

  useEffect(() => {
    const group = layers.current;
    const target = map.current;
    if (!group || !target) return;
    group.clearLayers();
    const bounds: L.LatLngExpression[] = [];
    // District circles first, so the points stay on top and can be clicked.
    const largest = Math.max(1, ...view.areas.map((a) => a.cases));
    for (const area of view.areas) {
      if (!area.centre || area.cases === 0) continue;
      const at: L.LatLngExpression = [area.centre.latitude, area.centre.longitude];
      bounds.push(at);
      const total = t('ppksMap.map.districtTotal', {
        district: area.districtName ?? area.districtCode,
        count: area.cases,
      });
      const circle = L.circleMarker(at, {
        radius: 11 + 17 * Math.sqrt(area.cases / largest),
        color: DISTRICT_COLOUR,
        weight: 2,
        fillColor: DISTRICT_COLOUR,
        fillOpacity: 0.12,
      });
      // The number stays on the map; the district's name with it on a click (and in the tables).
      circle.bindTooltip(textElement('span', String(area.cases)), {
        permanent: true,
        direction: 'center',
        className: 'ppks-district-label',
      });
      circle.bindPopup(() => textElement('strong', total));
      group.addLayer(circle);
    }
    for (const point of view.points) {
      const at: L.LatLngExpression = [point.latitude, point.longitude];
      bounds.push(at);
      const marker = L.circleMarker(at, {
        radius: 6,
        color: '#ffffff',
        weight: 1,
        fillColor: pointColour(point.status),
        fillOpacity: point.precise ? 0.95 : 0.4,
      });
      marker.bindPopup(() => popupOf(point));
      group.addLayer(marker);
    }
    // The page's CSS may have arrived after the map was made: measure the box again before fitting.
    target.invalidateSize();
    if (bounds.length > 0) target.fitBounds(L.latLngBounds(bounds), { padding: [30, 30], maxZoom: 14 });

    /** What a point tells: name and ticket only when the server gave them (the reader may open the case). */
    function popupOf(point: TMapPoint): HTMLElement {
      const box = textElement('div', '', 'ppks-map-popup');
      if (point.name) box.append(textElement('strong', point.name), document.createElement('br'));
      box.append(
        textElement(
          'span',
          point.category ? categoryLabel(point.category, point.subcategory) : t('ppksMap.map.confidential'),
        ),
        document.createElement('br'),
        textElement('span', t(`cases.status.${point.status}`)),
      );
      if (point.ticket) {
        const link = textElement('a', t('ppksMap.map.openCase', { ticket: point.ticket }));
        const path = `/staff/cases/${encodeURIComponent(point.ticket)}`;
        link.setAttribute('href', path);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          navigate(path);
        });
        box.append(document.createElement('br'), link);
      }
      return box;
    }
  }, [view, t, navigate]);

  return <section ref={container} className="ppks-map" aria-label={label} />;
}
