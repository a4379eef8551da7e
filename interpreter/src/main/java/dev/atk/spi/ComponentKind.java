package dev.atk.spi;

/** What a named component is: something to run, a loss to use inside one, or a way to choose target labels. */
public enum ComponentKind {
    ATTACK("attack", "attacks"), LOSS("loss", "losses"), TARGETS("target selection", "target selections");

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
