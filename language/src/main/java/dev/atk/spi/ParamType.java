package dev.atk.spi;

/** The type of a component parameter, checked before anything runs. */
public enum ParamType {
    NUMBER("a number"), INTEGER("an integer"), BOOLEAN("true or false"), STRING("a string"),
    CHOICE("one of the listed names"), LOSS("a loss such as bce, linear or slam(q=0.5)"),
    TARGETS("a target selection such as all"),
    OBJECTIVE("an objective such as max_flip, hide(labels=[\"shirt\"]) or show_many(n=2)"),
    LABELS("a list of label names or indices, such as [\"shirt\", 3]"),
    FUNCTION("a function: a let name bound to js(…), or a host function");

    private final String description;

    ParamType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
