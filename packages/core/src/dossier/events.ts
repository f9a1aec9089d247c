/**
 * The events that drive a dossier. Every event carries `at` (epoch milliseconds), when it happened;
 * `by` (who did it) and `note` (a reason, the items asked for) go into the history.
 */
interface At {
  readonly at: number;
  readonly by?: string;
  readonly note?: string;
}

/** A hand-over's parties (units or agencies, as the host names them). */
interface Parties {
  readonly from?: string;
  readonly to?: string;
}

export type DossierEvent =
  /** The one-stop receives a complete dossier (receipt slip, Form 01); the dossier code can be given now. */
  | (At & { readonly type: 'RECEIVE'; readonly dossierCode?: string })
  /** Refusal at intake (Form 03). */
  | (At & { readonly type: 'REFUSE' })
  | (At & { readonly type: 'DIGITIZE' })
  /** The one-stop transfers the dossier to the competent agency (default parties: receiving unit → agency). */
  | (At & Parties & { readonly type: 'TRANSFER' })
  /** A hand-over inside the resolution (a row of the control sheet). */
  | (At & { readonly type: 'HANDOVER'; readonly from: string; readonly to: string })
  | (At & { readonly type: 'REQUEST_SUPPLEMENT' })
  | (At & { readonly type: 'SUPPLEMENT_RECEIVED' })
  | (At & { readonly type: 'REQUEST_PAYMENT' })
  | (At & { readonly type: 'PAYMENT_RECEIVED'; readonly online?: boolean })
  | (At & { readonly type: 'STOP' })
  | (At & { readonly type: 'RESUME' })
  /** Withdrawal at the applicant's request (Decree 118/2025 Art. 21), only before a result is issued. */
  | (At & { readonly type: 'WITHDRAW' })
  /** A notice that the dossier does not qualify (default parties: agency → receiving unit). */
  | (At & Parties & { readonly type: 'REJECT' })
  /** The result is issued (default parties: agency → receiving unit). */
  | (At & Parties & { readonly type: 'RESOLVE' })
  /** Apology and re-appointment, once, no later than one working day before the due date in force. */
  | (At & { readonly type: 'APOLOGIZE'; readonly newDueAt: number; readonly reason: string })
  | (At & { readonly type: 'RETURN' })
  | (At & { readonly type: 'MARK_NOT_COLLECTED' });

/** The event of a given type. */
export type DossierEventOf<T extends DossierEvent['type']> = Extract<DossierEvent, { type: T }>;
