import {
  ActionFormFrame,
  ActionTextField,
  fieldsOf,
  isRequired,
  optionalText,
  useActionForm,
  type ActionFormProps,
} from './action-form-kit';

const TEXT_FIELDS = ['reason', 'message', 'comment'] as const;
type Values = Record<(typeof TEXT_FIELDS)[number], string>;

/**
 * The form of most actions: the free texts the workflow table lists for the action (a question,
 * an answer, a reason, a comment), required or not as the table says; none for some.
 */
export function TextActionForm(props: ActionFormProps) {
  const { action } = props;
  const fields = TEXT_FIELDS.filter((name) => fieldsOf(action)[name]);
  const form = useActionForm<Values>(props, { reason: '', message: '', comment: '' }, (values) =>
    Object.fromEntries(
      fields.map((name) => [
        name,
        isRequired(action, name) ? values[name] : optionalText(values[name]),
      ]),
    ),
  );
  return (
    <ActionFormFrame
      action={action}
      audience={props.audience}
      form={form}
      onCancel={props.onCancel}
    >
      {fields.map((name) => (
        <ActionTextField
          key={name}
          action={action}
          name={name}
          value={form.values[name]}
          onChange={(v) => form.setValue(name, v)}
          error={form.errors[name]}
        />
      ))}
    </ActionFormFrame>
  );
}
