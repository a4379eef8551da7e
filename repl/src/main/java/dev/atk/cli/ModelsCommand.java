package dev.atk.cli;

import dev.atk.api.Session;
import java.nio.file.Path;
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
        Session session = Session.builder().baseDir(Path.of("").toAbsolutePath()).out(root.out).build();
        try {
            root.out.print(Listings.models(session.catalog()));
            root.out.flush();
            return ExitCodes.OK;
        } finally {
            session.close();
        }
    }
}
