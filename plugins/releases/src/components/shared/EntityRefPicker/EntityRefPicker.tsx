import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';

interface EntityOption {
  ref: string;
  label: string;
}

const ENTITY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
];

function optionOf(entity: Entity): EntityOption {
  const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const profile = (entity.spec?.profile ?? {}) as { displayName?: string };
  const name = entity.metadata.title ?? profile.displayName;
  return { ref, label: name ? `${name} (${ref})` : ref };
}

interface CommonProps {
  id: string;
  label: string;
  /** Catalog kinds to offer, e.g. `['User', 'Group']`. */
  kinds: string[];
  required?: boolean;
  disabled?: boolean;
  error?: string;
  helperText?: string;
}

export type EntityRefPickerProps = CommonProps &
  (
    | {
        multiple: true;
        value: string[];
        onChange: (value: string[]) => void;
      }
    | {
        multiple?: false;
        value: string | null;
        onChange: (value: string | null) => void;
      }
  );

/**
 * Picks catalog entities of the given kinds and yields their refs in the canonical lower-case
 * form the backend stores. A ref that the catalog no longer lists stays selectable and visible.
 */
export function EntityRefPicker(props: EntityRefPickerProps) {
  const { id, label, kinds, required, disabled, error, helperText } = props;
  const catalogApi = useApi(catalogApiRef);
  const kindsKey = kinds.join(',');
  const {
    value: entities,
    loading,
    error: loadError,
  } = useAsync(
    async () =>
      (
        await catalogApi.getEntities({
          filter: { kind: kindsKey.split(',') },
          fields: ENTITY_FIELDS,
        })
      ).items,
    [catalogApi, kindsKey],
  );

  let selected: string[] = [];
  if (props.multiple) selected = props.value;
  else if (props.value) selected = [props.value];
  const selectedKey = selected.join('\n');
  const options = useMemo(() => {
    const byRef = new Map<string, EntityOption>();
    for (const entity of entities ?? []) {
      const option = optionOf(entity);
      byRef.set(option.ref, option);
    }
    for (const ref of selectedKey ? selectedKey.split('\n') : []) {
      const key = ref.toLocaleLowerCase('en-US');
      if (!byRef.has(key)) byRef.set(key, { ref: key, label: key });
    }
    return [...byRef.values()].sort((a, b) => a.label.localeCompare(b.label));
  }, [entities, selectedKey]);
  const optionFor = (ref: string) =>
    options.find(o => o.ref === ref.toLocaleLowerCase('en-US')) ?? {
      ref,
      label: ref,
    };

  const shownHelp =
    error ??
    (loadError
      ? `Could not load the catalog: ${loadError.message}`
      : helperText);
  const common = {
    id,
    options,
    loading,
    disabled,
    getOptionLabel: (option: EntityOption) => option.label,
    getOptionSelected: (option: EntityOption, value: EntityOption) =>
      option.ref === value.ref,
    renderInput: (params: any) => (
      <TextField
        {...params}
        label={label}
        required={required}
        error={Boolean(error)}
        helperText={shownHelp}
        variant="outlined"
        margin="dense"
      />
    ),
  };

  if (props.multiple) {
    const { onChange } = props;
    return (
      <Autocomplete<EntityOption, true>
        {...common}
        multiple
        filterSelectedOptions
        value={props.value.map(optionFor)}
        onChange={(_event, value) => onChange(value.map(o => o.ref))}
      />
    );
  }
  const { onChange } = props;
  return (
    <Autocomplete<EntityOption, false>
      {...common}
      value={props.value ? optionFor(props.value) : null}
      onChange={(_event, value) => onChange(value ? value.ref : null)}
    />
  );
}
