package dev.atk.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunSettings;
import dev.atk.value.GuestFunctionValue;
import dev.atk.value.HostFunctionValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What goes to an executor arrives whole, and what cannot go is refused before a job starts. */
class ShardTravelTest {

    @Test
    void aShardWithNestedComponentsAndAGuestFunctionArrivesWhole() throws Exception {
        GuestFunctionValue priority = new GuestFunctionValue("js", "(c) => c.map(x => -x)", null, "t.atk:1:1");
        ComponentCall call = new ComponentCall("mifgsm", Map.of("loss", new ComponentCall("slam", Map.of("q", 0.5)),
                "targets", new ComponentCall("subset", Map.of("priority", priority, "n", 5L)),
                "labels", List.of("shirt", 3L)));
        ProfileResult profile = ProfileResult.declared(new double[] {0.1, 2.0}, 0.25, 10);
        AttackContext context = new AttackContext(RunSettings.defaults(), profile, 42L,
                new float[][] {{0.25f, 0.75f}}, null, false, new int[] {7, 9});
        AttackShard shard = new AttackShard(3, new EngineSpec("cpu", "/tmp/c", "/tmp/b"), new ModelRef("m.json", true),
                new DataRef("fashion", null, "test"), new int[] {7}, call, new double[] {0.05, 0.1}, context, 640);

        AttackShard back = roundTrip(shard);
        assertEquals(call.canonical(), back.call().canonical());
        assertEquals(priority.identity(), ((GuestFunctionValue) back.call().component("targets").args()
                .get("priority")).identity());
        assertArrayEquals(new float[] {0.25f, 0.75f}, back.context().clean()[0]);
        assertEquals(0.25, back.context().profile().epsMax());
        assertEquals(shard.engine(), back.engine());
        assertEquals(shard.model(), back.model());
        Travel.check(call); // a guest function travels: its code is made again by the executor's runtime
    }

    @Test
    void aFunctionTheHostBoundIsRefusedByName() {
        HostFunctionValue host = new HostFunctionValue("rank", "1", args -> List.of());
        ComponentCall call = new ComponentCall("mifgsm", Map.of("targets",
                new ComponentCall("subset", Map.of("priority", host, "n", 5L))));
        AtkRuntimeException e = assertThrows(AtkRuntimeException.class, () -> Travel.check(call));
        assertTrue(e.getMessage().contains("rank") && e.getMessage().contains("cannot call it"), e.getMessage());
    }

    private static AttackShard roundTrip(AttackShard shard) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shard);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (AttackShard) in.readObject();
        }
    }
}
