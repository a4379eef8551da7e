package dev.atk.check;

import dev.atk.diag.Diagnostics;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.spi.Catalog;
import dev.atk.syntax.Expr;
import dev.atk.syntax.Stmt;
import dev.atk.value.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The checks of what a script selects, {@code model} and {@code data}: the names, and what the model's config and
 * the data set say before anything loads (weights present, label names and counts, the data folder, a split this
 * machine lacks). Keeps in the scope what later checks need (the model's labels, the data set's label count).
 */
final class SelectionChecks {
    private static final String DEFAULT_DATA_HINT = "add e.g. `data fashion split test sample 100 seed 11` before it";

    private final Catalog catalog;
    private final Path baseDir;
    private final ExprChecker exprs;
    private final Diagnostics diagnostics;
    /** How to fix "no data selected" for the current model (a folder data set for a model trained on one). */
    private String dataHint = DEFAULT_DATA_HINT;

    SelectionChecks(Catalog catalog, Path baseDir, ExprChecker exprs, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.baseDir = baseDir;
        this.exprs = exprs;
        this.diagnostics = diagnostics;
    }

    String dataHint() {
        return dataHint;
    }

    void model(Stmt.ModelStmt m, Scope scope) {
        Optional<String> badPath = m.isPath() ? PathText.problem(m.ref()) : Optional.empty();
        if (badPath.isPresent()) {
            diagnostics.error(m.refSpan(), badPath.get(), "give a path to a model config JSON");
        } else if (m.isPath()) {
            Path p = baseDir.resolve(m.ref());
            if (!Files.isRegularFile(p)) {
                diagnostics.error(m.refSpan(), Messages.modelConfigMissing(m.ref()),
                        "give a path to a model config JSON, relative to " + baseDir.toAbsolutePath().normalize());
            }
        } else if (!catalog.modelNames().contains(m.ref())
                && !Files.isRegularFile(baseDir.resolve("models").resolve(m.ref() + ".json"))) {
            diagnostics.error(m.refSpan(), Messages.unknown("model", m.ref(),
                    DidYouMean.suggest(m.ref(), catalog.modelNames()).orElse(null)),
                    "known models: " + String.join(", ", catalog.modelNames()) + " (or give a config path in quotes)");
        }
        header(m, scope);
        m.alias().ifPresent(a -> scope.define(a.name(), Type.ANY, null));
        dataHint = m.isPath() ? DEFAULT_DATA_HINT : catalog.modelDataset(m.ref())
                .filter(d -> catalog.folderLayout(d).isPresent())
                .map(d -> "add e.g. `data " + d + " at \"DIR\" sample 100 seed 11` before it (" + m.ref()
                        + " was trained on " + d + ")")
                .orElse(DEFAULT_DATA_HINT);
        if (!m.isPath() && catalog.defaultData(m.ref()).isPresent()) {
            scope.selectModelWithData();
            String dataset = catalog.defaultData(m.ref()).get().name();
            scope.dataset = dataset;
            scope.datasetLabels = catalog.datasetLabelCount(dataset).orElse(null);
        } else {
            scope.selectModel();
        }
        labelCounts(m.refSpan(), scope);
    }

    /**
     * What the model's config says before anything loads: a config that cannot be read, or weights that are not
     * here (a template such as q2l_coco), is an error now rather than when the run reaches it. Keeps the label
     * names for the checks that follow (a data set's label count, label names in objectives).
     */
    private void header(Stmt.ModelStmt m, Scope scope) {
        scope.modelName = null;
        scope.modelLabels = null;
        if (PathText.problem(m.ref()).isPresent()) {
            return; // reported above
        }
        Path local = baseDir.resolve("models").resolve(m.ref() + ".json");
        String where = m.isPath() ? baseDir.resolve(m.ref()).toAbsolutePath().normalize().toString()
                : catalog.modelNames().contains(m.ref()) ? m.ref()
                : Files.isRegularFile(local) ? local.toAbsolutePath().toString() : null;
        if (where == null || (m.isPath() && !Files.isRegularFile(Path.of(where)))) {
            return; // unknown or missing: reported above
        }
        catalog.modelHeader(where).ifPresent(h -> {
            if (h.unreadable().isPresent()) {
                diagnostics.error(m.refSpan(), h.unreadable().get(), "fix the model config (docs/torchscript.md)");
                return;
            }
            h.missingWeights().ifPresent(w -> diagnostics.error(m.refSpan(), w,
                    "models that run as they are: " + String.join(", ", catalog.modelNames().stream()
                            .filter(n -> catalog.defaultData(n).isPresent()).toList())));
            scope.modelName = h.name();
            scope.modelLabels = h.labels();
        });
    }

    /** A model and a data set that disagree on the number of labels cannot be attacked together. */
    private void labelCounts(dev.atk.source.SourceSpan at, Scope scope) {
        if (scope.modelLabels != null && scope.datasetLabels != null && scope.modelLabels.size() != scope.datasetLabels) {
            diagnostics.error(at, Messages.labelCountMismatch(scope.modelName, scope.modelLabels.size(), scope.dataset,
                    scope.datasetLabels), "use data the model was trained on, or a model for this data set");
        }
    }

    void data(Stmt.DataStmt d, Scope scope) {
        String name = d.name().name();
        if (!catalog.datasetNames().contains(name)) {
            diagnostics.error(d.name().span(), Messages.unknown("data set", name,
                    DidYouMean.suggest(name, catalog.datasetNames()).orElse(null)),
                    "known data sets: " + String.join(", ", catalog.datasetNames()));
        } else {
            d.split().ifPresent(split -> {
                List<String> splits = catalog.splits(name);
                Optional<String> install = catalog.missingSplitHint(name, split.name());
                if (install.isPresent()) {
                    diagnostics.error(split.span(), Messages.splitNotHere(name, split.name()), install.get());
                } else if (!splits.contains(split.name())) {
                    diagnostics.error(split.span(), Messages.unknown("split", split.name(),
                            DidYouMean.suggest(split.name(), splits).orElse(null)),
                            name + " has splits: " + String.join(", ", splits));
                }
            });
        }
        d.at().ifPresent(at -> {
            exprs.expect(at, Type.STRING, scope);
            PathText.check(at, exprs, scope, diagnostics);
            exprs.constant(at, scope).filter(String.class::isInstance).map(String.class::cast)
                    .filter(dir -> PathText.problem(dir).isEmpty())
                    .flatMap(dir -> catalog.dataFolderProblem(name, baseDir.resolve(dir).toAbsolutePath().normalize()))
                    .ifPresent(p -> diagnostics.error(at.span(), p, catalog.folderLayout(name).orElse(null)));
        });
        if (d.at().isEmpty()) {
            catalog.folderLayout(name).ifPresent(layout -> diagnostics.error(d.name().span(),
                    Messages.dataNeedsFolder(name), layout));
        }
        d.sample().ifPresent(n -> positiveInteger(n, "sample size", scope));
        d.seed().ifPresent(n -> seed(n, scope));
        d.where().ifPresent(w -> {
            Scope item = scope.child();
            item.define("positives", Type.NUMBER, null);
            Type t = exprs.typeOf(w, item);
            if (t != Type.BOOL && t != Type.ANY) {
                diagnostics.error(w.span(), Messages.wrongType("a condition such as positives > 1", t.description()));
            }
        });
        d.excluding().ifPresent(e -> {
            positiveInteger(e.sample(), "excluded sample size", scope);
            seed(e.seed(), scope);
        });
        scope.selectData();
        scope.dataset = name;
        scope.datasetLabels = catalog.datasetLabelCount(name).orElse(null);
        labelCounts(d.name().span(), scope);
    }

    private void seed(Expr n, Scope scope) {
        exprs.expect(n, Type.NUMBER, scope);
        exprs.constantNumber(n, scope).filter(v -> v < 0 || v != Math.rint(v)).ifPresent(v ->
                diagnostics.error(n.span(), Messages.notANaturalNumber("a seed", v, false)));
    }

    private void positiveInteger(Expr n, String what, Scope scope) {
        exprs.expect(n, Type.NUMBER, scope);
        exprs.constantNumber(n, scope).filter(v -> v < 1 || v != Math.rint(v)).ifPresent(v ->
                diagnostics.error(n.span(), Messages.notANaturalNumber(what, v, true)));
    }
}
