import type { Status } from './types';

export interface StatusInfo {
  status: Status;
  label: { en: string; pl: string };
  /** Single letter shown next to the colour, so the status is readable without colour. */
  letter: string;
  icon: string;
  color: string;
  /** Keyboard digit that sets this status in triage. */
  key: string;
  /**
   * ClaimReview rating on a 1 (worst) – 5 (best) scale; null where the claim was not rated
   * (Unverified, In progress and Unverifiable are published, if at all, without a numeric value).
   */
  rating: number | null;
}

/** Every status in display order, with labels, colours and the ClaimReview mapping. */
export const STATUS_INFO: readonly StatusInfo[] = [
  { status: 'unverified', label: { en: 'Unverified', pl: 'Niezweryfikowane' }, letter: 'U', icon: '○', color: '#6b7280', key: '1', rating: null },
  { status: 'in-progress', label: { en: 'In progress', pl: 'W toku' }, letter: 'P', icon: '◐', color: '#2563eb', key: '2', rating: null },
  { status: 'true', label: { en: 'True', pl: 'Prawda' }, letter: 'T', icon: '✔', color: '#15803d', key: '3', rating: 5 },
  { status: 'partly-true', label: { en: 'Partly true', pl: 'Częściowo prawda' }, letter: 'C', icon: '◑', color: '#65a30d', key: '4', rating: 3 },
  { status: 'misleading', label: { en: 'Misleading', pl: 'Wprowadza w błąd' }, letter: 'M', icon: '⚠', color: '#c2410c', key: '5', rating: 2 },
  { status: 'false', label: { en: 'False', pl: 'Fałsz' }, letter: 'F', icon: '✖', color: '#b91c1c', key: '6', rating: 1 },
  { status: 'unverifiable', label: { en: 'Unverifiable', pl: 'Nieweryfikowalne' }, letter: 'N', icon: '?', color: '#7c3aed', key: '7', rating: null },
];

/** Looks up display and rating data of a status. */
export function statusInfo(status: Status): StatusInfo {
  const info = STATUS_INFO.find((s) => s.status === status);
  if (!info) throw new Error(`Unknown status: ${status}`);
  return info;
}

/** True for the statuses that record a verdict (published in ClaimReview). */
export function isVerdict(status: Status): boolean {
  return statusInfo(status).rating !== null;
}
