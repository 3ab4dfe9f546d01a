import { schemaResolver } from '@mantine/form';
import { ZReportInput } from '../../../domain/intake/report';

// The same schema the server validates with, so the messages match field by field. It carries zod,
// a third of the report page's weight: it loads on the first touch of the form (lazy-validation.ts).
export const validateReport = schemaResolver(ZReportInput, { sync: true });

export function parseReport(candidate: unknown) {
  return ZReportInput.parse(candidate);
}
