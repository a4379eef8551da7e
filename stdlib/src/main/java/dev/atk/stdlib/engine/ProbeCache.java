package dev.atk.stdlib.engine;

import ai.djl.ndarray.NDManager;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.profile.ProbeRun;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A distributed profile's probes kept between its rounds. The driver asks each part for its next few measurements,
 * round after round; a probe is a trajectory that cannot be stored in a record, so the part that ran rounds 1..k keeps
 * its tensors to go on with round k+1 instead of repeating k rounds. When the probe asked for is gone (evicted, or this
 * process is a fresh executor), or has already passed the asked-for round, it starts again and replays the rounds
 * before the ask without counting them as progress a second time: the driver counted them when they first ran.
 *
 * <p>Only a few probes are kept, the least recently used evicted first: each holds its images and two states per
 * image (about 0.4 GB for 16 images at 448×448), and a cluster executor holds every part Spark gives it.
 */
final class ProbeCache implements AutoCloseable {
    private static final int KEPT = 4;

    /** Which probe a part's states belong to: the model, the images, how it probes, and which share it holds. */
    record Key(DjlModel model, DataHandle data, String items, ProfileRequest request, String settings, int part,
               int parts) {}

    /** A part's probe with the manager its tensors live in. */
    private record Slot(NDManager manager, ProbeRun run) implements AutoCloseable {
        @Override
        public void close() {
            run.close();
            manager.close();
        }
    }

    private final Map<Key, Slot> slots = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Slot> eldest) {
            if (size() > KEPT) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };

    /**
     * The probe of {@code key} with exactly {@code from} measurements taken, each of {@code interval} iterations.
     * {@code start} builds a fresh probe in the manager it is given (a sub-manager of {@code root}, closed with the
     * probe); {@code control} is asked only whether the work is cancelled while replaying.
     */
    ProbeRun at(Key key, int from, int interval, NDManager root, Function<NDManager, ProbeRun> start,
                RunControl control) {
        Slot slot = slots.get(key);
        if (slot == null || slot.run().measurements() > from) { // a probe cannot go back: start it again
            if (slot != null) {
                slots.remove(key).close();
            }
            NDManager manager = root.newSubManager();
            try {
                slot = new Slot(manager, start.apply(manager));
            } catch (RuntimeException e) {
                manager.close();
                throw e;
            }
            slots.put(key, slot);
        }
        RunControl replay = new RunControl() {
            @Override
            public void advance(long steps) {}

            @Override
            public boolean cancelled() {
                return control.cancelled();
            }
        };
        while (slot.run().measurements() < from) {
            slot.run().measure(interval, replay);
        }
        return slot.run();
    }

    @Override
    public void close() {
        slots.values().forEach(Slot::close);
        slots.clear();
    }
}
