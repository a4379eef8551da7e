package dev.atk.setting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A value of a choice setting, written in scripts as its lower-case keyword ({@code linf}, {@code faithful}). */
public interface Choice {

    /** How scripts, records and digests write it. */
    default String keyword() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** Every keyword of a choice enum, in declaration order. */
    static <E extends Enum<E> & Choice> List<String> keywords(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::keyword).toList();
    }

    /** The constant a keyword names, if any. */
    static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String keyword) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.keyword().equals(keyword)).findFirst();
    }

    /** The budget's norm (ALGORITHMS.md §2.1, §2.2). */
    enum Norm implements Choice { LINF, L2 }

    /** Reproduce the reference code where it changes numbers, or apply the documented fixes. */
    enum Fidelity implements Choice { FAITHFUL, FIXED }

    /** Models in eval mode, or dropout left active while attacking (the reference's Q2L quirk, §12.10). */
    enum Dropout implements Choice { EVAL, TRAIN }

    /** Where tensors live. */
    enum Device implements Choice { AUTO, CPU, GPU }

    /** The profile from the BCE probe (the code) or from max(BCE, linear) (the paper). */
    enum ProfileCombine implements Choice { BCE, MAX }
}
