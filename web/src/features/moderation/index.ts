// What the app uses of the moderation feature (ADR 0020: features meet only through index.ts).
export { ReportsPage } from './components/reports-page';
