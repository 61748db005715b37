import { createHash } from 'node:crypto';
import type { Coding, Meta, Reference, Resource } from '@medplum/fhirtypes';
import { PART2_SECURITY_LABELS, RESTRICTED_LABELS } from '../fhir-codes.js';

/** Every resource in a Bundle is named by urn:uuid: its row's id (unique across tables), or one derived from it. */
export function ref<T extends Resource>(resourceType: T['resourceType'], id: string, display?: string): Reference<T> {
  return { reference: `urn:uuid:${id}`, type: resourceType, ...(display ? { display } : {}) };
}

/** A stable UUID (name-based, as RFC 9562's version 5) for a resource a row holds besides its own (a care team beside its episode). */
export function derivedId(id: string, purpose: string): string {
  const hex = createHash('sha1').update(`${id}/${purpose}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** meta with the US Core profile (if any) and the resource's security labels. */
export function meta(profile: string | null, part2: boolean): Meta {
  const security: Coding[] = part2 ? PART2_SECURITY_LABELS : RESTRICTED_LABELS;
  return { ...(profile ? { profile: [profile] } : {}), security };
}

/** A FHIR date (YYYY-MM-DD) of a date column. */
export const day = (date: Date): string => date.toISOString().slice(0, 10);
/** A FHIR instant of a timestamp column. */
export const instant = (date: Date): string => date.toISOString();

/** XHTML narrative of plain text (FHIR's text.div). */
export function narrative(...paragraphs: string[]) {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { status: 'generated' as const, div: `<div xmlns="http://www.w3.org/1999/xhtml">${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</div>` };
}

/** An enum value as people read it: SUBSTANCE_USE -> "Substance use". */
export const readable = (value: string): string => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
