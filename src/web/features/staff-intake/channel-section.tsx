import { useTranslation } from 'react-i18next';
import { FormSection } from '../public-report/form-section';
import type { ReportForm } from '../public-report/use-report-form';
import { type IntakeRoute, ROUTE_MESSAGE_KEYS } from './channels';
import { OutreachFields } from './outreach-fields';
import { ContactFields, LetterFields, Sp4nFields } from './reference-fields';
import type { DetailsForm } from './use-staff-intake';
import { WalkInFields } from './walk-in-fields';

interface ChannelSectionProps {
  route: IntakeRoute;
  form: DetailsForm;
  /** The walk-in's visitor fills the reporter fields. */
  reportForm: ReportForm;
}

/** The first section of an intake form: how the report came in, as the channel's page asks it. */
export function ChannelSection({ route, form, reportForm }: ChannelSectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection id="channel" title={t(`staffIntake.channels.${ROUTE_MESSAGE_KEYS[route]}.section`)}>
      {route === 'walk-in' && <WalkInFields form={form} reportForm={reportForm} />}
      {route === 'phone' && <ContactFields form={form} />}
      {route === 'outreach' && <OutreachFields form={form} />}
      {route === 'letter' && <LetterFields form={form} />}
      {route === 'sp4n-lapor' && <Sp4nFields form={form} />}
    </FormSection>
  );
}
