import { publicReferralView, type ReferralStatus } from '../../../domain/cases/referral';
import { disputeWindowEndsAt } from '../../../domain/cases/workflow';
import { AppError } from '../../../domain/errors/app-error';
import type { TTrackingView } from '../../../domain/intake/report';
import { normalizeTicket } from '../../../domain/intake/ticket';
import { surveyState } from '../../../domain/survey/offer';
import type { Database } from '../../db/client';
import { hotStatement } from '../../db/hot-query';
import { versionNames } from '../../reference/version-names';

interface TrackingRow {
  ticket: string;
  kind: 'service' | 'complaint';
  channel: string;
  status: TTrackingView['status'];
  service_code: string | null;
  standard_version_id: string | null;
  current_step: number;
  opened_at: string;
  due_at: string | null;
  office_slug: string;
  office_name: string;
  office_time_zone: string;
  timeline: { at: string; message: string | null }[];
  referrals: { kind: 'partner' | 'pillar'; body: string; status: ReferralStatus }[];
  closed_at: string | null;
  survey_answered: boolean;
}

const trackingStatement = hotStatement<{ ticket: string }, TrackingRow>(
  'track_case',
  `select c.ticket, c.kind, c.channel, c.status, c.service_code, c.standard_version_id, c.current_step,
          to_json(c.opened_at)#>>'{}' as opened_at, to_json(c.due_at)#>>'{}' as due_at,
          o.slug as office_slug, o.short_name as office_name, o.time_zone as office_time_zone,
          coalesce((select json_agg(json_build_object('at', e.at, 'message', e.message) order by e.at)
                    from case_events e where e.case_id = c.id and e.public), '[]'::json) as timeline,
          coalesce((select json_agg(json_build_object('kind', r.target_kind, 'body', r.body_kind, 'status', r.status)
                                    order by r.sent_at)
                    from case_referrals r where r.case_id = c.id), '[]'::json) as referrals,
          to_json(c.closed_at)#>>'{}' as closed_at,
          exists(select 1 from survey_responses s where s.case_id = c.id) as survey_answered
   from cases c
   join offices o on o.id = c.office_id
   where c.ticket = :ticket::text`,
);

/**
 * What anyone holding the ticket may see: progress and dates, nothing about the person. One query
 * (the public events aggregated beside the case), because this is the page citizens reload most; the
 * service's and step's names come from the process's copy of the (immutable) standard version.
 */
export async function trackCase(db: Database, rawTicket: string): Promise<TTrackingView> {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('CASE_NOT_FOUND');
  const [row] = await trackingStatement.run(db, { ticket });
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const names = row.standard_version_id ? await versionNames(db, row.standard_version_id) : null;
  return {
    ticket: row.ticket,
    office: { slug: row.office_slug, name: row.office_name, timeZone: row.office_time_zone },
    service: row.service_code && names ? { code: row.service_code, name: names.service } : null,
    kind: row.kind,
    channel: row.channel as TTrackingView['channel'],
    status: row.status,
    currentStep: names?.steps[row.current_step] ?? null,
    openedAt: new Date(row.opened_at).toISOString(),
    dueAt: row.due_at ? new Date(row.due_at).toISOString() : null,
    timeline: row.timeline.map((e) => ({ at: new Date(e.at).toISOString(), message: e.message ?? '' })),
    referrals: row.referrals.map((r) => ({
      text: publicReferralView({
        status: r.status,
        target:
          r.kind === 'partner'
            ? { kind: 'partner', partnerKind: r.body as never, partnerId: null }
            : { kind: 'pillar', pillarKind: r.body as never },
      }),
    })),
    dispute:
      row.status === 'closed' && row.closed_at
        ? { until: disputeWindowEndsAt(new Date(row.closed_at), row.office_time_zone).toISOString() }
        : null,
    survey: surveyState(row.status, row.survey_answered),
  };
}
