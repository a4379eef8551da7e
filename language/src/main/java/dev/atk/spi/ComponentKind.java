package dev.atk.spi;

/** What a named component is: something to run, a loss to use inside one, a way to choose target labels, or
 * the goal the attack pursues (its objective: which labels should end up on which side). */
public enum ComponentKind {
    ATTACK("attack", "attacks"), LOSS("loss", "losses"), TARGETS("target selection", "target selections"),
    OBJECTIVE("objective", "objectives");

    private final String noun;
    private final String plural;

    ComponentKind(String noun, String plural) {
        this.noun = noun;
        this.plural = plural;
    }

    /** "known losses: ...". */
    public String plural() {
        return plural;
    }

    /** How messages name this kind: "unknown attack 'x'". */
    public String noun() {
        return noun;
    }
}
