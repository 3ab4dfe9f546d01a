import { type UseFormReturnType, useForm } from '@mantine/form';
import { useCallback, useRef } from 'react';
import { type ReportFormValues, toReportCandidate } from './form-values';
import { loadedReportValidation } from './lazy-validation';

export type ReportForm = UseFormReturnType<ReportFormValues>;

export interface ReportFormControls {
  form: ReportForm;
  /**
   * An error found by a live check the schema cannot do alone (the NIK's district, asked of the
   * server): shown now, and kept in every later validation until the check clears it.
   */
  setLiveError: (path: string, message: string | null) => void;
}

/**
 * The report form: uncontrolled (typing re-renders only the inputs that watch a value, which a
 * cheap phone notices), checked on blur and on submit with the shared ZReportInput.
 */
export function useReportForm(options: {
  officeSlug: string;
  initialValues: ReportFormValues;
  onValuesChange: (values: ReportFormValues) => void;
}): ReportFormControls {
  const liveErrors = useRef<Record<string, string>>({});
  const onValuesChange = useRef(options.onValuesChange);
  onValuesChange.current = options.onValuesChange;
  const { officeSlug } = options;

  const form = useForm<ReportFormValues>({
    mode: 'uncontrolled',
    initialValues: options.initialValues,
    validateInputOnBlur: true,
    validate: (values) => ({
      ...liveErrors.current,
      ...loadedReportValidation()?.validateReport(toReportCandidate(values, officeSlug)),
    }),
    onValuesChange: (values) => onValuesChange.current(values),
  });

  const { setFieldError, clearFieldError } = form;
  const setLiveError = useCallback(
    (path: string, message: string | null) => {
      const previous = liveErrors.current[path];
      if (message) {
        liveErrors.current[path] = message;
        setFieldError(path, message);
      } else if (previous) {
        delete liveErrors.current[path];
        clearFieldError(path);
      }
    },
    [setFieldError, clearFieldError],
  );
  return { form, setLiveError };
}
