package dev.atk.spi;

/** The type of a component parameter, checked before anything runs. */
public enum ParamType {
    NUMBER("a number"), INTEGER("an integer"), BOOLEAN("true or false"), STRING("a string"),
    CHOICE("one of the listed names"), LOSS("a loss such as bce, linear or slam(q=0.5)"),
    TARGETS("a target selection such as all");

    private final String description;

    ParamType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
