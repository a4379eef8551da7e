package dev.atk.cli;

/** Values of {@code --device}. */
enum Device {
    auto, cpu, gpu
}
