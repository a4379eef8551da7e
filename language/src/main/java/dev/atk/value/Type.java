package dev.atk.value;

/** The static types the checker tracks. Deliberately few: the language is small and its values are concrete. */
public enum Type {
    NUMBER("a number"), BOOL("true or false"), STRING("a string"), LIST("a list"), RANGE("a range"),
    BUDGETS("a list of budgets"), PROFILE("a profile"), CORRELATIONS("a correlation matrix"), ATTACKABILITY("label attackability"), COMPONENT("an attack, loss or target selection"),
    RESULTS("a result set"), METRIC("a metric"), FUNCTION("a function"), ANY("a value");

    private final String description;

    Type(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Values a {@code for} can iterate over. */
    public boolean iterable() {
        return this == LIST || this == RANGE || this == BUDGETS || this == ANY;
    }

    public boolean numeric() {
        return this == NUMBER || this == ANY;
    }
}
