/** A contact or missed appointment as GET /api/customers/{id}/contacts lists it (see docs/contacts.md). */
export interface ContactItem {
  id: string;
  outcome: 'attended' | 'missed';
  outcomeLabel: string;
  noteType: string | null;
  noteTypeLabel: string | null;
  channel: string | null;
  channelLabel: string | null;
  occurredAt: string;
  counts: boolean;
  note: string | null;
  recordedBy: string;
}

/** What the contacts section needs of the customer: the id and the not-reachable mark. */
export interface ContactCustomer {
  id: string;
  notReachable?: boolean;
  notReachableSince?: string | null;
  missedInARow?: number;
}
