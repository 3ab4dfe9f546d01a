import type { TFunction } from 'i18next';
import { CHANNELS, SERVICE_KINDS, STEP_KINDS, STEP_ROLES } from '../../../domain/catalogue/schemas';

/** Options for the service kind picker, in the user's language. */
export function serviceKindOptions(t: TFunction) {
  return SERVICE_KINDS.map((kind) => ({ value: kind, label: t(`catalogueAdmin.kinds.${kind}`) }));
}

export function channelOptions(t: TFunction) {
  return CHANNELS.map((channel) => ({ value: channel, label: t(`catalogueAdmin.channels.${channel}`) }));
}

/** Staff roles by their office names, plus the citizen who applies or reports. */
export function stepRoleOptions(t: TFunction) {
  return STEP_ROLES.map((role) => ({
    value: role,
    label: role === 'citizen' ? t('catalogueAdmin.steps.roleCitizen') : t(`roles.${role}`),
  }));
}

export function stepKindOptions(t: TFunction) {
  return STEP_KINDS.map((kind) => ({ value: kind, label: t(`catalogueAdmin.steps.kinds.${kind}`) }));
}
