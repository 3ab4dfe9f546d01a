import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns';
import { users } from '../auth/tables';
import { cases } from '../cases/tables';
import { offices } from '../offices/tables';

/**
 * One answer to the satisfaction survey (SKM, PermenPAN-RB 14/2017): the 9 elements scored 1-4.
 * One column per element so the IKM per element and per service is a plain SQL average.
 * At most one answer per case; front-desk answers without a case are allowed.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    caseId: uuid('case_id').references(() => cases.id),
    /** The service rated (from the case, or chosen at the front desk); null for a general answer. */
    serviceCode: text('service_code'),
    /** Where the answer came from: the tracking page, the closing notice's link, or the front desk. */
    source: text('source', { enum: ['tracking', 'notice_link', 'front_desk'] }).notNull(),
    scoreRequirements: integer('score_requirements').notNull(),
    scoreProcedure: integer('score_procedure').notNull(),
    scoreTime: integer('score_time').notNull(),
    scoreCost: integer('score_cost').notNull(),
    scoreProduct: integer('score_product').notNull(),
    scoreCompetence: integer('score_competence').notNull(),
    scoreBehaviour: integer('score_behaviour').notNull(),
    scoreComplaints: integer('score_complaints').notNull(),
    scoreFacilities: integer('score_facilities').notNull(),
    comment: text('comment'),
    /** The respondent's profile the SKM asks for (sex, age band, education, occupation), all optional. */
    respondent: jsonb('respondent').$type<Record<string, string>>().notNull().default({}),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** The front-desk officer who entered a paper or tablet answer. */
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('survey_responses_case').on(t.caseId),
    index('survey_responses_office_at').on(t.officeId, t.submittedAt),
  ],
);
