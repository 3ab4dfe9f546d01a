import { eq } from 'drizzle-orm';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { ticketPrefix } from '../../../domain/intake/ticket';
import { REPORTER_NOTICE_KINDS, type TReporterNoticeKind } from '../../../domain/notifications/kinds';
import {
  effectiveNotificationSettings,
  smsTextProblems,
  type TNotificationPreview,
  type TNotificationSettings,
  type TNotificationSettingsView,
  type TSmsCheck,
} from '../../../domain/notifications/settings';
import { sampleText, smsMeasure } from '../../../domain/notifications/templates';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { afterCommit } from '../../reference/office-context';
import { type AuditContext, recordAudit } from '../audit/service';
import { offices } from '../offices/tables';
import type { DeliveryConfig } from './delivery-config';

/** What the settings need of the deployment: its providers (never their secrets) and public address. */
export interface NoticeDeployment {
  delivery?: DeliveryConfig;
  publicBaseUrl?: string;
}

interface OfficeNoticeRow {
  slug: string;
  code: string;
  regionName: string;
  saved: TNotificationSettings | null;
}

async function officeNoticeRow(db: Database, officeId: string, forUpdate = false): Promise<OfficeNoticeRow> {
  const query = db
    .select({
      slug: offices.slug,
      code: offices.code,
      regionName: offices.regionName,
      saved: offices.notificationSettings,
    })
    .from(offices)
    .where(eq(offices.id, officeId));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('OFFICE_NOT_FOUND');
  return row;
}

function smsCheckOf(measure: ReturnType<typeof smsMeasure>): TSmsCheck {
  return {
    encoding: measure.encoding,
    units: measure.units,
    segments: measure.segments,
    problem: measure.problem,
  };
}

function baseUrlOf(deployment: NoticeDeployment): string {
  return deployment.publicBaseUrl ?? '';
}

/** The page's view: booleans for the providers, so no token or password ever leaves the server. */
function viewOf(row: OfficeNoticeRow, deployment: NoticeDeployment): TNotificationSettingsView {
  const settings = effectiveNotificationSettings(row.saved, row.regionName);
  const publicBaseUrl = baseUrlOf(deployment);
  const smsCheck = Object.fromEntries(
    REPORTER_NOTICE_KINDS.map((kind) => [
      kind,
      smsCheckOf(smsMeasure(settings.texts[kind], settings.senderName, publicBaseUrl, kind)),
    ]),
  ) as Record<TReporterNoticeKind, TSmsCheck>;
  return {
    settings,
    saved: row.saved !== null,
    providers: {
      whatsapp: Boolean(deployment.delivery?.whatsapp),
      sms: deployment.delivery?.sms?.provider ?? null,
      email: Boolean(deployment.delivery?.smtp),
    },
    publicBaseUrl,
    ticketPrefix: ticketPrefix(row.slug),
    smsCheck,
  };
}

export async function getNotificationSettings(
  db: Database,
  actor: Actor,
  deployment: NoticeDeployment,
): Promise<TNotificationSettingsView> {
  return viewOf(await officeNoticeRow(db, actor.officeId), deployment);
}

/**
 * Saves the office's notice settings. Every text must fit one SMS with the sender name and the
 * public address as they are, whatever the channel: SMS may become the fallback any day.
 */
export async function updateNotificationSettings(
  db: Database,
  actor: Actor,
  input: TNotificationSettings,
  deployment: NoticeDeployment,
  context: AuditContext,
): Promise<TNotificationSettingsView> {
  const problems = smsTextProblems(input, baseUrlOf(deployment));
  if (Object.keys(problems).length > 0) throw validationError(problems);
  const row = await afterCommit(
    db.transaction(async (tx) => {
      const before = await officeNoticeRow(tx, actor.officeId, true);
      await tx.update(offices).set({ notificationSettings: input }).where(eq(offices.id, actor.officeId));
      await recordAudit(tx, context, {
        action: 'office.notification_settings_updated',
        targetType: 'office',
        targetId: before.code,
        before: effectiveNotificationSettings(before.saved, before.regionName),
        after: input,
      });
      return { ...before, saved: input };
    }),
  );
  return viewOf(row, deployment);
}

/** A text as a reporter would read it, and its SMS measure: the editor's preview. */
export async function previewNotice(
  db: Database,
  actor: Actor,
  input: { kind: TReporterNoticeKind; text: string; senderName: string },
  deployment: NoticeDeployment,
): Promise<TNotificationPreview> {
  const row = await officeNoticeRow(db, actor.officeId);
  const publicBaseUrl = baseUrlOf(deployment);
  return {
    rendered: sampleText(input.text, input.kind, input.senderName, publicBaseUrl, ticketPrefix(row.slug)),
    sms: smsCheckOf(smsMeasure(input.text, input.senderName, publicBaseUrl, input.kind)),
  };
}
