package dev.atk.exec;

import dev.atk.plan.PlanNode;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.DataHandle;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the report layer on the class path: the {@code atk-report} module registers its {@link ReportWriter}
 * (tables, charts, image panels) by ServiceLoader. An engine embedded without it still runs scripts and logs every
 * record; only {@code report} statements say what is missing.
 */
public final class ReportLayer {
    private ReportLayer() {}

    /** The first registered report writer, or one whose every report explains how to get one. */
    public static ReportWriter installed() {
        for (ReportWriter w : ServiceLoader.load(ReportWriter.class, ReportLayer.class.getClassLoader())) {
            return w;
        }
        return new Missing();
    }

    /** No report layer: each report is a one-line runtime error naming the module to add. */
    private static final class Missing implements ReportWriter {
        private static AtkRuntimeException missing() {
            return new AtkRuntimeException("report statements need ATK's report layer: add dev.atk:atk-report to the "
                    + "class path (the records are logged either way)");
        }

        @Override
        public java.util.Optional<dev.atk.result.ResultTable> records(PlanNode.Report report,
                List<ResultRecord> records, PrintStream out, OutputFiles files) {
            throw missing();
        }

        @Override
        public void analysis(String text, Object value, List<String> labels, DataHandle data, String to,
                             OutputFiles files, PrintStream out) {
            throw missing();
        }

        @Override
        public void images(ImagePanel panel, String to, OutputFiles files, PrintStream out) {
            throw missing();
        }
    }
}
