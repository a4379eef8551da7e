package dev.atk.stdlib.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.setting.DeviceSpec;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.BatchChoice;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.DataUnreadableException;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfilePart;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.ProfileRounds;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.analysis.AttackabilityProbe;
import dev.atk.stdlib.analysis.CorrelationExtractor;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attacks.AttackProvider;
import dev.atk.stdlib.attacks.AttackProviders;
import dev.atk.stdlib.attacks.AttackRun;
import dev.atk.stdlib.attacks.GradientAttackLoop;
import dev.atk.stdlib.data.DataException;
import dev.atk.stdlib.data.HostImages;
import dev.atk.stdlib.data.ImagePrefetcher;
import dev.atk.stdlib.data.ImageSet;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import dev.atk.stdlib.model.ModelException;
import dev.atk.stdlib.profile.ProbeFit;
import dev.atk.stdlib.profile.ProbeRun;
import dev.atk.stdlib.profile.Profiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The DJL/PyTorch backend. Images are processed {@code settings.batch} at a time in one tensor (per-image
 * normalisation keeps every image's attack identical to a batch-1 run); each batch runs in its own NDManager.
 *
 * <ul>
 *   <li>{@link #attack}: for a loss independent of ε (bce, linear) one trajectory per batch with a checkpoint per
 *   budget, and the sink gets the batch's outcomes for all budgets at once; for SLAM one run per budget and the sink
 *   gets each (batch, budget) as soon as it is done.</li>
 *   <li>Progress: {@code control.advance(B)} after every iteration of a batch of B images (one image-iteration per
 *   image); {@code control.checkCancelled()} before every iteration, so a cancel lands within one iteration.</li>
 * </ul>
 */
public final class DjlBackend implements Backend {
    private final BackendConfig config;
    private final LibtorchChoice libtorch;
    private final Engine engine;
    private final Device device;
    private final NDManager root;
    private final List<Classifier> models = new ArrayList<>();
    private final java.util.Set<Meeting> checked = new java.util.HashSet<>();
    private final ProbeCache probes = new ProbeCache();
    private final BatchSizer sizer;

    public DjlBackend(BackendConfig config) {
        // No traffic may leave the machine: set before DJL reads them.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        this.config = config;
        this.libtorch = LibtorchChoice.applied(); // before DJL reads PYTORCH_LIBRARY_PATH
        try {
            this.engine = Engine.getEngine("PyTorch");
        } catch (RuntimeException | LinkageError e) {
            throw new AtkRuntimeException("cannot start the PyTorch engine with " + libtorch.describe() + ": "
                    + firstLine(e) + (libtorch.source() == LibtorchChoice.Source.BUNDLED ? ""
                    : " (ATK_LIBTORCH=none runs the bundled CPU libtorch)"), e);
        }
        this.device = pickDevice(engine.getGpuCount(), config.device(), libtorch);
        this.root = engine.newBaseManager(device);
        this.sizer = new BatchSizer(device, device(), MemoryGauge.of(device), root);
    }

    /**
     * The device for {@code wanted} ({@code auto}, {@code cpu}, {@code gpu}, {@code gpu:N}) when libtorch sees {@code
     * gpus} CUDA devices. {@code gpu} without one is an error that says which libtorch runs and how to get a CUDA one;
     * {@code gpu:N} past the last is an error that lists the devices there are.
     */
    static Device pickDevice(int gpus, String wanted, LibtorchChoice libtorch) {
        DeviceSpec spec = DeviceSpec.parse(wanted == null ? "auto" : wanted).orElseThrow(() -> new AtkRuntimeException(
                "unknown device '" + wanted + "' (expected " + String.join(", ", DeviceSpec.FORMS) + ")"));
        return switch (spec.kind()) {
            case AUTO -> gpus > 0 ? Device.gpu() : Device.cpu();
            case CPU -> Device.cpu();
            case GPU -> {
                if (gpus == 0) {
                    throw new AtkRuntimeException("no GPU available: " + (libtorch.flavor() != null
                            && libtorch.flavor().startsWith("cu") ? libtorch.describe() + " found no CUDA device"
                            : "this is " + libtorch.describe() + (libtorch.fallback() != null ? " ("
                            + libtorch.fallback() + ")" : "") + "; ATK_LIBTORCH=DIR selects a CUDA libtorch, such "
                            + "as a pip torch's (docs/gpu.md)") + "; use --device cpu or auto");
                }
                if (spec.gpuIndex() >= gpus) {
                    throw new AtkRuntimeException("no " + spec.keyword() + ": libtorch sees " + gpus + " CUDA device"
                            + (gpus == 1 ? " (gpu:0)" : "s (gpu:0 to gpu:" + (gpus - 1) + ")")
                            + "; CUDA_VISIBLE_DEVICES, if set, renumbers them from 0");
                }
                yield Device.gpu(spec.gpuIndex());
            }
        };
    }

    /** The device and why, then a fallback if one happened: what a user reads when the engine starts. */
    @Override
    public List<String> startNotes() {
        List<String> notes = new ArrayList<>();
        if (libtorch.fallback() != null) {
            notes.add(libtorch.fallback());
        }
        boolean auto = DeviceSpec.parse(config.device() == null ? "auto" : config.device())
                .map(d -> d.kind() == dev.atk.setting.Choice.Device.AUTO).orElse(true);
        notes.add("engine: PyTorch " + engine.getVersion() + " on " + device() + (auto
                ? (device.isGpu() ? " (auto: a CUDA device was found)" : " (auto: no CUDA device; "
                + libtorch.describe() + ")") : ""));
        return notes;
    }

    @Override
    public String device() {
        return device.isGpu() ? "gpu(" + device.getDeviceId() + ")" : "cpu";
    }

    @Override
    public String versions() {
        return "djl " + Engine.getDjlVersion() + ", " + engine.getEngineName().toLowerCase(Locale.ROOT) + " "
                + engine.getVersion();
    }

    // ---------------------------------------------------------------- models and data

    @Override
    public ModelHandle loadModel(ModelRef ref) {
        String what = ref.ref();
        try {
            Classifier c;
            if (ref.isPath()) {
                c = BundledModels.open(resolve(what).toString(), device);
            } else {
                Path local = config.baseDir() == null ? null : config.baseDir().resolve("models").resolve(what
                        + ".json");
                c = local != null && Files.isRegularFile(local) ? BundledModels.open(local.toString(), device)
                        : BundledModels.open(what, device);
            }
            models.add(c);
            return new DjlModel(c);
        } catch (ModelException e) {
            throw new AtkRuntimeException(e.getMessage(), e);
        } catch (AtkRuntimeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AtkRuntimeException("cannot load model '" + what + "': " + firstLine(e), e);
        }
    }

    private Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || config.baseDir() == null ? p : config.baseDir().resolve(p);
    }

    @Override
    public DataHandle loadData(DataRef ref) {
        return new ImageData(DataSets.open(ref, this::resolve));
    }

    private static ImageSet imageSet(DataHandle data) {
        if (data instanceof ImageData d) {
            return d.images();
        }
        throw new AtkRuntimeException("data '" + data.name() + "' was not loaded by the DJL backend");
    }

    private static DjlModel model(ModelHandle model) {
        if (model instanceof DjlModel m) {
            return m;
        }
        throw new AtkRuntimeException("model '" + model.name() + "' was not loaded by the DJL backend");
    }

    /**
     * The images of {@code data} as {@code model} takes them (resized to its input where the data set resizes). The
     * first time a model meets a data set, the {@link Preflight} checks run: structure, then the model's behaviour on a
     * few probe images.
     */
    private BiFunction<NDManager, int[], NDArray> pixels(DjlModel model, DataHandle data) {
        ImageSet set = imageSet(data);
        ModelConfig.Input in = model.config().input();
        if (checked.add(new Meeting(model.classifier(), set))) {
            try {
                Preflight.structure(model.classifier(), set);
                Preflight.behaviour(model.classifier(), set, root);
            } catch (RuntimeException e) {
                checked.remove(new Meeting(model.classifier(), set));
                throw e;
            }
        }
        return (manager, items) -> hostImages(set, items, in).upload(manager);
    }

    /** Decoded and resized on the calling thread; an unreadable image is a runtime error that names it. */
    private static HostImages hostImages(ImageSet set, int[] items, ModelConfig.Input in) {
        try {
            return set.hostImages(items, in.height(), in.width());
        } catch (DataException e) {
            throw new DataUnreadableException(e.getMessage(), e);
        }
    }

    /** A model and a data set that have passed the pre-flight checks together (identity pairs). */
    private record Meeting(Classifier model, ImageSet data) {}

    @Override
    public BatchChoice batchFor(ModelHandle model, RunSettings settings) {
        return sizer.forAttack(model(model).classifier(), settings);
    }

    private static List<int[]> chunks(int[] items, int batch) {
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start < items.length; start += batch) {
            out.add(Arrays.copyOfRange(items, start, Math.min(items.length, start + batch)));
        }
        return out;
    }

    // ---------------------------------------------------------------- clean pass

    @Override
    public float[][] predict(ModelHandle model, DataHandle data, int[] items, RunSettings settings,
                             RunControl control) {
        DjlModel m = model(model);
        var images = pixels(m, data);
        float[][] out = new float[items.length][];
        int done = 0;
        for (int[] chunk : chunks(items, sizer.forAttack(m.classifier(), settings).images())) {
            control.checkCancelled();
            try (NDManager sub = root.newSubManager()) {
                float[][] rows = AttackRun.confidences(m.classifier(), images.apply(sub, chunk));
                System.arraycopy(rows, 0, out, done, rows.length);
            }
            done += chunk.length;
            control.advance(chunk.length);
        }
        return out;
    }

    // ---------------------------------------------------------------- profile

    @Override
    public ProfileResult profile(ModelHandle model, DataHandle data, int[] items, ProfileRequest request,
                                 RunSettings settings, RunControl control) {
        DjlModel m = model(model);
        var images = pixels(m, data);
        MiFgsmConfig cfg = kernelConfig(m, settings, 1.0);
        try (LibtorchThreads fixed = LibtorchThreads.fixedAt(profileThreads()); NDManager sub = root.newSubManager()) {
            List<NDArray> batches = new ArrayList<>();
            for (int[] chunk : chunks(items, sizer.profileBatch(m.classifier()))) {
                batches.add(images.apply(sub, chunk));
            }
            return new Profiler(m.classifier(settings), cfg).run(sub, batches, request, control)
                    .computedOn(profileProvenance(m));
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException("profile: " + e.getMessage(), e);
        }
    }

    @Override
    public int profileParts(ModelHandle model, int images, int parts) {
        int batch = sizer.profileBatch(model(model).classifier());
        return Math.max(1, Math.min(parts, (images + batch - 1) / batch));
    }

    @Override
    public ProfilePart profilePart(ModelHandle model, DataHandle data, int[] items, ProfileRequest request,
                                   RunSettings settings, int part, int parts, int from, int to, RunControl control) {
        DjlModel m = model(model);
        var images = pixels(m, data);
        try (LibtorchThreads fixed = LibtorchThreads.fixedAt(profileThreads())) {
            ProbeCache.Key key = new ProbeCache.Key(m, data, Arrays.toString(items), request, settings.digestText(),
                    part, parts);
            List<int[]> share = shareOf(chunks(items, sizer.profileBatch(m.classifier())), part, parts);
            ProbeRun probe = probes.at(key, from, request.interval(), root, manager -> {
                List<NDArray> batches = new ArrayList<>();
                for (int[] chunk : share) {
                    batches.add(images.apply(manager, chunk));
                }
                return new ProbeRun(m.classifier(settings), kernelConfig(m, settings, 1.0), manager, batches);
            }, control);
            double[] bce = new double[to - from];
            double[] linear = new double[to - from];
            for (int j = 0; j < bce.length; j++) {
                double[] sums = probe.measure(request.interval(), control);
                bce[j] = sums[0];
                linear[j] = sums[1];
            }
            return new ProfilePart(part, parts, from, bce, linear, probe.images());
        }
    }

    @Override
    public ProfileRounds profileRounds(ModelHandle model, int images, ProfileRequest request, RunSettings settings) {
        DjlModel m = model(model);
        try {
            return new ProbeFit(request, kernelConfig(m, settings, 1.0).alpha(), m.labels().size(), images)
                    .computedOn(profileProvenance(m));
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException("profile: " + e.getMessage(), e);
        }
    }

    /** The k-th of n equal runs of whole batches. */
    private static List<int[]> shareOf(List<int[]> batches, int part, int parts) {
        return batches.subList((int) ((long) part * batches.size() / parts),
                (int) ((long) (part + 1) * batches.size() / parts));
    }

    private int profileThreads() {
        return device.isGpu() ? LibtorchThreads.current() : PROFILE_THREADS;
    }

    /** What computed a profile, for its provenance: device, libtorch threads and batch, versions, CPU. */
    private String profileProvenance(DjlModel m) {
        int threads = profileThreads();
        return device() + ", " + threads + " libtorch thread" + (threads == 1 ? "" : "s")
                + (device.isGpu() ? "" : " (fixed for profiles)") + ", batch " + sizer.profileBatch(m.classifier())
                + ", " + versions() + ", " + EngineDoctor.cpuModel();
    }

    /**
     * A profile's probe on a CPU runs with this many libtorch threads, whatever the machine has and whatever
     * {@code ai.djl.pytorch.num_threads} says. The stop rule ends the probe at the first measurement whose gain is
     * below 1% of the first, and near saturation one flip more or less among 100 images × C labels moves it: on
     * {@code fashion_cnn} one thread gave eps_max 0.3047 and two gave 0.25, because the thread count decides the
     * order of libtorch's float sums and sign-based steps amplify the last bits. A fixed count makes the profile (and
     * every budget of {@code profile(…)}) a function of its inputs on any CPU that runs the same kernels. Two is the
     * count the bundled models' documented profiles were computed with, and costs a one-core machine only a little
     * oversubscription (passive waiting, which the launcher sets).
     */
    static final int PROFILE_THREADS = 2;

    @Override
    public String analysisVariant() {
        return device.isGpu() ? "gpu" : ""; // CPU profiles fix their threads and batch; a GPU's sums differ again
    }

    private static MiFgsmConfig kernelConfig(DjlModel m, RunSettings settings, double mu) {
        return GradientAttackLoop.kernelConfig(settings, mu, m.inputMin(), m.inputMax());
    }

    // ---------------------------------------------------------------- attacks

    /** Dispatches to the attack's registered provider ({@link AttackProviders}): no attack is named here. */
    @Override
    public void attack(ModelHandle model, DataHandle data, int[] items, ComponentCall attack, double[] budgets,
                       AttackContext asked, Consumer<List<AttackOutcome>> sink, RunControl control) {
        AttackProvider provider = AttackProviders.installed().of(attack);
        DjlModel m = model(model);
        pixels(m, data); // the pre-flight checks, before anything loads ahead
        ImageSet set = imageSet(data);
        ModelConfig.Input in = m.config().input();
        int perTensor = sizer.forAttack(m.classifier(), asked.settings()).images();
        AttackContext context = asked.withSettings(asked.settings().withBatch(perTensor)); // AttackRun.batches() reads it
        List<int[]> order = chunks(items, perTensor); // AttackRun.batches(): the providers' order
        try (ImagePrefetcher ahead = new ImagePrefetcher(order, batch -> hostImages(set, batch, in), PREFETCH_DEPTH)) {
            AttackRun run = new AttackRun(m.classifier(context.settings()), m.classifier(), root, set, items,
                    (manager, batch) -> ahead.take(batch).upload(manager), context, control);
            provider.run(run, attack, budgets, sink);
        }
    }

    /**
     * Batches an attack may have decoded ahead of the one on the device: two keep the device fed when one batch's
     * decoding is slower than usual, at two batches' host memory (16 × 448×448×3 floats are 38 MB).
     */
    private static final int PREFETCH_DEPTH = 2;

    // ---------------------------------------------------------------- correlations

    @Override
    public CorrelationResult correlations(ModelHandle model, DataHandle data, int[][] itemsPerLabel,
                                          LabelAttackRequest request, RunSettings settings, RunControl control) {
        return oneLabel("correlations", model, data, request, settings, (classifier, config, sub, images, labels, batch)
                -> new CorrelationExtractor(classifier, config).run(sub, images, labels, itemsPerLabel, request, batch,
                        control));
    }

    @Override
    public int[] correlationPartStarts(ModelHandle model, int[][] itemsPerLabel, RunSettings settings, int parts) {
        return CorrelationExtractor.partStarts(dev.atk.spi.CorrelationPart.rows(itemsPerLabel),
                sizer.oneLabelRows(model(model).classifier(), settings), parts);
    }

    @Override
    public dev.atk.spi.CorrelationPart correlationPart(ModelHandle model, DataHandle data, int[][] itemsPerLabel,
                                                       LabelAttackRequest request, RunSettings settings, int from,
                                                       int to, RunControl control) {
        return oneLabel("correlations", model, data, request, settings, (classifier, config, sub, images, labels, batch)
                -> new CorrelationExtractor(classifier, config).part(sub, images, labels, itemsPerLabel, request,
                        batch, from, to, control));
    }

    @Override
    public AttackabilityResult attackability(ModelHandle model, DataHandle data, int[][] candidates,
                                             LabelAttackRequest request, RunSettings settings, RunControl control) {
        return oneLabel("attackability", model, data, request, settings, (classifier, config, sub, images, labels,
                batch) -> new AttackabilityProbe(classifier, config).run(sub, images, labels, candidates, request, batch,
                        control));
    }

    @Override
    public dev.atk.spi.AttackabilityPart attackabilityPart(ModelHandle model, DataHandle data, int[][] candidates,
                                                           LabelAttackRequest request, RunSettings settings, int part,
                                                           int parts, RunControl control) {
        return oneLabel("attackability", model, data, request, settings, (classifier, config, sub, images, labels,
                batch) -> new AttackabilityProbe(classifier, config).part(sub, images, labels, candidates, request,
                        batch, part, parts, control));
    }

    /** One of the one-label analyses (correlations, attackability, whole or a part), given what they all need. */
    @FunctionalInterface
    private interface OneLabelAnalysis<T> {
        T run(Classifier classifier, MiFgsmConfig config, NDManager sub, BiFunction<NDManager, int[], NDArray> images,
              int labels, int batch);
    }

    /** The one-label analyses' set-up: the model's images checked, a positive budget, a manager of their own. */
    private <T> T oneLabel(String what, ModelHandle model, DataHandle data, LabelAttackRequest request,
                           RunSettings settings, OneLabelAnalysis<T> analysis) {
        DjlModel m = model(model);
        var images = pixels(m, data);
        if (!(request.eps() > 0)) {
            throw new AtkRuntimeException(what + ": eps must be > 0, got " + request.eps());
        }
        try (NDManager sub = root.newSubManager()) {
            return analysis.run(m.classifier(settings), kernelConfig(m, settings, 1.0), sub, images, m.labels().size(),
                    sizer.oneLabelRows(m.classifier(), settings));
        }
    }

    @Override
    public boolean batchesIndependent(ComponentCall attack) {
        return AttackProviders.installed().of(attack).batchesIndependent(attack);
    }

    @Override
    public long plannedSteps(ComponentCall attack, double[] budgets, int images, AttackContext context) {
        return AttackProviders.installed().of(attack).stepsPerImage(attack, budgets, context.settings()) * images;
    }

    @Override
    public void close() {
        probes.close();
        for (Classifier c : models) {
            try {
                c.close();
            } catch (RuntimeException e) {
                // closing is best effort
            }
        }
        models.clear();
        root.close();
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
