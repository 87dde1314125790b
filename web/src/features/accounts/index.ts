// What other features use of the accounts feature (ADR 0020: features meet only through index.ts).
export { useProviderSignIn } from './api/sign-in-with-provider';
