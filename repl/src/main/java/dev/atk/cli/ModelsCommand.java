package dev.atk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code atk models}: the models and data sets a script can name. */
@Command(name = "models", description = "List the models and data sets scripts can name.",
        mixinStandardHelpOptions = true)
final class ModelsCommand implements Callable<Integer> {
    @ParentCommand
    AtkCommand root;

    @Override
    public Integer call() {
        return Listings.print(root.out, Listings::models);
    }
}
