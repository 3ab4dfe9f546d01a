import './skm.css';
import './skm-i18n';
import { NativeSelect, SimpleGrid, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SKM_ELEMENTS, type SkmElement } from '../../../domain/survey/ikm';
import {
  RESPONDENT_OPTIONS,
  type RespondentField,
  SKM_SCORES,
  type SkmScore,
} from '../../../domain/survey/questionnaire';
import { MAX_COMMENT, type SkmFormValues } from './skm-values';

interface SkmFieldsProps {
  /** Prefix of the inputs' ids, so two forms on one page never share one. */
  idPrefix: string;
  values: SkmFormValues;
  /** Messages by field name as the API names them (`scores.time`, `comment`, `respondent.sex`). */
  errors: Record<string, string | undefined>;
  onChange: (values: SkmFormValues) => void;
  /** The profile's heading: "Tentang Anda" for the reporter, another for an officer entering a form. */
  profileHeading?: string;
}

/** The id of an element's first choice: where focus goes when the element is left unanswered. */
export function skmFieldId(idPrefix: string, field: string): string {
  const element = field.startsWith('scores.') ? field.slice('scores.'.length) : null;
  return element ? `${idPrefix}-${element}-1` : `${idPrefix}-${field.replace('.', '-')}`;
}

/**
 * The 9 questions of the SKM, each a fieldset whose legend is the question, with four large
 * choices (native radios: light, keyboard- and screen-reader-friendly), then the comment and the
 * optional profile. A message sits under the question or field it is about.
 */
export function SkmFields({ idPrefix, values, errors, onChange, profileHeading }: SkmFieldsProps) {
  const { t } = useTranslation();
  const setScore = (element: SkmElement, score: SkmScore) =>
    onChange({ ...values, scores: { ...values.scores, [element]: score } });
  return (
    <>
      <ol className="skm-questions">
        {SKM_ELEMENTS.map((element, position) => (
          <li key={element}>
            <SkmQuestion
              idPrefix={idPrefix}
              element={element}
              number={position + 1}
              value={values.scores[element]}
              error={errors[`scores.${element}`]}
              onChoose={(score) => setScore(element, score)}
            />
          </li>
        ))}
      </ol>
      <Textarea
        id={skmFieldId(idPrefix, 'comment')}
        label={t('skm.comment')}
        description={t('skm.commentHint')}
        autosize
        minRows={3}
        maxLength={MAX_COMMENT}
        value={values.comment}
        onChange={(event) => onChange({ ...values, comment: event.currentTarget.value })}
        error={errors.comment}
      />
      <RespondentFields
        idPrefix={idPrefix}
        values={values}
        errors={errors}
        onChange={onChange}
        profileHeading={profileHeading}
      />
    </>
  );
}

interface SkmQuestionProps {
  idPrefix: string;
  element: SkmElement;
  number: number;
  value: SkmScore | undefined;
  error: string | undefined;
  onChoose: (score: SkmScore) => void;
}

function SkmQuestion({ idPrefix, element, number, value, error, onChoose }: SkmQuestionProps) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-${element}-error`;
  return (
    <fieldset className="skm-question" aria-describedby={error ? errorId : undefined} data-invalid={!!error}>
      <legend className="skm-legend">
        <span className="skm-element">
          {number}. {t(`skm.questions.${element}.element`)}
        </span>
        <span className="skm-text">{t(`skm.questions.${element}.question`)}</span>
      </legend>
      <div className="skm-choices">
        {SKM_SCORES.map((score) => (
          <label className="skm-choice" key={score} htmlFor={`${idPrefix}-${element}-${score}`}>
            <input
              type="radio"
              id={`${idPrefix}-${element}-${score}`}
              name={`${idPrefix}-${element}`}
              value={score}
              checked={value === score}
              onChange={() => onChoose(score)}
            />
            <span>{t(`skm.questions.${element}.score${score}`)}</span>
          </label>
        ))}
      </div>
      {error && (
        <Text id={errorId} size="sm" c="red.8" mt={6}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}

/** The profile the SKM form asks for; every part may stay "not given". */
function RespondentFields({ idPrefix, values, errors, onChange, profileHeading }: SkmFieldsProps) {
  const { t } = useTranslation();
  const fields = Object.keys(RESPONDENT_OPTIONS) as RespondentField[];
  return (
    <fieldset className="skm-profile">
      <legend>
        <Title order={4} size="h5" component="span">
          {profileHeading ?? t('skm.profileHeading')}
        </Title>
      </legend>
      <Text size="sm" c="dimmed" mb="xs">
        {t('skm.profileHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {fields.map((field) => (
          <NativeSelect
            key={field}
            id={skmFieldId(idPrefix, `respondent.${field}`)}
            label={t(`skm.profile.${field}`)}
            value={values.respondent[field] ?? ''}
            onChange={(event) =>
              onChange({
                ...values,
                respondent: { ...values.respondent, [field]: event.currentTarget.value },
              })
            }
            error={errors[`respondent.${field}`]}
            data={[
              { value: '', label: t('skm.notAnswered') },
              ...RESPONDENT_OPTIONS[field].map((option) => ({
                value: option,
                label: t(`skm.options.${field}.${option}` as 'skm.options.sex.laki_laki'),
              })),
            ]}
          />
        ))}
      </SimpleGrid>
    </fieldset>
  );
}
