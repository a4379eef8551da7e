package dev.atk.stdlib.attacks;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registered attack families, found by ServiceLoader, and the one name-to-provider map every reader shares: the
 * catalog lists {@link #attacks()}, the backend dispatches through {@link #of(ComponentCall)}.
 */
public final class AttackProviders {
    private static volatile AttackProviders installed;

    private final List<AttackProvider> providers;
    private final Map<String, AttackProvider> byName = new LinkedHashMap<>();
    private final List<ComponentInfo> attacks = new ArrayList<>();

    /** @throws IllegalStateException when two registrations claim one name, or one registers a non-attack */
    AttackProviders(List<AttackProvider> providers) {
        this.providers = List.copyOf(providers);
        for (AttackProvider p : providers) {
            for (ComponentInfo a : p.attacks()) {
                if (a.kind() != ComponentKind.ATTACK) {
                    throw new IllegalStateException(p.getClass().getName() + " registers " + a.name() + " as a "
                            + a.kind().noun() + ", not an attack");
                }
                AttackProvider before = byName.putIfAbsent(a.name(), p);
                if (before != null) {
                    throw new IllegalStateException("attack '" + a.name() + "' is registered twice: by "
                            + before.getClass().getName() + " and " + p.getClass().getName());
                }
                attacks.add(a);
            }
        }
    }

    /** The providers on the stdlib's class path, in registration order (loaded once per class loader). */
    public static AttackProviders installed() {
        AttackProviders p = installed;
        if (p == null) {
            List<AttackProvider> found = new ArrayList<>();
            ServiceLoader.load(AttackProvider.class, AttackProviders.class.getClassLoader()).forEach(found::add);
            p = new AttackProviders(found);
            installed = p;
        }
        return p;
    }

    public List<AttackProvider> providers() {
        return providers;
    }

    /** Every registered attack, family by family. */
    public List<ComponentInfo> attacks() {
        return List.copyOf(attacks);
    }

    public Optional<AttackProvider> find(String attack) {
        return Optional.ofNullable(byName.get(attack));
    }

    /** The provider that runs {@code call}, or a one-line error naming the attacks there are. */
    public AttackProvider of(ComponentCall call) {
        AttackProvider p = byName.get(call.name());
        if (p == null) {
            throw new AtkRuntimeException("unknown attack '" + call.name() + "' (known: "
                    + String.join(", ", byName.keySet()) + ")");
        }
        return p;
    }
}
