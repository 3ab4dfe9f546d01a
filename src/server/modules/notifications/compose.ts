import type { TNoticeParams } from '../../../domain/notifications/kinds';
import { reporterKindOf } from '../../../domain/notifications/kinds';
import type { TNotificationSettings } from '../../../domain/notifications/settings';
import {
  placeholderValues,
  renderText,
  shortLink,
  type TPlaceholder,
} from '../../../domain/notifications/templates';
import type { OutgoingMessage } from './channels/channel';

/** What composing a notice needs of its outbox row. */
export interface NoticeToCompose {
  id: string;
  template: string;
  body: string;
  params: TNoticeParams | null;
}

export interface ComposeContext {
  settings: TNotificationSettings;
  officeSlug: string;
  publicBaseUrl: string;
  /** The deployment's WhatsApp number id, when the office has none of its own. */
  defaultPhoneNumberId: string | null;
}

function isStaff(template: string): boolean {
  return template.startsWith('staff.');
}

/** The link a notice carries: the short tracking link, the survey for a closing one, the case page for staff. */
function linkOf(notice: NoticeToCompose, ctx: ComposeContext): string {
  const ticket = notice.params?.ticket;
  if (!ticket) return `${ctx.publicBaseUrl}/${ctx.officeSlug}/lacak`;
  if (isStaff(notice.template)) return `${ctx.publicBaseUrl}/staff/cases/${encodeURIComponent(ticket)}`;
  return shortLink(
    ctx.publicBaseUrl,
    ticket,
    reporterKindOf(notice.template) === 'closed' ? 'survey' : 'tracking',
  );
}

/**
 * The message one channel sends for one notice: the office's text for its kind (one SMS), with the
 * full timeline words added for e-mail and the office's approved template for WhatsApp. A notice
 * written before params existed goes with the words it was written with.
 */
export function composeNotice(
  notice: NoticeToCompose,
  channel: 'whatsapp' | 'sms' | 'email' | 'manual',
  address: string,
  ctx: ComposeContext,
): OutgoingMessage {
  const link = linkOf(notice, ctx);
  const values = placeholderValues({ sender: ctx.settings.senderName, params: notice.params ?? {}, link });
  const staff = isStaff(notice.template);
  const kind = staff ? 'staff_alert' : reporterKindOf(notice.template);
  let text: string;
  if (!notice.params) text = notice.body;
  else if (staff) text = `${ctx.settings.senderName}: ${notice.params.message ?? notice.body} ${link}`;
  else text = renderText(ctx.settings.texts[reporterKindOf(notice.template)], values);
  if (channel === 'email' || channel === 'manual') text = longForm(text, notice, values, staff, ctx);
  const template = ctx.settings.whatsappTemplates[kind];
  const phoneNumberId = ctx.settings.whatsappPhoneNumberId ?? ctx.defaultPhoneNumberId ?? '';
  return {
    noticeId: notice.id,
    idempotencyKey: `${notice.id}:${channel}`,
    to: address,
    text,
    ...(channel === 'email' ? { subject: subjectOf(notice, ctx) } : {}),
    ...(channel === 'whatsapp'
      ? {
          whatsapp: {
            template,
            values: template.parameters.map((p: TPlaceholder) => values[p].trim() || '-'),
            phoneNumberId,
          },
        }
      : {}),
  };
}

/** E-mail and hand-sent messages have room for the whole story: the timeline words, what is missing. */
function longForm(
  text: string,
  notice: NoticeToCompose,
  values: Record<TPlaceholder, string>,
  staff: boolean,
  ctx: ComposeContext,
): string {
  const lines = [text];
  if (!staff && notice.params?.message && !text.includes(notice.params.message))
    lines.push(notice.params.message);
  if (!staff && values.kurang && !text.includes(values.kurang))
    lines.push(`Dokumen yang kurang: ${values.kurang}`);
  if (!staff && notice.params?.ticket)
    lines.push(
      `Tidak ingin menerima pesan lagi? Buka ${ctx.publicBaseUrl}/${ctx.officeSlug}/lacak?tiket=${encodeURIComponent(notice.params.ticket)}#berhenti`,
    );
  return lines.join('\n\n');
}

function subjectOf(notice: NoticeToCompose, ctx: ComposeContext): string {
  const ticket = notice.params?.ticket;
  const about = isStaff(notice.template) ? 'Peringatan petugas' : 'Perkembangan laporan';
  return `${ctx.settings.senderName}: ${about}${ticket ? ` ${ticket}` : ''}`;
}
