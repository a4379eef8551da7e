package dev.atk.cluster;

import dev.atk.setting.ClusterMaster;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.AttackabilityPart;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.Backend;
import dev.atk.spi.BatchChoice;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.CorrelationPart;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfilePart;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.ProfileRounds;
import dev.atk.spi.ProgressListener;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The driver's backend of a cluster run. Models' headers and the shared clean pass run on the driver's own backend.
 * An attack call becomes one Spark job of one task per batch of images ({@link ShardJobs}), and each task's outcomes
 * reach the caller's sink on the caller's thread as soon as that task finishes, so the executor above logs them
 * durably, skips keys it already has (a retried or resumed batch never duplicates a record), and shows progress across
 * all executors. The analyses (profile, correlations, attackability) run in parts ({@link ClusterAnalyses}).
 */
final class ClusterBackend implements Backend {
    private final Backend local;
    private final JavaSparkContext spark;
    private final ClusterMaster master;
    private final EngineSpec engine;
    private final ProgressListener progress;
    private final Map<ModelHandle, ModelRef> models = new IdentityHashMap<>();
    private final Map<DataHandle, DataRef> data = new IdentityHashMap<>();
    private final ShardJobs jobs;
    private final ClusterAnalyses analyses;

    ClusterBackend(Backend local, JavaSparkContext spark, ClusterMaster master, EngineSpec engine,
                   ProgressListener progress) {
        this.local = local;
        this.spark = spark;
        this.master = master;
        this.engine = engine;
        this.progress = progress;
        this.jobs = new ShardJobs(spark, master);
        this.analyses = new ClusterAnalyses(local, jobs, engine);
        if (master.kind() == ClusterMaster.Kind.LOCAL) {
            ExecutorEngines.lend(local); // the tasks run in this JVM: one engine, the driver's
        }
    }

    @Override
    public String device() {
        return local.device();
    }

    @Override
    public String versions() {
        return local.versions() + ", spark " + spark.version();
    }

    @Override
    public List<String> startNotes() {
        List<String> notes = new ArrayList<>(local.startNotes());
        notes.add("attack tasks run on Spark (" + master.text() + ", application " + spark.sc().applicationId() + ")");
        return notes;
    }

    @Override
    public String analysisVariant() {
        return local.analysisVariant();
    }

    @Override
    public synchronized ModelHandle loadModel(ModelRef ref) {
        ModelHandle handle = local.loadModel(ref);
        models.put(handle, ref);
        return handle;
    }

    @Override
    public synchronized DataHandle loadData(DataRef ref) {
        DataHandle handle = local.loadData(ref);
        data.put(handle, ref);
        return handle;
    }

    /**
     * The driver's backend chooses, and every executor then attacks with that batch: the batches, and so the
     * records, must not depend on which executor ran them.
     */
    @Override
    public BatchChoice batchFor(ModelHandle model, RunSettings settings) {
        return local.batchFor(model, settings);
    }

    @Override
    public float[][] predict(ModelHandle model, DataHandle d, int[] items, RunSettings settings, RunControl control) {
        return local.predict(model, d, items, settings, control);
    }



    @Override
    public ProfileResult profile(ModelHandle model, DataHandle d, int[] items, ProfileRequest request,
                                 RunSettings settings, RunControl control) {
        return analyses.profile(model, modelRef(model), d, dataRef(d), items, request, settings, control);
    }

    @Override
    public CorrelationResult correlations(ModelHandle model, DataHandle d, int[][] itemsPerLabel,
                                          LabelAttackRequest request, RunSettings settings, RunControl control) {
        return analyses.correlations(model, modelRef(model), d, dataRef(d), itemsPerLabel, request, settings, control);
    }

    @Override
    public AttackabilityResult attackability(ModelHandle model, DataHandle d, int[][] candidates,
                                             LabelAttackRequest request, RunSettings settings, RunControl control) {
        return analyses.attackability(model, modelRef(model), d, dataRef(d), candidates, request, settings, control);
    }

    @Override
    public int profileParts(ModelHandle model, int images, int parts) {
        return local.profileParts(model, images, parts);
    }

    @Override
    public ProfilePart profilePart(ModelHandle model, DataHandle d, int[] items, ProfileRequest request,
                                   RunSettings settings, int part, int parts, int from, int to, RunControl control) {
        return local.profilePart(model, d, items, request, settings, part, parts, from, to, control);
    }

    @Override
    public ProfileRounds profileRounds(ModelHandle model, int images, ProfileRequest request, RunSettings settings) {
        return local.profileRounds(model, images, request, settings);
    }


    @Override
    public int[] correlationPartStarts(ModelHandle model, int[][] itemsPerLabel, RunSettings settings, int parts) {
        return local.correlationPartStarts(model, itemsPerLabel, settings, parts);
    }

    @Override
    public CorrelationPart correlationPart(ModelHandle model, DataHandle d, int[][] itemsPerLabel,
                                           LabelAttackRequest request, RunSettings settings, int from, int to,
                                           RunControl control) {
        return local.correlationPart(model, d, itemsPerLabel, request, settings, from, to, control);
    }



    @Override
    public AttackabilityPart attackabilityPart(ModelHandle model, DataHandle d, int[][] candidates,
                                               LabelAttackRequest request, RunSettings settings, int part, int parts,
                                               RunControl control) {
        return local.attackabilityPart(model, d, candidates, request, settings, part, parts, control);
    }

    @Override
    public long plannedSteps(ComponentCall attack, double[] budgets, int images, AttackContext context) {
        return local.plannedSteps(attack, budgets, images, context);
    }

    @Override
    public boolean batchesIndependent(ComponentCall attack) {
        return local.batchesIndependent(attack);
    }

    @Override
    public void attack(ModelHandle model, DataHandle d, int[] items, ComponentCall attack, double[] budgets,
                       AttackContext context, Consumer<List<AttackOutcome>> sink, RunControl control) {
        Travel.check(attack);
        List<AttackShard> shards = shards(model, d, items, attack, budgets, context);
        jobs.run(shards, attack.canonical() + " on " + items.length + " images", control, outcome -> {
            @SuppressWarnings("unchecked")
            List<List<AttackOutcome>> batches = (List<List<AttackOutcome>>) outcome.result();
            batches.forEach(sink);
            control.advance(shards.get(outcome.index()).steps());
        });
    }


    /** The batches the local backend would form, each with its own slice of the clean pass. */
    private List<AttackShard> shards(ModelHandle model, DataHandle d, int[] items, ComponentCall attack,
                                     double[] budgets, AttackContext context) {
        ModelRef modelRef = modelRef(model);
        DataRef dataRef = dataRef(d);
        int batch = local.batchesIndependent(attack) ? Math.max(1, context.settings().batch()) : items.length;
        List<AttackShard> shards = new ArrayList<>();
        for (int from = 0; from < items.length; from += batch) {
            int count = Math.min(batch, items.length - from);
            int[] slice = Arrays.copyOfRange(items, from, from + count);
            AttackContext own = context.clean() == null ? context : context.withClean(context.cleanSlice(from, count));
            shards.add(new AttackShard(shards.size(), engine, modelRef, dataRef, slice, attack, budgets, own,
                    local.plannedSteps(attack, budgets, count, context)));
        }
        return shards;
    }

    private synchronized ModelRef modelRef(ModelHandle model) {
        ModelRef ref = models.get(model);
        if (ref == null) {
            throw new IllegalStateException("a model handle this backend did not load");
        }
        return ref;
    }

    private synchronized DataRef dataRef(DataHandle d) {
        DataRef ref = data.get(d);
        if (ref == null) {
            throw new IllegalStateException("a data handle this backend did not load");
        }
        return ref;
    }


    /** Driver time per task against the executors' compute time, over this backend's jobs (the benchmark). */
    TaskTimes times() {
        return jobs.times();
    }

    @Override
    public void close() {
        try {
            String summary = jobs.times().summary();
            if (!summary.isEmpty()) {
                progress.note("cluster: " + summary);
            }
            spark.stop();
        } finally {
            ExecutorEngines.lend(null);
            local.close();
        }
    }

}
