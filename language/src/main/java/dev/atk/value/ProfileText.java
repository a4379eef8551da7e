package dev.atk.value;

import dev.atk.spi.ProfileResult;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How {@code print profile()} shows a profile: eps_max, the fitted polynomial, and the probe's measurements. */
final class ProfileText {
    private ProfileText() {}

    static String describe(ProfileResult p) {
        StringBuilder b = new StringBuilder("profile: eps_max = ").append(Values.format(p.epsMax()))
                .append(", labels = ").append(p.labels())
                .append(", E(eps) = ").append(Arrays.stream(p.coefficients()).mapToObj(c -> String.format("%.6g", c))
                        .collect(Collectors.joining(", ", "poly[", "]")));
        if (p.epsilons() != null) {
            b.append(String.format(", %d probe images, %d measurements every %d iterations (%s%s)", p.samples(),
                    p.epsilons().length - 1, p.interval(), p.combine(), p.converged() ? "" : ", NOT converged"));
        }
        return b.toString();
    }
}
