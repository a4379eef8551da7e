package dev.atk.cluster;

import dev.atk.setting.ClusterMaster;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.AttackabilityPart;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.Backend;
import dev.atk.spi.CancelledException;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver's backend of a cluster run. Models' headers and the shared clean pass run on the driver's own backend;
 * a profile's probe runs on the executors in rounds. An attack call becomes one Spark job of one task per batch of images, and each task's
 * outcomes reach the caller's sink on the caller's thread as soon as that task finishes, so the executor above logs
 * them durably, skips keys it already has (a retried or resumed batch never duplicates a record), and shows progress
 * across all executors. A correlation matrix becomes one job of parts of its rows, summed here in row order, and
 * attackability one job of parts of its one-label attacks, whose flips are added up here.
 */
final class ClusterBackend implements Backend {
    private final Backend local;
    private final JavaSparkContext spark;
    private final ClusterMaster master;
    private final EngineSpec engine;
    private final ProgressListener progress;
    private final Map<ModelHandle, ModelRef> models = new IdentityHashMap<>();
    private final Map<DataHandle, DataRef> data = new IdentityHashMap<>();
    private final AtomicInteger jobs = new AtomicInteger();
    private final TaskTimes times = new TaskTimes();

    ClusterBackend(Backend local, JavaSparkContext spark, ClusterMaster master, EngineSpec engine,
                   ProgressListener progress) {
        this.local = local;
        this.spark = spark;
        this.master = master;
        this.engine = engine;
        this.progress = progress;
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

    @Override
    public float[][] predict(ModelHandle model, DataHandle d, int[] items, RunSettings settings, RunControl control) {
        return local.predict(model, d, items, settings, control);
    }

    /**
     * The probe in parts of whole probe batches, one per executor, measured in rounds of {@link #PROFILE_ROUND}
     * measurements: each executor keeps its part's probe between rounds (the next round asks for the same executor),
     * the driver adds the parts' flip counts per measurement and applies the stop rule, and the rounds end where one
     * process would have stopped. Flip counts are integers, so their sums are exact and the profile is the one
     * process's profile. A part that lands on another executor replays its probe there to the round's start.
     */
    @Override
    public ProfileResult profile(ModelHandle model, DataHandle d, int[] items, ProfileRequest request,
                                 RunSettings settings, RunControl control) {
        int parts = local.profileParts(items.length, slots());
        if (parts < 2) {
            return local.profile(model, d, items, request, settings, control);
        }
        ProfileRounds rounds = local.profileRounds(model, items.length, request, settings);
        String[] where = new String[parts];
        int from = 0;
        while (!rounds.stopped()) {
            int to = Math.min(from + PROFILE_ROUND, rounds.maxMeasurements());
            List<ProfileShard> shards = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                shards.add(new ProfileShard(k, engine, modelRef(model), dataRef(d), items, request, settings, parts,
                        from, to));
            }
            ProfilePart[] got = new ProfilePart[parts];
            run(shards, java.util.Arrays.asList(where.clone()), "profile measurements " + (from + 1) + " to " + to,
                    control, outcome -> {
                        ProfilePart part = (ProfilePart) outcome.result();
                        got[outcome.index()] = part;
                        where[outcome.index()] = outcome.location();
                        control.advance(2L * part.images() * rounds.interval() * (long) part.bceFlipSums().length);
                    });
            for (int j = 0; j < to - from && !rounds.stopped(); j++) {
                double bce = 0;
                double linear = 0;
                for (ProfilePart part : got) {
                    bce += part.bceFlipSums()[j];
                    linear += part.linearFlipSums()[j];
                }
                rounds.add(bce, linear);
            }
            from = to;
        }
        ProfileResult result = rounds.result();
        return result.computedOn(result.computedOn() + "; probe in " + parts + " parts on Spark executors");
    }

    /**
     * Measurements per round of a distributed profile: a round is one Spark job (about half a second of scheduling),
     * and the measurements past the stop in the last round are wasted work.
     */
    static final int PROFILE_ROUND = 5;

    @Override
    public int profileParts(int images, int parts) {
        return local.profileParts(images, parts);
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

    /**
     * The matrix's (label, image) rows in parts of whole batches, two per executor so that a slow part does not hold
     * the others up, each part on an executor; the driver sums them in row order, which gives the single-process
     * matrix to the last bit.
     */
    @Override
    public CorrelationResult correlations(ModelHandle model, DataHandle d, int[][] itemsPerLabel,
                                          LabelAttackRequest request, RunSettings settings, RunControl control) {
        int[] starts = local.correlationPartStarts(model, itemsPerLabel, settings, 2 * slots());
        if (starts.length < 2) {
            return local.correlations(model, d, itemsPerLabel, request, settings, control);
        }
        int rows = CorrelationPart.rows(itemsPerLabel);
        List<CorrelationShard> shards = new ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            shards.add(new CorrelationShard(k, engine, modelRef(model), dataRef(d), itemsPerLabel, request, settings,
                    starts[k], k + 1 < starts.length ? starts[k + 1] : rows));
        }
        CorrelationPart[] parts = new CorrelationPart[shards.size()];
        run(shards, "correlations on " + rows + " rows", control, outcome -> {
            CorrelationPart part = (CorrelationPart) outcome.result();
            parts[outcome.index()] = part;
            control.advance(part.backwardPasses()); // a row's iterations: the local extractor's progress unit
        });
        return CorrelationPart.assemble(request.eps(), request.direction(), itemsPerLabel.length, itemsPerLabel,
                List.of(parts), CorrelationPart.distinctImages(itemsPerLabel));
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

    /** Tasks that can run at once: executors × their cores ÷ the cores a task takes. */
    private int slots() {
        int cpusPerTask = Math.max(1, spark.getConf().getInt("spark.task.cpus", 1));
        return Math.max(1, spark.sc().defaultParallelism() / cpusPerTask);
    }

    /**
     * Attackability in parts, two per executor: each part selects the attacked rows as one process would and attacks
     * its share of whole batches; the driver adds up the flips.
     */
    @Override
    public AttackabilityResult attackability(ModelHandle model, DataHandle d, int[][] candidates,
                                             LabelAttackRequest request, RunSettings settings, RunControl control) {
        int parts = 2 * slots();
        List<AttackabilityShard> shards = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            shards.add(new AttackabilityShard(k, engine, modelRef(model), dataRef(d), candidates, request, settings,
                    parts));
        }
        AttackabilityPart[] done = new AttackabilityPart[parts];
        run(shards, "attackability in " + parts + " parts", control, outcome -> {
            AttackabilityPart part = (AttackabilityPart) outcome.result();
            done[outcome.index()] = part;
            control.advance(part.result().backwardPasses());
        });
        return AttackabilityPart.assemble(List.of(done));
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
        run(shards, attack.canonical() + " on " + items.length + " images", control, outcome -> {
            @SuppressWarnings("unchecked")
            List<List<AttackOutcome>> batches = (List<List<AttackOutcome>>) outcome.result();
            batches.forEach(sink);
            control.advance(shards.get(outcome.index()).steps());
        });
    }

    /**
     * Runs {@code shards} as one Spark job (a job group of its own, so that a cancel stops exactly it) and hands each
     * task's outcome to {@code arrival} on this thread as soon as the task finishes. A user's mistake on an executor
     * ends the job with that message; a task that failed for good ends it with Spark's reason.
     */
    private void run(List<? extends Shard> shards, String description, RunControl control,
                     Consumer<ShardOutcome> arrival) {
        run(shards, null, description, control, arrival);
    }

    /** @param preferred per shard, the executor location it should run on (null: anywhere), or null for none */
    private void run(List<? extends Shard> shards, List<String> preferred, String description, RunControl control,
                     Consumer<ShardOutcome> arrival) {
        if (spark.sc().isStopped()) {
            throw new AtkRuntimeException("cluster " + master.text() + ": the Spark application has stopped (the "
                    + "master removed it, or its executors could not start: see Spark's messages above)");
        }
        String group = "atk-" + spark.sc().applicationId() + "-" + jobs.incrementAndGet();
        BlockingQueue<ShardOutcome> arrived = new LinkedBlockingQueue<>();
        spark.setJobGroup(group, description, true);
        long submitted = System.nanoTime();
        SimpleFutureAction<BoxedUnit> job;
        try {
            org.apache.spark.rdd.RDD<Shard> rdd = preferred == null
                    ? spark.parallelize(new ArrayList<Shard>(shards), shards.size()).rdd()
                    : withLocations(shards, preferred);
            job = spark.sc().submitJob(rdd, new RunShard(), partitions(shards.size()), new Collect(arrived),
                    new Done());
        } catch (IllegalStateException stopped) { // the application stopped between the check above and the job
            throw new AtkRuntimeException("cluster " + master.text() + ": " + firstLine(stopped));
        } finally {
            spark.clearJobGroup();
        }
        int done = 0;
        try {
            while (done < shards.size()) {
                if (control.cancelled()) {
                    spark.cancelJobGroup(group);
                    throw new CancelledException();
                }
                ShardOutcome outcome = arrived.poll(100, TimeUnit.MILLISECONDS);
                if (outcome == null) {
                    if (job.isCompleted()) {
                        failure(job); // finished without every result: a task failed for good
                        if (arrived.isEmpty()) {
                            throw new IllegalStateException("the job ended with " + done + " of " + shards.size()
                                    + " results");
                        }
                    }
                    continue;
                }
                if (outcome.error() != null) {
                    spark.cancelJobGroup(group);
                    throw new AtkRuntimeException(outcome.error() + " (on executor " + outcome.executor() + ")");
                }
                arrival.accept(outcome);
                times.add(outcome.computeSeconds(), outcome.startSeconds(), outcome.executor());
                done++;
            }
        } catch (InterruptedException e) {
            spark.cancelJobGroup(group);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        times.jobDone((System.nanoTime() - submitted) / 1e9);
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

    /** One partition per shard, each preferring its location (Spark waits a few seconds for it, then runs anywhere). */
    private org.apache.spark.rdd.RDD<Shard> withLocations(List<? extends Shard> shards, List<String> preferred) {
        List<scala.Tuple2<Shard, scala.collection.immutable.Seq<String>>> placed = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            String at = preferred.get(i);
            placed.add(new scala.Tuple2<>(shards.get(i), scala.jdk.javaapi.CollectionConverters
                    .asScala(at == null ? List.<String>of() : List.of(at)).toList()));
        }
        return spark.sc().makeRDD(scala.jdk.javaapi.CollectionConverters.asScala(placed).toList(),
                scala.reflect.ClassTag$.MODULE$.apply(Shard.class));
    }

    private static scala.collection.immutable.Seq<Object> partitions(int n) {
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return scala.jdk.javaapi.CollectionConverters.asScala(all).toList();
    }

    private static String firstLine(Throwable t) {
        return String.valueOf(t.getMessage()).lines().findFirst().orElse(t.getClass().getSimpleName());
    }

    /** Throws what ended a job that stopped before every task had a result. */
    private static void failure(SimpleFutureAction<BoxedUnit> job) {
        scala.Option<scala.util.Try<BoxedUnit>> value = job.value();
        if (value.isDefined() && value.get().isFailure()) {
            Throwable cause = value.get().failed().get();
            String message = firstLine(cause);
            if (message.contains("cancelled")) {
                throw new CancelledException();
            }
            throw new AtkRuntimeException("cluster: the attack job failed: " + message);
        }
    }

    /** Driver time per task against the executors' compute time, over this backend's jobs (the benchmark). */
    TaskTimes times() {
        return times;
    }

    @Override
    public void close() {
        try {
            String summary = times.summary();
            if (!summary.isEmpty()) {
                progress.note("cluster: " + summary);
            }
            spark.stop();
        } finally {
            ExecutorEngines.lend(null);
            local.close();
        }
    }

    /** Runs on the scheduler's thread: only queues the outcome for the driver's thread. */
    private static final class Collect extends AbstractFunction2<Object, ShardOutcome, BoxedUnit> {
        private final BlockingQueue<ShardOutcome> queue;

        Collect(BlockingQueue<ShardOutcome> queue) {
            this.queue = queue;
        }

        @Override
        public BoxedUnit apply(Object index, ShardOutcome outcome) {
            queue.add(outcome);
            return BoxedUnit.UNIT;
        }
    }

    private static final class Done extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
