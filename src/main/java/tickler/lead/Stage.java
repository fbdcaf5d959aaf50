package tickler.lead;

/** Pipeline stages in the order a lead moves through them; the furthest reached wins. */
public enum Stage {
    NEW, ENGAGED, MEETING, PROPOSAL, WON, LOST;

    public boolean isOpen() {
        return this != WON && this != LOST;
    }
}
