import type { FormErrors } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import type { TReportCreated } from '../../../domain/intake/report';
import { ApiError } from '../../api/client';
import { i18n } from '../../i18n';
import { emptyReportValues, type ReportFormValues } from './form-values';
import {
  type PhotoField,
  type ReportPhoto,
  type ReportPhotos,
  type StoredPhotos,
  storedPhotosOf,
} from './photos';
import { isBlankReport } from './report-draft';
import type { SubmitState } from './report-form';
import type { OutboxEntry } from './report-outbox';
import { type ReportDraftControls, useReportDraft } from './use-report-draft';
import { type ReportFormControls, useReportForm } from './use-report-form';
import { type ReportOutbox, useReportOutbox } from './use-report-outbox';
import { type PhotoErrors, useReportPhotos } from './use-report-photos';
import { useReportSubmit } from './use-report-submit';
import { useSubmitHandlers } from './use-submit-handlers';

export type ReportView =
  /** `sentTicket`: back on the form after sending, to look at what was sent. */
  | { name: 'form'; sentTicket?: string }
  | { name: 'sent'; created: TReportCreated; entryId?: string }
  | { name: 'queued'; entryId: string };

export interface ReportFlow {
  view: ReportView;
  controls: ReportFormControls;
  draft: ReportDraftControls;
  /** Whether to say that the form came back from a draft (until dismissed, sent or started over). */
  restoredShown: boolean;
  dismissRestored: () => void;
  outbox: ReportOutbox;
  photos: ReportPhotos;
  photoErrors: PhotoErrors;
  submitState: SubmitState;
  shownIds: ReadonlySet<string>;
  setPhoto: (field: PhotoField, photo: ReportPhoto | undefined) => void;
  onValid: (values: ReportFormValues) => Promise<void>;
  onInvalid: (errors: FormErrors) => void;
  /** Fresh form; `keepReporter` for "enter another report". */
  startOver: (keepReporter: boolean) => void;
  editAgain: () => void;
  fixRejected: (entry: OutboxEntry) => void;
}

/** The life of the report page: form, draft, photos, sending or queueing, and what comes after. */
export function useReportFlow(officeSlug: string, preselectedService: string): ReportFlow {
  const draft = useReportDraft(officeSlug);
  const outbox = useReportOutbox(officeSlug);
  const photos = useReportPhotos(draft.restored?.photos);
  const [view, setView] = useState<ReportView>({ name: 'form' });
  const [restoredShown, setRestoredShown] = useState(draft.restored !== null);
  const [initialValues] = useState(() => {
    const values = draft.restored?.values ?? emptyReportValues();
    return preselectedService ? { ...values, serviceCode: preselectedService } : values;
  });
  const controls = useReportForm({
    officeSlug,
    initialValues,
    onValuesChange: (values) => draft.schedule(values, storedPhotosOf(photos.current())),
  });
  const { form } = controls;
  const submit = useReportSubmit(officeSlug, outbox);
  const handlers = useSubmitHandlers({
    form,
    photos: photos.current,
    setPhotoErrors: photos.setErrors,
    submit,
    onDone: (outcome) => {
      draft.clear();
      setRestoredShown(false);
      setView(
        outcome.kind === 'sent'
          ? { name: 'sent', created: outcome.created }
          : { name: 'queued', entryId: outcome.entryId },
      );
    },
  });

  const setPhoto = (field: PhotoField, photo: ReportPhoto | undefined) =>
    draft.schedule(form.getValues(), storedPhotosOf(photos.set(field, photo)));
  const loadValues = (values: ReportFormValues, stored: StoredPhotos) => {
    photos.replaceAll(stored);
    form.setValues(values);
    form.clearErrors();
    handlers.reset();
  };
  const startOver = (keepReporter: boolean) => {
    const reporter = keepReporter ? form.getValues().reporter : undefined;
    draft.clear();
    setRestoredShown(false);
    loadValues(emptyReportValues({ reporter, serviceCode: keepReporter ? '' : preselectedService }), {});
    setView({ name: 'form' });
  };
  const takeBackRejected = (entry: OutboxEntry) => {
    const taken = outbox.takeBack(entry.id);
    if (!taken) return;
    setView({ name: 'form' });
    loadValues(taken.values, taken.photos);
    const { error } = taken;
    if (error) handlers.showRefusal(new ApiError(400, 'VALIDATION_FAILED', error.message, error.fields));
  };
  useQueuedOutcome(view, outbox, setView, takeBackRejected);

  return {
    view,
    controls,
    draft,
    restoredShown,
    dismissRestored: () => setRestoredShown(false),
    outbox,
    photos: photos.photos,
    photoErrors: photos.errors,
    submitState: handlers.state,
    shownIds: new Set(view.name === 'sent' && view.entryId ? [view.entryId] : []),
    setPhoto,
    onValid: handlers.onValid,
    onInvalid: handlers.onInvalid,
    startOver,
    editAgain: () => {
      if (view.name === 'sent') setView({ name: 'form', sentTicket: view.created.ticket });
    },
    fixRejected: (entry: OutboxEntry) => {
      const blank = isBlankReport(form.getValues(), storedPhotosOf(photos.current()));
      if (blank || window.confirm(i18n.t('publicReport.outbox.replaceConfirm'))) takeBackRejected(entry);
    },
  };
}

/**
 * While the "saved on this phone" page is open: a report that goes out turns it into the success
 * page; one the office refuses goes back into the form, its errors beside the fields.
 */
function useQueuedOutcome(
  view: ReportView,
  outbox: ReportOutbox,
  setView: (view: ReportView) => void,
  takeBack: (entry: OutboxEntry) => void,
): void {
  const takeBackRef = useRef(takeBack);
  takeBackRef.current = takeBack;
  useEffect(() => {
    if (view.name !== 'queued') return;
    const delivered = outbox.delivered.find((d) => d.entry.id === view.entryId);
    if (delivered) {
      setView({ name: 'sent', created: delivered.created, entryId: view.entryId });
      return;
    }
    const refused = outbox.entries.find((e) => e.id === view.entryId && e.status === 'rejected');
    if (refused) takeBackRef.current(refused);
  }, [view, outbox.delivered, outbox.entries, setView]);
}
