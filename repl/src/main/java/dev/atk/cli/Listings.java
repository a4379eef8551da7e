package dev.atk.cli;

import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import java.util.List;
import java.util.Optional;

/** The text of {@code atk models}, {@code atk attacks} and their REPL twins, from the session's catalog. */
public final class Listings {
    private static final int MAX_SIGNATURE_COLUMN = 44;

    private Listings() {}

    public static String models(Catalog catalog) {
        StringBuilder b = new StringBuilder("Models:\n");
        List<String> models = catalog.modelNames();
        if (models.isEmpty()) {
            b.append("  (none found; a model is also named by a config path: model \"my_model.json\")\n");
        }
        int width = models.stream().mapToInt(String::length).max().orElse(0);
        for (String m : models) {
            b.append("  ").append(m);
            catalog.describeModel(m).ifPresent(d -> b.append(" ".repeat(width - m.length() + 2)).append(d));
            b.append('\n');
        }
        List<String> datasets = catalog.datasetNames();
        if (!datasets.isEmpty()) {
            b.append("\nData sets:\n");
            for (String d : datasets) {
                List<String> splits = splits(catalog, d);
                b.append("  ").append(d);
                if (!splits.isEmpty()) {
                    b.append(" (splits: ").append(String.join(", ", splits)).append(')');
                }
                catalog.folderLayout(d).ifPresent(layout -> b.append(": from a folder, data ").append(d)
                        .append(" at \"DIR\""));
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static List<String> splits(Catalog catalog, String dataset) {
        try {
            return catalog.splits(dataset);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Attacks with signatures and summaries, then the losses and target selections they compose. */
    public static String attacks(Catalog catalog) {
        StringBuilder b = new StringBuilder();
        section(b, "Attacks", catalog, ComponentKind.ATTACK);
        section(b, "Losses (for loss=...)", catalog, ComponentKind.LOSS);
        section(b, "Target selections (for targets=...)", catalog, ComponentKind.TARGETS);
        section(b, "Objectives (for objective=...)", catalog, ComponentKind.OBJECTIVE);
        return b.toString();
    }

    private static void section(StringBuilder b, String title, Catalog catalog, ComponentKind kind) {
        List<ComponentInfo> items = catalog.components().stream().filter(c -> c.kind() == kind).toList();
        if (items.isEmpty()) {
            return;
        }
        if (b.length() > 0) {
            b.append('\n');
        }
        b.append(title).append(":\n");
        int column = Math.min(MAX_SIGNATURE_COLUMN,
                items.stream().mapToInt(c -> c.signature().length()).max().orElse(0));
        for (ComponentInfo c : items) {
            String sig = c.signature();
            b.append("  ").append(sig);
            if (c.summary() != null && !c.summary().isBlank()) {
                if (sig.length() > column) {
                    b.append('\n').append(" ".repeat(column + 2));
                } else {
                    b.append(" ".repeat(column - sig.length()));
                }
                b.append("  ").append(c.summary());
            }
            b.append('\n');
        }
    }

    /** One component in detail: signature, summary and every parameter (for {@code :help slam}). */
    public static Optional<String> describe(Catalog catalog, String name) {
        Optional<ComponentInfo> found = catalog.components().stream().filter(c -> c.name().equals(name)).findFirst();
        return found.map(c -> {
            StringBuilder b = new StringBuilder(c.signature()).append("   (").append(c.kind().noun()).append(")\n");
            if (c.summary() != null && !c.summary().isBlank()) {
                b.append("  ").append(c.summary()).append('\n');
            }
            for (ParamInfo p : c.params()) {
                b.append("  ").append(p.name()).append(" = ").append(p.defaultText());
                if (p.min() != null || p.max() != null) {
                    b.append("  in [").append(p.min() == null ? "-inf" : number(p.min())).append(", ")
                            .append(p.max() == null ? "inf" : number(p.max())).append(']');
                }
                if (!p.choices().isEmpty()) {
                    b.append("  one of ").append(String.join(", ", p.choices()));
                }
                if (p.help() != null && !p.help().isBlank()) {
                    b.append("  — ").append(p.help());
                }
                b.append('\n');
            }
            if (c.needsProfile()) {
                b.append("  uses the current model's profile (computed once and cached)\n");
            }
            if (!c.usesBudget() && c.kind() == ComponentKind.ATTACK) {
                b.append("  minimises the perturbation: ignores eps and reports the norm it needed\n");
            }
            return b.toString();
        });
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Prints one listing of the catalog (what a session on the working directory can name); exit code OK. */
    static int print(java.io.PrintStream out, java.util.function.Function<dev.atk.spi.Catalog, String> listing) {
        try (dev.atk.api.Session session = dev.atk.api.Session.builder()
                .baseDir(java.nio.file.Path.of("").toAbsolutePath()).out(out).build()) {
            out.print(listing.apply(session.catalog()));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
