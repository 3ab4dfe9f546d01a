type ReportValidation = typeof import('./report-validation');

let loaded: ReportValidation | null = null;
let loading: Promise<ReportValidation> | null = null;

/**
 * The report's validation, fetched when the citizen first touches the form rather than with the
 * page: on a slow connection the page shows sooner, and the check is there long before the first
 * field is left. Submitting waits for it.
 */
export function loadReportValidation(): Promise<ReportValidation> {
  loading ??= import('./report-validation').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The validation if it has come; null before (a field left that early is checked again on submit). */
export function loadedReportValidation(): ReportValidation | null {
  return loaded;
}
