import { Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TServiceStandard } from '../../../domain/catalogue/standard';
import { COMPONENT_ORDER } from './component-order';

/**
 * The 14 components in the decree's order, as one table: three columns on a wide screen and on paper,
 * one stacked block per component on a phone. Texts are shown as written, line breaks kept, never as HTML.
 */
export function ComponentsSection({ standard }: { standard: TServiceStandard }) {
  const { t } = useTranslation();
  const toConfirm = new Set(standard.toConfirm);
  return (
    <section aria-labelledby="components-heading">
      <Title order={2} id="components-heading" size="h3" className="no-print">
        {t('publicCatalogue.standard.componentsHeading')}
      </Title>
      <Text mt={4} mb="sm" className="no-print">
        {t('publicCatalogue.standard.componentsIntro')}
      </Text>
      <table className="standard-table" aria-labelledby="components-heading">
        <thead>
          <tr>
            <th scope="col" className="standard-no">
              {t('publicCatalogue.standard.tableNo')}
            </th>
            <th scope="col" className="standard-component">
              {t('publicCatalogue.standard.tableComponent')}
            </th>
            <th scope="col">{t('publicCatalogue.standard.tableDescription')}</th>
          </tr>
        </thead>
        <tbody>
          {COMPONENT_ORDER.map((component, index) => (
            <tr key={component}>
              <td className="standard-no">{index + 1}</td>
              <th scope="row" className="standard-component">
                {t(`publicCatalogue.components.${component}`)}
              </th>
              <td>
                {toConfirm.has(component) && (
                  <span className="to-confirm-note">
                    <IconAlertTriangle size={14} aria-hidden />
                    {t('publicCatalogue.standard.toConfirm')}
                  </span>
                )}
                <div className="preserve-lines">{standard.components[component]}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
