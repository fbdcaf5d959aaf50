package tickler.lead;

/** How a lead's first touch happened (DESIGN §2). */
public enum LeadSource {
    INBOUND, REFERRAL, PARTNER, OUTBOUND
}
