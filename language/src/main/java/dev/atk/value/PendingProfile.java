package dev.atk.value;

/** The value of {@code profile()} at plan time: the plan node that will compute it. */
public record PendingProfile(int node) {}
