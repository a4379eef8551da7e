/**
 * The attack registry: one {@link dev.atk.stdlib.attacks.AttackProvider} per attack family, registered by one line in
 * {@code META-INF/services/dev.atk.stdlib.attacks.AttackProvider}. A provider declares its attacks (names, typed
 * parameters with defaults, ranges and docs), what a run needs (profile, correlations, whether a budget sweep is one
 * trajectory), how many steps a run plans, and how it runs. The catalog, {@code atk attacks}, completion, the checker's
 * parameter validation and the backend's dispatch all read that one registration ({@link
 * dev.atk.stdlib.attacks.AttackProviders}); nothing else keeps a list of attack names.
 *
 * <p>The shared batch loops live here too: {@link dev.atk.stdlib.attacks.GradientAttackLoop} for the budgeted
 * gradient attacks (MI-FGSM's recipes and the classic attacks) and {@link dev.atk.stdlib.attacks.MinimalAttackLoop}
 * for the attacks that minimise the perturbation. The kernels themselves are in {@code dev.atk.stdlib.attack}.
 */
package dev.atk.stdlib.attacks;
