package dev.atk.spi;

/** What a named component is: something to run, a loss to use inside one, or a way to choose target labels. */
public enum ComponentKind {
    ATTACK("attack"), LOSS("loss"), TARGETS("target selection");

    private final String noun;

    ComponentKind(String noun) {
        this.noun = noun;
    }

    /** How messages name this kind: "unknown attack 'x'". */
    public String noun() {
        return noun;
    }
}
