package dev.atk.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What {@code report … as FORMAT} produces: the one list of format words, parsed once where the statement is built
 * and passed on typed (the checker, planner, executor, completion and {@code :help report} read it).
 */
public enum OutputFormat {
    TABLE("table", "rows = attacks, columns = budgets, cells mean ± std, a Total column, the best cell marked"),
    CSV("csv", "machine-readable rows; 'to \"file\"' writes it instead of printing"),
    JSON("json", "the table as JSON, for scripts and notebooks"),
    MARKDOWN("markdown", "a Markdown table, for notes and READMEs"),
    PAIRED("paired", "every attack minus the first: mean difference, paired t-test p"),
    PAIRED_HOLM("paired_holm", "as paired, with each column's p-values Holm-corrected for its number of comparisons"),
    CHART("chart", "a metric-vs-budget chart with error bars (needs 'to \"f.png\"'); also profile(), correlations(), "
            + "attackability()"),
    IMAGES("images", "clean | adversarial | perturbation per attack, flipped labels named (needs 'to \"f.png\"')");

    /** What {@code report} prints when the script says no {@code as}. */
    public static final OutputFormat DEFAULT = TABLE;

    private final String keyword;
    private final String doc;

    OutputFormat(String keyword, String doc) {
        this.keyword = keyword;
        this.doc = doc;
    }

    /** The word a script writes after {@code as}. */
    public String keyword() {
        return keyword;
    }

    public String doc() {
        return doc;
    }

    /** Charts and image panels are drawn into a file, so they need {@code to "file.png"}. */
    public boolean drawn() {
        return this == CHART || this == IMAGES;
    }

    public static Optional<OutputFormat> fromKeyword(String word) {
        return Arrays.stream(values()).filter(f -> f.keyword.equals(word)).findFirst();
    }

    public static List<String> keywords() {
        return Arrays.stream(values()).map(OutputFormat::keyword).toList();
    }
}
