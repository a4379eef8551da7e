package dev.atk.cli;

import dev.atk.api.Session;
import java.nio.file.Path;
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
        Session session = Session.builder().baseDir(Path.of("").toAbsolutePath()).out(root.out).build();
        try {
            root.out.print(Listings.attacks(session.catalog()));
            root.out.flush();
            return ExitCodes.OK;
        } finally {
            session.close();
        }
    }
}
