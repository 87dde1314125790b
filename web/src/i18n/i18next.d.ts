import 'i18next';
import type { defaultNamespace, resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)['en'];
    // Keys such as errors.validation_failed use '_' in their names, so contexts need another separator.
    contextSeparator: '~';
  }
}
