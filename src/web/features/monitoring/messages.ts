/** UI text of the monitoring report's export; merged under `monitoring`. */
export const monitoringId = {
  heading: 'Laporan monitoring dan evaluasi {{period}}:',
  pdf: 'Unduh PDF',
  xlsx: 'Unduh XLSX',
};

export const monitoringEn: typeof monitoringId = {
  heading: 'Monitoring and evaluation report {{period}}:',
  pdf: 'Download PDF',
  xlsx: 'Download XLSX',
};
