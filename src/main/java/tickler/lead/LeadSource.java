package tickler.lead;

/** How a lead's first touch happened (docs/definitions.md). */
public enum LeadSource {
    INBOUND, REFERRAL, PARTNER, OUTBOUND
}
