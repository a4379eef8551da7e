package com.example.atk;

import dev.atk.api.EvalResult;
import dev.atk.api.Session;
import dev.atk.result.ResultTable;
import dev.atk.source.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The minimal embedding (docs/embedding.md): a session, a Java function the script uses to choose which labels to
 * attack, one script, and the table read back as numbers.
 */
public final class LabelAttacks {
    /** Attack 4 test scenes: BCE on every label, then BCE on the 2 labels our Java function ranks first. */
    static final String SCRIPT = """
            model fashion_cnn
            data fashion split test sample 4 seed 11
            run bce(), subset(priority=ground_truth_first, n=2) at eps = 0.03
            report flips
            """;

    /** How many times the script called the host function (once per image). */
    static final AtomicInteger CALLS = new AtomicInteger();

    private LabelAttacks() {}

    /** Runs the experiment with records under {@code results} and returns its flips table. */
    public static ResultTable run(Path results) {
        try (Session session = Session.builder().resultsDir(results).build()) {
            // f(conf, truth, labels): one score per label; the script attacks the n highest
            session.bind("ground_truth_first", "1", arguments -> {
                CALLS.incrementAndGet();
                List<?> conf = (List<?>) arguments.get(0);
                List<?> truth = (List<?>) arguments.get(1);
                double[] scores = new double[conf.size()];
                for (int j = 0; j < scores.length; j++) {
                    scores[j] = (Double) truth.get(j) + (Double) conf.get(j); // ground truth first, then confidence
                }
                return scores;
            });
            EvalResult result = session.eval(new Source("label_attacks.atk", SCRIPT));
            if (!result.ok()) {
                throw new IllegalStateException(result.describeProblems());
            }
            return result.table(0);
        }
    }

    public static void main(String[] args) {
        ResultTable flips = run(Path.of(args.length > 0 ? args[0] : "atk-results"));
        for (ResultTable.Row row : flips.rows()) {
            ResultTable.Cell cell = row.cells().get(0).orElseThrow();
            System.out.printf("%-45s %.2f ± %.2f flips over %d images%n", row.attack(), cell.mean(), cell.std(),
                    cell.images());
        }
    }
}
