package dev.atk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code atk attacks}: every attack with its signature and summary, then losses and target selections. */
@Command(name = "attacks", description = "List attacks with their parameters, and the losses and target "
        + "selections they compose.", mixinStandardHelpOptions = true)
final class AttacksCommand implements Callable<Integer> {
    @ParentCommand
    AtkCommand root;

    @Override
    public Integer call() {
        return Listings.print(root.out, Listings::attacks);
    }
}
