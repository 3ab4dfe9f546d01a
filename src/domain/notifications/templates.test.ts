import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEXTS,
  PLACEHOLDERS,
  placeholderValues,
  renderText,
  sampleText,
  shortLink,
  unknownPlaceholders,
} from './templates';

describe('renderText', () => {
  it('fills every placeholder and leaves an empty agenda without a gap', () => {
    const values = placeholderValues({
      sender: 'Dinsos Dumai',
      params: { ticket: 'DUM-7K3F-9QXA', agendaNumber: null, status: 'selesai' },
      link: 'https://l.example/t/DUM-7K3F-9QXA',
    });
    expect(renderText(DEFAULT_TEXTS.received, values)).toBe(
      'Dinsos Dumai: laporan Anda diterima, tiket DUM-7K3F-9QXA. Pantau: https://l.example/t/DUM-7K3F-9QXA',
    );
    const withAgenda = placeholderValues({
      sender: 'Dinsos Dumai',
      params: { ticket: 'DUM-7K3F-9QXA', agendaNumber: '0012/ADU/2026' },
      link: 'L',
    });
    expect(renderText('{tiket}{agenda}', withAgenda)).toBe('DUM-7K3F-9QXA (agenda 0012/ADU/2026)');
  });

  it('keeps an unknown placeholder as written, and the editor names it', () => {
    const values = placeholderValues({ sender: 'S', params: {}, link: 'L' });
    expect(renderText('Halo {nama} dari {kantor}', values)).toBe('Halo {nama} dari S');
    expect(unknownPlaceholders('Halo {nama} {kantor} {nik}')).toEqual(['nama', 'nik']);
    expect(unknownPlaceholders(DEFAULT_TEXTS.status)).toEqual([]);
  });

  it('knows a description of each placeholder', () => {
    expect(Object.keys(PLACEHOLDERS)).toEqual([
      'kantor',
      'tiket',
      'agenda',
      'tautan',
      'status',
      'pesan',
      'kurang',
    ]);
  });
});

describe('shortLink and the sample', () => {
  it('links to tracking, or to the survey for a closing notice', () => {
    expect(shortLink('https://x.go.id', 'DUM-7K3F-9QXA', 'tracking')).toBe('https://x.go.id/t/DUM-7K3F-9QXA');
    expect(shortLink('https://x.go.id', 'DUM-7K3F-9QXA', 'survey')).toBe('https://x.go.id/t/DUM-7K3F-9QXA/s');
    expect(sampleText(DEFAULT_TEXTS.closed, 'closed', 'Dinsos Dumai', 'https://x.go.id', 'DUM')).toBe(
      'Dinsos Dumai: tiket DUM-7K3F-9QXA selesai. Mohon nilai layanan: https://x.go.id/t/DUM-7K3F-9QXA/s',
    );
    expect(
      sampleText(DEFAULT_TEXTS.received, 'received', 'Dinsos Dumai', 'https://x.go.id', 'DUM'),
    ).toContain('(agenda 0012/ADU/2026)');
  });
});
