import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Fieldset.css';
import {
  Button,
  Checkbox,
  Code,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAIN_ROLES, type ChainRole } from '../../../domain/letters/approval';
import {
  type TLetterTemplate,
  type TLetterTemplateView,
  ZLetterTemplate,
} from '../../../domain/letters/schemas';
import { PLACEHOLDERS } from '../../../domain/letters/template';
import { useApiQuery } from '../../api/use-api-query';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { useSignedInUser } from '../auth/session';
import { PageHeading } from '../cases/page-heading';
import { SuccessNotice } from '../office-settings/success-notice';
import { fetchLetterTemplates, saveLetterTemplate } from './api';
import { previewOf } from './template-preview';

/** `/staff/letters/templates`: the office's letter templates; the administrator edits, heads read. */
export default function LetterTemplatesPage() {
  const { t } = useTranslation();
  const templates = useApiQuery('letter-templates', fetchLetterTemplates);
  const [selected, setSelected] = useState<string | null>(null);
  const items = templates.data?.items ?? [];
  const current = items.find((item) => item.type === selected) ?? items[0];

  return (
    <Stack gap="md">
      <PageHeading title={t('letters.templates.title')} intro={t('letters.templates.intro')} />
      {templates.error && <ErrorAlert error={templates.error} onRetry={templates.reload} />}
      {!templates.data && templates.loading && <PageLoader />}
      {current && (
        <>
          <NativeSelect
            label={t('letters.templates.type')}
            value={current.type}
            onChange={(event) => setSelected(event.currentTarget.value)}
            data={items.map((item) => ({ value: item.type, label: item.typeLabel }))}
            maw={520}
          />
          <TemplateEditor
            key={current.type}
            template={current}
            onSaved={(saved) =>
              templates.setData((data) => ({
                items: (data?.items ?? []).map((i) => (i.type === saved.type ? saved : i)),
              }))
            }
          />
        </>
      )}
    </Stack>
  );
}

function valuesOf(view: TLetterTemplateView): TLetterTemplate {
  const { type: _type, typeLabel: _label, ...template } = view;
  return template;
}

const validate = schemaResolver(ZLetterTemplate, { sync: true });
const TEXT_FIELDS = ['subject', 'addressee', 'opening', 'body', 'closing'] as const;

interface TemplateEditorProps {
  template: TLetterTemplateView;
  onSaved: (saved: TLetterTemplateView) => void;
}

/** One template: its words with placeholders, its number format and approval chain, and a live preview. */
function TemplateEditor({ template, onSaved }: TemplateEditorProps) {
  const { t } = useTranslation();
  const editable = useSignedInUser().role === 'admin';
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<TLetterTemplate>({ initialValues: valuesOf(template), validate });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: TLetterTemplate) => {
    const saved = await saveLetterTemplate(template.type, values);
    onSaved(saved);
    setNotice(t('letters.templates.saved', { type: template.typeLabel }));
  });
  const chain = form.values.approvalChain;
  const toggleRole = (role: ChainRole, on: boolean) =>
    form.setFieldValue(
      'approvalChain',
      CHAIN_ROLES.filter((r) => (r === role ? on : chain.includes(r))),
    );

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper withBorder p="md" component="form" onSubmit={form.onSubmit(handleSubmit)} noValidate>
          <Stack gap="sm">
            <SuccessNotice message={notice} onClose={() => setNotice(null)} />
            {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
            <Fieldset
              variant="unstyled"
              disabled={!editable}
              legend={<VisuallyHidden>{template.typeLabel}</VisuallyHidden>}
            >
              <Stack gap="sm">
                <TextInput
                  label={t('letters.templates.fields.title')}
                  required
                  {...form.getInputProps('title')}
                />
                <TextInput
                  label={t('letters.templates.fields.numberFormat')}
                  description={t('letters.templates.numberFormatHint')}
                  required
                  spellCheck={false}
                  {...form.getInputProps('numberFormat')}
                />
                {TEXT_FIELDS.map((field) => (
                  <Textarea
                    key={field}
                    label={t(`letters.templates.fields.${field}`)}
                    autosize
                    minRows={field === 'body' ? 4 : 1}
                    required={field === 'body'}
                    {...form.getInputProps(field)}
                  />
                ))}
                <TextInput
                  label={t('letters.templates.fields.signerTitle')}
                  required
                  {...form.getInputProps('signerTitle')}
                />
                <Checkbox.Group
                  label={t('letters.templates.fields.approvalChain')}
                  description={t('letters.templates.chainHint')}
                  value={chain}
                  error={form.errors.approvalChain}
                >
                  <Group gap="md" mt={4}>
                    {CHAIN_ROLES.map((role) => (
                      <Checkbox
                        key={role}
                        value={role}
                        label={t(`letters.chain.${role}`)}
                        onChange={(event) => toggleRole(role, event.currentTarget.checked)}
                      />
                    ))}
                  </Group>
                </Checkbox.Group>
              </Stack>
            </Fieldset>
            {editable ? (
              <Group justify="flex-end">
                <Button type="submit" loading={submitting}>
                  {t('common.save')}
                </Button>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('letters.templates.readOnly')}
              </Text>
            )}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="md">
          <Preview template={form.values} />
          <Placeholders />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** The letter as the template writes it for a made-up person. */
function Preview({ template }: { template: TLetterTemplate }) {
  const { t } = useTranslation();
  const preview = previewOf(template);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="template-preview">
      <Title order={2} size="h4" id="template-preview" mb="xs">
        {t('letters.templates.preview')}
      </Title>
      <Text size="sm" fw={700} ta="center">
        {template.title}
      </Text>
      <Text size="sm" ta="center" mb="xs">
        {t('letters.detail.number', { number: preview.number })}
      </Text>
      {preview.subject && (
        <Text size="sm">{t('letters.templates.subjectLine', { subject: preview.subject })}</Text>
      )}
      {preview.addressee && (
        <Text size="sm" mt="xs">
          {preview.addressee}
        </Text>
      )}
      {preview.paragraphs.map((paragraph) => (
        <Text key={paragraph} size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </Text>
      ))}
      <Text size="sm" mt="md" ta="right">
        {template.signerTitle}
      </Text>
    </Paper>
  );
}

function Placeholders() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="template-placeholders">
      <Title order={2} size="h4" id="template-placeholders" mb="xs">
        {t('letters.templates.placeholders')}
      </Title>
      <Table>
        <Table.Tbody>
          {Object.entries(PLACEHOLDERS).map(([name, meaning]) => (
            <Table.Tr key={name}>
              <Table.Td>
                <Code>{`{${name}}`}</Code>
              </Table.Td>
              <Table.Td>{meaning}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
